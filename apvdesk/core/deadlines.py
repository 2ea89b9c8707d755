"""Deadlines: which actions are overdue or due soon, and when the next APV is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from apvdesk.core.model import Action, ActionStatus
from apvdesk.core.records import WorkChange

DUE_SOON_DAYS = 14
APV_INTERVAL_YEARS = 3


@dataclass(frozen=True)
class DeadlineSummary:
    """How the open actions stand against their deadlines on a given day."""

    open: int
    overdue: list[Action]
    due_soon: list[Action]
    done: int


def is_open(action: Action) -> bool:
    return action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def is_overdue(action: Action, today: dt.date) -> bool:
    """Return True if the action is still open (planned or in progress) after its deadline."""
    return is_open(action) and action.deadline is not None and action.deadline < today


def summarise_deadlines(actions: Iterable[Action], today: dt.date) -> DeadlineSummary:
    """Sort open actions into overdue and due within DUE_SOON_DAYS (earliest first)."""
    actions = list(actions)
    open_actions = [a for a in actions if is_open(a)]
    dated = sorted((a for a in open_actions if a.deadline), key=lambda a: a.deadline or today)
    overdue = [a for a in dated if a.deadline and a.deadline < today]
    soon_limit = today + dt.timedelta(days=DUE_SOON_DAYS)
    due_soon = [a for a in dated if a.deadline and today <= a.deadline <= soon_limit]
    done = sum(1 for a in actions if a.status == ActionStatus.DONE)
    return DeadlineSummary(len(open_actions), overdue, due_soon, done)


def next_apv_due(round_start: dt.date) -> dt.date:
    """Return the latest date for the next APV: three years after this one (BEK 1838/2023)."""
    try:
        return round_start.replace(year=round_start.year + APV_INTERVAL_YEARS)
    except ValueError:  # 29 February
        return round_start.replace(year=round_start.year + APV_INTERVAL_YEARS, day=28)


@dataclass(frozen=True)
class NextApv:
    """When the next APV is due and why: three years after the round, or sooner for a change.

    ``change`` is the change in the work that brought the date forward (None: the three
    years decide it).
    """

    due: dt.date
    change: WorkChange | None = None


def next_apv(round_start: dt.date, changes: Iterable[WorkChange] = ()) -> NextApv:
    """Return when the next APV (or a partial one) is due.

    At the latest three years after the round started; sooner when the work, its methods or
    the premises change (BEK 1838/2023). A change dated on or after the round's start that
    needs a partial APV not yet made brings the date forward to the day of the change: the
    risks it brings are to be assessed when it happens, or before. Changes before the
    round started are taken as covered by the round.
    """
    latest = next_apv_due(round_start)
    pending = sorted(
        (c for c in changes if c.open and c.changed_on >= round_start),
        key=lambda c: (c.changed_on, c.id or 0),
    )
    if pending and pending[0].changed_on < latest:
        return NextApv(pending[0].changed_on, pending[0])
    return NextApv(latest)


def annual_discussion_due(held_on: dt.date) -> dt.date:
    """Return when the next annual work-environment discussion is due: a year after the last."""
    try:
        return held_on.replace(year=held_on.year + 1)
    except ValueError:  # 29 February
        return held_on.replace(year=held_on.year + 1, day=28)
