"""Planning the mapping: response rates per group, and when a dialogue meeting fits better.

Facts behind the advice (docs/questionnaire.md): results are withheld for fewer answers
than the anonymity threshold; below about 15 employees an anonymous questionnaire makes
little sense and the trade recommends a dialogue-based mapping; below 60 % response a
result is weak.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from apvdesk.core.model import Group

SMALL_WORKPLACE = 15
WEAK_RESPONSE_RATE = 0.60


class Advice(StrEnum):
    """Why a dialogue meeting may serve better than a questionnaire."""

    SMALL_WORKPLACE = "small_workplace"
    SMALL_GROUP = "small_group"


@dataclass(frozen=True)
class GroupResponse:
    """How far one group (or the whole round, ``group`` None) has answered."""

    group: Group | None
    headcount: int
    respondents: int
    below_threshold: bool
    weak_rate: bool

    @property
    def rate(self) -> float | None:
        return self.respondents / self.headcount if self.headcount else None

    @property
    def over_headcount(self) -> bool:
        """Return True when more have answered than the group has employees.

        Someone answered twice, or the headcount is out of date; the figures may then hold
        a double answer, and the owner decides which it is.
        """
        return 0 < self.headcount < self.respondents


def response_overview(
    groups: Sequence[Group], respondents: Mapping[int, int], threshold: int
) -> list[GroupResponse]:
    """Return one row per group and a last row for the whole round."""
    rows = []
    for group in groups:
        count = respondents.get(group.id or -1, 0)
        rate = count / group.headcount if group.headcount else None
        rows.append(
            GroupResponse(
                group,
                group.headcount,
                count,
                below_threshold=count < threshold,
                weak_rate=rate is not None and rate < WEAK_RESPONSE_RATE,
            )
        )
    total_head = sum(g.headcount for g in groups)
    total = sum(r.respondents for r in rows)
    total_rate = total / total_head if total_head else None
    rows.append(
        GroupResponse(
            None,
            total_head,
            total,
            below_threshold=total < threshold,
            weak_rate=total_rate is not None and total_rate < WEAK_RESPONSE_RATE,
        )
    )
    return rows


def dialogue_advice(
    workplace_headcount: int, groups: Sequence[Group], threshold: int
) -> tuple[list[Advice], list[Group]]:
    """Return the reasons to prefer a dialogue meeting, and the groups too small to report."""
    reasons = []
    headcount = workplace_headcount or sum(g.headcount for g in groups)
    if 0 < headcount < SMALL_WORKPLACE:
        reasons.append(Advice.SMALL_WORKPLACE)
    small = [g for g in groups if g.headcount < threshold]
    if small:
        reasons.append(Advice.SMALL_GROUP)
    return reasons, small
