"""The action catalogue: ready-made measures (tiltag) a workplace can add to its action plan.

Each entry says, in Danish and English, what the measure is, what it helps against and
what it takes, and carries a prefill for the action's "how" and "follow-up" fields. The
catalogue is read from ``resources/actions/catalogue.toml``; every problem in the file is
reported as a :class:`CatalogueError` naming the file and the entry, so a broken data
file is found at once.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apvdesk.core.bank import QuestionBank
from apvdesk.core.languages import PROGRAM_LANGUAGES, lacking_language
from apvdesk.core.model import Action, ActionStatus

# Every entry has these texts in every one of these (the program's) languages; others may be added.
CATALOGUE_LANGUAGES = tuple(PROGRAM_LANGUAGES)
TEXT_FIELDS = ("title", "what", "helps", "takes", "how", "follow_up")
SEARCHED_FIELDS = ("title", "what", "helps")
MAX_TITLE_LENGTH = 45
# The store keeps an action's catalogue id in a column of 60 characters.
MAX_ID_LENGTH = 60
MAX_FOLLOW_UP_WEEKS = 104
_ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")


class CatalogueError(ValueError):
    """The action catalogue is invalid; the message names the file, the entry and the key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class CatalogueEntry:
    """One measure of the catalogue, with its texts per language (lang -> text)."""

    id: str
    theme_ids: tuple[str, ...]
    scale_ids: tuple[str, ...]
    title: Mapping[str, str]
    what: Mapping[str, str]
    helps: Mapping[str, str]
    takes: Mapping[str, str]
    how: Mapping[str, str]
    follow_up: Mapping[str, str]
    follow_up_weeks: int

    def text(self, field: str, lang: str) -> str:
        """Return one of the entry's texts (see TEXT_FIELDS) in ``lang``, else in English.

        Raises:
            KeyError: ``field`` is not one of the entry's text fields.

        """
        if field not in TEXT_FIELDS:
            raise KeyError(field)
        values: Mapping[str, str] = getattr(self, field)
        return values.get(lang) or values["en"]


@dataclass(frozen=True)
class ActionCatalogue:
    """A versioned list of catalogue entries, in the order of the file."""

    version: str
    entries: tuple[CatalogueEntry, ...]

    def entry(self, entry_id: str) -> CatalogueEntry:
        """Return the entry with this id; raise KeyError if there is none."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def for_theme(self, theme_id: str) -> list[CatalogueEntry]:
        """Return the entries that help with the theme, in catalogue order."""
        return [entry for entry in self.entries if theme_id in entry.theme_ids]

    def for_scale(self, bank: QuestionBank, scale_id: str) -> list[CatalogueEntry]:
        """Return the entries for a problem on this scale, the most fitting first.

        Entries naming the scale come first, then the other entries of the scale's theme
        in the bank; each entry appears once. A scale the bank does not know gives only
        the entries naming it.
        """
        named = [entry for entry in self.entries if scale_id in entry.scale_ids]
        try:
            theme_id = bank.theme_of(scale_id).id
        except KeyError:
            return named
        return named + [entry for entry in self.for_theme(theme_id) if entry not in named]

    def search(self, text: str, lang: str) -> list[CatalogueEntry]:
        """Return the entries whose title, description or "helps against" hold every word of ``text``.

        The match ignores case and reads the texts in ``lang`` (English where the entry has
        none in it); an empty ``text`` returns every entry.
        """
        words = text.casefold().split()
        found = []
        for entry in self.entries:
            haystack = " ".join(entry.text(name, lang) for name in SEARCHED_FIELDS).casefold()
            if all(word in haystack for word in words):
                found.append(entry)
        return found


def action_from_entry(entry: CatalogueEntry, lang: str, problem_id: int | None, today: dt.date) -> Action:
    """Return a new planned action prefilled from a catalogue entry, for the user to edit.

    The deadline and the follow-up date are left for the user to set; the entry's
    ``follow_up_weeks`` suggests how long after the deadline the effect is checked.
    """
    return Action(
        how=entry.text("how", lang),
        start=today,
        deadline=None,
        status=ActionStatus.PLANNED,
        follow_up_date=None,
        follow_up_method=entry.text("follow_up", lang),
        catalogue_id=entry.id,
        problem_id=problem_id,
    )


def load_catalogue_file(
    path: Path, known_themes: set[str] | None = None, known_scales: set[str] | None = None
) -> ActionCatalogue:
    """Read and validate a TOML catalogue file (see :func:`parse_catalogue`)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path.name, "(file)", f"cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(path.name, "(file)", f"is not valid TOML: {exc}") from exc
    return parse_catalogue(data, path.name, known_themes, known_scales)


