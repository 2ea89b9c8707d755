"""Automatic backups of a workplace file: made on opening and before a restore, kept in rotation.

A backup is a complete workplace file in the folder ``apvdesk-backups`` beside the file,
named after the file, the minute it was made and why::

    Firma 2026-11-27 14-03 (opened).apvdesk

When that folder cannot be written, the backup goes to apvdesk's own data folder
(:func:`apvdesk.platform.paths.data_dir`) instead. The copy is taken with SQLite's online backup
API, so it is consistent even while the file is in use, written under a temporary name,
synced to the disk and only then renamed. The newest five "opened" and three "before
restore" backups of each file are kept; "before upgrade" backups are never removed.
Backups are made at these moments only, never after an answer is given: see
docs/storage.md, "Backups", for why.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from apvdesk.platform.atomic_file import fsync_folder
from apvdesk.platform.paths import FILE_SUFFIX, data_dir
from apvdesk.store import migrate
from apvdesk.store.errors import CannotWrite, DamagedFile, FileMissing, WorkplaceFileError
from apvdesk.store.sqlite.file_checks import inspect_file, refuse_if_damaged, write_failure
from apvdesk.store.sqlite.sqlite_file import (
    BACKUP_MARK,
    journal_path,
    readable_state,
    roll_back_interrupted_write,
)

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "apvdesk-backups"
MIN_INTERVAL = dt.timedelta(minutes=10)  # no new "opened" backup sooner than this after the last
_STAMP_FORMAT = "%Y-%m-%d %H-%M"
_NAME = re.compile(
    r"^(?P<stem>.+) (?P<stamp>\d{4}-\d\d-\d\d \d\d-\d\d) \((?P<reason>[a-z ]+)\)(?: (?P<n>\d+))?"
    + re.escape(FILE_SUFFIX)
    + "$"
)
_PART_SUFFIX = ".part"
_STALE_PART_AGE = 3600  # seconds after which a left-over partial backup is removed
# SQLite header bytes that change with every write or copy without changing the content:
# the change counter (24-27), the schema cookie (40-43), the user version (60-63: the
# backup mark), version-valid-for and the writing library's version (92-99).
_BOOKKEEPING = ((24, 28), (40, 44), (60, 64), (92, 100))


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
class Backup:
    """One backup of a workplace file, as listed for the user.

    ``workplace_name``, ``respondents`` (questionnaires answered, all rounds) and
    ``problems`` are read from the backup itself. ``unusable`` says why a backup
    cannot be restored (damaged, not a workplace file, from a newer apvdesk); it is
    None for a backup that can.
    """

    path: Path
    created: dt.datetime
    reason: BackupReason
    size: int
    workplace_name: str | None = None
    respondents: int | None = None
    problems: int | None = None
    unusable: WorkplaceFileError | None = None

    @property
    def usable(self) -> bool:
        return self.unusable is None


@dataclass(frozen=True)
class _Named:
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


def _folders(path: Path) -> list[Path]:
    return [backup_folder(path), fallback_folder(path)]


def _backup_name(path: Path, when: dt.datetime, reason: BackupReason, number: int) -> str:
    extra = f" {number}" if number > 1 else ""
    return f"{path.stem} {when.strftime(_STAMP_FORMAT)} ({reason.value}){extra}{FILE_SUFFIX}"


def _parse(candidate: Path, stem: str) -> _Named | None:
    match = _NAME.match(candidate.name)
    if match is None or match["stem"] != stem:
        return None
    try:
        reason = BackupReason(match["reason"])
        created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
        modified_ns = candidate.stat().st_mtime_ns
    except (ValueError, OSError):
        return None
    return _Named(candidate, created, reason, int(match["n"] or 1), modified_ns)


def _named_in(folder: Path, path: Path) -> list[_Named]:
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    found = (_parse(candidate, path.stem) for candidate in candidates if candidate.is_file())
    return [named for named in found if named is not None]


def _named_backups(path: Path) -> list[_Named]:
    """Return the backups of ``path`` in both folders, newest first, reading only names."""
    found = [named for folder in _folders(path) for named in _named_in(folder, path)]
    return sorted(found, key=_Named.order, reverse=True)


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
    return _store_copy(path, reason, now, _copy_database)


def backup_on_opening(path: Path | str, *, now: dt.datetime | None = None) -> Path | None:
    """Make the "opened" backup of a file about to be opened for writing, if one is due.

    None is returned, and nothing written, when:

    - the newest backup holds the same content;
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
    existing = _named_backups(path)
    last_opened = next((b for b in existing if b.reason is BackupReason.OPENED), None)
    if last_opened is not None and dt.timedelta(0) <= when - last_opened.created < MIN_INTERVAL:
        return None
    if existing and _same_content(existing[0].path, path):
        return None
    try:
        return make_backup(path, BackupReason.OPENED, now=when)
    except WorkplaceFileError as exc:
        log.warning("no backup of %s could be made on opening: %s", path, exc)
        return None


