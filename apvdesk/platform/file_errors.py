"""The errors about a file the user can act on that the platform itself raises.

:class:`WorkplaceFileError` is the base of every such error (the store's, in
:mod:`apvdesk.store.errors`, build on it); the safe writer raises :class:`CannotWrite`
kinds. Each carries the path and a machine-readable detail; the UI and the command line
turn it into one translated sentence (:mod:`apvdesk.app.file_messages`).
"""

from __future__ import annotations

from pathlib import Path


class WorkplaceFileError(Exception):
    """A workplace file cannot be used as asked; the file itself is left untouched."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class CannotWrite(WorkplaceFileError):
    """The file or an output cannot be written (permissions, full disk, missing folder)."""


class OutputOverWorkplaceFile(CannotWrite):
    """An output (a report, an export, a template) was aimed at a workplace file; nothing was written.

    ``detail`` says what is in the way: ``"workplace"`` (a workplace file or a backup of
    one), ``"lock"`` (the lock file beside an open one) or ``"journal"`` (SQLite's journal
    of an unfinished change).
    """
