"""The PySide6 user interface: application, main window, pages and dialogs."""
