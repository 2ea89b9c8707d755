"""Sickness absence: the percentage, the previous period, and withholding small groups."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.absence import (
    AbsencePeriod,
    AbsenceWithheld,
    absence_percentage,
    absence_table,
    percentage,
    working_days_between,
)

H1_2025 = ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
H1_2026 = ("1. halvår 2026", dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def period(group_id: int, when, days: float, employees: float, working_days: int = 100) -> AbsencePeriod:
    label, start, end = when
    return AbsencePeriod(1, group_id, label, start, end, days, employees, working_days)


def test_the_percentage_is_absence_days_over_possible_working_days():
    # 10 employees x 200 working days = 2000 possible days; 90 absence days = 4.5 %.
    assert absence_percentage(90, 10, 200) == pytest.approx(4.5)
    assert percentage(period(1, H1_2025, 12.5, 2.5, 100)) == pytest.approx(5.0)  # FTE work too
    assert absence_percentage(3, 0, 200) is None
    assert absence_percentage(3, 10, 0) is None


def test_a_period_cannot_end_before_it_starts_or_be_negative():
    with pytest.raises(ValueError):
        AbsencePeriod(1, 1, "x", dt.date(2025, 2, 1), dt.date(2025, 1, 1), 1, 1, 1)
    with pytest.raises(ValueError):
        AbsencePeriod(1, 1, "x", dt.date(2025, 1, 1), dt.date(2025, 2, 1), -1, 1, 1)


def test_working_days_are_the_weekdays_of_the_period():
    assert working_days_between(dt.date(2026, 11, 23), dt.date(2026, 11, 29)) == 5  # Mon..Sun
    assert working_days_between(dt.date(2026, 11, 28), dt.date(2026, 11, 29)) == 0  # a weekend
    assert working_days_between(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == 261
    assert working_days_between(dt.date(2025, 2, 1), dt.date(2025, 1, 1)) == 0


def test_each_line_is_compared_with_the_previous_period_of_its_group():
    lines = absence_table(
        [
            period(1, H1_2026, 60, 10),  # 6 %
            period(2, H1_2026, 20, 10),  # 2 %
            period(1, H1_2025, 45, 10),  # 4.5 %
            period(2, H1_2025, 30, 10),  # 3 %
        ],
        threshold=5,
        group_order=[1, 2],
    )
    assert [(line.label, line.group_id) for line in lines] == [
        ("1. halvår 2026", 1),
        ("1. halvår 2026", 2),
        ("1. halvår 2026", None),
        ("1. halvår 2025", 1),
        ("1. halvår 2025", 2),
        ("1. halvår 2025", None),
    ]
    new_1, new_2, new_total, old_1, _old_2, old_total = lines
    assert new_1.percentage == pytest.approx(6.0)
    assert new_1.change == pytest.approx(1.5)
    assert new_1.previous_label == "1. halvår 2025"
    assert new_2.change == pytest.approx(-1.0)
    # the whole workplace: 80 of 2000 days = 4 %, before 75 of 2000 = 3.75 %
    assert new_total.absence_days == 80
    assert new_total.employees == 20
    assert new_total.percentage == pytest.approx(4.0)
    assert new_total.change == pytest.approx(0.25)
    assert old_1.change is None and old_total.change is None and old_total.previous_label is None


def test_a_group_with_no_earlier_period_has_no_change():
    lines = absence_table([period(1, H1_2025, 10, 10), period(2, H1_2026, 10, 10)], threshold=5)
    assert all(line.change is None for line in lines)
    assert [line.previous_label for line in lines if line.group_id == 1] == [None]


def test_a_small_group_is_withheld_and_so_is_the_smallest_other_group():
    lines = absence_table(
        [
            period(1, H1_2026, 50, 16),
            period(2, H1_2026, 30, 8),
            period(3, H1_2026, 40, 13),
            period(4, H1_2026, 9, 3),  # below the threshold
        ],
        threshold=5,
    )
    by_group = {line.group_id: line for line in lines}
    assert by_group[4].withheld is AbsenceWithheld.BELOW_THRESHOLD
    assert by_group[4].percentage is None and by_group[4].absence_days is None
    assert by_group[4].employees == 3  # the size is not secret
    assert by_group[2].withheld is AbsenceWithheld.PROTECTS_OTHER_GROUP  # the smallest other
    assert by_group[2].percentage is None
    assert by_group[1].shown and by_group[3].shown
    total = by_group[None]
    assert total.shown
    assert total.absence_days == 129
    assert total.percentage == pytest.approx(100 * 129 / (40 * 100))


def test_two_small_groups_protect_each_other():
    lines = absence_table(
        [period(1, H1_2026, 50, 16), period(2, H1_2026, 5, 4), period(3, H1_2026, 6, 3)], threshold=5
    )
    by_group = {line.group_id: line for line in lines}
    assert by_group[1].shown and by_group[None].shown
    assert not by_group[2].shown and not by_group[3].shown


def test_a_workplace_below_the_threshold_shows_no_absence_at_all():
    lines = absence_table([period(1, H1_2026, 5, 2), period(2, H1_2026, 3, 2)], threshold=5)
    assert [line.shown for line in lines] == [False, False, False]
    assert lines[-1].withheld is AbsenceWithheld.BELOW_THRESHOLD


def test_no_change_is_shown_against_a_withheld_period():
    lines = absence_table(
        [
            period(1, H1_2025, 50, 16),
            period(2, H1_2025, 5, 4),  # withheld in 2025 ...
            period(1, H1_2026, 50, 16),
            period(2, H1_2026, 5, 6),  # ... shown in 2026
        ],
        threshold=5,
    )
    by_group = {line.group_id: line for line in lines if line.label == "1. halvår 2026"}
    assert by_group[2].shown and by_group[2].change is None
