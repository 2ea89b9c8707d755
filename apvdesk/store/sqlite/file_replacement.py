"""Files put in place whole: written or copied under a temporary name, synced, then renamed.

A backup gets its name only once it is complete on the disk (:func:`write_then_rename`).
A restored backup replaces the workplace file in one rename (:func:`copy_beside`, then
:func:`put_in_place`); a journal a crash left beside the file belongs to the old content
and is set aside for the rename, so that SQLite never applies it to the new content. A
failure at any step leaves the file that was there as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from apvdesk.platform.atomic_file import fsync_folder
from apvdesk.platform.file_retry import replace_file
from apvdesk.platform.paths import FILE_SUFFIX
from apvdesk.store.sqlite.file_checks import write_failure
from apvdesk.store.sqlite.sqlite_file import journal_path

PART_SUFFIX = ".part"  # a backup being written: ``<name>.apvdesk.part``


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


def write_then_rename(source: Path, target: Path, write: Callable[[Path, Path], None]) -> None:
    """Write ``target`` with ``write(source, part)`` under a partial name, sync it, then rename it.

    A failure removes the partial file (and any journal SQLite left beside it) and is raised.
    """
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        part.unlink(missing_ok=True)
        write(source, part)
        fsync_file(part)
        replace_file(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        journal_path(part).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the copy is in place; only the flush of its name failed
        fsync_folder(target.parent)


def copy_beside(source: Path, path: Path) -> Path:
    """Copy ``source`` into the folder of ``path`` under a temporary name, synced to the disk.

    Raises CannotWrite (DiskFull) when the copy cannot be written there.
    """
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f"{FILE_SUFFIX}.tmp", dir=path.parent)
    except OSError as exc:
        raise write_failure(path, exc) from exc
    os.close(handle)
    temp = Path(name)
    try:
        shutil.copyfile(source, temp)
        if path.exists():
            shutil.copymode(path, temp)
        else:
            os.chmod(temp, 0o644)  # mkstemp makes the file private; a workplace file is not
        fsync_file(temp)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_failure(path, exc) from exc
    return temp


def put_in_place(temp: Path, path: Path) -> None:
    """Rename the complete copy ``temp`` onto ``path``.

    A journal left beside ``path`` belongs to the old content (and is in the safety
    backup); it is set aside for the rename, so that SQLite never applies it to the new
    content, and put back if the rename fails. Raises CannotWrite (DiskFull).
    """
    journal, aside = journal_path(path), temp.with_name(temp.name + "-old-journal")
    try:
        if journal.exists():
            replace_file(journal, aside)
        try:
            replace_file(temp, path)  # tried again while antivirus holds the file
        except BaseException:
            if aside.exists():
                replace_file(aside, journal)
            raise
    except OSError as exc:
        raise write_failure(path, exc) from exc
    aside.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # the file is in place; only the flush of its name failed
        fsync_folder(path.parent)
