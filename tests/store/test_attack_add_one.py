"""Attack: poll the results, let one more person answer, subtract.

Before the fix, ``apvdesk results --json`` worked read-only while the kiosk held the file
and recomputed the results from the answers every time: the figures before and after one
more answer gave that person's score on every scale (n·mean after − n·mean before) and
their answer to every item. Now a round shows response counts only while it collects,
its results are released once when the collection ends, and later answers wait until
enough have come in. Each test plays the attacker through the file and the command line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.cli import main
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.core.results import RoundResults
from apvdesk.store import release_methods
from apvdesk.store.round_methods import ThresholdBelowPromise
from apvdesk.store.sqlite.rescue import rescue_file
from apvdesk.store.workplace_store import WorkplaceStore
from tests.core.attacker import differences

DAY = dt.date(2026, 9, 1)
THRESHOLD = 5


def _sheet(group_id: int, seed: int) -> Response:
    """One person's answers to every item of the shipped bank (varied by ``seed``)."""
    bank = shipped_bank()
    return Response(group_id, "da", answers={item.id: (seed + i) % 5 for i, item in enumerate(bank.items)})


@pytest.fixture
def collecting(tmp_path: Path) -> tuple[WorkplaceStore, int, list[int]]:
    """A file with two groups of 6 answers each, its collection still open."""
    store = WorkplaceStore.create(
        tmp_path / "vaskeri.apvdesk",
        Workplace(name="Vaskeriet", headcount=20),
        [Group("Vask", 10), Group("Strygning", 10)],
        Round("APV", DAY, anonymity_threshold=THRESHOLD),
        shipped_bank(),
    )
    round_id = store.latest_round().id  # type: ignore[union-attr]
    groups = [g.id for g in store.groups()]
    store.add_responses(round_id, [_sheet(g, i) for i, g in enumerate(groups * 6)])
    yield store, round_id, groups  # type: ignore[misc]
    store.close()


