"""The languages apvdesk speaks: the one list of them.

- The program's languages: the windows, the command line's messages and every printed
  report (Danish first, English second).
- The questionnaire's languages: what an employee may answer in. A third of the
  employees in the trades apvdesk serves have another mother tongue.
- A poster's second language: any questionnaire language but Danish, printed beside the
  program's language so everyone can read what was decided.
"""

from __future__ import annotations

PROGRAM_LANGUAGES: dict[str, str] = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"
SOURCE_LANGUAGE = "en"  # the language the program's texts are written in
QUESTIONNAIRE_LANGUAGES: tuple[str, ...] = ("da", "en", "pl", "ro", "uk")
SECOND_LANGUAGES: tuple[str, ...] = tuple(
    lang for lang in QUESTIONNAIRE_LANGUAGES if lang != DEFAULT_LANGUAGE
)
