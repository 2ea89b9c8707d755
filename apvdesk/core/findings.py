"""The findings of a round's mapping, and whether each is handled in the risk assessment.

A finding is a red or yellow result (the whole workplace, or a shown group, on one scale)
or a dialogue-meeting point the group rated as a problem. The risk assessment handles a
finding either by a problem in the register that covers it, or by dismissing it with a
written reason and a date (the reason the people assessing it gave for doing nothing).
Withheld results are never findings: they are not shown, so nobody can act on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.model import Problem
from apvdesk.core.result_types import Light, RoundResults

# A meeting point rated at least this is a finding: "a problem" or "a real problem".
PROBLEM_RATING = Rating.PROBLEM
ABSENCE_KEY = "absence"  # the dismissal key of "the absence is not linked to a problem, because…"


class FindingKind(StrEnum):
    RESULT = "result"
    POINT = "point"


@dataclass(frozen=True)
class Finding:
    """One finding: a result's light, or a meeting point's rating.

    ``group_ids`` are the groups it concerns (for the whole workplace: every group of the
    round); ``group_id`` is None for a whole-workplace result and for meeting points.
    """

    kind: FindingKind
    scale_id: str | None
    group_id: int | None
    group_ids: tuple[int, ...]
    light: Light | None = None
    mean: float | None = None
    point_id: int | None = None
    point_title: str = ""
    rating: Rating | None = None
    point_not_works: str = ""  # what the meeting wrote under "what does not work"

    @property
    def key(self) -> str:
        """A stable text key naming the finding within its round (stored with a dismissal)."""
        if self.kind == FindingKind.POINT:
            return f"point:{self.point_id}"
        return f"result:{self.scale_id}:{'all' if self.group_id is None else self.group_id}"


@dataclass(frozen=True)
class Dismissal:
    """A finding the assessment decided not to make a problem of: why, and when.

    ``key`` is :attr:`Finding.key` (or :data:`ABSENCE_KEY`); a dismissal without a
    written reason or a date does not count.
    """

    round_id: int
    key: str
    reason: str
    dismissed_on: dt.date | None
    id: int | None = None

    @property
    def valid(self) -> bool:
        return bool(self.reason.strip()) and self.dismissed_on is not None


_LIGHT_ORDER = {Light.RED: 0, Light.YELLOW: 1}


def round_findings(
    results: RoundResults | None,
    round_group_ids: Sequence[int],
    meetings: Iterable[tuple[DialogueMeeting, Sequence[AgendaPoint]]],
) -> list[Finding]:
    """Return the round's findings: red first, then yellow, then meeting points.

    Results come from the released results only (``None`` while the round collects). The
    whole workplace's result comes before the groups' on the same scale.
    """
    found: list[Finding] = []
    if results is not None:
        everyone = tuple(round_group_ids)
        for (scale_id, group_id), result in results.results.items():
            if not result.shown or result.light not in _LIGHT_ORDER:
                continue
            if group_id is not None and group_id not in everyone:
                continue
            found.append(
                Finding(
                    FindingKind.RESULT,
                    scale_id,
                    group_id,
                    everyone if group_id is None else (group_id,),
                    result.light,
                    result.mean,
                )
            )
    scale_order: dict[str, int] = {}
    for scale_id, _group_id in results.results if results is not None else ():
        scale_order.setdefault(scale_id, len(scale_order))
    group_order = {g: i for i, g in enumerate(round_group_ids)}
    found.sort(
        key=lambda f: (
            _LIGHT_ORDER[f.light] if f.light else 2,
            scale_order.get(f.scale_id or "", 0),
            -1 if f.group_id is None else group_order.get(f.group_id, 0),
        )
    )
    for meeting, points in meetings:
        for point in points:
            if point.rating is not None and point.rating >= PROBLEM_RATING and point.id is not None:
                found.append(
                    Finding(
                        FindingKind.POINT,
                        point.scale_id,
                        None,
                        tuple(meeting.group_ids),
                        point_id=point.id,
                        point_title=point.title,
                        rating=point.rating,
                        point_not_works=point.not_works,
                    )
                )
    return found


def covers(problem: Problem, finding: Finding, round_group_ids: Sequence[int]) -> bool:
    """Return True when a problem in the register handles a finding.

    A meeting point is handled by a problem made from it, or by a problem on the same
    scale that concerns every group at the meeting. A result is handled by a problem on
    its scale that concerns every group the result concerns. A problem with no group
    ticked concerns the whole workplace (every group of the round).
    """
    if finding.kind == FindingKind.POINT and problem.dialogue_point_id == finding.point_id:
        return True
    if not finding.scale_id or problem.scale_id != finding.scale_id:
        return False
    concerned = set(problem.group_ids) if problem.group_ids else set(round_group_ids)
    return set(finding.group_ids) <= concerned


def unhandled_findings(
    findings: Sequence[Finding],
    problems: Sequence[Problem],
    dismissals: Sequence[Dismissal],
    round_group_ids: Sequence[int],
) -> list[Finding]:
    """Return the findings neither covered by a problem nor validly dismissed."""
    dismissed = {d.key for d in dismissals if d.valid}
    return [
        f
        for f in findings
        if f.key not in dismissed and not any(covers(p, f, round_group_ids) for p in problems)
    ]
