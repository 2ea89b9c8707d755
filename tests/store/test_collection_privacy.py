"""Attacks on a collection file filled as the kiosk and the entry grid fill it (through CollectionStore).

Sheets go in one by one in a known order, as people answer at a kiosk. Read back with
sqlite3 and as raw bytes, the file must not give away that order (the ids are random, the
rows lie in the order of the ids, the file rebuilt), any date or time, or the language of
a sheet; a sheet deleted in the entry grid and the sheets wiped after a merge must be gone
from the bytes, not only from the tables; and the file holds the five tables with their
columns and nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
from pathlib import Path

from apvdesk.core.kiosk_session import KioskSession
from apvdesk.core.model import Response
from apvdesk.store.collection.collection_store import CollectionStore
from apvdesk.store.collection.file import read_sheets, wipe_answers
from apvdesk.store.collection.merging import collect
from tests.store.test_collection import _workplace

ANSWERED_ON = dt.date(2026, 3, 9)  # the day the kiosk passes with each sheet: it must not be kept
COLUMNS = {
    "collection": [
        "collection_id", "workplace_key", "round_id", "bank_snapshot", "languages", "threshold", "pin_hash",
    ],
    "collection_group": ["id", "name"],
    "respondent": ["id", "group_id"],
    "answer": ["respondent_id", "item_id", "option"],
    "language_count": ["language", "answers"],
}  # fmt: skip


def _kiosk_sheets(store: CollectionStore, count: int, rng: random.Random) -> list[Response]:
    """Answer the whole questionnaire ``count`` times as the kiosk does (no id: the store gives one)."""
    bank = store.round_bank(store.round_id)
    groups = [g.id for g in store.round_groups(store.round_id) if g.id is not None]
    sheets = []
    for _ in range(count):
        session = KioskSession(bank, rng.choice(("da", "pl", "uk")), rng.choice(groups))
        while not session.at_confirm:
            session.answer(rng.randrange(len(session.current.options)))
            session.go_next()
        sheets.append(session.response(ANSWERED_ON))
    return sheets


def _filled(tmp_path: Path, count: int = 12, copies: int = 1) -> tuple[list[Path], list[int]]:
    """Collection files of one round, the first with ``count`` kiosk sheets added one at a time.

    Return the files and the first one's sheet ids in the order they were entered.
    """
    workplace, round_id, _groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        paths = [tmp_path / f"Skolen-{n}.apvcollect" for n in range(copies)]
        for path in paths:
            collect(workplace, round_id, path)
    finally:
        workplace.close()
    store = CollectionStore.open(paths[0])
    entered: list[int] = []
    try:
        for sheet in _kiosk_sheets(store, count, random.Random(7)):
            known = set(_ids(paths[0]))
            assert store.add_responses(store.round_id, [sheet]) == 1
            [new] = set(_ids(paths[0])) - known
            entered.append(new)
    finally:
        store.close()
    return paths, entered


def _ids(path: Path) -> list[int]:
    """The sheets' ids in the order SQLite keeps the rows (no ORDER BY)."""
    conn = sqlite3.connect(path)
    try:
        return [sid for (sid,) in conn.execute("SELECT id FROM respondent")]
    finally:
        conn.close()


def _file_id(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT collection_id FROM collection").fetchone()[0]).encode()
    finally:
        conn.close()


def test_the_order_of_entry_cannot_be_read_from_the_file(tmp_path):
    [path, other], entered = _filled(tmp_path, copies=2)
    assert entered != sorted(entered) and entered != sorted(entered, reverse=True)  # the ids are random
    assert _ids(path) == sorted(entered)  # the rows lie in the order of the ids
    conn = sqlite3.connect(path)
    try:
        answer_order = list(dict.fromkeys(sid for (sid,) in conn.execute("SELECT respondent_id FROM answer")))
        assert answer_order == sorted(entered)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)  # rebuilt: no old pages left
    finally:
        conn.close()
    # The same sheets (same ids) entered one by one in the opposite order into another file of
    # the round give the same bytes, but for the file's own random id: the order left no trace.
    sheets = {s.id: s for s in read_sheets(path)[0]}
    store = CollectionStore.open(other)
    try:
        for sid in reversed(entered):
            store.add_responses(store.round_id, [dataclasses.replace(sheets[sid], language="da")])
    finally:
        store.close()
    conn = sqlite3.connect(path)
    with conn:  # the same language counts, as if the sheets had all been given in Danish
        conn.execute("DELETE FROM language_count")
        conn.execute("INSERT INTO language_count VALUES ('da', ?)", (len(entered),))
    conn.execute("VACUUM")
    conn.close()
    this, that = path.read_bytes(), other.read_bytes()
    this = this.replace(_file_id(path), _file_id(other))
    differing = [n for n in range(len(this)) if this[n] != that[n]] if len(this) == len(that) else [-1]
    counters = (*range(24, 28), *range(40, 44), *range(92, 96))  # the header's counts of writes
    assert [n for n in differing if n not in counters] == []


def test_no_date_time_or_language_per_sheet_is_kept(tmp_path):
    [path], entered = _filled(tmp_path)
    data = path.read_bytes()
    for day in ("2026-03-09", "09-03-2026", "09.03.2026", "20260309", "9/3/2026"):
        assert day.encode() not in data
    today = dt.date.today()
    assert today.isoformat().encode() not in data and today.strftime("%d-%m-%Y").encode() not in data
    conn = sqlite3.connect(path)
    try:
        counts = dict(conn.execute("SELECT language, answers FROM language_count"))
    finally:
        conn.close()
    assert sum(counts.values()) == len(entered)  # languages only counted
    sheets, _ = read_sheets(path)
    assert {(s.language, s.answered_on) for s in sheets} == {("", None)}  # read back: neither


def test_the_file_holds_its_five_tables_and_their_columns_only(tmp_path):
    [path], _ = _filled(tmp_path, 3)
    conn = sqlite3.connect(path)
    try:
        objects = sorted(conn.execute("SELECT type, name FROM sqlite_master"))
        tables = {name: [c[1] for c in conn.execute(f"PRAGMA table_info({name})")] for _, name in objects}
    finally:
        conn.close()
    assert objects == sorted(("table", name) for name in COLUMNS)  # no index, view or trigger either
    assert tables == COLUMNS


def test_a_deleted_form_and_wiped_answers_are_gone_from_the_bytes(tmp_path):
    [path], entered = _filled(tmp_path, 6)
    store = CollectionStore.open(path)
    try:
        sheets, counts = read_sheets(path)
        first = next(s for s in sheets if s.id == entered[0])
        language = next(iter(counts))
        assert entered[0].to_bytes(8, "big") in path.read_bytes()
        store.change_sheet(store.round_id, entered[0], language, None)  # the entry grid's "Delete form"
        assert entered[0].to_bytes(8, "big") not in path.read_bytes()
        assert store.respondent_count(store.round_id) == 5
        # a correction keeps the sheet's id, with its new answers only
        corrected = dataclasses.replace(first, id=entered[1], language=language)
        store.change_sheet(store.round_id, entered[1], language, corrected)
        again, _ = read_sheets(path)
        assert next(s for s in again if s.id == entered[1]).answers == first.answers
    finally:
        store.close()
    assert all(sid.to_bytes(8, "big") in path.read_bytes() for sid in entered[1:])
    wipe_answers(path)
    data = path.read_bytes()
    assert not any(sid.to_bytes(8, "big") in data for sid in entered)
