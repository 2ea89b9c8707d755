"""SQLite specifics of the workplace file: identification, pragmas and read-only peeks.

Journal mode is DELETE (the rollback journal), not WAL: after every commit the
``.apvdesk`` file alone holds everything, so it can be copied to a USB stick or kept on a
shared drive (where WAL does not work) while apvdesk is idle. ``synchronous=FULL`` makes
each acknowledged commit durable. See docs/storage.md.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from apvdesk.store.errors import FileMissing, NotAWorkplaceFile

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x41505644  # "APVD": marks a file as an apvdesk workplace
CONNECT_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
)


def read_application_id(path: Path) -> int:
    """Return the application id from the file header, without opening it with SQLite.

    Raises FileMissing, or NotAWorkplaceFile when the file is not an SQLite database.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as exc:
        raise FileMissing(path) from exc
    except IsADirectoryError as exc:
        raise NotAWorkplaceFile(path, "is a folder") from exc
    except OSError as exc:
        raise NotAWorkplaceFile(path, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAWorkplaceFile(path, "not an SQLite database")
    return int.from_bytes(header[68:72], "big")


def peek_revision(path: Path) -> str | None:
    """Return the schema revision stored in the file, opening it strictly read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotAWorkplaceFile(path, str(exc)) from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NotAWorkplaceFile(path, str(exc)) from exc
    finally:
        conn.close()


def integrity_check(path: Path) -> list[str]:
    """Run SQLite's integrity check read-only; return its messages (["ok"] when sound)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    """Set the pragmas every connection to a workplace file needs."""
    cursor = dbapi_connection.cursor()
    try:
        for pragma in CONNECT_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def mark_as_workplace(dbapi_connection: sqlite3.Connection) -> None:
    """Write apvdesk's application id into a new file's header."""
    dbapi_connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
