"""The content check: every value apvdesk would refuse to read, found before a file is opened.

A file can be a sound SQLite file and still hold what apvdesk cannot use: a threshold
below the minimum, text where a number belongs, an unreadable question bank, an unknown
status, a date that is not a date, a missing table, a reference to a row that is gone
(someone edited it with a database tool, or a program went wrong). Such a file is
refused as :class:`~apvdesk.store.errors.DamagedContent`, which offers the rescue.

The check reads the small tables whole and judges every value by
:mod:`apvdesk.store.content_rules`. The answer sheets (``respondent``, up to some
thousands of rows) are judged in SQL, and only the rows SQL finds wrong are read; the
answers themselves are never read here (an answer outside its option set is read as a
blank anyway), so the check costs a few milliseconds even for 5,000 respondents.
Standard library only: it runs on the start-up path, before SQLAlchemy is imported.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from apvdesk.store import migrate
from apvdesk.store.content_fault import ContentFault, Fault, decode_text
from apvdesk.store.content_rules import row_faults
from apvdesk.store.errors import DamagedContent, DamagedFile
from apvdesk.store.expected_schema import BOOLEAN, DATE, INTEGER, JUDGED, KEYS, REAL, TABLES, TEXT, ColumnSpec
from apvdesk.store.sqlite.sqlite_file import quick_check, read_only_connection, readable_state

_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE)
MAX_FAULTS = 50  # listed at most; the check stops looking once it has found more
SQL_SCANNED = frozenset({"respondent"})  # large tables: judged in SQL, read only where SQL finds a fault
NOT_SCANNED = frozenset({"answer"})  # never read by the check

_SQL_FITS = {
    INTEGER: "typeof({c}) = 'integer'",
    REAL: "typeof({c}) IN ('integer', 'real') AND {c} BETWEEN -1e308 AND 1e308",
    TEXT: "typeof({c}) = 'text'",
    DATE: (
        "typeof({c}) = 'text' AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
        "AND date({c}) IS {c} AND {c} >= '0001-01-01'"
    ),
    BOOLEAN: "typeof({c}) = 'integer' AND {c} IN (0, 1)",
}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Found:
    """The faults found so far, up to a limit (and whether there were more)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.faults: list[ContentFault] = []

    @property
    def full(self) -> bool:
        return len(self.faults) > self.limit

    def extend(self, faults: Iterable[ContentFault]) -> None:
        for fault in faults:
            if self.full:
                return
            self.faults.append(fault)

    def result(self) -> tuple[list[ContentFault], bool]:
        return self.faults[: self.limit], self.full


def find_faults(
    conn: sqlite3.Connection, complete_schema: bool, limit: int = MAX_FAULTS
) -> tuple[list[ContentFault], bool]:
    """Return the faults in the file behind ``conn`` (at most ``limit``) and whether there are more.

    ``complete_schema``: every table and column of the current schema must be there (a
    file of an older revision lacks some until it is upgraded, so for it only what is
    there is judged). Raises sqlite3.DatabaseError when SQLite cannot read a page.
    """
    found = _Found(limit)
    present = present_columns(conn)
    keyed = without_rowid(conn)
    if complete_schema:
        found.extend(missing_parts(present))
    factory = conn.text_factory
    conn.text_factory = decode_text  # undecodable text becomes a fault, not an error
    try:
        for table, specs in JUDGED.items():
            if table not in present or table in NOT_SCANNED:
                continue
            columns = [name for name in specs if name in present[table]]
            scan = _rows_sql_finds if table in SQL_SCANNED else _rows
            for rowid, row in scan(conn, table, columns, limit + 1, table not in keyed):
                found.extend(row_faults(table, row, rowid))
                if found.full:
                    return found.result()
        found.extend(_follow_ups_of_follow_ups(conn, present))
        found.extend(_broken_references(conn, present, keyed))
    finally:
        conn.text_factory = factory
    return found.result()


