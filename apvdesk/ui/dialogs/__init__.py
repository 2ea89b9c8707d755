"""Dialogs that edit or create one thing and return it."""
