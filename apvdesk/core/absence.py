"""Sickness absence (sygefravær): group totals per period, the percentage and the assessment.

The APV must include the sickness absence: can conditions at work contribute to it?
apvdesk keeps only group totals per period (absence days, employees or FTE, working
days), never a person's absence. Absence is health data, so a group's figures are
withheld like questionnaire results: below the round's anonymity threshold (primary
suppression), and when exactly one group of a period is withheld, the smallest other
group too (complementary suppression), because the total would otherwise give it away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum


class Contributes(StrEnum):
    """The law's question: can conditions at work contribute to the sickness absence."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class AbsenceWithheld(StrEnum):
    """Why a line's absence figures are not shown."""

    BELOW_THRESHOLD = "below_threshold"
    PROTECTS_OTHER_GROUP = "protects_other_group"


@dataclass
class AbsencePeriod:
    """One group's absence over one period: totals only, never a person's absence.

    ``employees`` is a headcount or full-time equivalents (FTE), as the workplace counts;
    ``working_days`` are the working days per employee in the period.
    """

    round_id: int
    group_id: int
    label: str
    start: dt.date
    end: dt.date
    absence_days: float
    employees: float
    working_days: int
    id: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")
        if self.absence_days < 0 or self.employees < 0 or self.working_days < 0:
            raise ValueError("absence days, employees and working days cannot be negative")


@dataclass
class AbsenceAssessment:
    """The round's answer to "can conditions at work contribute to the sickness absence?"."""

    round_id: int
    contributes: Contributes | None = None
    why: str = ""
    considered_on: dt.date | None = None


def absence_percentage(absence_days: float, employees: float, working_days: float) -> float | None:
    """Return absence days as a percentage of possible working days; None when there are none."""
    possible = employees * working_days
    if possible <= 0:
        return None
    return 100.0 * absence_days / possible


def percentage(period: AbsencePeriod) -> float | None:
    """Return the absence percentage of one period."""
    return absence_percentage(period.absence_days, period.employees, period.working_days)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Return the weekdays (Monday to Friday) from ``start`` to ``end``, both included.

    Public holidays are not subtracted; this is a starting point the user can correct.
    """
    if end < start:
        return 0
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(rest):
        if (start.weekday() + offset) % 7 < 5:
            count += 1
    return count


@dataclass(frozen=True)
class AbsenceLine:
    """One line of the absence table: a group's period, or the whole workplace (group None).

    ``percentage`` and ``absence_days`` are None when withheld (see ``withheld``);
    ``change`` is the difference in percentage points from the previous period of the
    same group (or of the whole workplace), when both are shown.
    """

    group_id: int | None
    label: str
    start: dt.date
    end: dt.date
    absence_days: float | None
    employees: float
    working_days: int | None
    percentage: float | None
    withheld: AbsenceWithheld | None = None
    previous_label: str | None = None
    change: float | None = None
    period: AbsencePeriod | None = None

    @property
    def shown(self) -> bool:
        return self.withheld is None


def _period_key(period: AbsencePeriod) -> tuple[dt.date, dt.date]:
    return (period.start, period.end)


def _lines_of_period(periods: list[AbsencePeriod], threshold: int) -> list[AbsenceLine]:
    """Group lines and the whole-workplace line of one period, with suppression applied."""
    withheld: dict[int, AbsenceWithheld] = {}
    for p in periods:
        if p.employees < threshold:
            withheld[p.group_id] = AbsenceWithheld.BELOW_THRESHOLD
    employees = sum(p.employees for p in periods)
    total_shown = employees >= threshold
    if len(withheld) == 1 and total_shown:
        others = [p for p in periods if p.group_id not in withheld]
        if others:
            smallest = min(others, key=lambda p: (p.employees, p.group_id))
            withheld[smallest.group_id] = AbsenceWithheld.PROTECTS_OTHER_GROUP
    lines = []
    for p in periods:
        reason = withheld.get(p.group_id)
        lines.append(
            AbsenceLine(
                group_id=p.group_id,
                label=p.label,
                start=p.start,
                end=p.end,
                absence_days=None if reason else p.absence_days,
                employees=p.employees,
                working_days=p.working_days,
                percentage=None if reason else percentage(p),
                withheld=reason,
                period=p,
            )
        )
    days = sum(p.absence_days for p in periods)
    possible = sum(p.employees * p.working_days for p in periods)
    same_days = {p.working_days for p in periods}
    lines.append(
        AbsenceLine(
            group_id=None,
            label=periods[0].label,
            start=periods[0].start,
            end=periods[0].end,
            absence_days=days if total_shown else None,
            employees=employees,
            working_days=same_days.pop() if len(same_days) == 1 else None,
            percentage=absence_percentage(days, 1, possible) if total_shown else None,
            withheld=None if total_shown else AbsenceWithheld.BELOW_THRESHOLD,
        )
    )
    return lines


def absence_table(
    periods: Iterable[AbsencePeriod], threshold: int, group_order: Iterable[int] = ()
) -> list[AbsenceLine]:
    """Return the absence lines, newest period first, each period's groups then its total.

    Periods with the same start and end are one period of the workplace; its total line
    adds up the groups entered for it. Each line is compared with the previous period
    (the latest that ends before it) of the same group, or of the whole workplace when
    that period has figures for the same groups.
    """
    order = {group_id: i for i, group_id in enumerate(group_order)}
    by_key: dict[tuple[dt.date, dt.date], list[AbsencePeriod]] = {}
    for p in periods:
        by_key.setdefault(_period_key(p), []).append(p)
    keys = sorted(by_key, key=lambda k: (k[1], k[0]))
    history: dict[int | None, list[AbsenceLine]] = {}
    out_by_key: dict[tuple[dt.date, dt.date], list[AbsenceLine]] = {}
    covered: dict[tuple[dt.date, dt.date], frozenset[int]] = {}
    for key in keys:
        members = sorted(by_key[key], key=lambda p: (order.get(p.group_id, len(order)), p.group_id))
        covered[key] = frozenset(p.group_id for p in members)
        lines = []
        for line in _lines_of_period(members, threshold):
            earlier = [
                e
                for e in history.get(line.group_id, [])
                if e.end < line.end
                # the whole workplace is compared only when the same groups are entered
                and (line.group_id is not None or covered[(e.start, e.end)] == covered[key])
            ]
            previous = earlier[-1] if earlier else None
            if previous is not None:
                change = (
                    line.percentage - previous.percentage
                    if line.percentage is not None and previous.percentage is not None
                    else None
                )
                line = replace(line, previous_label=previous.label, change=change)
            history.setdefault(line.group_id, []).append(line)
            lines.append(line)
        out_by_key[key] = lines
    return [line for key in reversed(keys) for line in out_by_key[key]]
