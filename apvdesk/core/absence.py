"""Sickness absence (sygefravær): group totals per period, the percentage and the assessment.

The APV must include the sickness absence: can conditions at work contribute to it?
apvdesk keeps only group totals per period (absence days, employees or FTE, working
days), never a person's absence. Absence is health data, so a group's figures are
withheld like questionnaire results: below the round's anonymity threshold (primary
suppression); while the whole workplace is shown, more groups are withheld until the
withheld groups with employees are at least two and hold the threshold's number of
employees together, or the whole workplace is withheld too (complementary suppression);
and periods that overlap (a year and its half-years) withhold alike, so that one period
minus another gives nothing away either.
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
    OVERLAPPING_PERIOD = "overlapping_period"


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


_Key = tuple[dt.date, dt.date]


def _period_key(period: AbsencePeriod) -> _Key:
    return (period.start, period.end)


def _families(keys: list[_Key]) -> list[list[_Key]]:
    """Return the periods in families of overlapping ones (a year with its half-years).

    Two periods belong together when they share a day, directly or through another period.
    """
    families: list[list[_Key]] = []
    for key in sorted(keys):
        if families and key[0] <= max(end for _, end in families[-1]):
            families[-1].append(key)
        else:
            families.append([key])
    return families


@dataclass
class _Suppression:
    """Which group lines (per period) and which whole-workplace lines are withheld, and why."""

    groups: dict[_Key, dict[int, AbsenceWithheld]]
    totals: dict[_Key, AbsenceWithheld | None]

    def withhold_group(self, key: _Key, group_id: int, reason: AbsenceWithheld) -> bool:
        if group_id in self.groups[key]:
            return False
        self.groups[key][group_id] = reason
        return True

    def withhold_total(self, key: _Key, reason: AbsenceWithheld) -> bool:
        if self.totals[key] is not None:
            return False
        self.totals[key] = reason
        return True


def _needs_protection(
    members: list[AbsencePeriod], withheld: dict[int, AbsenceWithheld], empty: set[int], threshold: int
) -> bool:
    """Return True when the total minus the shown groups would point to fewer people than allowed.

    The withheld groups with employees must be none, or at least two holding the
    threshold's number of employees together. A group with 0 employees protects nothing,
    and neither does a group that is in ``empty`` (0 employees in an overlapping period):
    its figures there are nobody's, so they may be taken as known and subtracted.
    """
    hidden = [p for p in members if p.group_id in withheld and p.employees > 0]
    protecting = [p.employees for p in hidden if _protects(p, empty)]
    return bool(hidden) and (len(protecting) < 2 or sum(protecting) < threshold)


def _protects(period: AbsencePeriod, empty: set[int]) -> bool:
    return period.employees > 0 and period.group_id not in empty


def _align_family(family: list[_Key], by_key: dict[_Key, list[AbsencePeriod]], s: _Suppression) -> bool:
    """Withhold alike across overlapping periods; return True when anything changed.

    A group withheld in one period of the family is withheld in all of them, or the year
    minus its first half would give the second. The whole-workplace lines are all shown or
    all withheld; and all withheld when the periods withhold different groups (a group
    entered for the year but not for a half would be the difference of the totals).
    """
    changed = False
    hidden = {group_id for key in family for group_id in s.groups[key]}
    for key in family:
        for p in by_key[key]:
            if p.group_id in hidden:
                changed |= s.withhold_group(key, p.group_id, AbsenceWithheld.OVERLAPPING_PERIOD)
    if len(family) > 1:
        differ = len({frozenset(s.groups[key]) for key in family}) > 1
        if differ or any(s.totals[key] is not None for key in family):
            for key in family:
                changed |= s.withhold_total(key, AbsenceWithheld.OVERLAPPING_PERIOD)
    return changed


def _suppress(by_key: dict[_Key, list[AbsencePeriod]], threshold: int) -> _Suppression:
    """Decide which lines are withheld: primary, complementary and across overlapping periods."""
    s = _Suppression(
        groups={
            key: {p.group_id: AbsenceWithheld.BELOW_THRESHOLD for p in members if p.employees < threshold}
            for key, members in by_key.items()
        },
        totals={
            key: AbsenceWithheld.BELOW_THRESHOLD if sum(p.employees for p in members) < threshold else None
            for key, members in by_key.items()
        },
    )
    families = _families(list(by_key))
    empty: dict[_Key, set[int]] = {}
    for family in families:
        nobody = {p.group_id for key in family for p in by_key[key] if p.employees == 0}
        empty.update({key: nobody for key in family})
    changed = True
    while changed:
        changed = False
        for family in families:
            changed |= _align_family(family, by_key, s)
        for key, members in by_key.items():
            if s.totals[key] is not None or not _needs_protection(
                members, s.groups[key], empty[key], threshold
            ):
                continue
            shown = [p for p in members if p.group_id not in s.groups[key] and _protects(p, empty[key])]
            if shown:
                smallest = min(shown, key=lambda p: (p.employees, p.group_id))
                s.withhold_group(key, smallest.group_id, AbsenceWithheld.PROTECTS_OTHER_GROUP)
            else:
                s.withhold_total(key, AbsenceWithheld.PROTECTS_OTHER_GROUP)
            changed = True
    return s


def _lines_of_period(
    periods: list[AbsencePeriod], withheld: dict[int, AbsenceWithheld], total_withheld: AbsenceWithheld | None
) -> list[AbsenceLine]:
    """Group lines and the whole-workplace line of one period, with the suppression decided."""
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
    shown = total_withheld is None
    lines.append(
        AbsenceLine(
            group_id=None,
            label=periods[0].label,
            start=periods[0].start,
            end=periods[0].end,
            absence_days=days if shown else None,
            employees=sum(p.employees for p in periods),
            working_days=same_days.pop() if len(same_days) == 1 else None,
            # from the sums: a small group weighs by its employees x working days, not as a rate
            percentage=absence_percentage(days, 1, possible) if shown else None,
            withheld=total_withheld,
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

    Figures are withheld so that no one's absence can be worked out from those shown:
    a group with fewer employees than ``threshold``; then, while a period's whole-workplace
    line is shown, the smallest other groups until the withheld groups with employees are
    at least two holding ``threshold`` employees together (or, with no group left, the
    whole-workplace line); and alike across periods that overlap.
    """
    order = {group_id: i for i, group_id in enumerate(group_order)}
    by_key: dict[_Key, list[AbsencePeriod]] = {}
    for p in periods:
        by_key.setdefault(_period_key(p), []).append(p)
    suppression = _suppress(by_key, threshold)
    keys = sorted(by_key, key=lambda k: (k[1], k[0]))
    history: dict[int | None, list[AbsenceLine]] = {}
    out_by_key: dict[_Key, list[AbsenceLine]] = {}
    covered: dict[_Key, frozenset[int]] = {}
    for key in keys:
        members = sorted(by_key[key], key=lambda p: (order.get(p.group_id, len(order)), p.group_id))
        covered[key] = frozenset(p.group_id for p in members)
        lines = []
        for line in _lines_of_period(members, suppression.groups[key], suppression.totals[key]):
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
