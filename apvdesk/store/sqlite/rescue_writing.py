"""Writing the rescue's new file: the readable rows, made usable, without orphans.

See :mod:`apvdesk.store.sqlite.rescue`. Rows are copied by column name into a new file at the
head revision; a required value a row lacks gets a stand-in the content repair then
judges; text that is not UTF-8 is decoded as far as it goes; then the values apvdesk
cannot use are repaired or their rows left out (:mod:`apvdesk.store.sqlite.content_repair`),
and rows whose parent row is gone are dropped (or an optional reference cleared).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import String, Table
from sqlalchemy.engine import Engine

from apvdesk.store.content_fault import ContentChange, ContentFault, Fault, Unreadable
from apvdesk.store.expected_schema import KEYS
from apvdesk.store.models import Base
from apvdesk.store.sqlite.content_check import NOT_SCANNED
from apvdesk.store.sqlite.content_repair import repair_content
from apvdesk.store.sqlite.rescue_reading import has_no_rowid, reachable_rowids, read_by_key, read_rows
from apvdesk.store.sqlite.rescue_report import TableRescue

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank


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


def copy_rows(
    source: sqlite3.Connection,
    engine: Engine,
    columns: dict[str, list[str]],
    changes: list[ContentChange],
    banks: Sequence[QuestionBank] = (),
    current: bool = True,
) -> list[TableRescue]:
    """Copy every readable row into the new file behind ``engine``; return each table's outcome.

    What apvdesk cannot use is repaired or left out; ``changes`` receives what was done.
    ``current``: the damaged file is of the current revision, so a table or column it
    lacks is missing (and reported), not merely older.
    """
    raw = engine.raw_connection()
    target: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
    try:
        target.isolation_level = None
        target.execute("PRAGMA foreign_keys = OFF")  # rows come in before their orphans are sorted out
        target.execute("BEGIN")
        saved: dict[str, int] = {}
        lost: dict[str, int] = {}
        damaged: dict[str, bool] = {}
        missing: set[str] = set()
        emptied: set[tuple] = set()
        for table in Base.metadata.sorted_tables:
            if table.name not in columns:
                if current:
                    missing.add(table.name)
                    saved[table.name], lost[table.name], damaged[table.name] = 0, 0, False
                    changes.append(ContentChange(ContentFault(table.name, Fault.MISSING_TABLE), {}))
                continue
            present = [c.name for c in table.columns if c.name in columns[table.name]]
            fill_ins = _fill_ins(table, set(present))
            if current:
                changes.extend(
                    ContentChange(
                        ContentFault(table.name, Fault.MISSING_COLUMN, c.name), {c.name: fill_ins.get(c.name)}
                    )
                    for c in table.columns
                    if c.name not in present
                )
            names = present + list(fill_ins)
            quoted = ", ".join(f'"{name}"' for name in names)
            insert = f'INSERT OR IGNORE INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
            if has_no_rowid(source, table.name):
                keys = [column.name for column in table.primary_key.columns]
                probes = _probes(target, table)
                rows, damaged[table.name] = read_by_key(source, table.name, present, keys, probes)
                unreadable = 0
            else:
                rowids, damaged[table.name] = reachable_rowids(source, table.name)
                rows, unreadable = read_rows(source, table.name, present, rowids)
            rows = [_usable(table, present, row, changes, emptied) for row in rows]
            extra = tuple(fill_ins.values())
            before = target.total_changes
            target.executemany(insert, (row + extra for row in rows))
            saved[table.name] = target.total_changes - before
            lost[table.name] = unreadable + len(rows) - saved[table.name]
        repairs = [
            ContentChange(replace(c.fault, fault=Fault.EMPTY, value=None, limits=()), c.values)
            if (c.fault.table, c.fault.key, c.fault.column) in emptied
            else c
            for c in repair_content(target, banks=banks)
        ]
        changes.extend(repairs)
        for change in repairs:
            if change.left_out:
                saved[change.fault.table] -= 1
                lost[change.fault.table] += 1
        for table_name, count in _drop_orphans(target, changes).items():
            saved[table_name] -= count
            lost[table_name] += count
        # A round whose released results were lost collects again: worked out from every answer
        # now, they could differ from what it showed by fewer people than its threshold (answers
        # that were waiting), so nothing is shown until the owner ends the collection anew.
        target.execute(
            "UPDATE apv_round SET collecting = 1 WHERE collecting = 0 "
            "AND id IN (SELECT round_id FROM respondent) AND id NOT IN (SELECT round_id FROM round_release)"
        )
        target.execute("COMMIT")
        target.execute("PRAGMA foreign_keys = ON")
        if target.execute("PRAGMA foreign_key_check").fetchall():
            raise RuntimeError("the rescued rows still have broken references")
    finally:
        raw.close()
    repaired: dict[str, set[object]] = {}
    for change in changes:
        if change.fault.fault not in (Fault.MISSING_TABLE, Fault.MISSING_COLUMN):
            marked = repaired.setdefault(change.fault.table, set())
            row = change.fault.key or change.fault.rowid
            (marked.add if change.values is not None else marked.discard)(row)
    return [
        TableRescue(
            name, saved[name], lost[name], damaged[name], len(repaired.get(name, ())), name in missing
        )
        for name in saved
    ]


def _probes(target: sqlite3.Connection, table: Table) -> list[object]:
    """Return the values the first key column may take: the keys of the rows it refers to, saved already."""
    first = next(iter(table.primary_key.columns))
    for reference in first.foreign_keys:
        parent = reference.column
        return [
            row[0] for row in target.execute(f'SELECT "{parent.name}" FROM "{parent.table.name}" ORDER BY 1')
        ]
    return []


def _usable(
    table: Table, columns: list[str], row: tuple, changes: list[ContentChange], emptied: set[tuple]
) -> tuple:
    """Return ``row`` made fit to insert: no NULL where the new file needs a value.

    Text that is not UTF-8 is decoded as far as it goes, and empty required text becomes
    "" (both noted in ``changes``). An empty required number or date becomes "", which
    the content repair then sees, repairs or leaves out; a NULL would make the insert
    skip the row silently; ``emptied`` notes where, so that the change can say so.
    """
    required = {c.name: isinstance(c.type, String) for c in table.columns if not c.nullable}
    if not any(
        isinstance(value, Unreadable) or (value is None and name in required)
        for name, value in zip(columns, row, strict=True)
    ):
        return row
    values = dict(zip(columns, row, strict=True))
    key = tuple((name, values.get(name)) for name in KEYS.get(table.name, ()))
    fixed = []
    for name, value in values.items():
        if isinstance(value, Unreadable):
            value = str(value)
            changes.append(
                ContentChange(
                    ContentFault(table.name, Fault.UNREADABLE_TEXT, name, key, value), {name: value}
                )
            )
        elif value is None and name in required:
            value = ""
            emptied.add((table.name, key, name))
            if required[name]:
                changes.append(ContentChange(ContentFault(table.name, Fault.EMPTY, name, key), {name: value}))
        fixed.append(value)
    return tuple(fixed)


def _drop_orphans(target: sqlite3.Connection, changes: list[ContentChange]) -> dict[str, int]:
    """Delete rows whose parent row was lost (or clear an optional reference); return counts.

    Each row (the answers aside) is noted in ``changes``. Rows of a WITHOUT ROWID table
    (SQLite names no rowid for them) are deleted by their reference.
    """
    dropped: dict[str, int] = {}
    while broken := target.execute("PRAGMA foreign_key_check").fetchall():
        deleted: set[tuple[str, int]] = set()
        for table, rowid, parent, number in broken:
            references = target.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            reference = next(row for row in references if row[0] == number)
            column, on_delete, parent_column = reference[3], reference[6], reference[4]
            if rowid is None:
                gone = target.execute(
                    f'DELETE FROM "{table}" WHERE "{column}" IS NOT NULL '
                    f'AND "{column}" NOT IN (SELECT "{parent_column}" FROM "{parent}")'
                ).rowcount
                dropped[table] = dropped.get(table, 0) + gone
                break  # the list of broken rows is out of date now
            if (table, rowid) in deleted:
                continue
            fault = _broken_reference(target, table, rowid, column, parent)
            if on_delete == "SET NULL":
                target.execute(f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
                changes.append(ContentChange(fault, {column: None}))
            else:
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                deleted.add((table, rowid))
                dropped[table] = dropped.get(table, 0) + 1
                if table not in NOT_SCANNED:
                    changes.append(ContentChange(fault, None))
    return dropped


def _broken_reference(
    target: sqlite3.Connection, table: str, rowid: int, column: str, parent: str
) -> ContentFault:
    names = KEYS.get(table, ())
    selected = ", ".join(f'"{name}"' for name in (*names, column))
    *key, value = target.execute(f'SELECT {selected} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
    return ContentFault(
        table, Fault.BROKEN_REFERENCE, column, tuple(zip(names, key, strict=True)), value, (parent,), rowid
    )