def _store_copy(
    path: Path, reason: BackupReason, now: dt.datetime | None, write: Callable[[Path, Path], None]
) -> Path:
    """Write a copy with ``write(source, target)`` into the first folder that takes it."""
    when = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    failures: list[CannotWrite] = []
    for folder in _folders(path):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_name(folder, path, when, reason)
            _write_then_rename(path, target, write)
        except (OSError, sqlite3.Error) as exc:
            failures.append(write_failure(folder, exc))
            continue
        _rotate(folder, path)
        return target
    detail = "; ".join(f"{failure.path}: {failure.detail}" for failure in failures)
    kind = next((type(f) for f in failures if type(f) is not CannotWrite), CannotWrite)  # DiskFull
    raise kind(backup_folder(path), detail)


def _free_name(folder: Path, path: Path, when: dt.datetime, reason: BackupReason) -> Path:
    number = 1
    while (folder / _backup_name(path, when, reason, number)).exists():
        number += 1
    return folder / _backup_name(path, when, reason, number)


def _write_then_rename(source: Path, target: Path, write: Callable[[Path, Path], None]) -> None:
    part = target.with_name(target.name + _PART_SUFFIX)
    try:
        part.unlink(missing_ok=True)
        write(source, part)
        _fsync_file(part)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        journal_path(part).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # the copy is in place; only the flush of its name failed
        fsync_folder(target.parent)


def _copy_database(source: Path, target: Path) -> None:
    """Copy the last committed state of a workplace file with SQLite's online backup API.

    The copy is marked as a backup (:data:`BACKUP_MARK`): it opens to be looked at, and
    is worked on only once restored.
    """
    with readable_state(source) as state:
        reader = sqlite3.connect(_read_only_uri(state), uri=True)
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


def _copy_bytes(source: Path, target: Path) -> None:
    """Copy a file that SQLite cannot read as it is, with its journal if one is left."""
    shutil.copyfile(source, target)
    journal = journal_path(source)
    if journal.exists():
        shutil.copyfile(journal, journal_path(target.with_name(target.name.removesuffix(_PART_SUFFIX))))


