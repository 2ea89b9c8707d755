"""The short texts of problems and actions in other languages, for the poster (one row per language).

A Danish and Polish poster prints a problem's or an action's own words in both languages
when the owner has written the second; the Danish text stays in ``problem.kind`` and
``action.how``. Keyed by the problem or action and the language, so that any of the
poster's second languages (English, Polish, Romanian, Ukrainian) can have its text.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from apvdesk.store.model_base import Base


class ProblemTranslationRow(Base):
    """A problem's short text in one language other than the plan's."""

    __tablename__ = "problem_translation"

    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class ActionTranslationRow(Base):
    """An action's short text in one language other than the plan's."""

    __tablename__ = "action_translation"

    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


Row = TypeVar("Row", ProblemTranslationRow, ActionTranslationRow)


def translations_of(rows: list[Row]) -> dict[str, str]:
    """Return a problem's or an action's texts by language."""
    return {row.language: row.text for row in sorted(rows, key=lambda r: r.language)}


def fill_translations(
    rows: list[Row],
    texts: dict[str, str],
    row_class: type[Row],
) -> None:
    """Make ``rows`` hold ``texts`` (blank texts are none): change, add and drop rows in place."""
    wanted = {lang: text.strip() for lang, text in texts.items() if text.strip()}
    for row in list(rows):
        if row.language in wanted:
            row.text = wanted.pop(row.language)
        else:
            rows.remove(row)
    for lang, text in sorted(wanted.items()):
        rows.append(row_class(language=lang, text=text))
