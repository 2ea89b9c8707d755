"""Ask for one date, with a sentence saying what it is for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from apvdesk.ui.style import muted


class DateDialog(QDialog):
    """A title, an explanation and a date (today to begin with)."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(explanation))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate())
        layout.addWidget(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def date(self) -> dt.date:
        qdate = self.date_edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str) -> dt.date | None:
        dialog = cls(title, explanation, parent)
        return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None
