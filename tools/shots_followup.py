"""Screenshots of issue 16, points 15 and 16: the follow-up both ways, and the meeting windows.

``render(store, round_id, save)`` works on an open copy of the demo workplace (it adds a
note, a moved deadline and an effect judged "partly" to the copy) and saves:

- ``follow-up-history``: the Follow-up page, an action's history under the list, and an
  action waiting for its next step;
- ``follow-up-next-step``: the question after "partly", and ``follow-up-move-deadline``;
- ``dialogue-facilitator-done``: the meeting window with its point-order buttons and Done;
- ``dialogue-presentation-close``: the presentation with its close button.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Save = Callable[[QWidget, str, tuple[int, int]], None]


def render(store, round_id: int, save: Save) -> None:
    """Render the follow-up page and dialogs, and the meeting windows, with ``save``."""
    from apvdesk.core import action_history as history
    from apvdesk.core.model import ActionStatus, Effect
    from apvdesk.ui.dialogs.follow_up_steps import MoveDeadlineDialog, NextStepDialog
    from apvdesk.ui.meeting.facilitator import MeetingWindow
    from apvdesk.ui.pages.base import PageContext
    from apvdesk.ui.pages.follow_up import FollowUpPage

    today = dt.date.today()
    pairs = store.round_actions(round_id)
    going = next(a for _p, a in pairs if a.status == ActionStatus.IN_PROGRESS)
    going = history.add_note(going, "Halvvejs: to af fire vagtplaner er lavet.", today - dt.timedelta(days=9))
    new_deadline = max(going.deadline or today, today) + dt.timedelta(days=30)
    going = store.save_action(history.move_deadline(going, new_deadline, "Travlt før jul", today))
    planned = next(a for _p, a in pairs if a.status == ActionStatus.PLANNED)
    judged = dataclasses.replace(
        planned,
        status=ActionStatus.DONE,
        effect=Effect.PARTLY,
        effect_date=today,
        effect_note="Kun om morgenen.",
    )
    partly = store.save_action(history.record_effect(planned, judged, today))

    page = FollowUpPage(PageContext(store))
    page.refresh(select_action_id=going.id)
    save(page, "follow-up-history", (1280, 900))
    dialog = NextStepDialog(partly)
    dialog.continue_button.setChecked(True)
    save(dialog, "follow-up-next-step", (640, 440))
    dialog.close()
    move = MoveDeadlineDialog(going)
    move.reason_edit.setText("Sygdom i afdelingen")
    save(move, "follow-up-move-deadline", (560, 300))
    move.close()
    page.close()

    meeting = store.meetings(round_id)[0]
    window = MeetingWindow(store, meeting.id)
    window.set_current(2)
    save(window, "dialogue-facilitator-done", (1280, 800))
    window.show_presentation()
    assert window.presentation is not None
    save(window.presentation, "dialogue-presentation-close", (1280, 720))
    window.presentation.close()
    window.close()
