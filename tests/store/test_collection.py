"""Collection files: written for a round, filled on another PC, merged back exactly once, wiped."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.platform.file_errors import OutputOverWorkplaceFile
from apvdesk.store.collection.errors import (
    CollectionOfAnotherRound,
    CollectionRoundClosed,
    InvalidCollectedSheet,
    NewerCollectionFile,
    NotACollectionFile,
)
from apvdesk.store.collection.file import add_sheets, read_header, sheet_count, wipe_answers
from apvdesk.store.collection.merging import collect, merge_collection
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)
BANK = shipped_bank()


def _workplace(path: Path) -> tuple[WorkplaceStore, int, list[int]]:
    groups = [Group("Vask", 12), Group("Strygning", 12), Group("Chauffører", 12)]
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeri Solsiden ApS", manager="Birgit Holm"),
        groups,
        Round("APV 2026", DAY),
        BANK,
    )
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    return store, apv_round.id, [g.id for g in store.groups() if g.id is not None]


def _sheets(groups: list[int], start: int, count: int) -> list[Response]:
    """Return ``count`` distinct sheets (person numbers from ``start``), spread over the groups."""
    sheets = []
    for person in range(start, start + count):
        answers: dict[str, int | None] = {item.id: (person + i) % 4 for i, item in enumerate(BANK.items)}
        answers[BANK.items[0].id] = None  # "don't know"
        sheets.append(Response(groups[person % len(groups)], ("da", "pl", "uk")[person % 3], None, answers))
    return sheets


def _collected(store: WorkplaceStore, round_id: int, path: Path, sheets: list[Response]) -> Path:
    collect(store, round_id, path)
    assert add_sheets(path, sheets, BANK) == len(sheets)
    return path


def test_three_collections_one_merged_twice_one_from_another_round(tmp_path):
    """The issue's acceptance test: exactly the right counts, one clear refusal, and the same
    results (and language counts) as storing the same answers straight into the file."""
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    shutil.copyfile(tmp_path / "Vaskeri.apvdesk", tmp_path / "direct.apvdesk")
    try:
        store.add_responses(round_id, _sheets(groups, 0, 4))  # answered on the office PC
        a = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 10, 5))
        b = _collected(store, round_id, tmp_path / "b.apvcollect", _sheets(groups, 20, 7))
        # a copy of the workplace file, where another round was started and collected for
        shutil.copyfile(tmp_path / "Vaskeri.apvdesk", tmp_path / "copy.apvdesk")
        copy = WorkplaceStore.open(tmp_path / "copy.apvdesk")
        try:
            other = copy.create_round(Round("APV 2027", DAY), BANK).id
            assert other is not None
            c = _collected(copy, other, tmp_path / "c.apvcollect", _sheets(groups, 30, 3))
        finally:
            copy.close()

        first = merge_collection(store, a)
        assert (first.added, first.already, first.merged_before) == (5, 0, False)
        assert merge_collection(store, b).added == 7
        assert add_sheets(a, _sheets(groups, 40, 2), BANK) == 2  # collected after the first merge
        second = merge_collection(store, a)
        assert (second.added, second.already, second.merged_before) == (2, 5, False)
        third = merge_collection(store, a)
        assert (third.added, third.already, third.merged_before) == (0, 7, True)
        with pytest.raises(CollectionOfAnotherRound):
            merge_collection(store, c)
        assert store.respondent_count(round_id) == 4 + 5 + 7 + 2
        # persons 0-3, 10-14, 20-26, 40-41, language da, pl, uk by person % 3:
        # da 0 3 12 21 24, pl 1 10 13 22 25 40, uk 2 11 14 20 23 26 41
        assert store.language_counts(round_id) == {"da": 5, "pl": 6, "uk": 7}

        direct = WorkplaceStore.open(tmp_path / "direct.apvdesk")
        try:
            for start, count in ((0, 4), (10, 5), (20, 7), (40, 2)):
                direct.add_responses(round_id, _sheets(groups, start, count))
            for each in (store, direct):
                each.end_collection(round_id, DAY)
            assert store.results(round_id) == direct.results(round_id)
            assert store.language_counts(round_id) == direct.language_counts(round_id)
        finally:
            direct.close()
    finally:
        store.close()


def test_after_a_wipe_the_answers_collected_count_as_a_new_collection(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 3))
        shutil.copyfile(path, tmp_path / "before-wipe.apvcollect")
        assert merge_collection(store, path).added == 3  # da, pl, uk
        wipe_answers(path)
        assert add_sheets(path, _sheets(groups, 3, 2), BANK) == 2  # da, pl
        later = merge_collection(store, path)
        assert (later.added, later.already) == (2, 0)
        assert store.language_counts(round_id) == {"da": 2, "pl": 2, "uk": 1}
        stale = merge_collection(store, tmp_path / "before-wipe.apvcollect")  # a copy from before
        assert (stale.added, stale.merged_before) == (0, True)
        assert store.respondent_count(round_id) == 5
    finally:
        store.close()


def test_language_counts_that_do_not_add_up_are_refused_untouched(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 3))
        assert merge_collection(store, path).added == 3
        assert add_sheets(path, _sheets(groups, 3, 1), BANK) == 1
        conn = sqlite3.connect(path)
        with conn:  # the Danish count lowered by hand below what was merged before
            conn.execute("UPDATE language_count SET answers = 0 WHERE language = 'da'")
        conn.close()
        with pytest.raises(NotACollectionFile):
            merge_collection(store, path)
        assert store.respondent_count(round_id) == 3
    finally:
        store.close()


def test_a_collection_from_another_workplace_is_refused(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    other, other_round, other_groups = _workplace(tmp_path / "Andet.apvdesk")
    try:
        path = _collected(other, other_round, tmp_path / "x.apvcollect", _sheets(other_groups, 0, 3))
        with pytest.raises(CollectionOfAnotherRound):
            merge_collection(store, path)
        assert store.respondent_count(round_id) == 0
    finally:
        store.close()
        other.close()


def test_results_after_merging_equal_those_of_storing_the_answers_directly(tmp_path):
    merged, round_id, groups = _workplace(tmp_path / "merged.apvdesk")
    shutil.copyfile(tmp_path / "merged.apvdesk", tmp_path / "direct.apvdesk")
    direct = WorkplaceStore.open(tmp_path / "direct.apvdesk")
    try:
        path = _collected(merged, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 18))
        assert merge_collection(merged, path).added == 18
        direct.add_responses(round_id, _sheets(groups, 0, 18))
        for store in (merged, direct):
            store.end_collection(round_id, DAY)
        merged_results, direct_results = merged.results(round_id), direct.results(round_id)
        assert merged_results is not None and merged_results == direct_results
        assert (
            merged.language_counts(round_id)
            == direct.language_counts(round_id)
            == {"da": 6, "pl": 6, "uk": 6}
        )
    finally:
        merged.close()
        direct.close()


def test_a_collection_file_holds_nothing_beyond_its_list(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        store.add_responses(round_id, _sheets(groups, 0, 3))  # answers of the office PC stay there
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 10, 2))
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        tables = {
            name: [c[1] for c in conn.execute(f"PRAGMA table_info({name})")]
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert tables == {
            "collection": [
                "collection_id", "workplace_key", "round_id", "bank_snapshot", "languages", "threshold",
                "pin_hash",
            ],
            "collection_group": ["id", "name"],
            "respondent": ["id", "group_id"],
            "answer": ["respondent_id", "item_id", "option"],
            "language_count": ["language", "answers"],
        }  # fmt: skip
        assert conn.execute("SELECT count(*) FROM respondent").fetchone() == (2,)
        assert sorted(n for (n,) in conn.execute("SELECT name FROM collection_group")) == [
            "Chauffører", "Strygning", "Vask",
        ]  # fmt: skip
        everything = " ".join(
            str(value) for name in tables for row in conn.execute(f"SELECT * FROM {name}") for value in row
        )
    finally:
        conn.close()
    for absent in ("Vaskeri Solsiden", "Birgit Holm", "APV 2026", "2026-09-01", "01-09-2026"):
        assert absent not in everything
    assert b"Vaskeri Solsiden" not in path.read_bytes()


def test_a_merge_is_all_or_nothing(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 5))
        conn = sqlite3.connect(path)
        with conn:  # a sheet in the middle damaged by hand: an option the question does not have
            (middle,) = conn.execute("SELECT id FROM respondent ORDER BY id LIMIT 1 OFFSET 2").fetchone()
            conn.execute(
                "UPDATE answer SET option = 99 WHERE respondent_id = ? AND item_id = ?",
                (middle, BANK.items[3].id),
            )
        conn.close()
        before = path.read_bytes()
        with pytest.raises(InvalidCollectedSheet):
            merge_collection(store, path)
        assert store.respondent_count(round_id) == 0
        assert path.read_bytes() == before
    finally:
        store.close()


def test_an_invalid_sheet_is_refused_by_the_collection_file(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", [])
    finally:
        store.close()
    bad = _sheets(groups, 0, 3)
    bad[1].answers["no-such-question"] = 1
    with pytest.raises(InvalidCollectedSheet):
        add_sheets(path, bad, BANK)
    wrong_group = _sheets([max(groups) + 5], 0, 1)
    with pytest.raises(InvalidCollectedSheet):
        add_sheets(path, wrong_group, BANK)
    assert sheet_count(path) == 0


def test_wiping_leaves_no_answers_in_the_files_bytes(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", [])
        marker = "zz-distinctive-question-zz"
        sheets = _sheets(groups, 0, 4)
        assert add_sheets(path, sheets, BANK) == 4
        conn = sqlite3.connect(path)
        with conn:  # a distinctive pattern stored as an answer's item, to look for in the bytes
            conn.execute("UPDATE answer SET item_id = ? WHERE item_id = ?", (marker, BANK.items[5].id))
        conn.close()
        assert marker.encode() in path.read_bytes()
        wipe_answers(path)
        assert sheet_count(path) == 0
        assert marker.encode() not in path.read_bytes()
        assert read_header(path).round_id == round_id  # still a collection file for the round
    finally:
        store.close()


def test_foreign_newer_and_workplace_files_are_refused_untouched(tmp_path):
    store, round_id, _ = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        with pytest.raises(OutputOverWorkplaceFile):
            collect(store, round_id, tmp_path / "Vaskeri.apvdesk")
        path = _collected(store, round_id, tmp_path / "a.apvcollect", [])
    finally:
        store.close()
    for refused in (tmp_path / "Vaskeri.apvdesk", tmp_path / "notes.txt"):
        if not refused.exists():
            refused.write_text("not a collection")
        before = refused.read_bytes()
        with pytest.raises(NotACollectionFile):
            read_header(refused)
        assert refused.read_bytes() == before
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerCollectionFile):
        add_sheets(path, [], BANK)
    assert path.read_bytes() == before


def test_a_round_whose_answers_were_deleted_takes_no_collection(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        store.add_responses(round_id, _sheets(groups, 0, 6))
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 10, 2))
        store.end_collection(round_id, DAY)
        store.discard_raw_answers(round_id, DAY)
        with pytest.raises(CollectionRoundClosed):
            merge_collection(store, path)
        with pytest.raises(CollectionRoundClosed):
            collect(store, round_id, tmp_path / "b.apvcollect")
        assert not (tmp_path / "b.apvcollect").exists()
    finally:
        store.close()


def test_an_empty_collection_merged_too_early_still_takes_its_answers_later(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "firma.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "tidlig.apvcollect", [])
        early = merge_collection(store, path)
        assert (early.added, early.merged_before) == (0, False)
        assert add_sheets(path, _sheets(groups, 0, 3), BANK) == 3
        later = merge_collection(store, path)
        assert (later.added, later.merged_before) == (3, False)
        assert store.respondent_count(round_id) == 3
        assert merge_collection(store, path).merged_before
    finally:
        store.close()


def test_the_workplace_file_cannot_tell_a_merged_collections_languages_on_its_own(tmp_path):
    from apvdesk.store.collection.sealing import merged_key, open_counts

    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 3))
        collection_id = read_header(path).collection_id
        assert merge_collection(store, path).added == 3
    finally:
        store.close()
    conn = sqlite3.connect(tmp_path / "Vaskeri.apvdesk")
    try:
        ((kept, languages),) = conn.execute("SELECT collection_id, languages FROM merged_collection")
    finally:
        conn.close()
    assert kept == merged_key(collection_id) and collection_id not in kept  # the id itself is not kept
    assert not any(code in bytes.fromhex(languages) for code in (b'"da"', b'"pl"', b'"uk"'))
    assert len(bytes.fromhex(languages)) == 16 + 256  # a nonce and one fixed-size block
    assert open_counts(collection_id, languages) == {"da": 1, "pl": 1, "uk": 1}  # with the collection file
    assert open_counts("0" * 32, languages) is None


def test_a_merged_collection_of_revision_0014_is_kept_by_its_hash_after_the_upgrade(tmp_path):
    from apvdesk.store.collection.sealing import merged_key

    old = tmp_path / "old.apvdesk"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema_0014.apvdesk", old)
    conn = sqlite3.connect(old)
    with conn:
        (round_id,) = conn.execute("SELECT max(id) FROM apv_round").fetchone()
        conn.execute("INSERT INTO merged_collection VALUES ('abc123', ?)", (round_id,))
    conn.close()
    WorkplaceStore.open(old).close()  # upgraded to the head on opening
    conn = sqlite3.connect(old)
    try:
        rows = conn.execute("SELECT collection_id, round_id, languages FROM merged_collection").fetchall()
    finally:
        conn.close()
    assert rows == [(merged_key("abc123"), round_id, "")]
