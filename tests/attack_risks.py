"""An owner's attack on the exposure scales (violence and threats, offensive acts).

Not collected by default (the name does not start with ``test_``); run it with
``python -m pytest tests/attack_risks.py``. The owner wants to know whether one
particular employee reported violence or harassment. Each test plays one way in through
the real workplace file (WorkplaceStore), ``apvdesk results --json`` and ``apvdesk
checklist --json``, and checks that what can be worked out never concerns fewer people
than the threshold. The two real problems the attack found (a report hidden by "don't know",
the checklist's wording for a protecting group) are fixed; their tests now pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import NOT_APPLICABLE_ANSWER
from apvdesk.core.checklist import Element, Why
from apvdesk.core.findings import FindingKind
from apvdesk.core.kiosk_session import NOT_APPLICABLE, KioskSession
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.core.result_types import Light, RoundResults
from apvdesk.core.results import compute_results
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli_results import entry, results_json, run

DAY = dt.date(2026, 9, 1)
BANK = shipped_bank()
EXPOSURE = ("violence_threats", "offensive_acts")
NO, ONCE, WEEKLY = 4, 3, 1  # option indexes of the exposure set
THRESHOLD = 5


def sheet(group_id: int, **answers: int | None) -> Response:
    """Everything "Often"; every exposure item "No"; items that may not apply: "does not apply"."""
    given: dict[str, int | None] = {}
    for item in BANK.items:
        if item.option_set_id == "exposure":
            given[item.id] = NO
        elif item.not_applicable:
            given[item.id] = NOT_APPLICABLE_ANSWER
        else:
            given[item.id] = 1
    given.update(answers)
    return Response(group_id, "da", None, given)


@contextmanager
def workplace(path: Path, sizes: dict[str, int]) -> Iterator[tuple[WorkplaceStore, int, dict[str, int]]]:
    """A workplace with the groups ``sizes`` names (headcount), its first round open."""
    groups = [Group(name, headcount) for name, headcount in sizes.items()]
    store = WorkplaceStore.create(path, Workplace("Firma"), groups, Round("APV 2026", DAY), BANK)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        yield store, apv_round.id, {g.name: g.id for g in store.groups() if g.id is not None}
    finally:
        store.close()


def exposed(result) -> int:
    """The count of respondents reporting exposure, as anyone works it out from n and the share."""
    return round(result.share_unfavourable * result.n / 100)


def residual(results: RoundResults, scale_id: str) -> tuple[int, int, float]:
    """Total minus the shown groups: (n, people reporting exposure, sum of scores) of the withheld."""
    total = results.get(scale_id, None)
    assert total.shown
    n, bad, sums = total.n, exposed(total), total.mean * total.n
    for group_id in results.group_ids:
        shown = results.get(scale_id, group_id)
        if shown.shown:
            n -= shown.n
            bad -= exposed(shown)
            sums -= shown.mean * shown.n
    return n, bad, sums


# --- 1. Whole workplace minus the shown groups --------------------------------------------


def test_one_small_group_with_one_yes_is_not_the_total_minus_the_shown_groups(tmp_path: Path):
    """Vask 6 and Butik 5 answer "No"; the one driver was threatened every week."""
    with workplace(tmp_path / "a.apvdesk", {"Vask": 7, "Butik": 6, "Chauffør": 1}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Vask"]) for _ in range(6)]
            + [sheet(ids["Butik"]) for _ in range(5)]
            + [sheet(ids["Chauffør"], vt_threats=WEEKLY, oa_sexual=ONCE)],
        )
        store.end_collection(rid)
        results = store.results(rid)
        assert results is not None
        for scale_id in EXPOSURE:
            assert not results.get(scale_id, ids["Chauffør"]).shown
            total = results.get(scale_id, None)
            assert total.shown and total.light is Light.YELLOW  # 1 of 12 = 8.3 %: someone
            n, bad, _sums = residual(results, scale_id)
            # the attacker learns "1 of the 6 in Butik + Chauffør", never "the driver"
            assert (n, bad) == (6, 1)
            assert n >= THRESHOLD
        # the findings and the checklist name no withheld group
        findings = store.findings(rid)
        withheld = {ids["Butik"], ids["Chauffør"]}
        for handled in findings:
            f = handled.finding
            assert f.group_id not in withheld
            if f.kind == FindingKind.RESULT and f.group_id is None:
                assert set(f.group_ids) == set(ids.values())  # the whole workplace: every group
        lines = {line.element: line for line in store.apv_checklist(rid, DAY)}
        for reason in lines[Element.ASSESSED].reasons:
            assert reason.group_id not in withheld
        mapped = {(r.why, r.group_id) for r in lines[Element.MAPPED].reasons}
        assert mapped == {(Why.GROUP_PROTECTING, ids["Butik"]), (Why.GROUP_WITHHELD, ids["Chauffør"])}
    # the same through the command line
    document = results_json(tmp_path, tmp_path / "a.apvdesk")
    for scale_id in EXPOSURE:
        for name in ("Butik", "Chauffør"):
            found = entry(document, scale_id, ids[name])
            assert found["withheld"] is True
            assert all(found[k] is None for k in ("n", "mean", "sd", "share_unfavourable", "light"))
    checklist = run(tmp_path, "checklist", tmp_path / "a.apvdesk", "--json")
    assert checklist.returncode in (0, 1), checklist.stderr
    data = json.loads(checklist.stdout)
    text = json.dumps(data)
    for element in data["elements"]:
        for reason in element["reasons"]:
            if element["id"] != "mapped":  # only "Mapped" names a withheld group: that it is withheld
                assert "Butik" not in reason and "Chauffør" not in reason, reason
    assert "vt_threats" not in text and "oa_sexual" not in text  # no item is named


@pytest.mark.parametrize("seed", range(60))
def test_no_combination_of_groups_isolates_fewer_than_the_threshold_on_exposure(seed: int):
    """Random small workplaces (1-5 groups of 0-7), rare "yes": total minus shown is 0 or >= threshold."""
    rng = random.Random(seed)
    groups = [Group(f"G{i}", 8, id=i) for i in range(1, rng.randint(2, 5) + 1)]
    responses = []
    for group in groups:
        for _ in range(rng.choice([0, 1, 1, 2, 3, 4, 5, 5, 6, 7])):
            answers = {}
            for item in BANK.items:
                if item.scale_id in EXPOSURE:
                    roll = rng.random()
                    answers[item.id] = None if roll < 0.1 else (rng.randrange(4) if roll > 0.9 else NO)
            responses.append(Response(group.id, "da", None, answers))
    threshold = rng.choice([3, 4, 5])
    results = compute_results(BANK, groups, responses, threshold)
    for scale_id in EXPOSURE:
        total = results.get(scale_id, None)
        if not total.shown:
            continue
        n, _bad, _sums = residual(results, scale_id)
        hidden = [g.id for g in groups if not results.get(scale_id, g.id).shown]
        with_answers = [g for g in hidden if results.respondents.get(g, 0) > 0]
        assert n == 0 or n >= threshold
        # and the withheld people are never one group alone (respondent counts are shown)
        assert n == 0 or len(with_answers) >= 2


# --- 2. Across time -----------------------------------------------------------------------


def _released_pairs(before: RoundResults, after: RoundResults, scale_id: str) -> list[int]:
    """The n moves of every figure shown both times (add one and subtract)."""
    moves = []
    for group_id in (None, *after.group_ids):
        a, b = before.get(scale_id, group_id), after.get(scale_id, group_id)
        if a.shown and b.shown:
            moves.append(b.n - a.n)
    return moves


def test_late_forms_whose_exposure_answers_are_mostly_dont_know_reveal_no_one(tmp_path: Path):
    """Five late driver forms pass the gate, but only one of them has a score on violence.

    The gate counts people; on violence_threats only the one who was hit has a score
    (the other four answered "don't know" throughout). Release 2 minus release 1 on that
    scale would be that one person.
    """
    dk = {item.id: None for item in BANK.items if item.scale_id == "violence_threats"}
    with workplace(tmp_path / "b.apvdesk", {"Vask": 7, "Butik": 6, "Chauffører": 12}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Vask"]) for _ in range(6)]
            + [sheet(ids["Butik"]) for _ in range(5)]
            + [sheet(ids["Chauffører"]) for _ in range(5)],
        )
        store.end_collection(rid)
        first = store.results(rid)
        late = [sheet(ids["Chauffører"], **dk) for _ in range(4)] + [
            sheet(ids["Chauffører"], vt_physical=ONCE)
        ]
        store.add_responses(rid, late)
        second = store.results(rid)
        assert first is not None and second is not None
        assert second.respondents[ids["Chauffører"]] == 10  # the gate opened: a new release
        assert second.get("offensive_acts", ids["Chauffører"]).n == 10  # other scales moved by 5
        for scale_id in EXPOSURE:
            for move in _released_pairs(first, second, scale_id):
                assert move == 0 or move >= THRESHOLD, (scale_id, move)
        # violence keeps what it showed before: nobody's "yes" comes out
        assert second.get("violence_threats", None) == first.get("violence_threats", None)
        assert second.get("violence_threats", None).light is Light.GREEN


def test_a_withheld_pair_of_groups_is_not_split_by_late_answers(tmp_path: Path):
    """Solo (1, threatened) and Butik (4) are withheld together; 5 late Butik forms would split them."""
    with workplace(tmp_path / "c.apvdesk", {"Vask": 7, "Butik": 10, "Solo": 1}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Vask"]) for _ in range(6)]
            + [sheet(ids["Butik"]) for _ in range(4)]
            + [sheet(ids["Solo"], vt_threats=WEEKLY)],
        )
        store.end_collection(rid)
        first = store.results(rid)
        store.add_responses(rid, [sheet(ids["Butik"]) for _ in range(5)])
        second = store.results(rid)
        assert first is not None and second is not None
        for results in (first, second):
            assert not results.get("violence_threats", ids["Solo"]).shown
        # what an attacker can reach: each release's residual, and their difference
        figures = []
        for results in (first, second):
            total = results.get("violence_threats", None)
            if total.shown:
                figures.append(residual(results, "violence_threats"))
        for n, _bad, _sums in figures:
            assert n == 0 or n >= THRESHOLD
        if len(figures) == 2:
            moved = figures[1][0] - figures[0][0]
            assert moved == 0 or moved >= THRESHOLD
        # Butik alone (9) shown in release 2 would leave Solo alone in total - shown
        butik = second.get("violence_threats", ids["Butik"])
        assert not (
            butik.shown
            and second.get("violence_threats", None).shown
            and second.get("violence_threats", ids["Vask"]).shown
        )


def test_a_group_taken_out_of_the_round_stays_protected(tmp_path: Path):
    """After the release the owner takes Solo (1, threatened) out of the round and reopens.

    Solo's answer still counts in the total, as a group of its own; the findings, which
    only look at the round's groups, must not leave it alone in total minus shown.
    """
    path = tmp_path / "d.apvdesk"
    with workplace(path, {"Vask": 7, "Butik": 10, "Solo": 1}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Vask"]) for _ in range(6)]
            + [sheet(ids["Butik"]) for _ in range(5)]
            + [sheet(ids["Solo"], vt_threats=WEEKLY)],
        )
        store.end_collection(rid)
        apv_round = store.round(rid)
        store.update_round(dataclasses.replace(apv_round, group_ids=[ids["Vask"], ids["Butik"]]))
        store.reopen_collection(rid)
        store.add_responses(
            rid, [sheet(ids["Vask"]) for _ in range(5)] + [sheet(ids["Butik"]) for _ in range(5)]
        )
        store.end_collection(rid)
        results = store.results(rid)
        assert results is not None
        round_groups = [g.id for g in store.round_groups(rid)]
        for scale_id in EXPOSURE:
            total = results.get(scale_id, None)
            if not total.shown:
                continue
            shown = [results.get(scale_id, g) for g in round_groups]
            n = total.n - sum(r.n for r in shown if r.shown)
            assert n == 0 or n >= THRESHOLD, (scale_id, n)
        for handled in store.findings(rid):
            assert handled.finding.group_id != ids["Solo"]
    document = results_json(tmp_path, path)
    for scale_id in EXPOSURE:
        total = entry(document, scale_id, None)
        if total["withheld"]:
            continue
        listed = [e for e in document["results"] if e["scale"] == scale_id and e["group"] is not None]
        n = total["n"] - sum(e["n"] for e in listed if not e["withheld"])
        assert n == 0 or n >= THRESHOLD, (scale_id, n)


# --- 3. The light as one bit ----------------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_the_exposure_light_says_nothing_the_mean_and_the_answers_do_not(seed: int):
    """Yellow-instead-of-green is exactly "mean above 0", which the mean and the item counts show anyway."""
    rng = random.Random(seed)
    groups = [Group("G", 9, id=1)]
    responses = []
    for _ in range(rng.randint(5, 9)):
        answers = {
            item.id: (rng.choice([NO, NO, NO, NO, NO, NO, ONCE, WEEKLY, None]))
            for item in BANK.items
            if item.scale_id in EXPOSURE
        }
        responses.append(Response(1, "da", None, answers))
    results = compute_results(BANK, groups, responses, THRESHOLD)
    for scale_id in EXPOSURE:
        result = results.get(scale_id, 1)
        if not result.shown:
            continue
        someone = exposed(result) > 0
        assert someone == (result.mean > 0)
        yes_in_counts = any(
            sum(results.distribution(item.id, 1).counts[:NO]) > 0
            for item in BANK.items
            if item.scale_id == scale_id
        )
        assert someone == yes_in_counts


def test_a_group_at_the_threshold_shows_a_lone_yes_and_its_frequency(tmp_path: Path):
    """What a shown group of exactly the threshold gives away: one person's exact answer.

    Intended group-level disclosure, but it is a *small cell* in FACTS.md's sense: four
    colleagues who tell the owner "I said No" leave the fifth, and the item counts then
    give that person's answer to each harassment question, frequency included. The light
    and the findings add nothing to what the counts already say.
    """
    with workplace(tmp_path / "e.apvdesk", {"Strygning": 5, "Vask": 7}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Strygning"]) for _ in range(4)]
            + [sheet(ids["Strygning"], oa_sexual=WEEKLY)]
            + [sheet(ids["Vask"]) for _ in range(6)],
        )
        store.end_collection(rid)
        results = store.results(rid)
        assert results is not None
        group = results.get("offensive_acts", ids["Strygning"])
        assert group.shown and group.light is Light.RED and exposed(group) == 1
        counts = results.distribution("oa_sexual", ids["Strygning"]).counts
        assert counts is not None and counts[WEEKLY] == 1 and counts[NO] == 4
        keys = {h.finding.key for h in store.findings(rid)}
        assert f"result:offensive_acts:{ids['Strygning']}" in keys


# --- 4. "Does not apply to me" and "don't know" ----------------------------------------------


def _kiosk_sheet(group_id: int, special) -> Response:
    session = KioskSession(BANK, "da", group_id)
    while not session.at_confirm:
        question = session.current
        item = next(i for i in BANK.items if i.id == question.item_id)
        session.answer(special if item.not_applicable else 0)
        session.go_next()
    return session.response(DAY)


def test_does_not_apply_and_dont_know_cannot_be_told_apart(tmp_path: Path):
    files = {}
    for name, special in (("na", NOT_APPLICABLE), ("dk", None)):
        path = tmp_path / f"{name}.apvdesk"
        with workplace(path, {"Vask": 7}) as (store, rid, ids):
            response = _kiosk_sheet(ids["Vask"], special)
            assert any(BANK.items[i].not_applicable for i in range(len(BANK.items)))
            store.add_responses(rid, [response])
        with sqlite3.connect(path) as db:
            rows = sorted(db.execute("SELECT item_id, option FROM answer").fetchall(), key=repr)
            schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
        files[name] = (rows, schema, response.answers)
    assert files["na"] == files["dk"]


def test_a_lone_skip_of_the_violence_questions_shows_as_below_threshold(tmp_path: Path):
    """Who skipped is not promised (docs/privacy.md), but on a sensitive scale it is a signal.

    Strygning: 5 answer everything; one of them answers "don't know" to every violence
    question. Every other scale is shown for Strygning, violence is "too few answers":
    the owner learns that someone in Strygning would not answer about violence.
    """
    dk = {item.id: None for item in BANK.items if item.scale_id == "violence_threats"}
    with workplace(tmp_path / "f.apvdesk", {"Strygning": 5, "Vask": 7}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Strygning"]) for _ in range(4)]
            + [sheet(ids["Strygning"], **dk)]
            + [sheet(ids["Vask"]) for _ in range(6)],
        )
        store.end_collection(rid)
        results = store.results(rid)
        assert results is not None
        assert results.respondents[ids["Strygning"]] == 5
        assert results.get("offensive_acts", ids["Strygning"]).shown
        assert results.get("violence_threats", ids["Strygning"]).withheld.value == "below_threshold"


def test_the_checklist_gives_a_protecting_group_the_right_reason(tmp_path: Path):
    """Butik (5 answers) is withheld only to protect the one driver; the checklist says "too few answers"."""
    path = tmp_path / "g.apvdesk"
    with workplace(path, {"Vask": 7, "Butik": 6, "Chauffør": 1}) as (store, rid, ids):
        store.add_responses(
            rid,
            [sheet(ids["Vask"]) for _ in range(6)]
            + [sheet(ids["Butik"]) for _ in range(5)]
            + [sheet(ids["Chauffør"])],
        )
        store.end_collection(rid)
    data = json.loads(run(tmp_path, "checklist", path, "--json").stdout)
    (mapped,) = [e for e in data["elements"] if e["id"] == "mapped"]
    (butik,) = [r for r in mapped["reasons"] if r.startswith("Butik")]
    assert "too few answers" not in butik


# --- 5. A truthfulness gap found on the way ----------------------------------------------------


def test_an_assault_reported_beside_two_dont_knows_is_not_green():
    """One of six reports being hit and answers "don't know" to threats and after-hours.

    Found by this attack: with the half-answered rule the person had no score, the report
    was counted nowhere and the group stayed green. Fixed: one answered item scores an
    exposure scale (core.scoring.answers_needed).
    """
    groups = [Group("Vask", 7, id=1)]
    responses = [Response(1, "da", None, {"vt_physical": NO, "vt_threats": NO, "vt_after_hours": NO})] * 5
    responses.append(
        Response(1, "da", None, {"vt_physical": ONCE, "vt_threats": None, "vt_after_hours": None})
    )
    results = compute_results(BANK, groups, responses, THRESHOLD)
    assert results.get("violence_threats", 1).light is not Light.GREEN
