"""The checks a workplace file passes before it is opened; SQLite only, no SQLAlchemy.

A file must be an SQLite file carrying apvdesk's application id, with a schema revision
this version knows, content that apvdesk can read (:mod:`apvdesk.store.sqlite.content_check`),
and SQLite's quick check must find its pages sound. These checks need
only the standard library, so that start-up can open a file and show its overview before
SQLAlchemy is imported (see :mod:`apvdesk.store.sqlite.deferred_store`).
"""

from __future__ import annotations

from pathlib import Path

from apvdesk.platform.file_errors import cannot_write
from apvdesk.platform.os_errors import ErrorKind
from apvdesk.platform.writable import can_write
from apvdesk.store import migrate
from apvdesk.store.errors import (
    BackupCopy,
    CannotWrite,
    DamagedFile,
    DiskFull,
    FileMissing,
    NewerVersionFile,
    NotAWorkplaceFile,
)
from apvdesk.store.sqlite.content_check import refuse_damaged_content
from apvdesk.store.sqlite.rescue_source import can_rescue
from apvdesk.store.sqlite.sqlite_file import (
    APPLICATION_ID,
    is_backup_copy,
    peek_revision,
    quick_check,
    read_application_id,
    readable_state,
    roll_back_interrupted_write,
)


def write_failure(path: Path, error: BaseException) -> CannotWrite:
    """Return the CannotWrite that explains ``error`` (DiskFull when the disk is full).

    ``error`` is an OSError, an sqlite3 error, or an SQLAlchemy error wrapping one; its
    kind (``cause``) is told by its number (:mod:`apvdesk.platform.os_errors`), never its text.
    """
    failure = cannot_write(path, error)
    if failure.cause is ErrorKind.DISK_FULL:
        return DiskFull(path, failure.detail)
    return failure


def inspect_file(path: Path, check_content: bool = True) -> str:
    """Check that ``path`` is a workplace file this version can open; return its revision.

    Reads only: when a crash left a hot journal beside the file, the file is judged by a
    rolled-back temporary copy. Raises FileMissing, NotAWorkplaceFile, DamagedFile (the
    header or the table of contents cannot be read), NewerVersionFile, and (unless
    ``check_content`` is False) DamagedContent for values apvdesk cannot use (see
    :mod:`apvdesk.store.sqlite.content_check`).
    """
    if not path.exists():
        raise FileMissing(path)
    if read_application_id(path) != APPLICATION_ID:
        raise NotAWorkplaceFile(path, "not an apvdesk workplace file")
    with readable_state(path) as state:
        try:
            revision = peek_revision(state, report_as=path)
        except DamagedFile as exc:
            exc.can_rescue = can_rescue(path)
            raise
        if revision is None:
            raise NotAWorkplaceFile(path, "no schema revision")
        if revision not in migrate.KNOWN_REVISIONS:
            raise NewerVersionFile(path, f"schema revision {revision}")
        if check_content:
            refuse_damaged_content(state, revision, report_as=path)
    return revision


def refuse_if_damaged(path: Path, report_as: Path | None = None) -> None:
    """Raise DamagedFile when SQLite's quick check finds damaged pages in ``path``.

    Reads only. ``report_as`` is the file to name in the error (when ``path`` is a copy).
    """
    problems = quick_check(path)
    if problems != ["ok"]:
        raise DamagedFile(report_as or path, "; ".join(problems[:5]), can_rescue=True)


def ready_for_writing(path: Path) -> str:
    """Check ``path`` before it is opened for changes; return its schema revision.

    A commit cut short by a crash is rolled back first (SQLite's own recovery; the caller
    holds the file's lock). Raises the errors of :func:`inspect_file`, CannotWrite for a
    read-only file, BackupCopy for a backup copy apvdesk made (it is restored, not worked
    on), and DamagedFile.
    """
    revision = inspect_file(path)
    if not can_write(path):
        raise CannotWrite(path, "the file is read-only", ErrorKind.NO_PERMISSION)
    if is_backup_copy(path):
        raise BackupCopy(path, "a backup copy")
    roll_back_interrupted_write(path)
    refuse_if_damaged(path)
    return revision