def present_columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Return the columns of each table of the schema that the file has."""
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        table: {row[1] for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")}
        for table in JUDGED
        if table in names
    }


def without_rowid(conn: sqlite3.Connection) -> set[str]:
    """Return the tables that have no rowid (their rows are named by their primary key only)."""
    return {
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if sql and _WITHOUT_ROWID.search(sql)
    }


def missing_parts(present: dict[str, set[str]]) -> list[ContentFault]:
    """Return a fault for each table and column of the current schema the file lacks."""
    faults = []
    for table, specs in TABLES.items():
        if table not in present:
            faults.append(ContentFault(table, Fault.MISSING_TABLE))
            continue
        faults.extend(
            ContentFault(table, Fault.MISSING_COLUMN, column)
            for column in specs
            if column not in present[table]
        )
    return faults


def _select(table: str, columns: Sequence[str], rowid: bool = True) -> str:
    first = "rowid" if rowid else "NULL"
    return f"SELECT {first}, {', '.join(map(_quoted, columns))} FROM {_quoted(table)}"


def _rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], _limit: int, rowid: bool = True
) -> Iterator[tuple[int | None, dict[str, object]]]:
    """Yield every row of a small table as (rowid, {column: value}); rowid None for a WITHOUT ROWID table."""
    for number, *values in conn.execute(_select(table, columns, rowid)):
        yield number, dict(zip(columns, values, strict=True))


def _rows_sql_finds(
    conn: sqlite3.Connection, table: str, columns: Sequence[str], limit: int, rowid: bool = True
) -> Iterator[tuple[int | None, dict[str, object]]]:
    """Yield the rows of a large table whose values SQL finds of the wrong kind (at most ``limit``)."""
    specs: dict[str, ColumnSpec] = JUDGED[table]
    tests = []
    for column in columns:
        test = _SQL_FITS[specs[column].kind].format(c=_quoted(column))
        if specs[column].nullable:
            test = f"{_quoted(column)} IS NULL OR ({test})"
        tests.append(f"coalesce(({test}), 0)")
    sql = f"{_select(table, columns, rowid)} WHERE NOT ({' AND '.join(tests)}) LIMIT ?"
    for number, *values in conn.execute(sql, (limit,)):
        yield number, dict(zip(columns, values, strict=True))


def _follow_ups_of_follow_ups(conn: sqlite3.Connection, present: dict[str, set[str]]) -> list[ContentFault]:
    """Return the rounds that follow a round which is itself a follow-up round."""
    if not {"id", "follows_round_id"} <= present.get("apv_round", set()):
        return []
    rows = conn.execute(
        "SELECT r.rowid, r.id, r.follows_round_id FROM apv_round AS r "
        "JOIN apv_round AS o ON o.id = r.follows_round_id "
        "WHERE o.follows_round_id IS NOT NULL AND r.id IS NOT r.follows_round_id"
    )
    return [
        ContentFault(
            "apv_round", Fault.FOLLOWS_A_FOLLOW_UP, "follows_round_id", (("id", id_),), follows, (), rowid
        )
        for rowid, id_, follows in rows
    ]


def _broken_references(
    conn: sqlite3.Connection, present: dict[str, set[str]], keyed: set[str]
) -> list[ContentFault]:
    """Return each reference to a row that does not exist (the answers' references aside).

    Asked table by table in SQL (``NOT IN`` the parent's keys): SQLite's own
    ``foreign_key_check`` names no row of a WITHOUT ROWID table.
    """
    faults = []
    for table in present:
        if table in NOT_SCANNED:
            continue
        keys = [name for name in KEYS.get(table, ()) if name in present[table]]
        for row in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})"):
            parent, column, parent_column = row[2], row[3], row[4]
            if parent not in present or column not in present[table]:
                continue  # a missing table or column is a fault of its own
            parent_column = parent_column or KEYS.get(parent, ("id",))[0]
            first = "rowid" if table not in keyed else "NULL"
            selected = ", ".join([first, *map(_quoted, keys), _quoted(column)])
            orphans = conn.execute(
                f"SELECT {selected} FROM {_quoted(table)} WHERE {_quoted(column)} IS NOT NULL "
                f"AND {_quoted(column)} NOT IN (SELECT {_quoted(parent_column)} FROM {_quoted(parent)})"
            )
            for rowid, *key, value in orphans:
                named = tuple(zip(keys, key, strict=True))
                faults.append(
                    ContentFault(table, Fault.BROKEN_REFERENCE, column, named, value, (parent,), rowid)
                )
    return faults


# --- a file --------------------------------------------------------------------------------


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def content_faults(path: Path, limit: int = MAX_FAULTS) -> tuple[list[ContentFault], bool]:
    """Return the faults in the file at ``path`` (at most ``limit``) and whether there are more.

    Reads only (a crash's hot journal is rolled back in a temporary copy). Raises
    DamagedFile when SQLite cannot read the file's pages.
    """
    with readable_state(Path(path)) as state:
        return _faults_of(state, Path(path), limit)


def _faults_of(
    state: Path, report_as: Path, limit: int, revision: str | None = None
) -> tuple[list[ContentFault], bool]:
    try:
        with contextlib.closing(read_only_connection(state)) as conn:
            complete = (revision or _revision(conn)) == migrate.SCHEMA_HEAD
            return find_faults(conn, complete_schema=complete, limit=limit)
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(report_as, str(exc), can_rescue=True) from exc


def refuse_damaged_content(state: Path, revision: str, report_as: Path | None = None) -> None:
    """Raise DamagedContent when the file ``state`` holds anything apvdesk would refuse to read.

    ``state`` is the file or a rolled-back copy of it (``report_as`` is then the file to
    name). When SQLite's own check also finds damaged pages, DamagedFile is raised
    instead: the values found may be rubbish read from them.
    """
    shown = report_as or state
    faults, more = _faults_of(state, shown, MAX_FAULTS, revision)
    if not faults:
        return
    problems = quick_check(state)
    if problems != ["ok"]:
        raise DamagedFile(shown, "; ".join(problems[:5]), can_rescue=True)
    raise DamagedContent(shown, faults, more)
