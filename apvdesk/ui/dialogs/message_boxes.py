"""Show a user error in one message box, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from apvdesk.app.file_messages import describe


def show_error(parent: QWidget | None, title: str, error: Exception) -> None:
    """Tell the user what went wrong and what to do, in one sentence."""
    QMessageBox.warning(parent, title, describe(error))
