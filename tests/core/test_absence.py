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


def test_the_issues_example_one_person_is_not_the_total_minus_the_others():
    # Groups of 10, 12, 1 and 0 employees: the empty group hides nothing, so withholding the
    # one-person group with it would leave its days as the total minus the two shown groups.
    lines = absence_table(
        [
            period(1, H1_2026, 40, 10),
            period(2, H1_2026, 55, 12),
            period(3, H1_2026, 9, 1),
            period(4, H1_2026, 0, 0),
        ],
        threshold=5,
    )
    by_group = {line.group_id: line for line in lines}
    assert by_group[3].withheld is AbsenceWithheld.BELOW_THRESHOLD
    assert by_group[4].withheld is AbsenceWithheld.BELOW_THRESHOLD
    assert by_group[1].withheld is AbsenceWithheld.PROTECTS_OTHER_GROUP  # the smallest group with people
    assert by_group[2].shown and by_group[None].shown
    assert by_group[None].absence_days == 104


def test_a_group_with_people_protects_even_a_fraction_of_a_person():
    lines = absence_table([period(1, H1_2026, 30, 4), period(2, H1_2026, 8, 2)], threshold=5)
    assert [line.shown for line in lines] == [False, False, True]  # 6 employees between two groups
    lines = absence_table([period(1, H1_2026, 30, 7), period(2, H1_2026, 8, 0.5)], threshold=5)
    assert [line.withheld for line in lines] == [
        AbsenceWithheld.PROTECTS_OTHER_GROUP,
        AbsenceWithheld.BELOW_THRESHOLD,
        None,  # 7.5 employees (FTE) between the two withheld groups
    ]


def test_with_no_group_left_to_protect_a_withheld_group_the_whole_workplace_is_withheld():
    year = ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    half = ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    lines = absence_table(
        [period(1, year, 60, 6), period(2, year, 9, 3), period(1, half, 30, 6), period(2, half, 0, 0)],
        threshold=5,
    )
    withheld = {(line.label, line.group_id): line.withheld for line in lines}
    # Group 2 had nobody in the first half, so its figure there is nobody's: known, in
    # effect, and the year minus it is group 2's second half. It protects no one, so
    # group 1 alone cannot hide it, and with no group left the whole workplace goes too.
    assert withheld[("2025", 2)] is AbsenceWithheld.BELOW_THRESHOLD
    assert withheld[("2025", 1)] is AbsenceWithheld.PROTECTS_OTHER_GROUP
    assert withheld[("2025", None)] is AbsenceWithheld.PROTECTS_OTHER_GROUP
    assert withheld[("1. halvår 2025", 1)] is AbsenceWithheld.OVERLAPPING_PERIOD
    assert withheld[("1. halvår 2025", None)] is AbsenceWithheld.PROTECTS_OTHER_GROUP  # group 1 alone


def test_overlapping_periods_withhold_alike():
    year = ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    half = ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    lines = absence_table(
        [
            period(1, year, 90, 10),
            period(2, year, 70, 8),
            period(3, year, 50, 6),
            period(1, half, 40, 10),
            period(2, half, 30, 8),
            period(3, half, 20, 4),  # withheld in the half-year only ...
        ],
        threshold=5,
    )
    withheld = {(line.label, line.group_id): line.withheld for line in lines}
    # ... so withheld in the year too: the year minus the half would be the other half
    assert withheld[("2025", 3)] is AbsenceWithheld.OVERLAPPING_PERIOD
    assert withheld[("1. halvår 2025", 3)] is AbsenceWithheld.BELOW_THRESHOLD
    assert withheld[("1. halvår 2025", 2)] is AbsenceWithheld.PROTECTS_OTHER_GROUP
    assert withheld[("2025", 2)] is AbsenceWithheld.PROTECTS_OTHER_GROUP
    assert withheld[("2025", 1)] is None and withheld[("1. halvår 2025", 1)] is None
    assert withheld[("2025", None)] is None and withheld[("1. halvår 2025", None)] is None


def test_periods_that_do_not_overlap_are_withheld_each_on_its_own():
    lines = absence_table(
        [
            period(1, H1_2025, 50, 16),
            period(2, H1_2025, 5, 4),  # withheld in 2025
            period(3, H1_2025, 30, 8),
            period(1, H1_2026, 50, 16),
            period(2, H1_2026, 5, 6),
            period(3, H1_2026, 30, 8),
        ],
        threshold=5,
    )
    shown = {(line.label, line.group_id) for line in lines if line.shown}
    assert shown == {
        ("1. halvår 2025", 1),
        ("1. halvår 2025", None),
        ("1. halvår 2026", 1),
        ("1. halvår 2026", 2),
        ("1. halvår 2026", 3),
        ("1. halvår 2026", None),
    }


def test_a_group_of_exactly_the_threshold_is_shown_and_one_below_is_not():
    for threshold in (3, 5, 6):
        lines = absence_table([period(1, H1_2026, 12, threshold), period(2, H1_2026, 40, 20)], threshold)
        assert [line.shown for line in lines] == [True, True, True], threshold
        below = threshold - 1
        lines = absence_table([period(1, H1_2026, 12, below), period(2, H1_2026, 40, 20)], threshold)
        assert lines[0].withheld is AbsenceWithheld.BELOW_THRESHOLD, threshold
        lines = absence_table(
            [period(1, H1_2026, 12, threshold - 0.5), period(2, H1_2026, 40, 20)], threshold
        )
        assert lines[0].withheld is AbsenceWithheld.BELOW_THRESHOLD, threshold  # FTE just below
    # the whole workplace too: exactly the threshold shows it, one below withholds it
    assert absence_table([period(1, H1_2026, 12, 5)], 5)[-1].shown
    assert not absence_table([period(1, H1_2026, 12, 4)], 5)[-1].shown


def test_the_whole_workplace_rate_is_the_sum_of_days_over_the_sum_of_possible_days():
    # Groups with different working days: 100 days / (10 x 200) = 5 % and
    # 50 days / (5 x 100) = 10 %. The workplace: 150 / (2000 + 500) = 6 %, not the mean of
    # the rates (7.5 %) nor their mean weighted by employees (6.67 %).
    lines = absence_table(
        [period(1, H1_2026, 100, 10, working_days=200), period(2, H1_2026, 50, 5, working_days=100)],
        threshold=5,
    )
    first, second, total = lines
    assert first.percentage == pytest.approx(5.0) and second.percentage == pytest.approx(10.0)
    assert total.absence_days == 150 and total.employees == 15
    assert total.percentage == pytest.approx(6.0)
    assert total.working_days is None  # no single number of working days to show
    same = absence_table(
        [period(1, H1_2026, 100, 10, working_days=200), period(2, H1_2026, 50, 5, working_days=200)],
        threshold=5,
    )
    assert same[-1].working_days == 200
    assert same[-1].percentage == pytest.approx(100 * 150 / 3000)
