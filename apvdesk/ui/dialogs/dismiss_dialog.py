"""Dismiss a finding: the written reason the assessment gives for not making it a problem, and the date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.style import muted


class DismissDialog(CarefulDialog):
    """What was found, a reason (required) and the date it was decided (today to begin with)."""

    def __init__(
        self, finding: str, explanation: str, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not a problem: write why"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        what = QLabel(finding)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        layout.addWidget(what)
        layout.addWidget(muted(explanation))
        form = QFormLayout()
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setPlaceholderText(
            self.tr(
                "For example: discussed at the AMO meeting; the busy weeks are over, and we check it "
                "next round."
            )
        )
        self.reason_edit.setMinimumHeight(90)
        self.reason_edit.textChanged.connect(self._update_ok)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        self.date_edit = DateField(dt.date.today(), latest=dt.date.today())
        form.addRow(self.tr("Decided on:"), self.date_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        """Close, unless the date typed is not a date (or lies ahead)."""
        if dates_are_valid(self, [(self.tr("Decided on:"), self.date_edit)]):
            super().accept()

    def date(self) -> dt.date:
        return self.date_edit.date() or dt.date.today()

    @classmethod
    def ask(
        cls, parent: QWidget | None, finding: str, explanation: str, reason: str = ""
    ) -> tuple[str, dt.date] | None:
        """Return the reason and the date, or None when cancelled."""
        dialog = cls(finding, explanation, reason, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
            return None
        return dialog.reason(), dialog.date()
