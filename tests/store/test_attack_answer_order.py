"""Attack: read back from the file who answered when, in which language.

Before the fix the ``answer`` table's hidden rowid counted up as answers arrived, so
``SELECT respondent_id, min(rowid) FROM answer GROUP BY 1 ORDER BY 2`` gave the exact order
of the kiosk sessions; the rows also lay in that order in the file, and each answer sheet
held its date and language ("the only Ukrainian in Strygning", "the one who answered on
Tuesday"). Now a sheet is a random id, its group and its answers, stored in the order of
the random ids; languages are counted per round.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)
LANGUAGES = ["da", "pl", "ro", "uk", "en"]


def _sheet(bank, person: int) -> dict[str, int | None]:
    """Return person number ``person``'s answers: every sheet differs, so the test can tell them apart."""
    answers: dict[str, int | None] = {item.id: (person >> (i % 6)) % 5 for i, item in enumerate(bank.items)}
    answers[bank.items[0].id] = person % 5
    answers[bank.items[1].id] = (person // 5) % 5
    answers[bank.items[2].id] = (person // 25) % 5
    return answers


def _kiosk_sessions(path: Path, count: int, ids: list[int] | None = None) -> list[dict[str, int | None]]:
    """Store ``count`` answer sheets one at a time, as the kiosk does; return their answers in order.

    ``ids`` gives the sheets fixed ids (as the seeded demo does); otherwise each gets a random one.
    """
    bank = shipped_bank()
    groups_made = [Group("Vask", 30), Group("Strygning", 30)]
    store = WorkplaceStore.create(path, Workplace(name="Vaskeriet"), groups_made, Round("APV", DAY), bank)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        groups = [g.id for g in store.groups()]
        order = range(count) if ids is None else ids
        sheets = []
        for person in order:
            answers = _sheet(bank, person)
            sheet_id = None if ids is None else 1_000_003 * (person + 1) ** 3
            store.add_responses(
                round_id, [Response(groups[person % 2], LANGUAGES[person % 5], DAY, answers, sheet_id)]
            )
            sheets.append(answers)
    finally:
        store.close()
    return sheets


def _ids_in_order_of_answering(path: Path, sheets: list[dict[str, int | None]]) -> list[int]:
    """Return the respondent ids, matched to the sheets by their answers (the test knows the order)."""
    bank = shipped_bank()
    keys = [bank.items[0].id, bank.items[1].id, bank.items[2].id]
    conn = sqlite3.connect(path)
    try:
        by_answers: dict[tuple, int] = {}
        for respondent_id, item_id, option in conn.execute(
            "SELECT respondent_id, item_id, option FROM answer"
        ):
            if item_id in keys:
                by_answers.setdefault(respondent_id, {})[item_id] = option  # type: ignore[index]
    finally:
        conn.close()
    lookup = {tuple(answers[k] for k in keys): rid for rid, answers in by_answers.items()}  # type: ignore[union-attr]
    return [lookup[tuple(sheet[k] for k in keys)] for sheet in sheets]


def test_the_hidden_row_number_no_longer_counts_up(tmp_path):
    path = tmp_path / "kiosk.apvdesk"
    _kiosk_sessions(path, 12)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="rowid"):
            conn.execute("SELECT respondent_id, min(rowid) FROM answer GROUP BY 1 ORDER BY 2").fetchall()
        # the respondent table's row number is the random id itself
        assert conn.execute("SELECT count(*) FROM respondent WHERE rowid != id").fetchone()[0] == 0
    finally:
        conn.close()


def _pages(path: Path, *names: str) -> list[bytes]:
    """Return the bytes of every page of the named tables and indexes, in page order."""
    conn = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(names))
        numbers = [
            r[0]
            for r in conn.execute(f"SELECT pageno FROM dbstat WHERE name IN ({marks}) ORDER BY pageno", names)
        ]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    return [data[(n - 1) * size : n * size] for n in numbers]


def test_the_file_is_laid_out_the_same_whatever_the_order_of_answering(tmp_path):
    """The same sheets stored in two orders give byte for byte the same answer pages."""
    forwards, backwards = tmp_path / "forwards.apvdesk", tmp_path / "backwards.apvdesk"
    _kiosk_sessions(forwards, 30, ids=list(range(30)))
    _kiosk_sessions(backwards, 30, ids=list(reversed(range(30))))
    tables = ("answer", "respondent", "ix_respondent_round_id", "round_language")
    assert _pages(forwards, *tables) == _pages(backwards, *tables)


def test_the_rows_lie_in_the_order_of_the_random_ids_not_of_answering(tmp_path):
    path = tmp_path / "kiosk.apvdesk"
    sheets = _kiosk_sessions(path, 30)
    answered = _ids_in_order_of_answering(path, sheets)
    assert len(set(answered)) == 30
    conn = sqlite3.connect(path)
    try:
        # reading the table in its stored order gives the sheets in the order of their random ids
        scanned = list(dict.fromkeys(r[0] for r in conn.execute("SELECT respondent_id FROM answer")))
        assert scanned == sorted(answered) and scanned != answered
        people = [r[0] for r in conn.execute("SELECT id FROM respondent")]
        assert people == sorted(answered)
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # no old pages left behind
    finally:
        conn.close()
    # An attacker reads the file's bytes: on which page each sheet's rows lie (a respondent
    # id is an 8-byte big-endian number in each row; the middle of its places is a row).
    data = path.read_bytes()

    def page_of(rid: int) -> int:
        needle, found, start = struct.pack(">q", rid), [], 0
        while (start := data.find(needle, start) + 1) > 0:
            found.append(start // 4096)
        return sorted(found)[len(found) // 2]

    pages = [page_of(rid) for rid in sorted(answered)]
    assert pages == sorted(pages)  # the pages follow the ids, whatever the order of answering


def test_no_sheet_carries_a_date_a_time_or_a_language(tmp_path):
    path = tmp_path / "kiosk.apvdesk"
    _kiosk_sessions(path, 10)
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        linked = [
            t for t in tables if "respondent_id" in {c[1] for c in conn.execute(f'PRAGMA table_info("{t}")')}
        ]
        assert linked == ["answer"]
        assert {c[1] for c in conn.execute("PRAGMA table_info(respondent)")} == {"id", "round_id", "group_id"}
        assert {c[1] for c in conn.execute("PRAGMA table_info(answer)")} == {
            "respondent_id",
            "item_id",
            "option",
        }
        # the languages are counted for the round as a whole
        assert dict(conn.execute("SELECT language, answers FROM round_language")) == {
            "da": 2,
            "pl": 2,
            "ro": 2,
            "uk": 2,
            "en": 2,
        }
        assert DAY.isoformat().encode() not in b"".join(
            str(v).encode() for row in conn.execute("SELECT * FROM respondent") for v in row
        )
    finally:
        conn.close()
