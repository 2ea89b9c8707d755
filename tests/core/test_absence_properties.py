"""Property tests: nothing the absence table shows lets anyone work out a withheld group's absence.

Random workplaces: 0-6 groups of 0-15 employees (or FTE), random absence days and working
days, 1-3 periods (some of them overlapping, as a year and its half-years do), thresholds
3-6. The attacker knows every shown figure and that absence days add up: a period's total
is the sum of its groups, and a group's figure for a year is the sum of its figures for
the parts of the year. A figure of a group with 0 employees belongs to no one, so the
attacker is given it. From all that, a withheld figure of a group with employees must not
follow, and the withheld groups of a period whose total is shown must hold at least the
threshold's number of employees between at least two groups.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import example, given, settings
from hypothesis import strategies as st

from apvdesk.core.absence import AbsenceLine, AbsencePeriod, absence_table

PERIODS = (
    ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
    ("2. halvår 2025", dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
    ("2. kvartal 2025", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    ("1. halvår 2026", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
)

Entry = tuple[int, int, float, float, int]  # group, period index, days, employees, working days


@st.composite
def _workplaces(draw) -> tuple[list[AbsencePeriod], int]:
    groups = draw(st.integers(0, 6))
    periods = draw(
        st.one_of(
            st.just([0, 1, 2]),  # a year and its two halves
            st.lists(st.integers(0, len(PERIODS) - 1), min_size=1, max_size=3, unique=True),
        )
    )
    threshold = draw(st.integers(3, 6))
    sizes = [draw(st.integers(0, 15)) for _ in range(groups)]
    out = []
    for group_id, size in enumerate(sizes, start=1):
        for index in periods:
            if not draw(st.booleans()) and draw(st.booleans()):
                continue  # a quarter of the groups have no figures for a period
            employees = size if draw(st.booleans()) else draw(st.integers(0, 15))
            if draw(st.booleans()):
                employees = employees / 2  # FTE
            days = draw(st.integers(0, 90))
            working_days = draw(st.integers(50, 260))
            label, start, end = PERIODS[index]
            out.append(AbsencePeriod(1, group_id, label, start, end, days, employees, working_days))
    return out, threshold


def _segments(periods: list[AbsencePeriod]) -> list[tuple[dt.date, dt.date]]:
    """Return the pieces of time the periods' boundaries cut the calendar into."""
    cuts = sorted({p.start for p in periods} | {p.end + dt.timedelta(days=1) for p in periods})
    return [(a, b - dt.timedelta(days=1)) for a, b in zip(cuts, cuts[1:], strict=False)]


