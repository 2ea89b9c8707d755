"""The status of an action and, once it is done, its effect: worked, partly or not, why, when.

Shared by the action dialog and the follow-up page's progress dialog, so that progress
and effect are recorded the same way wherever the user does it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from apvdesk.core.action_history import record_effect
from apvdesk.core.model import Action, ActionStatus, Effect
from apvdesk.ui.date_field import DateField
from apvdesk.wording.labels import label


class EffectFields(QWidget):
    """Status, and for a done action the effect with a note and the date it was judged."""

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(label(status), status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(action.status.value))
        form.addRow(self.tr("Status:"), self.status_combo)

        self.effect_box = QGroupBox(self.tr("Effect (once the action is done)"))
        effect_form = QFormLayout(self.effect_box)
        row = QHBoxLayout()
        self.effect_group = QButtonGroup(self)
        self.effect_buttons: dict[Effect, QRadioButton] = {}
        for effect in Effect:
            button = QRadioButton(label(effect))
            self.effect_group.addButton(button)
            self.effect_buttons[effect] = button
            row.addWidget(button)
            button.setChecked(action.effect == effect)
        row.addStretch(1)
        effect_form.addRow(self.tr("Did it work?"), row)
        self.effect_note_edit = QPlainTextEdit(action.effect_note)
        self.effect_note_edit.setPlaceholderText(self.tr("What did you see or hear? What happens now?"))
        self.effect_note_edit.setTabChangesFocus(True)
        self.effect_note_edit.setFixedHeight(56)
        effect_form.addRow(self.tr("Note:"), self.effect_note_edit)
        self.effect_date_edit = DateField(action.effect_date or dt.date.today())
        effect_form.addRow(self.tr("Judged on:"), self.effect_date_edit)
        form.addRow(self.effect_box)
        self.status_combo.currentIndexChanged.connect(self._update)
        self._update()

    def status(self) -> ActionStatus:
        return ActionStatus(self.status_combo.currentData())

    def set_status(self, status: ActionStatus) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))

    def set_effect(self, effect: Effect | None) -> None:
        for value, button in self.effect_buttons.items():
            button.setChecked(value == effect)

    def _update(self) -> None:
        self.effect_box.setEnabled(self.status() == ActionStatus.DONE)

    def date_fields(self) -> list[tuple[str, DateField]]:
        """Return the date that will be saved, with its label: the effect's, once it is judged."""
        judged = self.status() == ActionStatus.DONE and self.effect_group.checkedButton() is not None
        return [(self.tr("Judged on:"), self.effect_date_edit)] if judged else []

    def apply_to(self, action: Action) -> Action:
        """Return ``action`` with the status and (for a done action) the effect filled in.

        An effect judged anew is also written into the action's history (core.action_history).
        """
        before = dataclasses.replace(action)
        action.status = self.status()
        checked = [value for value, button in self.effect_buttons.items() if button.isChecked()]
        if action.status == ActionStatus.DONE and checked:
            action.effect = checked[0]
            action.effect_note = self.effect_note_edit.toPlainText().strip()
            action.effect_date = self.effect_date_edit.date() or action.effect_date or dt.date.today()
        else:
            action.effect, action.effect_note, action.effect_date = None, "", None
            if action.status == ActionStatus.DONE:
                action.effect_note = self.effect_note_edit.toPlainText().strip()
        return record_effect(before, action, dt.date.today())
