"""Read a date the user typed, forgivingly: day first, as Danes and most Europeans write it.

Understood (for 6 December 2026): "06-12-2026", "6-12-2026", "06.12.2026", "6/12/2026",
"6 12 2026", "06122026", "6122026" (when only one reading is a real day), "061226",
"6-12-26", a month's name or its first letters in Danish or English ("6. dec. 2026",
"6 Dec 2026", "6 december 2026"), and the ISO form "2026-12-06". A two-digit year is
this century's. What is shown back is always :func:`apvdesk.wording.formatting.format_date`.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

_MONTH_NAMES = {
    1: ("januar", "january", "jan"),
    2: ("februar", "february", "feb"),
    3: ("marts", "march", "mar"),
    4: ("april", "apr"),
    5: ("maj", "may"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}
_MONTHS = {name: month for month, names in _MONTH_NAMES.items() for name in names}
_PARTS = re.compile(r"\d+|[^\W\d_]+")
_SEPARATORS = re.compile(r"[\s\-./,]+")


class DateProblem(Enum):
    """Why a typed text is not a date."""

    FORM = "form"  # not written as a date at all ("6-12", "tomorrow")
    NO_SUCH_DAY = "no-such-day"  # written as a date, but the day does not exist (31-02-2026)


class DateTextError(ValueError):
    """The text is not a date; ``problem`` says why."""

    def __init__(self, text: str, problem: DateProblem) -> None:
        super().__init__(f"not a date: {text!r} ({problem.value})")
        self.text = text
        self.problem = problem


def parse_date(text: str) -> dt.date | None:
    """Return the date ``text`` stands for, or None for an empty text.

    Raises:
        DateTextError: The text is not a date, or names a day that does not exist.

    """
    stripped = text.strip()
    if not stripped:
        return None
    if any(not c.isalnum() and not _SEPARATORS.fullmatch(c) for c in stripped):
        raise DateTextError(text, DateProblem.FORM)
    parts = _PARTS.findall(stripped.lower())
    day_month_year = _split(parts)
    if day_month_year is None:
        raise DateTextError(text, DateProblem.FORM)
    day, month, year = day_month_year
    if year < 100:
        year += 2000
    if not 1 <= month <= 12 or not 1 <= day <= 31 or not 1900 <= year <= 2999:
        raise DateTextError(text, DateProblem.NO_SUCH_DAY if 1 <= month <= 12 else DateProblem.FORM)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateTextError(text, DateProblem.NO_SUCH_DAY) from None


def _split(parts: list[str]) -> tuple[int, int, int] | None:
    """Return (day, month, year) from the text's pieces, or None when they are not a date."""
    if len(parts) == 1 and parts[0].isdigit():
        digits = parts[0]
        if len(digits) == 8:  # 06122026
            return int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if len(digits) == 6:  # 061226
            return int(digits[:2]), int(digits[2:4]), int(digits[4:])
        if len(digits) == 7:  # 6122026 (or 2512026): taken only when one reading is a real day
            readings = [(int(digits[:1]), int(digits[1:3])), (int(digits[:2]), int(digits[2:3]))]
            year = int(digits[3:])
            real = [(d, m) for d, m in readings if _exists(year, m, d)]
            return (*real[0], year) if len(real) == 1 else None
        return None
    if len(parts) != 3:
        return None
    first, middle, last = parts
    if not (first.isdigit() and last.isdigit()):
        return None
    if middle.isdigit():
        if len(first) == 4 and len(last) <= 2:  # 2026-12-06, the ISO form
            return int(last), int(middle), int(first)
        if len(first) > 2 or len(middle) > 2 or len(last) not in (2, 4):
            return None
        return int(first), int(middle), int(last)
    month = _MONTHS.get(middle)
    if month is None or len(first) > 2 or len(last) not in (2, 4):
        return None
    return int(first), month, int(last)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
