"""Rescue a damaged workplace file: copy every row SQLite can still read into a new file.

The damaged file is never opened for writing, not even by SQLite's recovery: it is
copied to a temporary file first (with a crash's hot journal rolled back in the copy),
and the copy is read through a read-only connection. Three settings let SQLite read
past damage it would otherwise refuse outright: ``writable_schema`` (which, on a
read-only connection, only lets a file shorter than its header says be read up to its
end), ``cell_size_check`` (damaged cells are reported instead of read as rubbish), and a
copy whose first 24 header bytes are restored when SQLite says "file is not a database".

Each table of the schema is read on its own, in dependency order, through its own
b-tree, past damaged pages as far as they allow (:mod:`apvdesk.store.sqlite.rescue_reading`:
by rowid, or by primary key for a WITHOUT ROWID table). A new file is made at the head
revision with :func:`apvdesk.store.sqlite.database.create_file`, and the rows are copied by
column name, so a file of any known revision can be rescued
(:mod:`apvdesk.store.sqlite.rescue_writing`). Rows whose parent was lost are dropped (or their
optional reference cleared), so ``foreign_key_check`` is clean. Values apvdesk cannot
use (see :mod:`apvdesk.store.sqlite.content_check`) are repaired where a safe value exists, or
their rows left out (:mod:`apvdesk.store.sqlite.content_repair`), so the new file opens. The
report says, per table, how many rows were saved, repaired and lost, and what was done
about each value that could not be used.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from apvdesk.store import migrate
from apvdesk.store.errors import DamagedFile, FileMissing, NewerVersionFile, NotAWorkplaceFile
from apvdesk.store.models import Base
from apvdesk.store.sqlite.content_fault import decode_text
from apvdesk.store.sqlite.content_repair import ContentChange
from apvdesk.store.sqlite.database import create_file
from apvdesk.store.sqlite.rescue_writing import TableRescue, copy_rows
from apvdesk.store.sqlite.sqlite_file import (
    APPLICATION_ID,
    SQLITE_HEADER,
    has_hot_journal,
    journal_path,
    read_only_connection,
    rolled_back_copy,
)

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank

SQLITE_NOTADB = 26
# Bytes 16-23 of the header as apvdesk writes them: 4096-byte pages, file format 1 for
# writing and reading, no reserved bytes, and the fixed payload fractions 64, 32, 32.
STANDARD_HEADER_BYTES = bytes.fromhex("1000010100402020")


@dataclass(frozen=True)
class RescueReport:
    """The outcome of :func:`rescue_file`: the new file and each table's rows."""

    damaged: Path
    target: Path
    revision: str | None  # the damaged file's schema revision, when it could be read
    tables: tuple[TableRescue, ...]
    changes: tuple[ContentChange, ...] = ()  # what was done about each value apvdesk cannot use

    @property
    def complete(self) -> bool:
        """True when every row was saved (the damage was only in indexes or free pages)."""
        return all(table.complete for table in self.tables)

    @property
    def saved(self) -> int:
        return sum(table.saved for table in self.tables)

    def table(self, name: str) -> TableRescue:
        """Return the outcome for table ``name``; KeyError when the file had no such table."""
        for table in self.tables:
            if table.table == name:
                return table
        raise KeyError(name)


def rescue_target(damaged: Path) -> Path:
    """Return a free name for the rescued file beside ``damaged``: ``<stem> (rescued).apvdesk``."""
    damaged = Path(damaged)
    suffix = damaged.suffix or ".apvdesk"
    candidate = damaged.with_name(f"{damaged.stem} (rescued){suffix}")
    number = 2
    while candidate.exists():
        candidate = damaged.with_name(f"{damaged.stem} (rescued {number}){suffix}")
        number += 1
    return candidate


def can_rescue(damaged: Path) -> bool:
    """Return True when SQLite can read the table of contents of ``damaged`` (reads a copy)."""
    try:
        with _readable_copy(Path(damaged)) as copy, contextlib.closing(_reader(copy)) as source:
            return bool(_source_columns(source, Path(damaged)))
    except (OSError, sqlite3.Error, DamagedFile, NotAWorkplaceFile):
        return False


def rescue_file(damaged: Path, target: Path, banks: Sequence[QuestionBank] = ()) -> RescueReport:
    """Create a new workplace file at ``target`` with every row still readable in ``damaged``.

    ``damaged`` is left byte for byte as it was; ``target`` (which must be another file)
    is replaced only when the new file is complete. ``banks`` are the question banks
    shipped with apvdesk: a round whose kept bank cannot be read gets the one with the
    same id and version back (otherwise the round is left out). Raises FileMissing, NotAWorkplaceFile
    (not an apvdesk file), NewerVersionFile, DamagedFile with ``can_rescue`` False when
    SQLite cannot read the file at all, and CannotWrite (or DiskFull) for ``target``.
    """
    damaged, target = Path(damaged), Path(target)
    if target.exists() and damaged.exists() and target.resolve() == damaged.resolve():
        raise ValueError(f"the rescue must go to a new file, not to {damaged} itself")
    with _readable_copy(damaged) as copy, contextlib.closing(_reader(copy)) as source:
        columns = _source_columns(source, damaged)
        revision = _source_revision(source)
        if revision is not None and revision not in migrate.KNOWN_REVISIONS:
            raise NewerVersionFile(damaged, f"schema revision {revision}")
        outcomes: list[TableRescue] = []
        changes: list[ContentChange] = []
        current = revision == migrate.SCHEMA_HEAD  # an older file lacks the newer tables by right

        def populate(engine: Engine) -> None:
            outcomes.extend(copy_rows(source, engine, columns, changes, banks, current))

        create_file(target, populate).dispose()
    return RescueReport(damaged, target, revision, tuple(outcomes), tuple(changes))


# --- reading the damaged file ------------------------------------------------------


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
def _readable_copy(damaged: Path) -> Iterator[Path]:
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


def _reader(path: Path) -> sqlite3.Connection:
    """Open the copy read-only, set to read past what damage it can."""
    conn = read_only_connection(path)
    conn.execute("PRAGMA writable_schema = ON")  # read a file cut short up to its end
    conn.execute("PRAGMA cell_size_check = ON")  # report damaged cells instead of reading rubbish
    conn.execute("PRAGMA query_only = ON")
    conn.text_factory = decode_text  # text that is not UTF-8 is kept (and repaired), not lost
    return conn


def _source_columns(source: sqlite3.Connection, damaged: Path) -> dict[str, list[str]]:
    """Return the columns of each of our tables found in the damaged file."""
    try:
        names = [row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        known = {table.name for table in Base.metadata.sorted_tables}
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


def _source_revision(source: sqlite3.Connection) -> str | None:
    try:
        row = source.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None
