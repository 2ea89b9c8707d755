"""Dates and numbers shown the way the user's language writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from apvdesk.i18n import current_language

_DATE_FORMATS = {"da": "d. MMM yyyy", "en": "d MMM yyyy"}


def format_date(value: dt.date | None) -> str:
    """Return e.g. "1. sep. 2026" (Danish) or "1 Sep 2026" (English); "" for no date."""
    if value is None:
        return ""
    lang = current_language()
    locale = QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English)
    return locale.toString(QDate(value.year, value.month, value.day), _DATE_FORMATS.get(lang, "yyyy-MM-dd"))


def format_number(value: float) -> str:
    """Return a number with at most one decimal, with a decimal comma in Danish (66,7)."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if current_language() == "da" else text