def parse_catalogue(
    raw: Mapping[str, Any],
    source: str,
    known_themes: set[str] | None = None,
    known_scales: set[str] | None = None,
) -> ActionCatalogue:
    """Validate catalogue data (as read from TOML) and build the catalogue.

    ``known_themes`` and ``known_scales``, when given, are the ids an entry may name
    (those of the question bank); other ids are errors.

    Raises:
        CatalogueError: A field is missing or wrong; the message names the entry.

    """
    if not isinstance(raw, Mapping):
        raise CatalogueError(source, "(root)", "must be a table")
    version = raw.get("version")
    if not isinstance(version, str) or not version.strip():
        raise CatalogueError(source, "version", "is missing or not a text")
    actions = raw.get("actions")
    if not isinstance(actions, list) or not actions:
        raise CatalogueError(source, "actions", "must list at least one action")
    entries = []
    seen: set[str] = set()
    for index, raw_entry in enumerate(actions):
        entry = _parse_entry(raw_entry, f"actions[{index}]", source, known_themes, known_scales)
        if entry.id in seen:
            raise CatalogueError(source, f"actions.{entry.id}", "id is used twice")
        seen.add(entry.id)
        entries.append(entry)
    return ActionCatalogue(version, tuple(entries))


def _parse_entry(
    raw: Any,
    key: str,
    source: str,
    known_themes: set[str] | None,
    known_scales: set[str] | None,
) -> CatalogueEntry:
    if not isinstance(raw, dict):
        raise CatalogueError(source, key, "must be a table")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id:
        raise CatalogueError(source, f"{key}.id", "is missing")
    key = f"actions.{entry_id}"
    if not _ID_PATTERN.fullmatch(entry_id) or len(entry_id) > MAX_ID_LENGTH:
        raise CatalogueError(
            source, f"{key}.id", f"must be snake_case (a-z, 0-9, _) and at most {MAX_ID_LENGTH} characters"
        )
    theme_ids = _ids(raw, "themes", key, source, known_themes, required=True)
    scale_ids = _ids(raw, "scales", key, source, known_scales, required=False)
    texts = {name: _texts(raw, name, key, source) for name in TEXT_FIELDS}
    for lang, title in texts["title"].items():
        if len(title) > MAX_TITLE_LENGTH:
            raise CatalogueError(
                source, f"{key}.title.{lang}", f"is longer than {MAX_TITLE_LENGTH} characters"
            )
    weeks = raw.get("follow_up_weeks")
    if weeks is None:
        raise CatalogueError(source, f"{key}.follow_up_weeks", "is missing")
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_FOLLOW_UP_WEEKS:
        raise CatalogueError(
            source,
            f"{key}.follow_up_weeks",
            f"must be a whole number of weeks from 1 to {MAX_FOLLOW_UP_WEEKS}",
        )
    return CatalogueEntry(
        id=entry_id,
        theme_ids=theme_ids,
        scale_ids=scale_ids,
        title=texts["title"],
        what=texts["what"],
        helps=texts["helps"],
        takes=texts["takes"],
        how=texts["how"],
        follow_up=texts["follow_up"],
        follow_up_weeks=weeks,
    )


def _ids(
    raw: Mapping[str, Any], name: str, key: str, source: str, known: set[str] | None, required: bool
) -> tuple[str, ...]:
    values = raw.get(name)
    if values is None and not required:
        return ()
    what = "theme" if name == "themes" else "scale"
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise CatalogueError(source, f"{key}.{name}", f"must be a list of {what} ids")
    if required and not values:
        raise CatalogueError(source, f"{key}.{name}", f"must name at least one {what}")
    if len(set(values)) != len(values):
        raise CatalogueError(source, f"{key}.{name}", f"names a {what} twice")
    if known is not None:
        unknown = [v for v in values if v not in known]
        if unknown:
            raise CatalogueError(source, f"{key}.{name}", f"unknown {what} {', '.join(map(repr, unknown))}")
    return tuple(values)


def _texts(raw: Mapping[str, Any], name: str, key: str, source: str) -> dict[str, str]:
    table = raw.get(name)
    if not isinstance(table, dict):
        raise CatalogueError(source, f"{key}.{name}", "is missing")
    lacking = lacking_language(table, (*CATALOGUE_LANGUAGES, *table))  # every language it has, too
    if lacking is not None:
        raise CatalogueError(source, f"{key}.{name}.{lacking}", "text is missing or empty")
    return {lang: " ".join(value.split()) for lang, value in table.items()}
