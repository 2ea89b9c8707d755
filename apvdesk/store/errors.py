"""Errors about the workplace file that the user can act on.

Each carries the path and a machine-readable kind; the UI and the command line turn it
into one translated sentence (see :mod:`apvdesk.messages`).
"""

from __future__ import annotations

from pathlib import Path


class WorkplaceFileError(Exception):
    """A workplace file cannot be used as asked; the file itself is left untouched."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class FileMissing(WorkplaceFileError):
    """There is no file at the path."""


class NotAWorkplaceFile(WorkplaceFileError):
    """The file is not an apvdesk workplace file (or is damaged beyond reading)."""


class NewerVersionFile(WorkplaceFileError):
    """The file was written by a newer apvdesk whose schema this version does not know."""


class CannotWrite(WorkplaceFileError):
    """The file or an output cannot be written (permissions, full disk, missing folder)."""


class UpgradeFailed(WorkplaceFileError):
    """An older file could not be upgraded; it was rolled back and a backup copy kept."""

    def __init__(self, path: Path | str, backup: Path | None, detail: str = "") -> None:
        super().__init__(path, detail)
        self.backup = backup