def _rotate(folder: Path, path: Path) -> None:
    """Remove the backups of ``path`` in ``folder`` beyond those kept, and stale partial copies."""
    named = sorted(_named_in(folder, path), key=_Named.order, reverse=True)
    for reason, keep in KEEP.items():
        if keep is None:
            continue
        for old in [b for b in named if b.reason is reason][keep:]:
            _remove(old.path)
    prefix = f"{path.stem} "
    for candidate in folder.glob(f"*{FILE_SUFFIX}{_PART_SUFFIX}"):
        try:
            stale = time.time() - candidate.stat().st_mtime > _STALE_PART_AGE
        except OSError:
            continue
        if candidate.name.startswith(prefix) and stale:
            _remove(candidate)


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
        journal_path(path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the old backup %s: %s", path, exc)


# --- listing -------------------------------------------------------------------------


def list_backups(path: Path | str) -> list[Backup]:
    """Return every backup of the workplace file ``path``, newest first.

    Each backup is opened read-only to read its workplace name and counts and to check
    it; a damaged one, or one that is not a workplace file this version can open, is
    listed with ``unusable`` set instead of raising.
    """
    return [_describe(named) for named in _named_backups(Path(path))]


def _describe(named: _Named) -> Backup:
    try:
        size = named.path.stat().st_size
    except OSError:
        size = 0
    try:
        name, respondents, problems = _read_summary(named.path)
    except WorkplaceFileError as exc:
        return Backup(named.path, named.created, named.reason, size, unusable=exc)
    return Backup(named.path, named.created, named.reason, size, name, respondents, problems)


def _read_summary(path: Path) -> tuple[str, int, int]:
    """Check a backup fully, read-only; return its workplace name, respondents and problems."""
    inspect_file(path)
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            check = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if check != ["ok"]:
                raise DamagedFile(path, "; ".join(check[:3]))
            row = connection.execute("SELECT name FROM workplace LIMIT 1").fetchone()
            respondents = connection.execute("SELECT count(*) FROM respondent").fetchone()[0]
            problems = connection.execute("SELECT count(*) FROM problem").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DamagedFile(path, str(exc)) from exc
    return (row[0] if row else ""), int(respondents), int(problems)


# --- restoring -----------------------------------------------------------------------


def restore_backup(backup: Backup | Path, path: Path | str) -> Path | None:
    """Put the backup's content in place of the workplace file ``path``.

    The caller must have closed the file first. The backup is checked and copied beside
    the file under a temporary name; then the current file is itself backed up ("before
    restore"); then the copy replaces the file in one rename. Returns the path of that
    safety backup (None when there was no file at ``path``).

    A failure at any step leaves the file as it was. Raises NotAWorkplaceFile (DamagedFile)
    or NewerVersionFile for a backup that cannot be restored, and CannotWrite (DiskFull)
    when the file or its folder is read-only or the copy cannot be written.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    path = Path(path)
    _read_summary(source)
    if path.exists() and not _writable(path):
        raise CannotWrite(path, "the file is read-only")
    if not _writable(path.parent):
        raise CannotWrite(path, "the folder is read-only")
    # Copied first: the safety backup's rotation may remove the very backup being restored.
    temp = _copy_beside(source, path)
    try:
        _as_workplace(temp, path)
        _recover_interrupted_write(path)
        safety = _safety_backup(path)
        _put_in_place(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return safety


def _as_workplace(copy: Path, current: Path) -> None:
    """Make the restored ``copy`` a workplace file again, keeping what ``current`` released.

    The backup mark goes. Each round's released results (and what judging a next release
    needs) are carried over from the file being replaced: a backup from before a release
    would otherwise release its own, without the answers that came later, and the two
    side by side would give those answers away. Such a round then shows what it showed
    before the restore; the answers the backup lacks cannot come back, so no later
    release is made for it. Answers the file had deleted (keeping the results) are deleted
    from the restored copy too: a restore never brings them back.
    """
    carried: list[tuple] = []
    if current.exists():
        try:
            with readable_state(current) as state:
                reader = sqlite3.connect(_read_only_uri(state), uri=True)
                try:
                    carried = reader.execute(
                        "SELECT round_id, released_on, results_json, history_json, answers_discarded_on "
                        "FROM round_release"
                    ).fetchall()
                finally:
                    reader.close()
        except (sqlite3.Error, WorkplaceFileError):
            carried = []  # a file that cannot be read releases nothing to carry
    writer = sqlite3.connect(copy)
    try:
        with writer:
            writer.execute("PRAGMA user_version = 0")
            tables = {row[0] for row in writer.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "round_release" in tables:
                rounds = {row[0] for row in writer.execute("SELECT id FROM apv_round")}
                writer.executemany(
                    "INSERT OR REPLACE INTO round_release (round_id, released_on, results_json, "
                    "history_json, answers_discarded_on) VALUES (?, ?, ?, ?, ?)",
                    [row for row in carried if row[0] in rounds],
                )
                writer.executemany(
                    "UPDATE apv_round SET collecting = 0 WHERE id = ?",
                    [(row[0],) for row in carried if row[0] in rounds],
                )
                deleted = [(row[0],) for row in carried if row[0] in rounds and row[4] is not None]
                writer.execute("PRAGMA secure_delete = ON")
                writer.executemany(
                    "DELETE FROM answer WHERE respondent_id IN "
                    "(SELECT id FROM respondent WHERE round_id = ?)",
                    deleted,
                )
                writer.executemany("DELETE FROM respondent WHERE round_id = ?", deleted)
        writer.execute("VACUUM")  # nothing of answers deleted again stays in free pages
    except sqlite3.Error as exc:
        raise write_failure(current, exc) from exc
    finally:
        writer.close()


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _recover_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a commit that a crash cut short, as opening the file would."""
    try:
        roll_back_interrupted_write(path)
    except WorkplaceFileError as exc:  # the safety backup then copies the file and journal as they are
        log.warning("could not roll back the unfinished write in %s: %s", path, exc)


