"""A theme's forms: asked in full, in its short form, or not at all, read from the bank's raw data.

An item marked ``short = true`` belongs to its theme's short form; a theme's
``default_form`` ("full" or "short", "full" when absent) is the form a new round asks.
This module works on the bank's source data (dicts, as read from TOML or a round's
snapshot), so that :mod:`apvdesk.core.bank` can use it while it validates and narrows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

FULL = "full"
SHORT = "short"
OFF = "off"  # not asked in this round
THEME_FORMS = (FULL, SHORT, OFF)
DEFAULT_FORMS = (FULL, SHORT)  # what a bank may give as a theme's default_form


def short_items(raw_scale: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Return the items of a scale (source data) that belong to the short form."""
    return [
        item for item in raw_scale.get("items", []) if isinstance(item, dict) and item.get("short") is True
    ]


def form_problem(raw_theme: Mapping[str, Any]) -> tuple[str, str] | None:
    """Return (key under the theme, problem) if the theme's forms are invalid, else None.

    Every scale's short form must be usable on its own: none of its items, or at least
    two (a scale needs two items). A theme whose default form is short must have one.
    """
    default = raw_theme.get("default_form", FULL)
    if default not in DEFAULT_FORMS:
        return "default_form", f"must be one of {', '.join(DEFAULT_FORMS)}"
    scales = [s for s in raw_theme.get("scales", []) if isinstance(s, dict)]
    for scale in scales:
        if len(short_items(scale)) == 1:
            return f"scales.{scale.get('id')}.items", "a scale's short form needs none or at least two items"
    if default == SHORT and not any(short_items(scale) for scale in scales):
        return "default_form", "is short, but no item of the theme is marked short"
    return None


def themes_in_forms(raw_themes: Sequence[Mapping[str, Any]], forms: Mapping[str, str]) -> list[dict]:
    """Return the themes' source data as asked in ``forms`` (theme id -> form).

    A theme whose form is OFF is left out; a SHORT one keeps only its short items, and
    only the scales that still have items. Raises ValueError for a short form the theme
    does not have.
    """
    themes = []
    for raw_theme in raw_themes:
        form = forms[raw_theme["id"]]
        if form == OFF:
            continue
        if form == SHORT:
            scales = [{**scale, "items": short_items(scale)} for scale in raw_theme["scales"]]
            scales = [scale for scale in scales if scale["items"]]
            if not scales:
                raise ValueError(f"theme {raw_theme['id']} has no short form")
            raw_theme = {**raw_theme, "scales": scales}
        themes.append(dict(raw_theme))
    return themes
