"""The languages apvdesk speaks: the one list of them.

- The program's languages: the windows, the command line's messages and every printed
  report (Danish first, English second).
- The questionnaire's languages: what an employee may answer in. A third of the
  employees in the trades apvdesk serves have another mother tongue.
- A poster's second language: any questionnaire language but Danish, printed beside the
  program's language so everyone can read what was decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

PROGRAM_LANGUAGES: dict[str, str] = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"
SOURCE_LANGUAGE = "en"  # the language the program's texts are written in
QUESTIONNAIRE_LANGUAGES: tuple[str, ...] = ("da", "en", "pl", "ro", "uk")
SECOND_LANGUAGES: tuple[str, ...] = tuple(
    lang for lang in QUESTIONNAIRE_LANGUAGES if lang != DEFAULT_LANGUAGE
)


def lacking_language(texts: Mapping[str, object], languages: Iterable[str]) -> str | None:
    """Return the first of ``languages`` that ``texts`` has no text in (absent, not a text, or blank).

    The check every file of texts per language gets when it is read (the question bank,
    the action catalogue, the agenda, the poster's texts); None when every text is there.
    """
    for lang in languages:
        value = texts.get(lang)
        if not isinstance(value, str) or not value.strip():
            return lang
    return None
