"""A damaged workplace file opened for the rescue: a readable copy, read past what damage it can.

The damaged file is never opened for writing, not even by SQLite's recovery: it is
copied to a temporary file first (with a crash's hot journal rolled back in the copy),
and the copy is read through a read-only connection. Three settings let SQLite read
past damage it would otherwise refuse outright: ``writable_schema`` (which, on a
read-only connection, only lets a file shorter than its header says be read up to its
end), ``cell_size_check`` (damaged cells are reported instead of read as rubbish), and a
copy whose first 24 header bytes are restored when SQLite says "file is not a database".

Standard library only: the checks before a file is opened
(:mod:`apvdesk.store.sqlite.file_checks`) ask :func:`can_rescue` without loading
SQLAlchemy. The rescue itself is :mod:`apvdesk.store.sqlite.rescue`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from apvdesk.store.content_fault import decode_text
from apvdesk.store.errors import DamagedFile, FileMissing, NotAWorkplaceFile
from apvdesk.store.expected_schema import TABLES
from apvdesk.store.sqlite.sqlite_file import (
    APPLICATION_ID,
    SQLITE_HEADER,
    has_hot_journal,
    journal_path,
    read_only_connection,
    rolled_back_copy,
)

SQLITE_NOTADB = 26
# Bytes 16-23 of the header as apvdesk writes them: 4096-byte pages, file format 1 for
# writing and reading, no reserved bytes, and the fixed payload fractions 64, 32, 32.
STANDARD_HEADER_BYTES = bytes.fromhex("1000010100402020")


def can_rescue(damaged: Path) -> bool:
    """Return True when SQLite can read the table of contents of ``damaged`` (reads a copy)."""
    try:
        with readable_copy(Path(damaged)) as copy, contextlib.closing(damaged_reader(copy)) as source:
            return bool(source_columns(source, Path(damaged)))
    except (OSError, sqlite3.Error, DamagedFile, NotAWorkplaceFile):
        return False


def _carries_our_id(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as exc:
        raise FileMissing(path) from exc
    except OSError as exc:
        raise NotAWorkplaceFile(path, exc.strerror or str(exc)) from exc
    return len(header) == 100 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


@contextlib.contextmanager
def readable_copy(damaged: Path) -> Iterator[Path]:
    """Yield a temporary copy of ``damaged`` that SQLite can open; delete it afterwards."""
    if not damaged.exists():
        raise FileMissing(damaged)
    if damaged.is_dir() or not _carries_our_id(damaged):
        raise NotAWorkplaceFile(damaged, "not an apvdesk workplace file")
    copy = _rolled_back_or_plain_copy(damaged)
    try:
        if _says_not_a_database(copy):
            with copy.open("r+b") as handle:
                handle.write(SQLITE_HEADER + STANDARD_HEADER_BYTES)
        yield copy
    finally:
        copy.unlink(missing_ok=True)
        journal_path(copy).unlink(missing_ok=True)


def _rolled_back_or_plain_copy(damaged: Path) -> Path:
    """Copy the file, with a crash's hot journal rolled back in the copy where SQLite can."""
    if has_hot_journal(damaged):
        with contextlib.suppress(sqlite3.Error):
            return rolled_back_copy(damaged)
    handle, name = tempfile.mkstemp(suffix=damaged.suffix, prefix="apvdesk-rescue-")
    os.close(handle)
    copy = Path(name)
    try:
        shutil.copyfile(damaged, copy)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _says_not_a_database(path: Path) -> bool:
    try:
        with contextlib.closing(read_only_connection(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB
    return False


def damaged_reader(path: Path) -> sqlite3.Connection:
    """Open the copy read-only, set to read past what damage it can."""
    conn = read_only_connection(path)
    conn.execute("PRAGMA writable_schema = ON")  # read a file cut short up to its end
    conn.execute("PRAGMA cell_size_check = ON")  # report damaged cells instead of reading rubbish
    conn.execute("PRAGMA query_only = ON")
    conn.text_factory = decode_text  # text that is not UTF-8 is kept (and repaired), not lost
    return conn


def source_columns(source: sqlite3.Connection, damaged: Path) -> dict[str, list[str]]:
    """Return the columns of each of our tables found in the damaged file."""
    try:
        names = [row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        known = set(TABLES)  # the tables of the current schema
        columns = {
            name: [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
            for name in names
            if name in known
        }
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(damaged, str(exc), can_rescue=False) from exc
    if not columns:
        raise DamagedFile(damaged, "no table can be read", can_rescue=False)
    return columns


def source_revision(source: sqlite3.Connection) -> str | None:
    try:
        row = source.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None
