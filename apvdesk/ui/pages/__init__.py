"""The pages of the main window, one per APV step."""
