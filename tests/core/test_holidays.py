"""Danish public holidays and the working days of a period, checked by hand against the calendar."""

from __future__ import annotations

import datetime as dt

from apvdesk.core.holidays import (
    Holiday,
    easter_sunday,
    public_holidays,
    weekday_holidays_between,
    working_days_less_holidays,
)


def test_easter_sunday_by_the_calendar():
    assert easter_sunday(2024) == dt.date(2024, 3, 31)
    assert easter_sunday(2025) == dt.date(2025, 4, 20)
    assert easter_sunday(2026) == dt.date(2026, 4, 5)
    assert easter_sunday(2027) == dt.date(2027, 3, 28)
    assert easter_sunday(2038) == dt.date(2038, 4, 25)  # the latest possible date


def test_public_holidays_2025():
    assert public_holidays(2025) == [
        (dt.date(2025, 1, 1), Holiday.NEW_YEARS_DAY),
        (dt.date(2025, 4, 17), Holiday.MAUNDY_THURSDAY),
        (dt.date(2025, 4, 18), Holiday.GOOD_FRIDAY),
        (dt.date(2025, 4, 21), Holiday.EASTER_MONDAY),
        (dt.date(2025, 5, 29), Holiday.ASCENSION_DAY),
        (dt.date(2025, 6, 9), Holiday.WHIT_MONDAY),
        (dt.date(2025, 12, 25), Holiday.CHRISTMAS_DAY),
        (dt.date(2025, 12, 26), Holiday.BOXING_DAY),
    ]


def test_working_days_2025():
    # 2025 starts on a Wednesday: 52 weeks and one Wednesday = 261 weekdays;
    # all eight holidays fall on a weekday: 261 - 8 = 253.
    assert len(weekday_holidays_between(dt.date(2025, 1, 1), dt.date(2025, 12, 31))) == 8
    assert working_days_less_holidays(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == 253


def test_working_days_2026():
    # 2026 starts on a Thursday: 261 weekdays. Holidays: 1 Jan (Thu), 2-3 Apr (Thu, Fri),
    # 6 Apr (Mon), 14 May (Thu), 25 May (Mon), 25 Dec (Fri); 26 Dec is a Saturday: 261 - 7 = 254.
    holidays = weekday_holidays_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [day for day, _ in holidays] == [
        dt.date(2026, 1, 1),
        dt.date(2026, 4, 2),
        dt.date(2026, 4, 3),
        dt.date(2026, 4, 6),
        dt.date(2026, 5, 14),
        dt.date(2026, 5, 25),
        dt.date(2026, 12, 25),
    ]
    assert working_days_less_holidays(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == 254


def test_a_period_across_new_year_and_a_half_year():
    # 15 Dec 2025 (Mon) to 9 Jan 2026 (Fri): 4 weeks = 20 weekdays, less 25 Dec, 26 Dec, 1 Jan = 17.
    assert working_days_less_holidays(dt.date(2025, 12, 15), dt.date(2026, 1, 9)) == 17
    # 1st half of 2026: 1 Jan (Thu) to 30 Jun (Tue), 181 days = 25 weeks + 6 days (Thu-Tue, 4 weekdays)
    # = 129 weekdays, less 1 Jan, 2, 3, 6 Apr, 14 May, 25 May = 123.
    assert working_days_less_holidays(dt.date(2026, 1, 1), dt.date(2026, 6, 30)) == 123
    assert working_days_less_holidays(dt.date(2026, 4, 3), dt.date(2026, 4, 3)) == 0
