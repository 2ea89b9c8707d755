"""Moving a closed workplace file to another folder (out of OneDrive, say), checked before the original goes.

The file is never copied while it is open: the caller closes it first, and the move
holds the locks of both names meanwhile, so that no other copy of apvdesk opens either.
The last committed state is copied with SQLite's online backup API under a temporary
name, synced and renamed (:func:`~apvdesk.store.sqlite.file_replacement.write_then_rename`);
the copy is checked (SQLite's integrity check, and the same pages as the original); only
then is the original removed, with any journal a crash left beside it. A failure before
that leaves the original as it was and no copy behind. Its backups stay where they are.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from apvdesk.store.errors import CannotWrite
from apvdesk.store.sqlite.backup_digests import content_digest
from apvdesk.store.sqlite.file_checks import inspect_file, write_failure
from apvdesk.store.sqlite.file_replacement import write_then_rename
from apvdesk.store.sqlite.lock import acquire
from apvdesk.store.sqlite.sqlite_file import (
    integrity_check,
    journal_path,
    read_only_connection,
    readable_state,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Moved:
    """Where the file is now; ``original_left``: the original could not be removed and is still there."""

    path: Path
    original_left: bool = False


def move_workplace(source: Path | str, target: Path | str) -> Moved:
    """Move the closed workplace file ``source`` to the new name ``target``, checked; see the module.

    Raises the errors of :func:`~apvdesk.store.sqlite.file_checks.inspect_file` for a
    file that cannot be opened, FileInUse or CannotLock when either name is held or no
    lock can be taken, and CannotWrite (DiskFull) when ``target`` exists already, cannot
    be written, or the copy does not hold what the original holds.
    """
    source, target = Path(source).absolute(), Path(target).absolute()
    if os.path.normcase(source) == os.path.normcase(target) or target.exists() or target.is_symlink():
        raise CannotWrite(target, "a file of that name is already there")
    inspect_file(source)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failure(target, exc) from exc
    held = acquire(source)
    try:
        taken = acquire(target)
        try:
            _copy_checked(source, target)
            return Moved(target, original_left=not _remove_original(source))
        finally:
            taken.release()
    finally:
        held.release()


def _copy_checked(source: Path, target: Path) -> None:
    """Copy the last committed state of ``source`` to ``target``, checked; a copy not sound is removed."""
    try:
        write_then_rename(source, target, _copy_database)
    except (OSError, sqlite3.Error) as exc:
        raise write_failure(target, exc) from exc
    try:
        with readable_state(source) as state:
            same = content_digest(state) == content_digest(target)
        sound = integrity_check(target) == ["ok"]
    except Exception as exc:  # the copy must not stay when it cannot be checked
        target.unlink(missing_ok=True)
        raise CannotWrite(target, f"the copy could not be checked: {exc}") from exc
    if not (same and sound):
        target.unlink(missing_ok=True)
        journal_path(target).unlink(missing_ok=True)
        raise CannotWrite(target, "the copy does not hold what the file holds")


def _copy_database(source: Path, target: Path) -> None:
    """Copy the last committed state of a workplace file with SQLite's online backup API."""
    with readable_state(source) as state:
        reader = read_only_connection(state)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()


def _remove_original(source: Path) -> bool:
    """Remove the original and any journal beside it (its content is in the copy); False when it stays."""
    try:
        source.unlink()
        journal_path(source).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the moved file's original %s could not be removed: %s", source, exc)
        return False
    return True
