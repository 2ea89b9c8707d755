"""Making backups of a workplace file, on opening and before a restore or an upgrade, kept in rotation.

A backup is a complete workplace file in the folder ``apvdesk-backups`` beside the file,
named after the file, the minute it was made and why::

    Firma 2026-11-27 14-03 (opened).apvdesk

When that folder cannot be written, the backup goes to apvdesk's own data folder
(:func:`apvdesk.platform.paths.data_dir`) instead. The copy is taken with SQLite's online backup
API, so it is consistent even while the file is in use, written under a temporary name,
synced to the disk and only then renamed. The newest five "opened" and three "before
restore" backups of each file are kept; "before upgrade" backups are never removed.
Backups are made at these moments only, never after an answer is given: see
docs/storage.md, "Backups", for why. Listing, restoring and deleting them is
:mod:`apvdesk.store.sqlite.backups`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from apvdesk.platform.paths import FILE_SUFFIX, data_dir
from apvdesk.platform.writable import can_write
from apvdesk.store import migrate
from apvdesk.store.errors import CannotWrite, WorkplaceFileError
from apvdesk.store.sqlite.backup_digests import remember, same_as_backup
from apvdesk.store.sqlite.file_checks import inspect_file, refuse_if_damaged, write_failure
from apvdesk.store.sqlite.file_replacement import PART_SUFFIX, write_then_rename
from apvdesk.store.sqlite.sqlite_file import BACKUP_MARK, journal_path, read_only_connection, readable_state

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "apvdesk-backups"
MIN_INTERVAL = dt.timedelta(minutes=10)  # no new "opened" backup sooner than this after the last
_STAMP_FORMAT = "%Y-%m-%d %H-%M"
_NAME = re.compile(
    r"^(?P<stem>.+) (?P<stamp>\d{4}-\d\d-\d\d \d\d-\d\d) \((?P<reason>[a-z ]+)\)(?: (?P<n>\d+))?"
    + re.escape(FILE_SUFFIX)
    + "$"
)
_STALE_PART_AGE = 3600  # seconds after which a left-over partial backup is removed


class BackupReason(StrEnum):
    """Why a backup was made; the value is written into the backup's file name."""

    OPENED = "opened"
    BEFORE_RESTORE = "before restore"
    BEFORE_UPGRADE = "before upgrade"


KEEP: dict[BackupReason, int | None] = {
    BackupReason.OPENED: 5,
    BackupReason.BEFORE_RESTORE: 3,
    BackupReason.BEFORE_UPGRADE: None,  # rare, and the way back from a failed upgrade: keep all
}


@dataclass(frozen=True)
class NamedBackup:
    """A file whose name says it is a backup of one workplace file."""

    path: Path
    created: dt.datetime
    reason: BackupReason
    number: int
    modified_ns: int

    def order(self) -> tuple[dt.datetime, int, int]:
        return (self.created, self.modified_ns, self.number)


# --- where backups go ------------------------------------------------------------------


def backup_folder(path: Path | str) -> Path:
    """Return the folder beside the workplace file where its backups go."""
    return Path(path).absolute().parent / BACKUP_FOLDER_NAME


