"""Rescue a damaged workplace file: copy every row SQLite can still read into a new file.

The damaged file is never opened for writing, not even by SQLite's recovery: it is
copied to a temporary file first (with a crash's hot journal rolled back in the copy),
and the copy is read through a read-only connection. Three settings let SQLite read
past damage it would otherwise refuse outright: ``writable_schema`` (which, on a
read-only connection, only lets a file shorter than its header says be read up to its
end), ``cell_size_check`` (damaged cells are reported instead of read as rubbish), and a
copy whose first 24 header bytes are restored when SQLite says "file is not a database".

Each table of the schema is read on its own, in dependency order, through its own
b-tree (``NOT INDEXED``: a damaged index does not hide the rows). A scan stops at the
first damaged page, so the rowids are gathered by scanning forwards from the start,
backwards from the end, and from points in between (bisecting what is left), and the
rows are then fetched by rowid, one by one where a batch fails. A new file is made at
the head revision with :func:`apvdesk.store.database.create_file`; rows are copied by
column name, so a file of any known revision can be rescued. Rows whose parent was
lost are dropped (or their optional reference cleared), so ``foreign_key_check`` is
clean. The report says, per table, how many rows were saved and lost.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table
from sqlalchemy.engine import Engine

from apvdesk.store import migrate
from apvdesk.store.database import create_file
from apvdesk.store.errors import DamagedFile, FileMissing, NewerVersionFile, NotAWorkplaceFile
from apvdesk.store.models import Base
from apvdesk.store.sqlite_file import (
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
BATCH = 500  # rows fetched by one query
PROBES = 4096  # bisection probes per table past damaged pages, where the ids are spread wide
STEP_LIMIT = 100_000  # in a damaged gap narrower than this many rowids, each one is looked up
SCAN_CHUNK = 1000  # rowids read by one scanning query
LOWEST_ROWID, HIGHEST_ROWID = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class TableRescue:
    """What became of one table's rows.

    ``lost`` counts rows known to have existed that could not be read, or whose parent
    row was lost. ``damaged`` is True when part of the table could not be read at all,
    so that an unknown number of further rows is missing.
    """

    table: str
    saved: int
    lost: int
    damaged: bool

    @property
    def complete(self) -> bool:
        return self.lost == 0 and not self.damaged


@dataclass(frozen=True)
class RescueReport:
    """The outcome of :func:`rescue_file`: the new file and each table's rows."""

    damaged: Path
    target: Path
    revision: str | None  # the damaged file's schema revision, when it could be read
    tables: tuple[TableRescue, ...]

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


