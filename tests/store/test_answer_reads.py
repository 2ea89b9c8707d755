"""A round's results read from the file are bit for bit those computed from its responses.

``WorkplaceStore.results`` reads the answers as one string per respondent
(:mod:`apvdesk.store.sqlite.answer_reads`); the reference is the plain computation of
tests/core/test_results_reference.py over ``store.responses``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.core.results import compute_results, results_from_sheets
from apvdesk.core.results_snapshot import results_from_json, results_to_json
from apvdesk.store.sqlite.answer_reads import read_answer_sheets
from apvdesk.store.workplace_store import WorkplaceStore
from tests.core.test_results_reference import random_round, reference_results

DAY = dt.date(2026, 9, 1)


def _as_shown(results):
    """Return ``results`` as a release shows and keeps them: a withheld figure keeps no n."""
    return results_from_json(results_to_json(results))


def released_from(released, reference) -> None:
    """Assert that ``released`` are ``reference`` as a release shows and keeps them."""
    assert repr(released) == repr(_as_shown(reference))


def _plain_reference(store: WorkplaceStore, round_id: int):
    apv_round = store.round(round_id)
    return reference_results(
        store.round_bank(round_id),
        store.round_groups(round_id),
        store.responses(round_id),
        apv_round.anonymity_threshold,
        apv_round.green_from,
        apv_round.red_below,
    )


def _reference(store: WorkplaceStore, round_id: int):
    return _as_shown(_plain_reference(store, round_id))


def _read_directly(store: WorkplaceStore, round_id: int):
    """Return the results of the answers as read from the file, before any release rule."""
    apv_round, bank = store.round(round_id), store.round_bank(round_id)
    connection = sqlite3.connect(store.path)
    try:
        sheets = read_answer_sheets(connection, round_id, bank)
    finally:
        connection.close()
    return results_from_sheets(
        bank,
        store.round_groups(round_id),
        sheets,
        apv_round.anonymity_threshold,
        apv_round.green_from,
        apv_round.red_below,
    )


def _random_file(path: Path, seed: int, respondents: int) -> tuple[WorkplaceStore, int]:
    """Return a new file with a random round, and a second round answered too."""
    rng = random.Random(seed)
    bank = shipped_bank()
    groups, responses, threshold, green_from, red_below = random_round(rng, bank, respondents)
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeriet", cvr="12345678", headcount=40),
        [Group(g.name, g.headcount) for g in groups] + [Group("Udenfor", 3)],
        Round("APV", DAY, anonymity_threshold=threshold, green_from=green_from, red_below=red_below),
        bank,
    )
    first = store.latest_round()
    assert first is not None and first.id is not None
    stored_ids = [g.id for g in store.groups() if g.id is not None]
    ids = {g.id: stored_ids[i] for i, g in enumerate(groups)} | {99: stored_ids[-1]}
    store.update_round(dataclasses.replace(first, group_ids=stored_ids[:-1]))  # one group answers outside
    store.add_responses(first.id, [dataclasses.replace(r, group_id=ids[r.group_id]) for r in responses])
    second = store.create_round(Round("APV 2", DAY + dt.timedelta(days=1)), bank)
    assert second.id is not None
    store.add_responses(second.id, [Response(stored_ids[0], "da", DAY, {"ssc_practical": 1})] * 5)
    return store, first.id


@pytest.mark.parametrize("seed", range(8))
def test_results_of_a_file_are_those_of_the_reference(tmp_path, seed):
    store, round_id = _random_file(
        tmp_path / "random.apvdesk", seed, random.Random(seed).choice([0, 20, 300])
    )
    try:
        assert repr(_read_directly(store, round_id)) == repr(_plain_reference(store, round_id))
        store.end_collection(round_id)
        released_from(store.results(round_id), _reference(store, round_id))
    finally:
        store.close()


def test_results_of_the_demo_are_those_of_the_reference(demo_file):
    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        assert round_id is not None
        released = store.results(round_id)
        released_from(dataclasses.replace(released, sites={}), _reference(store, round_id))
        # the demo's one site holds one group, its linen room: the same people, the same figures
        [(site_id, site)] = released.sites.items()
        [team] = [g for g in store.groups() if g.site_id == site_id]
        assert site.members == (team.id,) and site.respondents == released.respondents[team.id] == 9
        for (scale_id, group_id), result in released.results.items():
            if group_id == team.id:
                assert repr(site.results[scale_id]) == repr(dataclasses.replace(result, group_id=None))
    finally:
        store.close()


def test_the_sheets_hold_every_respondent_in_the_bank_order(tmp_path):
    store, round_id = _random_file(tmp_path / "random.apvdesk", 3, 50)
    try:
        bank = store.round_bank(round_id)
        responses = store.responses(round_id)
        connection = sqlite3.connect(tmp_path / "random.apvdesk")
        sheets = read_answer_sheets(connection, round_id, bank)
        connection.close()
    finally:
        store.close()
    assert sheets.item_ids == tuple(item.id for item in bank.items)
    assert list(sheets.group_ids) == [r.group_id for r in responses]
    for response, codes in zip(responses, sheets.codes, strict=True):
        for item_id, code in zip(sheets.item_ids, codes, strict=True):
            if item_id not in response.answers:
                assert code == " "
            elif response.answers[item_id] is None:
                assert code == "!"
            else:
                option = response.answers[item_id]
                assert code == (chr(0x30 + option) if 0 <= option < 5 else " ")  # type: ignore[operator]


def test_an_item_id_with_the_separator_is_read_row_by_row(tmp_path):
    store, round_id = _random_file(tmp_path / "random.apvdesk", 5, 40)
    try:
        group_id = store.round_groups(round_id)[0].id
        assert group_id is not None
        odd = Response(group_id, "da", DAY, {"ssc_practical": 2, "old,item": 1, "ssc_listen": None})
        store.add_responses(round_id, [odd])
        assert repr(_read_directly(store, round_id)) == repr(_plain_reference(store, round_id))
        store.end_collection(round_id)
        results = store.results(round_id)
        released_from(results, _reference(store, round_id))
        apv_round = store.round(round_id)
        released_from(
            results,
            _as_shown(
                compute_results(
                    store.round_bank(round_id),
                    store.round_groups(round_id),
                    store.responses(round_id),
                    apv_round.anonymity_threshold,
                    apv_round.green_from,
                    apv_round.red_below,
                )
            ),
        )
    finally:
        store.close()
