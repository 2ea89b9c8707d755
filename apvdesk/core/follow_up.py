"""Following up: the actions to look at first, and each problem's scale before and after.

A follow-up round re-asks the scales behind a round's problems. For each such problem the
result before (the APV round) and after (the follow-up round) are set side by side, for
the whole workplace and for each group the problem concerns, with the anonymity rules of
each round applied as they are (a withheld figure stays withheld).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from apvdesk.core.action_history import needs_next_step
from apvdesk.core.deadlines import DUE_SOON_DAYS, is_open
from apvdesk.core.model import Action, Problem
from apvdesk.core.result_types import RoundResults, ScaleResult


class Urgency:
    """How soon an action needs attention, as sort keys (lower comes first)."""

    OVERDUE = 0
    FOLLOW_UP_DUE = 1
    DUE_SOON = 2
    LATER = 3
    CLOSED = 4


@dataclass(frozen=True)
class FollowUpRow:
    """An action on the follow-up list, with its problem and how urgent it is."""

    problem: Problem
    action: Action
    urgency: int
    due: dt.date | None

    @property
    def overdue(self) -> bool:
        return self.urgency == Urgency.OVERDUE

    @property
    def needs_next_step(self) -> bool:
        """Whether the action worked partly or not at all and waits for its next step."""
        return needs_next_step(self.action)


def _urgency(action: Action, today: dt.date) -> tuple[int, dt.date | None]:
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    if needs_next_step(action):  # never closed while the next step is not chosen
        return Urgency.FOLLOW_UP_DUE, action.effect_date or today
    if is_open(action):
        if action.deadline and action.deadline < today:
            return Urgency.OVERDUE, action.deadline
        if action.deadline and action.deadline <= soon:
            return Urgency.DUE_SOON, action.deadline
    if action.follow_up_date and action.effect is None and action.status.value != "cancelled":
        if action.follow_up_date <= soon:
            return Urgency.FOLLOW_UP_DUE, action.follow_up_date
    if is_open(action):
        return Urgency.LATER, action.deadline or action.follow_up_date
    return Urgency.CLOSED, action.effect_date or action.deadline


def follow_up_list(pairs: Iterable[tuple[Problem, Action]], today: dt.date) -> list[FollowUpRow]:
    """Return the actions in the order to look at them.

    Overdue first (oldest deadline first), then effect checks that are due and actions
    that worked partly or not at all and wait for their next step, then deadlines
    within DUE_SOON_DAYS, then the other open actions, then the closed ones.
    """
    rows = [FollowUpRow(p, a, *_urgency(a, today)) for p, a in pairs]
    return sorted(rows, key=lambda r: (r.urgency, r.due or dt.date.max))


def needs_attention(rows: Sequence[FollowUpRow]) -> list[FollowUpRow]:
    """Return the rows that are overdue or due within DUE_SOON_DAYS (deadlines or effect checks)."""
    return [r for r in rows if r.urgency < Urgency.LATER]


@dataclass(frozen=True)
class BeforeAfter:
    """One problem's scale for one group (None: the whole workplace), before and after."""

    problem: Problem
    group_id: int | None
    before: ScaleResult | None
    after: ScaleResult | None

    @property
    def change(self) -> float | None:
        """After minus before, when both are shown (positive: a higher score)."""
        if self.before is None or self.after is None:
            return None
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


def before_after(
    problems: Iterable[Problem],
    before: RoundResults | None,
    after: RoundResults | None,
    asked: Iterable[str] | None = None,
) -> list[BeforeAfter]:
    """Pair the results of each re-asked problem's scale: the workplace, then its groups.

    ``before`` is what the round showed when the follow-up started (frozen then);
    ``after`` the follow-up's released results (None while it collects answers: no after
    figures yet). ``asked`` holds the follow-up's scales (default: those of ``after``);
    problems whose scale it did not ask are left out.
    """
    rows: list[BeforeAfter] = []
    if asked is None:
        asked = {scale_id for scale_id, _group in after.results} if after is not None else set()
    asked = set(asked)
    for problem in problems:
        if problem.scale_id not in asked:
            continue
        for group_id in [None, *problem.group_ids]:
            key = (problem.scale_id, group_id)
            rows.append(
                BeforeAfter(
                    problem,
                    group_id,
                    before.results.get(key) if before is not None else None,
                    after.results.get(key) if after is not None else None,
                )
            )
    return rows