def rescue_file(damaged: Path, target: Path) -> RescueReport:
    """Create a new workplace file at ``target`` with every row still readable in ``damaged``.

    ``damaged`` is left byte for byte as it was; ``target`` (which must be another file)
    is replaced only when the new file is complete. Raises FileMissing, NotAWorkplaceFile
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

        def populate(engine: Engine) -> None:
            outcomes.extend(_copy_rows(source, engine, columns))

        create_file(target, populate).dispose()
    return RescueReport(damaged, target, revision, tuple(outcomes))


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


def _scan(
    source: sqlite3.Connection, table: str, low: int, high: int, backwards: bool
) -> tuple[list[int], bool]:
    """Return the rowids in ``[low, high)`` met scanning from one end, and whether damage stopped it.

    The driver reads one row ahead, so a row just before damaged pages would be lost with
    the failing query; the rows up to the damage are therefore read again one at a time.
    """
    order, compare = ("DESC", "<=") if backwards else ("ASC", ">=")
    sql = f'SELECT rowid FROM "{table}" NOT INDEXED WHERE rowid {compare} ? ORDER BY rowid {order} LIMIT ?'
    step = -1 if backwards else 1
    position = high - 1 if backwards else low
    found: list[int] = []
    limit = SCAN_CHUNK
    while low <= position < high:
        try:
            batch = [row[0] for row in source.execute(sql, (position, limit))]
        except sqlite3.DatabaseError:
            if limit == 1:
                return found, True
            limit = 1  # creep up to the damage one row at a time
            continue
        inside = [rowid for rowid in batch if low <= rowid < high]
        found.extend(inside)
        if len(inside) < len(batch) or len(batch) < limit:
            return found, False
        position = batch[-1] + step
    return found, False


def _look_up(source: sqlite3.Connection, table: str, rowids: range) -> list[int]:
    """Return which of ``rowids`` exist and can be reached, trying each one where a batch fails."""
    found: list[int] = []
    for start in range(0, len(rowids), BATCH):
        batch = list(rowids[start : start + BATCH])
        marks = ", ".join("?" * len(batch))
        try:
            found += [
                row[0]
                for row in source.execute(f'SELECT rowid FROM "{table}" WHERE rowid IN ({marks})', batch)
            ]
            continue
        except sqlite3.DatabaseError:
            pass
        for rowid in batch:
            with contextlib.suppress(sqlite3.DatabaseError):
                found += [
                    row[0] for row in source.execute(f'SELECT rowid FROM "{table}" WHERE rowid = ?', (rowid,))
                ]
    return found


def _reachable_rowids(source: sqlite3.Connection, table: str) -> tuple[list[int], bool]:
    """Return the rowids that can be reached in ``table``, and whether any part was unreadable.

    Scans forwards from the start of each unexplored range and, when damage stops it,
    backwards from the range's end. What lies between is damaged somewhere: in a narrow
    gap (ids counted up, as most tables have) every rowid is looked up; a wide one
    (random ids) is bisected, up to PROBES times.
    """
    found: set[int] = set()
    damaged = False
    pending = deque([(LOWEST_ROWID, HIGHEST_ROWID + 1)])
    probes = PROBES
    while pending:
        low, high = pending.popleft()
        forwards, broken = _scan(source, table, low, high, backwards=False)
        found.update(forwards)
        if not broken:
            continue
        damaged = True
        gap_from = forwards[-1] + 1 if forwards else low
        backwards, broken = _scan(source, table, gap_from, high, backwards=True)
        found.update(backwards)
        gap_to = backwards[-1] if backwards else high
        if not broken or gap_to - gap_from < 1:
            continue
        if gap_to - gap_from <= STEP_LIMIT:
            found.update(_look_up(source, table, range(gap_from, gap_to)))
        elif probes > 0:
            probes -= 1
            middle = (gap_from + gap_to) // 2
            pending.extend([(gap_from, middle), (middle, gap_to)])
    return sorted(found), damaged


def _read_rows(
    source: sqlite3.Connection, table: str, columns: Sequence[str], rowids: Sequence[int]
) -> tuple[list[tuple], int]:
    """Fetch the rows ``rowids`` of ``table``; return them and how many could not be read."""
    select = ", ".join(f'"{name}"' for name in columns)
    rows: list[tuple] = []
    unreadable = 0
    for start in range(0, len(rowids), BATCH):
        batch = rowids[start : start + BATCH]
        marks = ", ".join("?" * len(batch))
        try:
            rows += source.execute(
                f'SELECT {select} FROM "{table}" NOT INDEXED WHERE rowid IN ({marks})', batch
            ).fetchall()
            continue
        except sqlite3.DatabaseError:
            pass
        for rowid in batch:
            try:
                rows += source.execute(
                    f'SELECT {select} FROM "{table}" NOT INDEXED WHERE rowid = ?', (rowid,)
                ).fetchall()
            except sqlite3.DatabaseError:
                unreadable += 1
    return rows, unreadable


# --- writing the new file ------------------------------------------------------------


def _fill_ins(table: Table, present: set[str]) -> dict[str, object]:
    """Return values for required columns an older file lacks and SQLite has no default for."""
    values: dict[str, object] = {}
    for column in table.columns:
        if column.name in present or column.nullable or column.server_default is not None:
            continue
        default = getattr(column.default, "arg", None)
        if default is not None and not callable(default):
            values[column.name] = int(default) if isinstance(default, bool) else default
    return values


def _copy_rows(
    source: sqlite3.Connection, engine: Engine, columns: dict[str, list[str]]
) -> list[TableRescue]:
    """Copy every readable row into the new file behind ``engine``; return each table's outcome."""
    raw = engine.raw_connection()
    target: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
    try:
        target.isolation_level = None
        target.execute("PRAGMA foreign_keys = OFF")  # rows come in before their orphans are sorted out
        target.execute("BEGIN")
        saved: dict[str, int] = {}
        lost: dict[str, int] = {}
        damaged: dict[str, bool] = {}
        for table in Base.metadata.sorted_tables:
            if table.name not in columns:
                continue
            present = [c.name for c in table.columns if c.name in columns[table.name]]
            fill_ins = _fill_ins(table, set(present))
            names = present + list(fill_ins)
            quoted = ", ".join(f'"{name}"' for name in names)
            insert = f'INSERT OR IGNORE INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
            rowids, damaged[table.name] = _reachable_rowids(source, table.name)
            rows, unreadable = _read_rows(source, table.name, present, rowids)
            extra = tuple(fill_ins.values())
            before = target.total_changes
            target.executemany(insert, (row + extra for row in rows))
            saved[table.name] = target.total_changes - before
            lost[table.name] = unreadable + len(rows) - saved[table.name]
        for table_name, count in _drop_orphans(target).items():
            saved[table_name] -= count
            lost[table_name] += count
        target.execute("COMMIT")
        target.execute("PRAGMA foreign_keys = ON")
        if target.execute("PRAGMA foreign_key_check").fetchall():
            raise RuntimeError("the rescued rows still have broken references")
    finally:
        raw.close()
    return [TableRescue(name, saved[name], lost[name], damaged[name]) for name in saved]


def _drop_orphans(target: sqlite3.Connection) -> dict[str, int]:
    """Delete rows whose parent row was lost (or clear an optional reference); return counts."""
    dropped: dict[str, int] = {}
    while broken := target.execute("PRAGMA foreign_key_check").fetchall():
        deleted: set[tuple[str, int]] = set()
        for table, rowid, _parent, key in broken:
            references = target.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            reference = next(row for row in references if row[0] == key)
            column, on_delete = reference[3], reference[6]
            if on_delete == "SET NULL":
                target.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
            elif (table, rowid) not in deleted:
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                deleted.add((table, rowid))
                dropped[table] = dropped.get(table, 0) + 1
    return dropped
