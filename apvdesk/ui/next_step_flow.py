"""What now for an action that worked only partly or not at all: ask, and save the choice.

Used wherever an effect can be recorded (the follow-up page's progress dialog and the
action plan's action dialog), so that "partly" or "did not work" never ends in silence.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from apvdesk.core import action_history as history
from apvdesk.core.model import Action
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.follow_up_steps import NextStep, NextStepDialog


def ask_next_step(parent: QWidget, store: WorkplaceService, action: Action) -> Action | None:
    """Ask for the next step; save it and return the action as saved, or None when put off.

    "Decide later" saves nothing: the action stays on the follow-up list, marked.
    """
    answer = NextStepDialog.ask(parent, action)
    if answer is None:
        return None
    today = dt.date.today()
    if answer.step == NextStep.CONTINUE and answer.deadline is not None:
        return store.save_action(history.continue_action(action, answer.deadline, answer.note, today))
    if answer.step == NextStep.RECONSIDER:
        return store.save_action(history.reconsider(action, answer.note, today))
    if answer.step == NextStep.NEW_ACTION:
        new, accepted = ActionDialog.edit(parent, history.follow_on_action(action, today))
        if accepted and new.how:
            store.save_action(new)
            return store.save_action(history.followed_by(action, new.how, today))
    return None
