"""The entries of an action's history (see core.action_history for what is done with them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    """What happened to an action."""

    NOTE = "note"  # a progress note, at any status
    DEADLINE_MOVED = "deadline_moved"  # old and new deadline, and why
    EFFECT = "effect"  # the effect was judged (its value and note)
    CONTINUED = "continued"  # next step: the action goes on, with a new deadline
    NEW_ACTION = "new_action"  # next step: a new action for the same problem
    RECONSIDER = "reconsider"  # next step: the problem is to be reconsidered


NEXT_STEPS = (EventKind.CONTINUED, EventKind.NEW_ACTION, EventKind.RECONSIDER)


@dataclass(frozen=True)
class ActionEvent:
    """One dated entry in an action's history.

    ``note`` is the user's text (the note, the reason for a moved deadline, the effect's
    note); ``old_deadline``/``new_deadline`` are set when the deadline moved; ``effect``
    holds the judged effect's value for an EFFECT event.
    """

    kind: EventKind
    on: dt.date
    note: str = ""
    old_deadline: dt.date | None = None
    new_deadline: dt.date | None = None
    effect: str = ""