def _results_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["results", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _shown_pairs(before: dict, after: dict) -> list[str]:
    """The attacker on the JSON: entries shown both times whose n moved by 1 to threshold - 1."""
    old = {(e["scale"], e["group"]): e for e in before["results"]}
    leaks = []
    for entry in after["results"]:
        then = old.get((entry["scale"], entry["group"]))
        if then and not then["withheld"] and not entry["withheld"]:
            moved = entry["n"] - then["n"]
            if 0 < moved < THRESHOLD:
                score = entry["n"] * entry["mean"] - then["n"] * then["mean"]
                leaks.append(f"{entry['scale']} {entry['group']}: the new person scored {score:.1f}")
    return leaks


def test_polling_the_command_line_while_the_kiosk_collects_reveals_nobody(collecting, capsys):
    store, round_id, groups = collecting
    before = _results_json(store.path, capsys)
    store.add_responses(round_id, [_sheet(groups[0], 99)])  # one more person presses send
    after = _results_json(store.path, capsys)
    assert _shown_pairs(before, after) == []
    assert after["released"] is False and after["results"] == []
    assert after["respondents"] == 13  # the count is all it shows
    assert differences(store.results(round_id), store.results(round_id), THRESHOLD) == []
    assert store.results(round_id) is None


def test_a_late_answer_waits_until_enough_have_come_in(collecting, capsys):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    released = store.results(round_id)
    assert released is not None and released.get("support_colleagues", None).n == 12
    before = _results_json(store.path, capsys)

    store.add_responses(round_id, [_sheet(groups[0], 50)])  # a late paper form
    assert store.results(round_id) == released  # nothing moves
    assert store.waiting_answers(round_id) == {groups[0]: 1}
    assert _shown_pairs(before, _results_json(store.path, capsys)) == []

    for seed in range(51, 54):  # three more: four in all, one short of the threshold
        store.add_responses(round_id, [_sheet(groups[0], seed)])
    assert store.results(round_id) == released
    store.add_responses(round_id, [_sheet(groups[1], 60)])  # the other group gets one too
    store.add_responses(round_id, [_sheet(groups[0], 54)])  # five in group 1, but one in group 2
    assert store.results(round_id) == released
    assert store.waiting_answers(round_id) == {groups[0]: 5, groups[1]: 1}
    for seed in range(61, 65):  # group 2 reaches five new answers too
        store.add_responses(round_id, [_sheet(groups[1], seed)])
    now = store.results(round_id)
    assert now != released and store.waiting_answers(round_id) == {}
    assert now.get("support_colleagues", None).n == 22
    assert differences(released, now, THRESHOLD) == []  # every figure moved by 0 or at least 5
    assert _shown_pairs(before, _results_json(store.path, capsys)) == []


def test_a_reopened_collection_changes_nothing_until_it_ends_again(collecting):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    released = store.results(round_id)
    store.reopen_collection(round_id)
    assert store.is_collecting(round_id)
    for seed in range(4):  # kiosk answers, one at a time
        store.add_responses(round_id, [_sheet(groups[1], 70 + seed)])
        assert store.results(round_id) == released
    assert store.end_collection(round_id) is False  # four new answers: they wait
    assert store.results(round_id) == released
    store.reopen_collection(round_id)
    store.add_responses(round_id, [_sheet(groups[1], 80)])
    assert store.results(round_id) == released
    assert store.end_collection(round_id) is True
    assert differences(released, store.results(round_id), THRESHOLD) == []


def test_item_answers_move_by_the_threshold_or_not_at_all(collecting):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    shown: list[RoundResults] = [store.results(round_id)]  # type: ignore[list-item]
    for seed in range(12):  # late answers, alternating groups
        store.add_responses(round_id, [_sheet(groups[seed % 2], 100 + seed)])
        shown.append(store.results(round_id))  # type: ignore[arg-type]
    assert shown[-1] != shown[0]
    for before, after in zip(shown, shown[1:], strict=False):
        assert differences(before, after, THRESHOLD) == []


def test_a_follow_up_compares_with_figures_frozen_when_it_started(collecting):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    follow_up = store.create_follow_up_round(round_id, ["support_manager"], "Opfølgning", DAY)
    frozen = store.baseline_results(follow_up.id)
    assert frozen == store.results(round_id)
    for seed in range(5):  # late answers to the APV itself, enough to be released there
        store.add_responses(round_id, [_sheet(groups[0], 200 + seed)])
    assert store.results(round_id) != frozen
    assert store.baseline_results(follow_up.id) == frozen  # the "before" stays as it was


def test_the_follow_up_round_itself_releases_only_when_ended(collecting):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    follow_up = store.create_follow_up_round(round_id, ["support_manager"], "Opfølgning", DAY)
    store.add_responses(follow_up.id, [_sheet(groups[0], s) for s in range(5)])
    assert store.results(follow_up.id) is None
    store.end_collection(follow_up.id)
    after = store.results(follow_up.id)
    assert after is not None and after.get("support_manager", groups[0]).n == 5
    store.add_responses(follow_up.id, [_sheet(groups[0], 9)])
    assert store.results(follow_up.id) == after


def test_the_threshold_cannot_be_lowered_once_anyone_has_answered(collecting):
    store, round_id, _groups = collecting
    apv_round = store.round(round_id)
    with pytest.raises(ThresholdBelowPromise):
        store.update_round(dataclasses.replace(apv_round, anonymity_threshold=3))
    assert store.round(round_id).anonymity_threshold == THRESHOLD
    store.update_round(dataclasses.replace(apv_round, anonymity_threshold=7))  # raising is fine
    with pytest.raises(ThresholdBelowPromise):
        store.update_round(dataclasses.replace(apv_round, anonymity_threshold=5))


def test_raising_the_threshold_after_the_release_withholds_more_and_shows_nothing_new(collecting):
    store, round_id, groups = collecting
    store.end_collection(round_id)
    before = store.results(round_id)
    assert before.get("support_colleagues", groups[0]).shown
    store.update_round(dataclasses.replace(store.round(round_id), anonymity_threshold=7))
    after = store.results(round_id)
    assert after.threshold == 7
    assert not after.get("support_colleagues", groups[0]).shown  # 6 < 7
    for key, result in after.results.items():
        if result.shown:
            assert before.results[key] == result


def test_a_threshold_the_kiosk_or_the_paper_form_told_is_a_floor(tmp_path):
    store = WorkplaceStore.create(
        tmp_path / "a.apvdesk", Workplace(name="A"), [Group("Vask", 8)], Round("APV", DAY), shipped_bank()
    )
    try:
        apv_round = store.latest_round()
        store.update_round(dataclasses.replace(apv_round, anonymity_threshold=6))
        store.update_round(
            dataclasses.replace(store.round(apv_round.id), anonymity_threshold=4)
        )  # no one told
        store.promise_threshold(apv_round.id)  # the kiosk starts: respondents read "at least 4"
        with pytest.raises(ThresholdBelowPromise):
            store.update_round(dataclasses.replace(store.round(apv_round.id), anonymity_threshold=3))
    finally:
        store.close()


def test_deleting_the_raw_answers_is_one_transaction(collecting, monkeypatch):
    store, round_id, groups = collecting

    def fail(*_args, **_kwargs):
        raise RuntimeError("the disk went away halfway")

    monkeypatch.setattr(release_methods, "delete", fail)
    with pytest.raises(RuntimeError):
        store.discard_raw_answers(round_id)
    monkeypatch.undo()
    # Nothing of it stayed: the answers are there, no results were kept, the round still collects.
    assert store.respondent_count(round_id) == 12
    assert len(store.responses(round_id)) == 12
    assert store.answers_discarded_on(round_id) is None
    assert store.released_on(round_id) is None and store.results(round_id) is None
    assert store.is_collecting(round_id)
    store.add_responses(round_id, [_sheet(groups[0], 5)])
    assert store.respondent_count(round_id) == 13


def test_a_rescue_that_loses_the_release_shows_nothing_until_the_collection_ends_again(collecting, tmp_path):
    """Late answers waiting for a release must not slip into results rebuilt by a rescue."""
    store, round_id, groups = collecting
    store.end_collection(round_id)
    store.add_responses(round_id, [_sheet(groups[0], 77)])  # one late answer, waiting
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE round_release SET results_json = 'not json' WHERE round_id = ?", (round_id,))
    conn.close()
    rescued = tmp_path / "rescued.apvdesk"
    rescue_file(path, rescued, [shipped_bank()])
    again = WorkplaceStore.open(rescued)
    try:
        assert again.is_collecting(round_id) and again.results(round_id) is None  # counts only
        assert again.respondent_count(round_id) == 13
    finally:
        again.close()


def test_settings_changed_before_anyone_answers_release_nothing(tmp_path):
    store = WorkplaceStore.create(
        tmp_path / "ny.apvdesk", Workplace(name="Ny"), [Group("Vask", 8)], Round("APV", DAY), shipped_bank()
    )
    try:
        apv_round = store.latest_round()
        store.update_round(dataclasses.replace(apv_round, anonymity_threshold=6, green_from=70.0))
        assert store.released_on(apv_round.id) is None and store.is_collecting(apv_round.id)
        group = store.groups()[0].id
        store.add_responses(apv_round.id, [_sheet(group, s) for s in range(7)])
        assert store.results(apv_round.id) is None  # counts only, until the collection ends
    finally:
        store.close()
