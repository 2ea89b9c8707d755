"""Add or edit an action: how, who, start, deadline, status and follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.model import Action, ActionStatus
from apvdesk.labels import label
from apvdesk.ui.widgets import OptionalDateEdit


class ActionDialog(QDialog):
    """An action in the plan says how, by when, and who is responsible."""

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(self.tr("Action") if action.id is None else self.tr("Edit action"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.how_edit = QPlainTextEdit(action.how)
        self.how_edit.setPlaceholderText(self.tr("What will be done, concretely?"))
        self.how_edit.setTabChangesFocus(True)
        self.how_edit.setFixedHeight(72)
        form.addRow(self.tr("What is done:"), self.how_edit)
        self.responsible_edit = QLineEdit(action.responsible)
        form.addRow(self.tr("Responsible:"), self.responsible_edit)
        self.start_edit = OptionalDateEdit()
        self.start_edit.set_date(action.start)
        form.addRow(self.tr("Start:"), self.start_edit)
        self.deadline_edit = OptionalDateEdit()
        self.deadline_edit.set_date(action.deadline)
        form.addRow(self.tr("Deadline:"), self.deadline_edit)
        self.status_combo = QComboBox()
        for value in ActionStatus:
            self.status_combo.addItem(label(value), value.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
        form.addRow(self.tr("Status:"), self.status_combo)
        self.follow_up_edit = OptionalDateEdit()
        self.follow_up_edit.set_date(action.follow_up_date)
        form.addRow(self.tr("Follow up on:"), self.follow_up_edit)
        self.notes_edit = QPlainTextEdit(action.follow_up_method)
        self.notes_edit.setPlaceholderText(self.tr("How will you check that it works?"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(56)
        form.addRow(self.tr("Follow-up notes:"), self.notes_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.how_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.how_edit.toPlainText().strip()))
        )
        self.ok_button.setEnabled(bool(action.how.strip()))
        layout.addWidget(buttons)

    def action(self) -> Action:
        """Return the action as filled in."""
        return Action(
            how=self.how_edit.toPlainText().strip(),
            responsible=self.responsible_edit.text().strip(),
            start=self.start_edit.date(),
            deadline=self.deadline_edit.date(),
            status=ActionStatus(self.status_combo.currentData()),
            follow_up_date=self.follow_up_edit.date(),
            follow_up_method=self.notes_edit.toPlainText().strip(),
            problem_id=self._action.problem_id,
            id=self._action.id,
        )

    @classmethod
    def edit(cls, parent: QWidget | None, action: Action) -> tuple[Action, bool]:
        """Show the dialog; return the edited action and whether the user pressed OK."""
        dialog = cls(action, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.action(), accepted
