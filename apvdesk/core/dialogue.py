"""The dialogue meeting: an agenda of points for a small team, rated together, with notes.

A dialogue meeting replaces the anonymous questionnaire where a group is too small for
one. Its results are the group's joint judgement per point, never anyone's own answer;
only the number of participants is kept, no names.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from apvdesk.core.bank import BankError, QuestionBank
from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES, lacking_language
from apvdesk.core.model import Action, Problem

AGENDA_LANGUAGES = QUESTIONNAIRE_LANGUAGES  # an agenda point is written in each


class Rating(IntEnum):
    """The group's joint rating of a point, from "works well" to "a real problem"."""

    WORKS_WELL = 1
    MOSTLY_WORKS = 2
    MIXED = 3
    PROBLEM = 4
    REAL_PROBLEM = 5


@dataclass
class AgendaPoint:
    """One point of a meeting: a short question for the group, and what the group said."""

    title: str
    question: str
    minutes: int = 10
    scale_id: str | None = None
    rating: Rating | None = None
    works: str = ""
    not_works: str = ""
    ideas: str = ""
    position: int = 0
    meeting_id: int | None = None
    id: int | None = None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SHORT_TITLE_LENGTH = 80
"""The longest short title taken from a point's notes (a problem's title is a line, not a paragraph)."""


def problem_text_from_point(point_title: str, not_works: str) -> tuple[str, str]:
    """Return a problem's short title and description from what a meeting wrote under "what does not work".

    The description is all of the notes; the short title their first sentence of the first
    line (cut at a word near :data:`SHORT_TITLE_LENGTH`). With no notes, both are the
    point's name (its theme). The point's discussion question is never used: it asks, it
    does not describe a problem.
    """
    notes = not_works.strip()
    name = point_title.strip()
    if not notes:
        return name, name
    first_line = next(line.strip() for line in notes.splitlines() if line.strip())
    title = _SENTENCE_END.split(first_line, maxsplit=1)[0].rstrip(".")
    if len(title) > SHORT_TITLE_LENGTH:
        cut = title[:SHORT_TITLE_LENGTH].rsplit(" ", 1)[0]
        title = cut.rstrip(",;:") + "…"
    return title, notes


@dataclass
class DialogueMeeting:
    """A meeting of one or more groups in a round; only the number of participants is kept."""

    round_id: int
    group_ids: list[int] = field(default_factory=list)
    held_on: dt.date | None = None
    facilitator: str = ""
    participants: int = 0
    id: int | None = None


@dataclass(frozen=True)
class PointTemplate:
    """A point the program proposes, in every questionnaire language, for a theme or scale of the bank."""

    id: str
    theme_id: str
    scale_id: str | None
    title: Mapping[str, str]
    question: Mapping[str, str]
    minutes: int


def load_agenda_templates(path: Path) -> list[PointTemplate]:
    """Read and validate the proposed agenda points (``resources/dialogue/agenda.toml``)."""
    source = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BankError(source, "(file)", f"cannot be read: {exc}") from exc
    points = data.get("points")
    if not isinstance(points, list) or not points:
        raise BankError(source, "points", "must list at least one point")
    templates = []
    for index, raw in enumerate(points):
        key = f"points[{index}]"
        templates.append(_template(raw, key, source))
    return templates


def _template(raw: Any, key: str, source: str) -> PointTemplate:
    if not isinstance(raw, dict):
        raise BankError(source, key, "must be a table")
    for name in ("id", "theme"):
        if not isinstance(raw.get(name), str) or not raw[name]:
            raise BankError(source, f"{key}.{name}", "is missing")
    texts = {}
    for name in ("title", "question"):
        table = raw.get(name)
        lacking = lacking_language(table if isinstance(table, dict) else {}, AGENDA_LANGUAGES)
        if lacking is not None:
            raise BankError(source, f"{key}.{name}.{lacking}", "text is missing or empty")
        assert isinstance(table, dict)
        texts[name] = {lang: table[lang] for lang in AGENDA_LANGUAGES}
    minutes = raw.get("minutes", 10)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 120:
        raise BankError(source, f"{key}.minutes", "must be a whole number of minutes from 1 to 120")
    scale = raw.get("scale")
    if scale is not None and not isinstance(scale, str):
        raise BankError(source, f"{key}.scale", "must be a scale id")
    return PointTemplate(raw["id"], raw["theme"], scale, texts["title"], texts["question"], minutes)


def propose_agenda(templates: Iterable[PointTemplate], bank: QuestionBank, lang: str) -> list[AgendaPoint]:
    """Return the agenda points for the themes the round asks, in the bank's order."""
    if lang not in AGENDA_LANGUAGES:
        lang = "en"
    asked = [theme.id for theme in bank.themes]
    chosen = [t for t in templates if t.theme_id in asked]
    chosen.sort(key=lambda t: asked.index(t.theme_id))
    return [
        AgendaPoint(
            title=t.title[lang],
            question=t.question[lang],
            minutes=t.minutes,
            scale_id=t.scale_id,
            position=position,
        )
        for position, t in enumerate(chosen)
    ]


@dataclass
class DialogueMinutes:
    """Everything the minutes of a meeting show: the meeting, its points and its decisions."""

    workplace_name: str
    round_title: str
    meeting: DialogueMeeting
    group_names: list[str]
    points: list[AgendaPoint]
    decisions: list[tuple[AgendaPoint, Problem, list[Action]]]
    printed_on: dt.date


@dataclass(frozen=True)
class ScaleJudgement:
    """A meeting's joint rating for one scale: the most serious rating of its points."""

    scale_id: str
    rating: Rating
    points: tuple[AgendaPoint, ...]


def judgements_by_scale(points: Iterable[AgendaPoint]) -> dict[str, ScaleJudgement]:
    """Return, per scale, the most serious rating given at a meeting (rated points only)."""
    by_scale: dict[str, list[AgendaPoint]] = {}
    for point in points:
        if point.scale_id and point.rating is not None:
            by_scale.setdefault(point.scale_id, []).append(point)
    return {
        scale_id: ScaleJudgement(scale_id, max(p.rating for p in rated if p.rating is not None), tuple(rated))
        for scale_id, rated in by_scale.items()
    }
