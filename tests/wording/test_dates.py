"""Dates: one style per language everywhere, and a typed date read forgivingly."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.wording.date_input import DateProblem, DateTextError, parse_date
from apvdesk.wording.formatting import format_date, format_date_time, spreadsheet_date_format

ST_NICHOLAS = dt.date(2026, 12, 6)
FIRST_OF_SEPTEMBER = dt.date(2026, 9, 1)


@pytest.mark.parametrize(
    ("lang", "day", "expected"),
    [
        ("da", ST_NICHOLAS, "06-12-2026"),
        ("da", FIRST_OF_SEPTEMBER, "01-09-2026"),
        ("en", ST_NICHOLAS, "6 Dec 2026"),
        ("en", FIRST_OF_SEPTEMBER, "1 Sep 2026"),
        ("pl", ST_NICHOLAS, "06.12.2026"),
        ("uk", FIRST_OF_SEPTEMBER, "01.09.2026"),
    ],
)
def test_one_style_per_language_on_screen_and_on_paper(lang: str, day: dt.date, expected: str) -> None:
    assert format_date(day, lang) == expected
    assert format_date(day, lang, printed=True) == expected


def test_no_date_is_empty_and_the_program_language_is_the_default() -> None:
    assert format_date(None, "da") == ""
    assert format_date(ST_NICHOLAS) == "06-12-2026"  # the program's language before any is installed


def test_a_moment_uses_the_same_date_style() -> None:
    # Danish writes the time with a full stop.
    assert format_date_time(dt.datetime(2027, 3, 3, 14, 5)) == "03-03-2027 kl. 14.05"


def test_a_workbook_shows_dates_in_the_same_style() -> None:
    assert spreadsheet_date_format("da") == "dd-mm-yyyy"
    assert spreadsheet_date_format("en") == "d mmm yyyy"
    assert spreadsheet_date_format("ro") == "dd.mm.yyyy"


@pytest.mark.parametrize(
    "text",
    [
        "06-12-2026",
        "6-12-2026",
        "06.12.2026",
        "6/12/2026",
        "06122026",
        "6122026",
        "061226",
        "6-12-26",
        " 6 12 2026 ",
        "6. dec. 2026",
        "6 Dec 2026",
        "6 december 2026",
        "2026-12-06",
    ],
)
def test_a_typed_date_is_read_forgivingly(text: str) -> None:
    assert parse_date(text) == ST_NICHOLAS


def test_an_empty_text_is_no_date() -> None:
    assert parse_date("") is None
    assert parse_date("   ") is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31-02-2026", DateProblem.NO_SUCH_DAY),
        ("29.02.2027", DateProblem.NO_SUCH_DAY),
        ("32-01-2026", DateProblem.NO_SUCH_DAY),
        ("06-13-2026", DateProblem.FORM),
        ("6-12", DateProblem.FORM),
        ("1112026", DateProblem.FORM),  # 1-11 or 11-1: two real days, so neither is guessed
        ("i morgen", DateProblem.FORM),
        ("6*12*2026", DateProblem.FORM),
    ],
)
def test_what_is_not_a_date_says_why(text: str, problem: DateProblem) -> None:
    with pytest.raises(DateTextError) as raised:
        parse_date(text)
    assert raised.value.problem is problem


def test_a_leap_day_is_a_day() -> None:
    assert parse_date("29-02-2028") == dt.date(2028, 2, 29)
