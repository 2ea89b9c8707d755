"""The errors about a file the user can act on that the platform itself raises.

:class:`WorkplaceFileError` is the base of every such error (the store's, in
:mod:`apvdesk.store.errors`, build on it); the safe writer raises :class:`CannotWrite`
kinds. Each carries the path and a machine-readable detail; the UI and the command line
turn it into one translated sentence (:mod:`apvdesk.app.file_messages`).
"""

from __future__ import annotations

from pathlib import Path

from apvdesk.platform.os_errors import ErrorKind, classify


class WorkplaceFileError(Exception):
    """A workplace file cannot be used as asked; the file itself is left untouched."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail


class CannotWrite(WorkplaceFileError):
    """The file or an output cannot be written (permissions, full disk, missing folder).

    ``cause`` says what kind of failure it was (:class:`~apvdesk.platform.os_errors.ErrorKind`),
    told by the error's number, never its text; the message is chosen by it.
    """

    default_cause = ErrorKind.OTHER

    def __init__(self, path: Path | str, detail: str = "", cause: ErrorKind | None = None) -> None:
        super().__init__(path, detail)
        self.cause = cause if cause is not None else self.default_cause


def cannot_write(path: Path | str, error: BaseException) -> CannotWrite:
    """Return the CannotWrite of ``path`` that a failed write raised as ``error``, with its kind.

    ``error`` is an OSError, an sqlite3 error, or an error wrapping one (SQLAlchemy's).
    The detail is the system's own text, kept for a bug report only.
    """
    cause = getattr(error, "orig", None) or error
    detail = getattr(cause, "strerror", None) or str(cause)
    return CannotWrite(path, detail, classify(error))


class OutputOverWorkplaceFile(CannotWrite):
    """An output (a report, an export, a template) was aimed at a workplace file; nothing was written.

    ``detail`` says what is in the way: ``"workplace"`` (a workplace file or a backup of
    one), ``"lock"`` (the lock file beside an open one) or ``"journal"`` (SQLite's journal
    of an unfinished change).
    """
