"""Opening and creating workplace files.

A file is checked before anything is written to it: it must be an SQLite file carrying
apvdesk's application id, with a schema revision this version knows. An older revision
is copied to a backup and then upgraded; a newer one is refused. A new file is built
under a temporary name and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from apvdesk.store import migrate
from apvdesk.store.errors import (
    CannotWrite,
    FileMissing,
    NewerVersionFile,
    NotAWorkplaceFile,
    UpgradeFailed,
)
from apvdesk.store.models import Base
from apvdesk.store.sqlite_file import (
    APPLICATION_ID,
    apply_pragmas,
    mark_as_workplace,
    peek_revision,
    read_application_id,
)


def make_engine(path: Path) -> Engine:
    """Return an engine for the file with apvdesk's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda conn, _record: apply_pragmas(conn))
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """Return an engine that opens the file strictly read-only (SQLite ``mode=ro``)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection

    return create_engine("sqlite://", creator=connect, poolclass=NullPool)


def inspect_file(path: Path) -> str:
    """Check that ``path`` is a workplace file this version can open; return its revision.

    Reads only; raises FileMissing, NotAWorkplaceFile or NewerVersionFile.
    """
    if not path.exists():
        raise FileMissing(path)
    if read_application_id(path) != APPLICATION_ID:
        raise NotAWorkplaceFile(path, "not an apvdesk workplace file")
    revision = peek_revision(path)
    if revision is None:
        raise NotAWorkplaceFile(path, "no schema revision")
    if revision not in migrate.KNOWN_REVISIONS:
        raise NewerVersionFile(path, f"schema revision {revision}")
    return revision


def backup_path(path: Path, revision: str) -> Path:
    """Return where the copy taken before an upgrade from ``revision`` goes."""
    stamp = dt.date.today().isoformat()
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}.bak")


def open_engine(path: Path) -> Engine:
    """Open an existing workplace file, upgrading it (after a backup) when it is older."""
    path = Path(path)
    revision = inspect_file(path)
    if not os.access(path, os.W_OK):
        raise CannotWrite(path, "the file is read-only")
    if revision != migrate.SCHEMA_HEAD:
        backup = backup_path(path, revision)
        try:
            shutil.copy2(path, backup)
        except OSError as exc:
            raise CannotWrite(backup, exc.strerror or str(exc)) from exc
        try:
            _upgrade(path)
        except Exception as exc:  # any failure is rolled back; say so and keep the backup
            raise UpgradeFailed(path, backup, str(exc)) from exc
    return make_engine(path)


def open_read_only(path: Path) -> tuple[Engine, Path | None]:
    """Open a file only to read it (reports, screenshots); nothing is ever written to it.

    A file from an older schema is copied to a temporary file and the copy is upgraded;
    the copy's path is returned as well so that the caller can delete it after use.
    """
    path = Path(path)
    revision = inspect_file(path)
    if revision == migrate.SCHEMA_HEAD:
        return make_read_only_engine(path), None
    handle, name = tempfile.mkstemp(suffix=path.suffix, prefix="apvdesk-read-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copy2(path, copy)
        _upgrade(copy)
    except Exception as exc:
        copy.unlink(missing_ok=True)
        raise UpgradeFailed(path, None, str(exc)) from exc
    return make_read_only_engine(copy), copy


def _upgrade(path: Path) -> None:
    """Run the migrations to the head in one transaction, with foreign keys off.

    Alembic's batch mode rebuilds a SQLite table by copying it and dropping the old one;
    with foreign keys on, that drop would cascade to (or be refused by) the rows that
    refer to the table, so they are switched off for the upgrade and checked after it.
    The driver's own transaction handling leaves DDL outside any transaction, so the
    BEGIN is issued here: a failing migration rolls back and leaves the file as it was.
    """
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            connection.connection.driver_connection.isolation_level = None  # type: ignore[union-attr]
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.exec_driver_sql("PRAGMA synchronous = FULL")
            connection.exec_driver_sql("BEGIN")
            migrate.upgrade_to_head(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade of {path} left broken references: {broken[:5]}")
            connection.commit()
    finally:
        engine.dispose()


def create_file(path: Path, populate: Callable[[Engine], None] | None = None) -> Engine:
    """Create a new workplace file at ``path`` (replacing any file there) and return it open.

    The file is built and filled (by ``populate``) as ``path.tmp`` and renamed into place
    only when complete, so a failure never leaves a half-made file under the real name.
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
        os.replace(tmp, path)
    except (OSError, SQLAlchemyError) as exc:
        tmp.unlink(missing_ok=True)
        detail = getattr(exc, "strerror", None) or str(getattr(exc, "orig", exc))
        raise CannotWrite(path, detail) from exc
    return make_engine(path)
