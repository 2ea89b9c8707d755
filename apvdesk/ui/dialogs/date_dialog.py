"""Ask for one date, with a sentence saying what it is for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.style import muted


class DateDialog(QDialog):
    """A title, an explanation and a date (today to begin with)."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(explanation))
        self._title = title
        self.date_edit = DateField(dt.date.today(), latest=dt.date.today())
        layout.addWidget(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close, unless the date typed is not a date (or lies ahead)."""
        if dates_are_valid(self, [(self._title, self.date_edit)]):
            super().accept()

    def date(self) -> dt.date:
        return self.date_edit.date() or dt.date.today()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explanation: str) -> dt.date | None:
        dialog = cls(title, explanation, parent)
        return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None
