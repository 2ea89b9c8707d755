"""Message boxes: a user error in one box, and questions whose safe answer is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from apvdesk.app.file_messages import describe


def show_error(parent: QWidget | None, title: str, error: Exception) -> None:
    """Tell the user what went wrong and what to do, in one sentence."""
    QMessageBox.warning(parent, title, describe(error))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask Yes or No before something that cannot be undone; No (keep things) is the default.

    Enter and Escape both answer No, so a hurried key press never deletes or discards.
    """
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_safely(parent: QWidget | None, title: str, text: str, go_on: str, go_back: str) -> bool:
    """Ask with two named buttons; ``go_back`` (the safe one) is the default and the Escape button.

    Return True only when the user chose ``go_on``.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    proceed = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(go_back, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is proceed
