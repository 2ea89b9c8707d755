"""The follow-up's small dialogs: a progress note, a moved deadline, and the next step after an effect.

Each asks only; what is done with the answer is core.action_history's (the page saves it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.model import Action
from apvdesk.ui.date_field import DateField
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.labels import label

# A moved or continued deadline is proposed this many days after the later of today and the old one.
PROPOSED_DAYS = 30


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _heading(action: Action) -> QLabel:
    heading = QLabel(f"<b>{_escape(action.how)}</b>")
    heading.setWordWrap(True)
    return heading


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def proposed_deadline(action: Action, today: dt.date) -> dt.date:
    """Return the deadline proposed when it is moved: a month after today or the old deadline."""
    return max(action.deadline or today, today) + dt.timedelta(days=PROPOSED_DAYS)


class NoteDialog(CarefulDialog):
    """A dated progress note on an action, at any status."""

    def __init__(self, action: Action, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a note"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(action))
        layout.addWidget(muted(self.tr("The note is kept with today's date in the action's history.")))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(
            self.tr("For example: the first meeting was held; the next is in January")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(80)
        layout.addWidget(self.text_edit)
        buttons = _buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text_edit.toPlainText().strip()))
        )
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.text_edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, action: Action) -> str | None:
        """Return the note written, or None when the user cancelled."""
        dialog = cls(action, parent)
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MoveDeadlineDialog(CarefulDialog):
    """A new deadline and why; the old one is kept in the history and the effect check moves along."""

    def __init__(self, action: Action, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Move the deadline"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(action))
        form = QFormLayout()
        old = format_date(action.deadline) or self.tr("No deadline")
        form.addRow(self.tr("Deadline now:"), QLabel(old))
        self.deadline_edit = DateField(None, optional=True)
        self.deadline_edit.set_date(proposed_deadline(action, self._today))
        form.addRow(self.tr("New deadline:"), self.deadline_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why it is moved, e.g. busy before Christmas"))
        form.addRow(self.tr("Why:"), self.reason_edit)
        layout.addLayout(form)
        self.check_label = muted("")
        layout.addWidget(self.check_label)
        layout.addStretch(1)
        buttons = _buttons(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.deadline_edit.dateChanged.connect(lambda _date: self._update())
        self._update()

    def _update(self) -> None:
        new = self.deadline_edit.date()
        self.ok_button.setEnabled(new is not None)
        check = self._action.follow_up_date
        if new is not None and check is not None and check <= new:
            self.check_label.setText(
                self.tr(
                    "The effect check (%1) would come before the new deadline; it moves to after it."
                ).replace("%1", format_date(check))
            )
        else:
            self.check_label.setText(self.tr("The old deadline and the reason are kept in the history."))

    def answer(self) -> tuple[dt.date, str] | None:
        new = self.deadline_edit.date()
        return (new, self.reason_edit.text().strip()) if new is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, action: Action) -> tuple[dt.date, str] | None:
        """Return the new deadline and the reason, or None when the user cancelled."""
        dialog = cls(action, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NextStep(Enum):
    """What happens after an action that worked only partly or not at all."""

    CONTINUE = "continue"
    NEW_ACTION = "new_action"
    RECONSIDER = "reconsider"


@dataclass(frozen=True)
class NextStepAnswer:
    """The chosen next step, the new deadline (to continue) and a few words why."""

    step: NextStep
    deadline: dt.date | None = None
    note: str = ""


class NextStepDialog(CarefulDialog):
    """Asks what now, once an action is judged to have worked partly or not at all.

    "Decide later" leaves the action on the follow-up list, marked, until a step is chosen.
    """

    def __init__(self, action: Action, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("What now?"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(action))
        effect = label(action.effect) if action.effect is not None else ""
        intro = QLabel(
            self.tr(
                "The effect was judged »%1«. The problem is not solved yet: choose the next step. "
                "Until you do, the action stays on the follow-up list."
            ).replace("%1", effect)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.continue_button = QRadioButton(self.tr("Continue the action, with a new deadline"))
        self.new_button = QRadioButton(self.tr("Make a new action for the same problem…"))
        self.reconsider_button = QRadioButton(self.tr("Reconsider the problem (e.g. at the next meeting)"))
        form = QFormLayout()
        self.deadline_edit = DateField(None, optional=True)
        self.deadline_edit.set_date(proposed_deadline(action, today))
        for button in (self.continue_button, self.new_button, self.reconsider_button):
            self.group.addButton(button)
        layout.addWidget(self.continue_button)
        form.addRow(self.tr("New deadline:"), self.deadline_edit)
        layout.addLayout(form)
        layout.addWidget(self.new_button)
        layout.addWidget(self.reconsider_button)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("A few words why (kept in the history)"))
        layout.addWidget(self.note_edit)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.deadline_edit.dateChanged.connect(lambda _date: self._update())
        self._update()

    def step(self) -> NextStep | None:
        for button, step in (
            (self.continue_button, NextStep.CONTINUE),
            (self.new_button, NextStep.NEW_ACTION),
            (self.reconsider_button, NextStep.RECONSIDER),
        ):
            if button.isChecked():
                return step
        return None

    def _update(self) -> None:
        step = self.step()
        self.deadline_edit.setEnabled(step == NextStep.CONTINUE)
        ready = step is not None and (step != NextStep.CONTINUE or self.deadline_edit.date() is not None)
        self.ok_button.setEnabled(ready)

    def answer(self) -> NextStepAnswer | None:
        step = self.step()
        if step is None:
            return None
        deadline = self.deadline_edit.date() if step == NextStep.CONTINUE else None
        return NextStepAnswer(step, deadline, self.note_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, action: Action) -> NextStepAnswer | None:
        """Return the chosen step, or None for "Decide later"."""
        dialog = cls(action, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