def fallback_folder(path: Path | str) -> Path:
    """Return the folder in apvdesk's data folder used when the file's own folder is read-only.

    Files of the same name in different folders get different fallback folders.
    """
    folder = Path(path).absolute().parent
    digest = hashlib.sha256(str(folder).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{folder.name or 'drive'} {digest}"


def backup_folders(path: Path) -> list[Path]:
    """Return the folders the backups of ``path`` may be in: beside it, then the fallback."""
    return [backup_folder(path), fallback_folder(path)]


def _backup_name(path: Path, when: dt.datetime, reason: BackupReason, number: int) -> str:
    extra = f" {number}" if number > 1 else ""
    return f"{path.stem} {when.strftime(_STAMP_FORMAT)} ({reason.value}){extra}{FILE_SUFFIX}"


def _parse(candidate: Path, stem: str) -> NamedBackup | None:
    match = _NAME.match(candidate.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        reason = BackupReason(match["reason"])
        created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
        modified_ns = candidate.stat().st_mtime_ns
    except (ValueError, OSError):
        return None
    return NamedBackup(candidate, created, reason, int(match["n"] or 1), modified_ns)


def _named_in(folder: Path, path: Path) -> list[NamedBackup]:
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    found = (_parse(candidate, path.stem) for candidate in candidates if candidate.is_file())
    return [named for named in found if named is not None]


def named_backups(path: Path) -> list[NamedBackup]:
    """Return the backups of ``path`` in both folders, newest first, reading only names."""
    found = [named for folder in backup_folders(path) for named in _named_in(folder, path)]
    return sorted(found, key=NamedBackup.order, reverse=True)


# --- making backups ----------------------------------------------------------------------


def make_backup(path: Path | str, reason: BackupReason, *, now: dt.datetime | None = None) -> Path:
    """Copy the workplace file ``path`` into its backups and return the copy's path.

    The copy is consistent (SQLite's online backup API), complete on disk before it gets
    its name, and goes beside the file or, when that folder cannot be written, into
    apvdesk's data folder. Older backups are then rotated (see :data:`KEEP`).

    When a crash left a hot journal beside the file, the copy holds the file's last
    committed state (the journal rolled back in a temporary copy); the file and its
    journal are not touched.

    Nothing is written for a file that opening would refuse: the errors of
    :func:`apvdesk.store.sqlite.file_checks.inspect_file` are raised, and DamagedFile when SQLite's
    quick check finds damaged pages. Raises CannotWrite (DiskFull) when no backup can be
    written.
    """
    path = Path(path)
    inspect_file(path)
    with readable_state(path) as state:
        refuse_if_damaged(state, report_as=path)
    made = store_copy(path, reason, now, _copy_database)
    remember(made)  # so that opening can tell an unchanged file without reading the backup
    return made


def backup_on_opening(path: Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """Make the "opened" backup of a file about to be opened for writing, if one is due.

    None is returned, and nothing written, when:

    - the newest backup holds the same content, as noted when it was made on this PC
      (:mod:`apvdesk.store.sqlite.backup_digests`; the backup itself is never read here,
      so a backup that lives only in the cloud is not downloaded);
    - the last "opened" backup is less than :data:`MIN_INTERVAL` old, so that opening a
      file again and again does not push the good backups out;
    - opening will refuse the file (not a workplace file, damaged, from a newer apvdesk):
      it is left exactly as it was, with nothing new beside it;
    - the file is read-only (it will be opened read-only);
    - the file is about to be upgraded (the upgrade makes its own copy first).

    A backup that cannot be written is logged, not raised: it must not keep the user from
    their file.
    """
    path = Path(path)
    when = now or dt.datetime.now()
    try:
        revision = inspect_file(path)
    except WorkplaceFileError:
        return None
    if revision != migrate.SCHEMA_HEAD or not _writable(path):
        return None
    existing = named_backups(path)
    last_opened = next((b for b in existing if b.reason is BackupReason.OPENED), None)
    if last_opened is not None and dt.timedelta(0) <= when - last_opened.created < MIN_INTERVAL:
        return None
    if existing and same_as_backup(existing[0].path, path):  # the backup itself is not read
        return None
    try:
        return make_backup(path, BackupReason.OPENED, now=when)
    except WorkplaceFileError as exc:
        log.warning("no backup of %s could be made on opening: %s", path, exc)
        return None


def store_copy(
    path: Path, reason: BackupReason, now: dt.datetime | None, write: Callable[[Path, Path], None]
) -> Path:
    """Write a copy with ``write(source, target)`` into the first folder that takes it; rotate.

    Raises CannotWrite (DiskFull) when no folder takes it.
    """
    when = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    failures: list[CannotWrite] = []
    for folder in backup_folders(path):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_name(folder, path, when, reason)
            write_then_rename(path, target, write)
        except (OSError, sqlite3.Error) as exc:
            failures.append(write_failure(folder, exc))
            continue
        _rotate(folder, path)
        return target
    detail = "; ".join(f"{failure.path}: {failure.detail}" for failure in failures)
    first = next((f for f in failures if type(f) is not CannotWrite), failures[0])  # DiskFull first
    raise type(first)(backup_folder(path), detail, first.cause)


def _free_name(folder: Path, path: Path, when: dt.datetime, reason: BackupReason) -> Path:
    number = 1
    while (folder / _backup_name(path, when, reason, number)).exists():
        number += 1
    return folder / _backup_name(path, when, reason, number)


def _copy_database(source: Path, target: Path) -> None:
    """Copy the last committed state of a workplace file with SQLite's online backup API.

    The copy is marked as a backup (:data:`BACKUP_MARK`): it opens to be looked at, and
    is worked on only once restored.
    """
    with readable_state(source) as state:
        reader = read_only_connection(state)
        try:
            writer = sqlite3.connect(target)
            try:
                reader.backup(writer)
                writer.execute(f"PRAGMA user_version = {BACKUP_MARK}")
                writer.commit()
            finally:
                writer.close()
        finally:
            reader.close()


def copy_bytes(source: Path, target: Path) -> None:
    """Copy a file that SQLite cannot read as it is, with its journal if one is left."""
    shutil.copyfile(source, target)
    journal = journal_path(source)
    if journal.exists():
        shutil.copyfile(journal, journal_path(target.with_name(target.name.removesuffix(PART_SUFFIX))))


def _rotate(folder: Path, path: Path) -> None:
    """Remove the backups of ``path`` in ``folder`` beyond those kept, and stale partial copies."""
    named = sorted(_named_in(folder, path), key=NamedBackup.order, reverse=True)
    for reason, keep in KEEP.items():
        if keep is None:
            continue
        for old in [b for b in named if b.reason is reason][keep:]:
            remove_quietly(old.path)
    prefix = f"{path.stem} "
    for candidate in folder.glob(f"*{FILE_SUFFIX}{PART_SUFFIX}"):
        try:
            stale = time.time() - candidate.stat().st_mtime > _STALE_PART_AGE
        except OSError:
            continue
        if candidate.name.startswith(prefix) and stale:
            remove_quietly(candidate)


def remove_quietly(path: Path) -> None:
    """Remove a backup and any journal beside it; a failure is only logged."""
    try:
        path.unlink(missing_ok=True)
        journal_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the old backup %s: %s", path, exc)


# --- helpers ---------------------------------------------------------------------------


def _writable(path: Path) -> bool:
    return can_write(path)  # tried, not os.access: that ignores Windows' access lists