def _safety_backup(path: Path) -> Path | None:
    """Back up the file about to be replaced; a file SQLite cannot read is copied byte for byte."""
    try:
        return make_backup(path, BackupReason.BEFORE_RESTORE)
    except FileMissing:
        return None
    except CannotWrite:
        raise
    except WorkplaceFileError:  # damaged, not a workplace file, from a newer apvdesk
        return _store_copy(path, BackupReason.BEFORE_RESTORE, None, _copy_bytes)


def _copy_beside(source: Path, path: Path) -> Path:
    """Copy ``source`` into the folder of ``path`` under a temporary name, synced to the disk."""
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
        _fsync_file(temp)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise write_failure(path, exc) from exc
    return temp


def _put_in_place(temp: Path, path: Path) -> None:
    """Rename the complete copy ``temp`` onto ``path``.

    A journal left beside ``path`` belongs to the old content (and is in the safety
    backup); it is set aside for the rename, so that SQLite never applies it to the new
    content, and put back if the rename fails.
    """
    journal, aside = journal_path(path), temp.with_name(temp.name + "-old-journal")
    try:
        if journal.exists():
            os.replace(journal, aside)
        try:
            os.replace(temp, path)
        except BaseException:
            if aside.exists():
                os.replace(aside, journal)
            raise
    except OSError as exc:
        raise write_failure(path, exc) from exc
    aside.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # the file is in place; only the flush of its name failed
        fsync_folder(path.parent)


# --- removing --------------------------------------------------------------------------


def delete_backup(backup: Backup) -> None:
    """Remove one backup (as listed), with any journal beside it.

    Raises CannotWrite when it cannot be removed (a read-only folder, say).
    """
    path = backup.path
    try:
        path.unlink(missing_ok=True)
        journal_path(path).unlink(missing_ok=True)
    except OSError as exc:
        raise write_failure(path, exc) from exc


def delete_backups(path: Path | str) -> int:
    """Remove every backup of the workplace file ``path``; return how many were removed.

    For when the raw answers of a round are deleted: the backups would still hold them.
    """
    path = Path(path)
    removed = 0
    for named in _named_backups(path):
        _remove(named.path)
        removed += not named.path.exists()
    for folder in _folders(path):
        try:
            folder.rmdir()  # only when empty
        except OSError:
            pass
    return removed


# --- helpers ---------------------------------------------------------------------------


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _same_content(first: Path, second: Path) -> bool:
    """Return True when two SQLite files hold the same pages (header bookkeeping aside)."""
    try:
        return _content_digest(first) == _content_digest(second)
    except OSError:
        return False


def _content_digest(path: Path) -> tuple[int, str]:
    data = bytearray(path.read_bytes())
    for start, end in _BOOKKEEPING:
        data[start:end] = bytes(end - start)
    return len(data), hashlib.sha256(data).hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())
