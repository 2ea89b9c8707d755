"""Deleting a round's individual answers keeps its results and leaves no trace of the answers."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from apvdesk.core.model import Response
from apvdesk.store.release_methods import AnswersDiscarded
from apvdesk.store.workplace_store import WorkplaceStore


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_results_are_kept_and_the_answers_are_gone(demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    round_id = store.latest_round().id
    before = store.results(round_id)
    by_group = store.respondents_by_group(round_id)
    assert store.answers_discarded_on(round_id) is None
    assert store.discard_raw_answers(round_id, dt.date(2027, 1, 5)) == 49  # the merged ones too
    assert store.answers_discarded_on(round_id) == dt.date(2027, 1, 5)
    store.close()

    assert _count(demo_file, "respondent") == 0 and _count(demo_file, "answer") == 0
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed: no old pages left
    finally:
        conn.close()

    again = WorkplaceStore.open(demo_file)
    try:
        after = again.results(round_id)
        for key, result in before.results.items():
            if result.shown:
                assert after.results[key] == result
            else:  # still withheld, and its n is not kept
                assert not after.results[key].shown and after.results[key].n == 0
        for key, item in before.distributions.items():
            if item.shown:
                assert after.distributions[key] == item
        assert again.respondents_by_group(round_id) == by_group
        assert again.respondent_count(round_id) == 49
        assert again.responses(round_id) == []
        group_id = again.groups()[0].id
        with pytest.raises(AnswersDiscarded):
            again.add_responses(round_id, [Response(group_id, "da", dt.date(2027, 1, 6), {})])
        assert again.discard_raw_answers(round_id) == 0  # twice is harmless
    finally:
        again.close()
