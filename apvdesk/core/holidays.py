"""Danish public holidays (helligdage), to count the working days of an absence period.

The public holidays are New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and
Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day. Great
Prayer Day (store bededag) is a working day from 2024. Constitution Day, Christmas Eve
and New Year's Eve are days off only by agreement, so they are not counted here.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from apvdesk.core.absence import working_days_between


class Holiday(StrEnum):
    """A Danish public holiday that can fall on a weekday (Easter and Whit Sunday cannot)."""

    NEW_YEARS_DAY = "new_years_day"
    MAUNDY_THURSDAY = "maundy_thursday"
    GOOD_FRIDAY = "good_friday"
    EASTER_MONDAY = "easter_monday"
    ASCENSION_DAY = "ascension_day"
    WHIT_MONDAY = "whit_monday"
    CHRISTMAS_DAY = "christmas_day"
    BOXING_DAY = "boxing_day"


def easter_sunday(year: int) -> dt.date:
    """Return Easter Sunday of ``year`` in the Gregorian calendar (the anonymous algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def public_holidays(year: int) -> list[tuple[dt.date, Holiday]]:
    """Return the year's public holidays that can fall on a weekday, in date order."""
    easter = easter_sunday(year)
    days = [
        (dt.date(year, 1, 1), Holiday.NEW_YEARS_DAY),
        (easter - dt.timedelta(days=3), Holiday.MAUNDY_THURSDAY),
        (easter - dt.timedelta(days=2), Holiday.GOOD_FRIDAY),
        (easter + dt.timedelta(days=1), Holiday.EASTER_MONDAY),
        (easter + dt.timedelta(days=39), Holiday.ASCENSION_DAY),
        (easter + dt.timedelta(days=50), Holiday.WHIT_MONDAY),
        (dt.date(year, 12, 25), Holiday.CHRISTMAS_DAY),
        (dt.date(year, 12, 26), Holiday.BOXING_DAY),
    ]
    return sorted(days)


def weekday_holidays_between(start: dt.date, end: dt.date) -> list[tuple[dt.date, Holiday]]:
    """Return the public holidays from ``start`` to ``end`` (both included) that fall Monday to Friday."""
    return [
        (day, holiday)
        for year in range(start.year, end.year + 1)
        for day, holiday in public_holidays(year)
        if start <= day <= end and day.weekday() < 5
    ]


def working_days_less_holidays(start: dt.date, end: dt.date) -> int:
    """Return the weekdays from ``start`` to ``end``, both included, less the public holidays among them."""
    return max(0, working_days_between(start, end) - len(weekday_holidays_between(start, end)))
