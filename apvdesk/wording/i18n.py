"""Translations: Qt's own system, with English source texts and a Danish catalogue.

Source strings are English; ``resources/i18n/apvdesk_da.ts`` holds the Danish. The
``.qm`` catalogues are built by the build (``make translations``, the wheel build and the
bundle), never committed. Danish is the default language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from apvdesk.core.languages import DEFAULT_LANGUAGE, PROGRAM_LANGUAGES, SOURCE_LANGUAGE
from apvdesk.platform.paths import resource

_PLACEHOLDER = re.compile(r"%(\d)")

LANGUAGES = PROGRAM_LANGUAGES  # the program's languages, by code, with their own names


def catalogue_path(lang: str):
    """Return the path of apvdesk's compiled catalogue for ``lang``."""
    return resource("i18n", f"apvdesk_{lang}.qm")


class Translator:
    """Translates apvdesk's texts into one language, without touching global state.

    Reports use this so that a PDF can be printed in a language other than the UI's.
    """

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._qt: QTranslator | None = None
        if lang != SOURCE_LANGUAGE:
            path = catalogue_path(lang)
            translator = QTranslator()
            if not translator.load(str(path)):
                raise FileNotFoundError(f"translation catalogue missing: {path} (run 'make translations')")
            self._qt = translator

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """Return ``text`` in this language (the source text when there is no translation)."""
        if self._qt is None:
            return text.replace("%n", str(n)) if n >= 0 else text
        return self._qt.translate(context, text, None, n) or text

    def qt_translator(self) -> QTranslator | None:
        return self._qt


_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """Return the language last installed with :func:`install` (Danish before that)."""
    return _current[0]


def install(lang: str) -> None:
    """Make ``lang`` the language of the running QCoreApplication/QApplication.

    Installs apvdesk's catalogue, Qt's own (for standard buttons and dialogs) and
    ``qt_extra_<lang>`` for the few texts Qt's own lacks (installed last, so it is asked
    first), and removes those of a previous language.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        ours = Translator(lang).qt_translator()
        if ours is not None:
            _installed.append(ours)
        qt_own = QTranslator()
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        gaps = QTranslator()  # what Qt's own catalogue lacks ("&Look in:" in the file dialog)
        if gaps.load(str(resource("i18n", f"qt_extra_{lang}.qm"))):
            _installed.append(gaps)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    _current[0] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English))


def reset() -> None:
    """Remove the installed translations: the texts are the source's again (for tests)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current[0] = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale.system())


def fill(text: str, *values: object) -> str:
    """Replace Qt-style placeholders ``%1``, ``%2``... in one pass.

    One pass keeps a ``%2`` inside the first value (a path may hold one) as it is; a
    placeholder with no value given stays as it is too.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)
