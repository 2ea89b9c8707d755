"""The dialogue meeting's agenda in the team's language: its points and its own texts in five languages.

The points a meeting starts with are copied from the shipped templates in one language;
:func:`agenda_in` finds each point's template again (by its title and question in any
language) and gives it in the language asked for. A point the facilitator wrote or changed
is printed as written. The agenda's fixed texts in Polish, Romanian and Ukrainian come from
``resources/dialogue/agenda.toml`` (:func:`load_agenda_texts`), keyed by the English text
the program writes; Danish and English come from the program's own translations.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from apvdesk.core.bank import BankError
from apvdesk.core.dialogue import AgendaPoint, PointTemplate
from apvdesk.core.languages import PROGRAM_LANGUAGES, QUESTIONNAIRE_LANGUAGES, lacking_language

# The languages whose agenda texts the file holds (the program's own come from its catalogue).
TEXT_LANGUAGES: tuple[str, ...] = tuple(
    lang for lang in QUESTIONNAIRE_LANGUAGES if lang not in PROGRAM_LANGUAGES
)

AgendaTexts = Mapping[str, Mapping[str, str]]  # English text -> language -> text


def load_agenda_texts(path: Path) -> dict[str, dict[str, str]]:
    """Read the agenda's own texts in Polish, Romanian and Ukrainian (the ``[[texts]]`` tables)."""
    source = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BankError(source, "(file)", f"cannot be read: {exc}") from exc
    tables = data.get("texts")
    if not isinstance(tables, list) or not tables:
        raise BankError(source, "texts", "must list the agenda's texts")
    texts: dict[str, dict[str, str]] = {}
    for index, table in enumerate(tables):
        key = f"texts[{index}]"
        if not isinstance(table, dict) or not isinstance(table.get("en"), str):
            raise BankError(source, f"{key}.en", "is missing")
        lacking = lacking_language(table, TEXT_LANGUAGES)
        if lacking is not None:
            raise BankError(source, f"{key}.{lacking}", "text is missing or empty")
        texts[table["en"]] = {lang: table[lang] for lang in TEXT_LANGUAGES}
    return texts


class TextTable:
    """Translates the agenda's English texts into one of :data:`TEXT_LANGUAGES` (English if missing).

    Has the shape of :class:`apvdesk.wording.i18n.Translator` (``lang``, ``translate``), so
    a report takes either.
    """

    def __init__(self, lang: str, texts: AgendaTexts) -> None:
        if lang not in TEXT_LANGUAGES:
            raise ValueError(f"no agenda texts in {lang!r}; choose one of {', '.join(TEXT_LANGUAGES)}")
        self.lang = lang
        self._texts = texts

    def translate(self, _context: str, text: str, n: int = -1) -> str:
        """Return ``text`` in this language (the English text when the table lacks it)."""
        found = self._texts.get(text, {}).get(self.lang, text)
        return found.replace("%n", str(n)) if n >= 0 else found


def _template_of(point: AgendaPoint, templates: Iterable[PointTemplate]) -> PointTemplate | None:
    for template in templates:
        for lang, title in template.title.items():
            if point.title == title and point.question == template.question.get(lang):
                return template
    return None


def agenda_in(
    points: Iterable[AgendaPoint], templates: Iterable[PointTemplate], lang: str
) -> tuple[list[AgendaPoint], int]:
    """Return the points in ``lang`` and how many could not be (written or changed by hand)."""
    templates = list(templates)
    shown: list[AgendaPoint] = []
    own = 0
    for point in points:
        template = _template_of(point, templates)
        if template is not None and lang in template.title and lang in template.question:
            shown.append(
                dataclasses.replace(point, title=template.title[lang], question=template.question[lang])
            )
        else:
            own += 1
            shown.append(point)
    return shown, own
