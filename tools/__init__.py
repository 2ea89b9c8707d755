"""Developer tools for apvdesk (not shipped in the wheel)."""
