"""Dates, moments, numbers and percentages written the way the reader's language writes them.

The one place apvdesk turns a date into text. **One date style per language**, the same on
the screen, in dialogs, PDFs, posters and workbooks:

- Danish: "06-12-2026" (dd-mm-åååå; the form the date fields also take typed in);
- English: "6 Dec 2026" (the day without a leading zero, the month's first three letters);
- any other language (a poster's second language): "06.12.2026", which every European
  reader reads the same way.

A moment adds the time: "06-12-2026 kl. 14.05", "6 Dec 2026, 14:05". Machine files (ICS,
CSV, the store) keep ISO dates; they are not for reading. Never format a date elsewhere:
call :func:`format_date` (and :func:`spreadsheet_date_format` for a workbook cell's format).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from apvdesk.core.rounding import mean_decimals, round_half_up
from apvdesk.wording.i18n import current_language

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A workbook cell's number format showing a date in the same style as format_date.
_SPREADSHEET_FORMATS = {"da": "dd-mm-yyyy", "en": "d mmm yyyy"}


def _locale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English)


def format_date(value: dt.date | None, lang: str | None = None, *, printed: bool = False) -> str:
    """Return a date as text in the language's one style (see the module); "" for no date.

    Args:
        value: The date, or ``None``.
        lang: The reader's language; the program's language when ``None``.
        printed: Kept for callers that print; the style is the same on screen and on paper.

    """
    del printed  # one style everywhere
    if value is None:
        return ""
    lang = lang or current_language()
    if lang == "da":
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def spreadsheet_date_format(lang: str | None = None) -> str:
    """Return the workbook number format that shows a date as :func:`format_date` writes it."""
    return _SPREADSHEET_FORMATS.get(lang or current_language(), "dd.mm.yyyy")


def format_date_time(value: dt.datetime | None) -> str:
    """Return a moment in this PC's time, e.g. "03-03-2027 kl. 14.05"; "?" when unknown."""
    if value is None:
        return "?"
    local = value.astimezone() if value.tzinfo else value
    lang = current_language()
    date = format_date(local.date(), lang)
    if lang == "da":
        return f"{date} kl. {local.hour:02d}.{local.minute:02d}"
    return f"{date}, {local.hour:02d}:{local.minute:02d}"


def format_number(value: float, decimals: int = 1, trim: bool = True, lang: str | None = None) -> str:
    """Return e.g. "5,2" in Danish and "5.2" in English, without a thousands separator.

    Halves round up (62.5 → "63"; core.rounding). With ``trim``, zeros after the decimal
    mark are left out ("5" rather than "5,0"). ``lang`` defaults to the program's language.
    """
    locale = _locale(lang or current_language())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(round_half_up(float(value), decimals), "f", decimals)
    if trim and decimals:
        point = locale.decimalPoint()
        text = text.rstrip("0").removesuffix(point)
    return text


NO_BREAK_SPACE = "\u00a0"  # between a number and its unit, so "60 %" never breaks over two lines


def format_percent(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """Return a percentage as the language writes it: "25 %" in Danish, "25%" in English.

    ``value`` is already in percent (25 for a quarter); halves round up (12.5 → "13 %"). The
    Danish space before "%" does not break.
    """
    lang = lang or current_language()
    number = format_number(value, decimals, trim=False, lang=lang)
    return f"{number}{NO_BREAK_SPACE}%" if lang == "da" else f"{number}%"


def format_signed(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """Return a change with its sign, halves rounded up as everywhere: "+3", "−2", "±0"."""
    number = round_half_up(float(value), decimals)
    text = format_number(abs(number), decimals, trim=False, lang=lang)
    return ("+" if number > 0 else "−" if number < 0 else "±") + text


def format_mean(
    mean: float, high_is_good: bool, green_from: float, red_below: float, lang: str | None = None
) -> str:
    """Return a mean as printed beside its traffic light: whole, unless that would cross a limit.

    See :func:`apvdesk.core.rounding.mean_decimals`: 49.8 under "red below 50" is "49,8".
    """
    decimals = mean_decimals(mean, high_is_good, green_from, red_below)
    return format_number(mean, decimals, trim=False, lang=lang)


_WHOLE_WORKPLACE = QT_TRANSLATE_NOOP("Labels", "The whole workplace (all groups)")


def problem_groups_text(
    group_ids: Iterable[int],
    group_names: Mapping[int | None, str] | Mapping[int, str],
    translate: Callable[[str, str], str] | None = None,
) -> str:
    """Return the groups a problem concerns, by name, as every output says it.

    No group ticked means the whole workplace: every group of the round. ``translate``
    (context, text) defaults to the application's installed language.
    """
    names = [name for name in map(group_names.get, group_ids) if name is not None]
    if names:
        return ", ".join(names)
    text = str(_WHOLE_WORKPLACE)
    return translate("Labels", text) if translate is not None else QCoreApplication.translate("Labels", text)
