"""The backups of a workplace file as the user sees them: listed, restored, deleted.

Each backup is listed with what it holds, read from the backup itself. Restoring one
puts its content in place of the workplace file in one rename, after the file itself has
been backed up ("before restore"), and keeps what the file had released. Making the
backups and keeping them in rotation is :mod:`apvdesk.store.sqlite.backup_making`; its
names are offered here too, so that callers find everything about backups in one place.
See docs/storage.md, "Backups".
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from apvdesk.platform.os_errors import ErrorKind
from apvdesk.platform.writable import can_write, can_write_in
from apvdesk.store.errors import CannotWrite, DamagedFile, FileMissing, WorkplaceFileError
from apvdesk.store.sqlite.backup_making import (
    BACKUP_FOLDER_NAME,
    KEEP,
    MIN_INTERVAL,
    BackupReason,
    NamedBackup,
    backup_folder,
    backup_folders,
    backup_on_opening,
    copy_bytes,
    fallback_folder,
    make_backup,
    named_backups,
    remove_quietly,
    store_copy,
)
from apvdesk.store.sqlite.file_checks import inspect_file, write_failure
from apvdesk.store.sqlite.file_replacement import copy_beside, put_in_place
from apvdesk.store.sqlite.sqlite_file import (
    journal_path,
    read_only_connection,
    readable_state,
    roll_back_interrupted_write,
)

__all__ = [
    "BACKUP_FOLDER_NAME",
    "KEEP",
    "MIN_INTERVAL",
    "Backup",
    "BackupReason",
    "backup_folder",
    "backup_on_opening",
    "delete_backup",
    "delete_backups",
    "fallback_folder",
    "list_backups",
    "make_backup",
    "restore_backup",
]

log = logging.getLogger(__name__)


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


# --- listing -------------------------------------------------------------------------


def list_backups(path: Path | str) -> list[Backup]:
    """Return every backup of the workplace file ``path``, newest first.

    Each backup is opened read-only to read its workplace name and counts and to check
    it; a damaged one, or one that is not a workplace file this version can open, is
    listed with ``unusable`` set instead of raising.
    """
    return [_describe(named) for named in named_backups(Path(path))]


def _describe(named: NamedBackup) -> Backup:
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
        connection = read_only_connection(path)
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
    if path.exists() and not can_write(path):
        raise CannotWrite(path, "the file is read-only", ErrorKind.NO_PERMISSION)
    if not can_write_in(path.parent):
        raise CannotWrite(path, "the folder is read-only", ErrorKind.NO_PERMISSION)
    # Copied first: the safety backup's rotation may remove the very backup being restored.
    temp = copy_beside(source, path)
    try:
        _as_workplace(temp, path)
        _recover_interrupted_write(path)
        safety = _safety_backup(path)
        put_in_place(temp, path)
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
                reader = read_only_connection(state)
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
        return store_copy(path, BackupReason.BEFORE_RESTORE, None, copy_bytes)


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
    for named in named_backups(path):
        remove_quietly(named.path)
        removed += not named.path.exists()
    for folder in backup_folders(path):
        try:
            folder.rmdir()  # only when empty
        except OSError:
            pass
    return removed
