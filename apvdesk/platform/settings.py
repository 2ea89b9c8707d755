"""The user's settings (language, recent files, window geometry) in an INI file.

Kept in the data folder (``APVDESK_DATA_DIR`` moves it, for tests and portable use), not
in the Windows registry, so a portable install carries its settings along.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from apvdesk.core.languages import DEFAULT_LANGUAGE
from apvdesk.core.languages import PROGRAM_LANGUAGES as LANGUAGES
from apvdesk.platform.paths import data_dir

MAX_RECENT = 8


def _same_file_name(first: Path, second: Path) -> bool:
    """Compare two absolute names as the system does (without regard to case on Windows), without the disk."""
    return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


class Settings:
    """Typed access to apvdesk's settings file."""

    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._qs.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(lang)
        self._qs.setValue("language", lang)
        self._qs.sync()

    def recent_files(self) -> list[Path]:
        """Return the recently opened workplace files, newest first, as remembered.

        Nothing is looked up on the disk: a file on a network share that cannot be
        reached would keep the caller waiting (the window checks them in the background,
        :mod:`apvdesk.ui.recent_check`).
        """
        value = self._qs.value("recent_files", [])
        names = [value] if isinstance(value, str) else [str(v) for v in value or []]  # type: ignore[attr-defined]
        return [Path(name) for name in names if name]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` (just opened, so it is there) first among the recent files."""
        path = Path(os.path.abspath(path))
        names = [str(path)] + [str(p) for p in self.recent_files() if not _same_file_name(p, path)]
        self._qs.setValue("recent_files", names[:MAX_RECENT])
        self._qs.sync()

    def forget_recent_file(self, path: Path) -> None:
        """Take ``path`` off the recent files (a file moved elsewhere)."""
        names = [str(p) for p in self.recent_files() if not _same_file_name(p, Path(path))]
        self._qs.setValue("recent_files", names)
        self._qs.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.sync()