def _rank(rows: list[list[Fraction]]) -> int:
    """Return the rank of a matrix, exactly (Gaussian elimination over fractions)."""
    rows = [list(r) for r in rows if any(r)]
    rank, column = 0, 0
    width = len(rows[0]) if rows else 0
    while rank < len(rows) and column < width:
        pivot = next((i for i in range(rank, len(rows)) if rows[i][column] != 0), None)
        if pivot is None:
            column += 1
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][column] != 0:
                factor = rows[i][column] / rows[rank][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
        column += 1
    return rank


class _Attacker:
    """What follows from the shown figures, as linear algebra over (group, piece of time)."""

    def __init__(self, periods: list[AbsencePeriod]) -> None:
        self.segments = _segments(periods)
        self.groups = sorted({p.group_id for p in periods})
        self.known: list[list[Fraction]] = []

    def vector(self, group_ids: list[int], start: dt.date, end: dt.date) -> list[Fraction]:
        """Return the unknowns that make up the absence days of ``group_ids`` from start to end."""
        row = [Fraction(0)] * (len(self.groups) * len(self.segments))
        for group_id in group_ids:
            g = self.groups.index(group_id)
            for s, (a, b) in enumerate(self.segments):
                if start <= a and b <= end:
                    row[g * len(self.segments) + s] = Fraction(1)
        return row

    def learns(self, vector: list[Fraction]) -> bool:
        """Return True when the shown figures determine the sum ``vector`` stands for."""
        return _rank(self.known) == _rank([*self.known, vector])


def _known_days(line: AbsenceLine, lines: list[AbsenceLine]) -> bool:
    """Return True when a line's absence days can be read off, directly or from its percentage."""
    if line.absence_days is not None:
        return True
    # percentage x employees x working days; every line shows its employees and working days
    return line.percentage is not None


def _check(periods: list[AbsencePeriod], threshold: int) -> None:
    lines = absence_table(periods, threshold)
    if not periods:
        assert lines == []
        return
    attacker = _Attacker(periods)
    members: dict[tuple[dt.date, dt.date], list[int]] = {}
    for p in periods:
        members.setdefault((p.start, p.end), []).append(p.group_id)
        if p.employees == 0:
            attacker.known.append(attacker.vector([p.group_id], p.start, p.end))
    for line in lines:
        group_ids = members[(line.start, line.end)] if line.group_id is None else [line.group_id]
        if _known_days(line, lines):
            attacker.known.append(attacker.vector(group_ids, line.start, line.end))
        if line.change is not None:
            # a change is shown only between two shown percentages
            assert line.percentage is not None
            [previous] = [
                e
                for e in lines
                if e.group_id == line.group_id and e.label == line.previous_label and e.end < line.end
            ]
            assert previous.percentage is not None
        if not line.shown:
            assert line.absence_days is None and line.percentage is None and line.change is None
    for line in lines:
        if line.group_id is None or line.shown or line.employees == 0:
            continue
        pieces = [(a, b) for a, b in attacker.segments if line.start <= a and b <= line.end]
        nobody = [
            any(
                p.group_id == line.group_id and p.employees == 0 and p.start <= a and b <= p.end
                for p in periods
            )
            for a, b in pieces
        ]
        # no withheld figure of a group with employees follows, for the period (unless
        # it is made of pieces with 0 employees), nor for any piece of it: a year minus its
        # first half gives the second half
        if not all(nobody):
            assert not attacker.learns(attacker.vector([line.group_id], line.start, line.end)), line
        for (a, b), zero in zip(pieces, nobody, strict=True):
            assert zero or not attacker.learns(attacker.vector([line.group_id], a, b)), (line, a, b)
    for line in lines:
        if line.group_id is None and line.shown:
            hidden = [
                g.employees
                for g in lines
                if g.group_id is not None
                and (g.start, g.end) == (line.start, line.end)
                and not g.shown
                and g.employees > 0
            ]
            # total minus the shown groups: nothing, or at least two groups holding the threshold
            assert not hidden or (len(hidden) >= 2 and sum(hidden) >= threshold), (line, hidden)


H1 = PERIODS[1]


def _p(group_id: int, days: float, employees: float, when=H1, working_days: int = 123) -> AbsencePeriod:
    label, start, end = when
    return AbsencePeriod(1, group_id, label, start, end, days, employees, working_days)


@settings(max_examples=1000, deadline=None)
@given(_workplaces())
@example(([_p(1, 40, 10), _p(2, 55, 12), _p(3, 9, 1), _p(4, 0, 0)], 5))  # the example
def test_no_withheld_absence_can_be_worked_out(workplace):
    periods, threshold = workplace
    _check(periods, threshold)


def test_a_year_minus_its_halves_does_not_give_a_group_entered_for_the_year_only():
    year, first, second = PERIODS[0], PERIODS[1], PERIODS[2]
    periods = [_p(1, 50, 10, when) for when in (year, first, second)]
    periods += [_p(2, 60, 10, when) for when in (year, first, second)]
    periods += [_p(3, 9, 3, when) for when in (year, first, second)]
    periods.append(_p(4, 21, 3, year))  # no figures for the half-years
    _check(periods, 5)
    totals = [line for line in absence_table(periods, 5) if line.group_id is None]
    assert not any(line.shown for line in totals)  # the year's total minus the halves' would be group 4


def test_a_year_minus_its_first_half_does_not_give_a_withheld_second_half():
    year, first, second = PERIODS[0], PERIODS[1], PERIODS[2]
    periods = [
        _p(1, 80, 10, year),
        _p(2, 30, 6, year),
        _p(1, 40, 10, first),
        _p(2, 20, 6, first),
        _p(1, 40, 10, second),
        _p(2, 10, 4, second),  # below the threshold in the second half only
    ]
    _check(periods, 5)
    shown = {(line.label, line.group_id) for line in absence_table(periods, 5) if line.shown}
    assert ("2025", 2) not in shown and ("1. halvår 2025", 2) not in shown
