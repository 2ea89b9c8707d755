"""A field for the CVR number that takes digits only, at most eight, and says when one is missing."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from apvdesk.core.cvr import CVR_DIGITS, cvr_or_empty_is_valid


class CvrEdit(QLineEdit):
    """Digits only, at most eight; :attr:`note` (put it under the field) shows while it is incomplete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{CVR_DIGITS}}}"), self))
        self.setMaxLength(CVR_DIGITS)
        self.setMaximumWidth(160)
        self.note = QLabel(self.tr("A CVR number has 8 digits."))
        self.note.setStyleSheet("color: #a61b1b;")
        self.note.setVisible(False)
        self.textChanged.connect(lambda _text: self.note.setVisible(not self.is_complete()))

    def is_complete(self) -> bool:
        """Whether the field holds a CVR number, or nothing."""
        return cvr_or_empty_is_valid(self.text().strip())
