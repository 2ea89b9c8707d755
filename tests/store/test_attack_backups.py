"""Attack: release the results of an earlier copy of the file, and subtract.

The automatic backups hold the file as it was. A manager restored one from before a
colleague's answer and ended its collection: the two releases, 11 and 12 answers, gave
that colleague's score on every scale and answer to every item — or opened the backup
file itself and did the same. Now a restore keeps what the file had released (no second
release of an earlier state), and a backup copy opens to be looked at only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.cli import main
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.errors import BackupCopy
from apvdesk.store.sqlite import backend as sqlite_backend
from apvdesk.store.sqlite.backups import BackupReason, list_backups, make_backup, restore_backup
from apvdesk.store.workplace_store import WorkplaceStore
from tests.core.attacker import differences

DAY = dt.date(2026, 9, 1)


def _sheet(group_id: int, seed: int) -> Response:
    bank = shipped_bank()
    return Response(group_id, "da", answers={item.id: (seed + i) % 5 for i, item in enumerate(bank.items)})


def _eleven_then_twelve(tmp_path: Path) -> tuple[Path, int, Path]:
    """Return (file, round, backup): 11 answers backed up, then one more and the release."""
    path = tmp_path / "firma.apvdesk"
    store = WorkplaceStore.create(
        path,
        Workplace(name="Firma"),
        [Group("Vask", 8), Group("Strygning", 8)],
        Round("APV", DAY),
        shipped_bank(),
    )
    round_id = store.latest_round().id
    groups = [g.id for g in store.groups()]
    store.add_responses(round_id, [_sheet(groups[i % 2], i) for i in range(11)])
    store.close()
    backup = make_backup(path, BackupReason.OPENED)  # what opening the file makes now and then
    store = WorkplaceStore.open(path)
    store.add_responses(round_id, [_sheet(groups[0], 99)])  # colleague X
    store.end_collection(round_id)
    store.close()
    return path, round_id, backup


def test_restoring_a_backup_from_before_the_release_releases_nothing_new(tmp_path):
    path, round_id, backup = _eleven_then_twelve(tmp_path)
    store = WorkplaceStore.open(path)
    released = store.results(round_id)
    store.close()
    assert released.respondents[None] == 12

    restore_backup(backup, path)
    store = WorkplaceStore.open(path)
    try:
        assert store.respondent_count(round_id) == 11  # the backup's answers
        assert store.results(round_id) == released  # what the file had released, kept
        store.reopen_collection(round_id)
        store.end_collection(round_id)  # the attacker ends the collection of the older state
        assert store.results(round_id) == released
        assert differences(released, store.results(round_id), 5) == []
    finally:
        store.close()


def test_a_backup_copy_opens_to_be_looked_at_only(tmp_path, capsys):
    _path, round_id, backup = _eleven_then_twelve(tmp_path)
    with pytest.raises(BackupCopy):
        WorkplaceStore.open(backup)
    looked_at = WorkplaceStore.open_read_only(backup)
    try:
        assert looked_at.results(round_id) is None  # it was still collecting: counts only
    finally:
        looked_at.close()
    data = tmp_path / "late.csv"
    data.write_text("group,language\nVask,da\n", encoding="utf-8")
    before = backup.read_bytes()
    assert main(["import", str(backup), str(data)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert backup.read_bytes() == before
    assert all(b.usable for b in list_backups(_path))  # still listed, and restorable


def test_late_answers_in_a_large_file_leave_no_order_in_its_pages(tmp_path, monkeypatch):
    """Above the size limit a file is not rebuilt during a collection, but always after a late answer."""
    monkeypatch.setattr(sqlite_backend, "TIDY_SIZE_LIMIT", 0)  # every file counts as large

    def pages(path: Path, ids: list[int]) -> list[bytes]:
        conn = sqlite3.connect(path)
        try:
            numbers = [
                r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'answer' ORDER BY 1")
            ]
        finally:
            conn.close()
        data = path.read_bytes()
        assert all(data.find(struct.pack(">q", i)) > 0 for i in ids)
        return [data[(n - 1) * 4096 : n * 4096] for n in numbers]

    layouts = []
    late_ids = [(k + 1) * 0x0101010101010101 for k in range(5)]  # stored in 8 bytes
    for order in (late_ids, list(reversed(late_ids))):
        folder = tmp_path / str(len(layouts))
        folder.mkdir()
        store = WorkplaceStore.create(
            folder / "stor.apvdesk",
            Workplace(name="Stor"),
            [Group("Vask", 40)],
            Round("APV", DAY),
            shipped_bank(),
        )
        round_id = store.latest_round().id
        group = store.groups()[0].id
        store.add_responses(
            round_id, [Response(group, "da", answers=_sheet(group, i).answers, id=7 + i) for i in range(20)]
        )
        store.end_collection(round_id)
        for rid in order:  # late paper forms, typed one at a time
            store.add_responses(
                round_id, [Response(group, "da", answers=_sheet(group, rid % 5).answers, id=rid)]
            )
        store.close()
        layouts.append(pages(folder / "stor.apvdesk", late_ids))
    assert layouts[0] == layouts[1]  # the same bytes whatever the order the late forms came in


def test_a_restore_never_brings_back_answers_the_file_had_deleted(tmp_path):
    path, round_id, backup = _eleven_then_twelve(tmp_path)
    store = WorkplaceStore.open(path)
    kept = store.results(round_id)
    store.discard_raw_answers(round_id)
    store.close()
    restore_backup(backup, path)  # a copy from before the deletion, with 11 answers in it
    store = WorkplaceStore.open(path)
    try:
        assert store.responses(round_id) == []
        assert store.answers_discarded_on(round_id) is not None
        assert store.results(round_id) == kept
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM answer").fetchone() == (0,)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    finally:
        conn.close()
