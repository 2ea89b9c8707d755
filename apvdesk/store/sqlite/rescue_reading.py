"""Reading the rows of a damaged file for the rescue: past damaged pages, one b-tree at a time.

Each table is read through its own b-tree (``NOT INDEXED``: a damaged index does not hide
the rows). A scan stops at the first damaged page, so the rowids are gathered by scanning
forwards from the start, backwards from the end, and from points in between (bisecting
what is left), and the rows are then fetched by rowid, one by one where a batch fails.
A WITHOUT ROWID table (the answers) has no rowids: it is scanned in the order of its
primary key from both ends, and what lies between is looked up by the values its first
key column can take (the respondents' ids). See :mod:`apvdesk.store.sqlite.rescue`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import deque
from collections.abc import Sequence

BATCH = 500  # rows fetched by one query
PROBES = 4096  # bisection probes per table past damaged pages, where the ids are spread wide
STEP_LIMIT = 100_000  # in a damaged gap narrower than this many rowids, each one is looked up
SCAN_CHUNK = 1000  # rowids read by one scanning query
LOWEST_ROWID, HIGHEST_ROWID = -(2**63), 2**63 - 1


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


def reachable_rowids(source: sqlite3.Connection, table: str) -> tuple[list[int], bool]:
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


def read_rows(
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


# --- tables without rowid: read in the order of their primary key ------------------------------


def has_no_rowid(source: sqlite3.Connection, table: str) -> bool:
    """Whether ``table`` is a WITHOUT ROWID table (its rows are found by their primary key)."""
    try:
        source.execute(f'SELECT rowid FROM "{table}" LIMIT 0')
    except sqlite3.OperationalError as exc:
        return "rowid" in str(exc)
    return False


def _key_scan(
    source: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    keys: Sequence[str],
    after: tuple | None,
    backwards: bool,
    stop: tuple | None = None,
    first: object = None,
) -> tuple[list[tuple], bool]:
    """Return the rows met scanning in key order from ``after`` (exclusive), and whether damage stopped it.

    ``first``, when given, keeps the scan to the rows whose first key column holds it.
    """
    select = ", ".join(f'"{name}"' for name in columns)
    key = ", ".join(f'"{name}"' for name in keys)
    order = ", ".join(f'"{name}" {"DESC" if backwards else "ASC"}' for name in keys)
    place = [columns.index(name) for name in keys]
    found: list[tuple] = []
    limit = SCAN_CHUNK
    while True:
        conditions, values = [], []
        if first is not None:
            conditions.append(f'"{keys[0]}" = ?')
            values.append(first)
        if after is not None:
            conditions.append(f"({key}) {'<' if backwards else '>'} ({', '.join('?' * len(keys))})")
            values.extend(after)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        sql = f'SELECT {select} FROM "{table}" NOT INDEXED {where} ORDER BY {order} LIMIT ?'
        try:
            batch = source.execute(sql, (*values, limit)).fetchall()
        except sqlite3.DatabaseError:
            if limit == 1:
                return found, True
            limit = 1  # creep up to the damage one row at a time
            continue
        for row in batch:
            here = tuple(row[i] for i in place)
            if stop is not None and (here <= stop if backwards else here >= stop):
                return found, False
            found.append(row)
        if len(batch) < limit:
            return found, False
        after = tuple(batch[-1][i] for i in place)


def read_by_key(
    source: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    keys: Sequence[str],
    probes: Sequence[object],
) -> tuple[list[tuple], bool]:
    """Return the readable rows of a WITHOUT ROWID table, and whether part of it could not be read.

    Scans forwards in key order and, when damage stops that, backwards from the end; the
    rows in between are looked up by each of ``probes`` (values of the first key column
    known from elsewhere, such as the respondents' ids for the answers), from both ends
    of each where damage cuts in.
    """
    place = [columns.index(name) for name in keys]
    forwards, broken = _key_scan(source, table, columns, keys, None, backwards=False)
    if not broken:
        return forwards, False
    last = tuple(forwards[-1][i] for i in place) if forwards else None
    backwards, _ = _key_scan(source, table, columns, keys, None, backwards=True, stop=last)
    rows = {tuple(row[i] for i in place): row for row in (*forwards, *backwards)}
    low = last[0] if last else None
    high = min((key[0] for key in rows if last is None or key > last), default=None)
    for value in probes:
        if (low is not None and value < low) or (high is not None and value > high):  # type: ignore[operator]
            continue
        ahead, cut = _key_scan(source, table, columns, keys, None, backwards=False, first=value)
        behind: list[tuple] = []
        if cut:  # damage among this value's rows: read them from the other end too
            end = tuple(ahead[-1][i] for i in place) if ahead else None
            behind, _ = _key_scan(source, table, columns, keys, None, backwards=True, stop=end, first=value)
        for row in (*ahead, *behind):
            rows.setdefault(tuple(row[i] for i in place), row)
        if cut and len(keys) > 1:  # an entry may sit on a sound page between damaged ones
            rows.update(_look_up_keys(source, table, columns, keys, value, rows))
    return list(rows.values()), True


def _look_up_keys(
    source: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    keys: Sequence[str],
    first: object,
    known: dict[tuple, tuple],
) -> dict[tuple, tuple]:
    """Look up, one by one, the rows with ``first`` and each rest of a key seen in other rows.

    In a WITHOUT ROWID table the pages above the leaves hold rows too; a row there can be
    found by its whole key although the pages on both sides of it are damaged.
    """
    select = ", ".join(f'"{name}"' for name in columns)
    where = " AND ".join(f'"{name}" = ?' for name in keys)
    place = [columns.index(name) for name in keys]
    found: dict[tuple, tuple] = {}
    for rest in sorted({key[1:] for key in known}, key=repr):
        key = (first, *rest)
        if key in known:
            continue
        with contextlib.suppress(sqlite3.DatabaseError):
            for row in source.execute(f'SELECT {select} FROM "{table}" WHERE {where}', key):
                found[tuple(row[i] for i in place)] = row
    return found
