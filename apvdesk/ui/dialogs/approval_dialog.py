"""Record an approval of the action plan: who, in which role, on which day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.model import Approval, ApproverRole, Problem
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.dialogs.message_boxes import ask_safely
from apvdesk.ui.style import muted
from apvdesk.wording.labels import label


class ApprovalDialog(CarefulDialog):
    """The AMO approves the plan; without an AMO, the employer and an employee representative do."""

    def __init__(
        self,
        round_id: int,
        has_amo: bool,
        people: Sequence[tuple[str, ApproverRole]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._round_id = round_id
        self._people = list(people)
        self.setWindowTitle(self.tr("Approve the action plan"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        if has_amo:
            rule = self.tr(
                "Your workplace has a work environment organisation (AMO): the AMO approves the plan."
            )
        else:
            rule = self.tr(
                "Without an AMO, the employer and at least one employee representative approve the "
                "plan. Record each of them."
            )
        rule += " " + self.tr(
            "Approving the plan is good practice recommended by the trade's guidance (BFA), "
            "not a requirement of BEK 1838/2023."
        )
        layout.addWidget(muted(rule))
        form = QFormLayout()
        layout.addLayout(form)
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        for name, _role in self._people:
            self.name_combo.addItem(name)
        self.name_combo.setCurrentText("")
        name_edit = self.name_combo.lineEdit()
        if name_edit is not None:
            name_edit.setPlaceholderText(self.tr("Name of the person who approves"))
        form.addRow(self.tr("Name:"), self.name_combo)
        self.role_combo = QComboBox()
        roles = [ApproverRole.EMPLOYER, ApproverRole.EMPLOYEE_REPRESENTATIVE]
        if has_amo:
            roles.insert(0, ApproverRole.AMO)
        for role in roles:
            self.role_combo.addItem(label(role), role.value)
        form.addRow(self.tr("Role:"), self.role_combo)
        self.date_edit = DateField(dt.date.today())
        form.addRow(self.tr("Approved on:"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.name_combo.currentTextChanged.connect(self._name_changed)
        self._name_changed(self.name_combo.currentText())

    def _name_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))
        for name, role in self._people:
            if name == text:
                index = self.role_combo.findData(role.value)
                if index >= 0:
                    self.role_combo.setCurrentIndex(index)

    def accept(self) -> None:
        """Close, unless the date typed is not a date."""
        if dates_are_valid(self, [(self.tr("Approved on:"), self.date_edit)]):
            super().accept()

    def approval(self) -> Approval:
        return Approval(
            round_id=self._round_id,
            name=self.name_combo.currentText().strip(),
            role=ApproverRole(self.role_combo.currentData()),
            approved_on=self.date_edit.date() or dt.date.today(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        round_id: int,
        has_amo: bool,
        people: Sequence[tuple[str, ApproverRole]],
    ) -> Approval | None:
        dialog = cls(round_id, has_amo, people, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.approval().name:
            return dialog.approval()
        return None


def approve_despite_gaps(parent: QWidget | None, gaps: Sequence[tuple[int, Problem]]) -> bool:
    """Warn before approving a plan in which problems that need actions have none; True goes on.

    "Go back to the plan" is the default; without gaps there is nothing to ask.
    """
    if not gaps:
        return True
    lines = [
        QCoreApplication.translate("ApprovalDialog", "Problem %1: %2")
        .replace("%1", str(number))
        .replace("%2", problem.title or problem.kind)
        for number, problem in gaps
    ]
    text = (
        QCoreApplication.translate(
            "ApprovalDialog",
            "These problems cannot be solved at once and have no action in the plan yet. "
            "BEK 1838/2023 asks the plan to say how, by when and by whom each of them is solved.",
        )
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + QCoreApplication.translate("ApprovalDialog", "Approve the plan anyway?")
    )
    return ask_safely(
        parent,
        QCoreApplication.translate("ApprovalDialog", "Problems without actions"),
        text,
        QCoreApplication.translate("ApprovalDialog", "Approve anyway"),
        QCoreApplication.translate("ApprovalDialog", "Go back to the plan"),
    )
