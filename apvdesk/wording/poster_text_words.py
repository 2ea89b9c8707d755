"""What the program says about the poster's texts in its second language: which are still unwritten.

Shared by the Rapporter page (before a bilingual poster is saved or printed) and the
command line (``apvdesk report poster --second-lang pl`` warns on stderr). The texts are
collected by lupdate under the context "PosterTexts".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from apvdesk.core.poster import UntranslatedText
from apvdesk.wording.i18n import fill

CONTEXT = "PosterTexts"
SHORT = 60  # the most characters of a text quoted in a list of unwritten ones

MISSING = QT_TRANSLATE_NOOP(
    "PosterTexts",
    "%1 of the poster's problems and actions have no text in %2 yet; they will be printed in Danish only.",
)
PROBLEM_LINE = QT_TRANSLATE_NOOP("PosterTexts", "Problem %1: “%2”")
ACTION_LINE = QT_TRANSLATE_NOOP("PosterTexts", "Action for problem %1: “%2”")
WARNING = QT_TRANSLATE_NOOP("PosterTexts", "Warning: %1 %2")
_LANGUAGE_NAMES: dict[str, object] = {  # as named inside a sentence ("på polsk", "in Polish")
    "da": QT_TRANSLATE_NOOP("PosterTexts", "Danish"),
    "en": QT_TRANSLATE_NOOP("PosterTexts", "English"),
    "pl": QT_TRANSLATE_NOOP("PosterTexts", "Polish"),
    "ro": QT_TRANSLATE_NOOP("PosterTexts", "Romanian"),
    "uk": QT_TRANSLATE_NOOP("PosterTexts", "Ukrainian"),
}


def tr(text: str) -> str:
    """Return ``text`` in the installed language (context PosterTexts)."""
    return QCoreApplication.translate(CONTEXT, text)


def language_name(lang: str, translate: Callable[[str, str], str] | None = None) -> str:
    """Return a language's name as it stands inside a sentence ("Polish"; in Danish "polsk").

    ``translate`` (a report's ``Translator.translate``) defaults to the installed language.
    """
    name = _LANGUAGE_NAMES.get(lang)
    if name is None:
        return lang
    return translate(CONTEXT, str(name)) if translate is not None else tr(str(name))


def short(text: str, length: int = SHORT) -> str:
    """Return ``text`` on one line, cut at a word with "…" when longer than ``length``."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    return line[:length].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def missing_summary(count: int, lang: str) -> str:
    """Return the sentence saying how many of the poster's texts have no text in ``lang``."""
    return fill(tr(str(MISSING)), count, language_name(lang))


def missing_line(item: UntranslatedText) -> str:
    """Return one unwritten text as a line of a list: which problem or action, and its words."""
    if item.action_id is None:
        return fill(tr(str(PROBLEM_LINE)), item.number, short(item.text))
    return fill(tr(str(ACTION_LINE)), item.number, short(item.text))


def missing_warning(missing: Sequence[UntranslatedText], lang: str) -> str:
    """Return one line for the command line: a warning saying how many, then which."""
    listed = "; ".join(missing_line(item) for item in missing)
    return fill(tr(str(WARNING)), missing_summary(len(missing), lang), listed)
