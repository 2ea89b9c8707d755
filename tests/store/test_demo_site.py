"""The demo's customer site: the linen room belongs to it, and its answers came in through a collection.

The demo writes 49 respondents by default, spread by headcount × response rate over the
five groups: weights 16·0.9, 13·0.95, 8·0.85, 6·0.55, 10·0.85 = 14.4, 12.35, 6.8, 3.3, 8.5
(45.35 in all), so 49 gives 15.56, 13.34, 7.35, 3.57, 9.18 → 15, 13, 7, 3, 9 (47) plus
the two largest remainders (the drivers' .57, the washing hall's .56): 16, 13, 7, 4, 9.
The laundry's four groups answer as before the linen room came (40 sheets, the same ids);
the linen room's 9 were collected at the nursing home and merged.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.app.resources import agenda_templates, shipped_bank
from apvdesk.core.demo import DEFAULT_RESPONDENTS, make_demo
from apvdesk.core.sites import SiteKind
from apvdesk.store import demo_site
from apvdesk.store.collection.merging import merge_collection
from apvdesk.store.workplace_store import WorkplaceStore


def _answers(sheets) -> Counter[str]:
    """The sheets' answers as a multiset (ids and order aside)."""
    return Counter(repr(sorted(sheet.answers.items(), key=lambda kv: kv[0])) for sheet in sheets)


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the demo's collection file (normally in a temporary folder removed afterwards)."""
    folder = tmp_path / "laptop"
    folder.mkdir()

    class KeptFolder:
        def __init__(self, prefix: str = "") -> None:
            pass

        def __enter__(self) -> str:
            return str(folder)

        def __exit__(self, *exc: object) -> None:
            return None

    monkeypatch.setattr(demo_site.tempfile, "TemporaryDirectory", KeptFolder)
    return folder


def test_the_linen_room_belongs_to_the_customer_site_and_its_answers_were_merged_once(tmp_path):
    path = tmp_path / "demo.apvdesk"
    assert write_demo(path) == DEFAULT_RESPONDENTS == 49
    store = WorkplaceStore.open(path)
    try:
        [site] = store.sites()
        assert (site.name, site.kind) == ("Plejecenter Lærkehøj", SiteKind.CUSTOMER) and site.missing() == []
        groups = store.groups()
        assert [(g.name, g.site_id) for g in groups] == [
            ("Vask og tørring", None),
            ("Strygning og finish", None),
            ("Butik og kundeservice", None),
            ("Chauffører (kører alene)", None),
            ("Linnedrum Lærkehøj", site.id),
        ]
        [apv_round] = store.rounds()
        assert apv_round.id is not None
        by_group = store.respondents_by_group(apv_round.id)
        assert [by_group.get(g.id or 0, 0) for g in groups] == [16, 13, 7, 4, 9]
        linen = groups[4].id
        stored = [r for r in store.responses(apv_round.id) if r.group_id == linen]
        problems = [p for p in store.problems(apv_round.id) if p.site_id == site.id]
        assert [p.group_ids for p in problems] == [[linen]] and problems[0].scale_id == "lone_work"
        assert problems[0].id is not None
        actions = store.actions(problems[0].id)
        assert len(actions) == 2 and all(a.site_id == site.id for a in actions)
        assert actions[0].how.startswith("Aftal med Lærkehøj, hvem linnedrummet ringer til")
        results = store.results(apv_round.id)
        assert results is not None and results.results[("lone_work", linen)].shown  # 9 answered: shown
    finally:
        store.close()
    demo = make_demo(shipped_bank(), agenda=agenda_templates())
    assert len(demo.responses) == 40 and len(demo.collected) == 9
    assert _answers(stored) == _answers(demo.collected)  # exactly the answers drawn, as from the laptop
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT round_id FROM merged_collection").fetchall() == [(apv_round.id,)]


def test_the_demo_keeps_no_collection_file_behind(tmp_path, monkeypatch):
    temporary = tmp_path / "temp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    write_demo(tmp_path / "demo.apvdesk", respondents=12, seed=3)
    assert list(temporary.iterdir()) == []


def test_merging_the_demos_collection_again_adds_nothing(tmp_path, kept):
    path = tmp_path / "demo.apvdesk"
    write_demo(path, respondents=12, seed=3)
    [collection] = kept.glob("*.apvcollect")
    store = WorkplaceStore.open(path)
    try:
        [apv_round] = store.rounds()
        assert apv_round.id is not None
        before = store.respondents_by_group(apv_round.id)
        outcome = merge_collection(store, collection)
        assert (outcome.added, outcome.merged_before) == (0, True)
        assert store.respondents_by_group(apv_round.id) == before
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM merged_collection").fetchone() == (1,)


def test_the_same_seed_gives_the_linen_room_the_same_answers(tmp_path):
    def linen_answers(path: Path, seed: int) -> Counter[str]:
        write_demo(path, respondents=30, seed=seed)
        store = WorkplaceStore.open(path)
        try:
            [apv_round] = store.rounds()
            assert apv_round.id is not None
            linen = store.groups()[4].id
            return _answers(r for r in store.responses(apv_round.id) if r.group_id == linen)
        finally:
            store.close()

    first = linen_answers(tmp_path / "a.apvdesk", 5)
    assert first and linen_answers(tmp_path / "b.apvdesk", 5) == first
    assert linen_answers(tmp_path / "c.apvdesk", 6) != first
