"""Opening and creating workplace files.

A file is checked before anything is written to it: it must be an SQLite file carrying
apvdesk's application id, with a schema revision this version knows, and SQLite's quick
check must find its pages sound. An older revision is copied to a backup and then
upgraded; a newer one is refused; a damaged one is refused with DamagedFile (see
:mod:`apvdesk.store.sqlite.rescue`). A new file is built under a temporary name and moved into
place only when complete.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from apvdesk.platform.atomic_file import fsync_folder
from apvdesk.platform.file_retry import replace_file
from apvdesk.store import migrate
from apvdesk.store.errors import DamagedFile, DiskFull, UpgradeFailed
from apvdesk.store.models import Base
from apvdesk.store.sqlite.backups import BackupReason, list_backups, make_backup
from apvdesk.store.sqlite.file_checks import (  # re-exported: the CLI and tests import them from here
    inspect_file,
    ready_for_writing,
    refuse_if_damaged,
    write_failure,
)
from apvdesk.store.sqlite.sqlite_address import absolute, read_only_uri
from apvdesk.store.sqlite.sqlite_file import (
    apply_pragmas,
    has_hot_journal,
    journal_path,
    mark_as_workplace,
    rolled_back_copy,
)


def engine_url(path: Path | str) -> URL:
    """Return the engine URL of the file ``path``, built from its parts rather than parsed from text.

    Written as text (``sqlite:///…``), a ``?`` in the file's name would start the URL's
    options; built, the name reaches SQLite as it is (:mod:`.sqlite_address`).
    """
    return URL.create("sqlite", database=str(absolute(path)))


def make_engine(path: Path) -> Engine:
    """Return an engine for the file with apvdesk's pragmas on every connection."""
    engine = create_engine(engine_url(path))
    event.listen(engine, "connect", lambda conn, _record: apply_pragmas(conn))
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """Return an engine that opens the file strictly read-only (SQLite ``mode=ro``)."""
    uri = read_only_uri(absolute(path))

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def open_engine(path: Path) -> Engine:
    """Open an existing workplace file, upgrading it (after a backup) when it is older.

    A commit cut short by a crash is rolled back first (SQLite's own recovery). Raises
    the errors of :func:`inspect_file`, CannotWrite for a read-only file, DamagedFile,
    and UpgradeFailed or DiskFull when an upgrade fails (the file is then as it was).
    """
    path = Path(path)
    revision = ready_for_writing(path)
    if revision != migrate.SCHEMA_HEAD:
        backup = make_backup(path, BackupReason.BEFORE_UPGRADE)  # raises CannotWrite or DiskFull
        try:
            _upgrade(path)
        except Exception as exc:  # any failure is rolled back; say so and keep the backup
            failure = write_failure(path, exc)
            if isinstance(failure, DiskFull):
                raise failure from exc
            raise UpgradeFailed(path, backup, str(exc)) from exc
        if migrate.before_anonymous_layout(revision):
            _upgrade_old_backups(path)
    return make_engine(path)


def _upgrade_old_backups(path: Path) -> None:
    """Upgrade every backup of ``path`` that still keeps the order, dates and languages of answers.

    Called once the file itself has been upgraded and its answers checked unchanged, so the
    backup made before the upgrade has done its work; it and the older ones are upgraded
    in place the same way (and stay restorable). A backup that cannot be upgraded is
    deleted: it would otherwise keep what the upgrade took out of the file.
    """
    for backup in list_backups(path):
        try:
            if not migrate.before_anonymous_layout(inspect_file(backup.path, check_content=False)):
                continue
            _upgrade(backup.path)
        except Exception:  # damaged, foreign, or the upgrade failed: it must not stay as it is
            try:
                backup.path.unlink()
            except OSError:
                pass


def open_read_only(path: Path) -> tuple[Engine, Path | None]:
    """Open a file only to read it (reports, screenshots); nothing is ever written to it.

    When a crash left a hot journal beside the file, or the file has an older schema, a
    temporary copy is read instead (rolled back, upgraded); its path is returned as well
    so that the caller can delete it after use. Raises the errors of :func:`inspect_file`,
    DamagedFile, and UpgradeFailed.
    """
    path = Path(path)
    revision = inspect_file(path)
    copy: Path | None = None
    try:
        if has_hot_journal(path):
            try:
                copy = rolled_back_copy(path)
            except (OSError, sqlite3.Error) as exc:
                raise DamagedFile(path, f"the interrupted last change cannot be rolled back: {exc}") from exc
        refuse_if_damaged(copy or path, report_as=path)
        if revision != migrate.SCHEMA_HEAD:
            if copy is None:
                copy = _temporary_copy(path)
            try:
                _upgrade(copy)
            except Exception as exc:
                raise UpgradeFailed(path, None, str(exc)) from exc
    except BaseException:
        if copy is not None:
            copy.unlink(missing_ok=True)
        raise
    return make_read_only_engine(copy or path), copy


def _temporary_copy(path: Path) -> Path:
    handle, name = tempfile.mkstemp(suffix=path.suffix, prefix="apvdesk-read-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copy2(path, copy)
    except OSError as exc:
        copy.unlink(missing_ok=True)
        raise UpgradeFailed(path, None, str(exc)) from exc
    return copy


def _upgrade(path: Path) -> None:
    """Run the migrations to the head in one transaction, with foreign keys off.

    Alembic's batch mode rebuilds a SQLite table by copying it and dropping the old one;
    with foreign keys on, that drop would cascade to (or be refused by) the rows that
    refer to the table, so they are switched off for the upgrade and checked after it.
    The driver's own transaction handling leaves DDL outside any transaction, so the
    BEGIN is issued here: a failing migration rolls back and leaves the file as it was.
    """
    engine = create_engine(engine_url(path))
    try:
        with engine.connect() as connection:
            connection.connection.driver_connection.isolation_level = None  # type: ignore[union-attr]
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.exec_driver_sql("PRAGMA synchronous = EXTRA")
            connection.exec_driver_sql("BEGIN")
            answers = _answers_fingerprint(connection)
            migrate.upgrade_to_head(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade of {path} left broken references: {broken[:5]}")
            if _answers_fingerprint(connection) != answers:
                raise RuntimeError(f"the upgrade of {path} would have changed its answers")
            connection.commit()
            # Rebuild the file, so that no page or free space keeps a table's old layout
            # (revision 0007 took the order of entry, dates and languages out of the answers).
            connection.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def _answers_fingerprint(connection) -> list[tuple]:
    """Return every round's answers counted per group, item and option (the same in every revision)."""
    return connection.exec_driver_sql(
        "SELECT r.round_id, r.group_id, a.item_id, a.option, count(*) FROM respondent AS r "
        "LEFT JOIN answer AS a ON a.respondent_id = r.id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    ).fetchall()


def create_file(path: Path, populate: Callable[[Engine], None] | None = None) -> Engine:
    """Create a new workplace file at ``path`` (replacing any file there) and return it open.

    The file is built and filled (by ``populate``) as ``path.tmp`` and renamed into place
    only when complete, so a failure never leaves a half-made file under the real name,
    and any file already there stays as it was. Raises CannotWrite (DiskFull when the disk
    is full), or whatever ``populate`` raises.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)
        engine = make_engine(tmp)
        try:
            with engine.begin() as connection:
                mark_as_workplace(connection.connection.driver_connection)  # type: ignore[arg-type]
                Base.metadata.create_all(connection)
                migrate.stamp_head(connection)
            if populate is not None:
                populate(engine)
        finally:
            engine.dispose()
        replace_file(tmp, path)
        fsync_folder(path.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        journal_path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError | SQLAlchemyError | sqlite3.Error):
            raise write_failure(path, exc) from exc
        raise
    return make_engine(path)
