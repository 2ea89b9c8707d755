"""Property tests: nothing ``apvdesk results`` shows lets anyone work out a withheld group.

The JSON is built in-process with the function the command uses
(:func:`apvdesk.cli.results.results_document`), from random rounds: 1-6 groups of 0-12
respondents, sometimes answers from a group no longer in the round, thresholds 3-6,
random traffic-light thresholds and random answers with blanks and "don't know".
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.cli.results import results_document
from apvdesk.core.bank import parse_bank
from apvdesk.core.model import Group, Response, Round
from apvdesk.core.results import compute_results

DAY = dt.date(2026, 9, 1)
OPTIONS = 5


def _item(item_id: str, reverse: bool = False) -> dict:
    return {"id": item_id, "options": "freq", "reverse": reverse, "text": {"da": item_id, "en": item_id}}


def _scale(scale_id: str, high_is_good: bool, items: list[dict]) -> dict:
    return {
        "id": scale_id,
        "name": {"da": scale_id, "en": scale_id},
        "high_is_good": high_is_good,
        "items": items,
    }


BANK = parse_bank(
    {
        "bank": {"id": "properties", "version": "1", "languages": ["da", "en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {"da": ["a", "b", "c", "d", "e"], "en": ["a", "b", "c", "d", "e"]},
                "dont_know": {"da": "Ved ikke", "en": "Don't know"},
            }
        },
        "themes": [
            {
                "id": "t",
                "name": {"da": "T", "en": "T"},
                "scales": [
                    _scale("two", True, [_item("a"), _item("b")]),
                    _scale("demands", False, [_item("x"), _item("y", reverse=True), _item("z")]),
                ],
            }
        ],
    },
    "properties",
)
ITEM_IDS = [item.id for item in BANK.items]
ORPHAN = 99  # a group that answered but is no longer among the round's groups
FIGURES = ("mean", "sd", "share_unfavourable", "light", "change")

_answer = st.one_of(st.none(), st.integers(0, OPTIONS - 1), st.just("blank"))


@st.composite
def _rounds(draw):
    sizes = draw(st.lists(st.integers(0, 12), min_size=1, max_size=6))
    orphans = draw(st.integers(0, 3))
    threshold = draw(st.integers(3, 6))
    red_below = draw(st.floats(20, 60))
    green_from = draw(st.floats(red_below, 90))
    responses = []
    members = [g for g, size in enumerate(sizes, start=1) for _ in range(size)] + [ORPHAN] * orphans
    for group_id in members:
        picks = draw(st.lists(_answer, min_size=len(ITEM_IDS), max_size=len(ITEM_IDS)))
        answers = {i: a for i, a in zip(ITEM_IDS, picks, strict=True) if a != "blank"}
        responses.append(Response(group_id, "da", DAY, answers))
    groups = [Group(name=f"Gruppe {i}", headcount=size, id=i) for i, size in enumerate(sizes, start=1)]
    apv_round = Round(
        "APV", DAY, anonymity_threshold=threshold, green_from=green_from, red_below=red_below, id=1
    )
    return apv_round, groups, responses


@settings(max_examples=150, deadline=None)
@given(_rounds(), _rounds())
def test_the_results_json_reveals_no_withheld_group(round_data, previous_data):
    apv_round, groups, responses = round_data
    threshold = apv_round.anonymity_threshold
    results = compute_results(BANK, groups, responses, threshold, apv_round.green_from, apv_round.red_below)
    _, old_groups, old_responses = previous_data
    previous = compute_results(BANK, old_groups, old_responses, threshold)
    document = json.loads(json.dumps(results_document(apv_round, BANK, groups, results, previous)))

    assert document["threshold"] == threshold
    assert [g["respondents"] for g in document["groups"]] == [results.respondents[g.id] for g in groups]
    for scale in BANK.scales:
        entries = {e["group"]: e for e in document["results"] if e["scale"] == scale.id}
        assert set(entries) == {None, *(g.id for g in groups)}
        for e in entries.values():
            if e["withheld"]:
                # nothing of a withheld figure, not even its n: a one-person group's n of 0 on
                # one scale and 1 on the others would tell what that person answered
                assert all(e[key] is None for key in (*FIGURES, "n")), e
            else:
                assert e["n"] >= threshold
                assert all(e[key] is not None for key in ("mean", "sd", "share_unfavourable", "light"))
                assert 0 <= e["mean"] <= 100 and 0 <= e["share_unfavourable"] <= 100
                assert e["light"] in ("green", "yellow", "red")
        true_n = {g: results.get(scale.id, g).n for g in entries}  # what the attacker wants to learn
        total = entries[None]
        if not total["withheld"]:
            # What total minus the shown groups reveals: the answers of every group not
            # shown (the groups withheld and any answers from outside the round's groups).
            shown_n = sum(e["n"] for g, e in entries.items() if g is not None and not e["withheld"])
            rest = total["n"] - shown_n
            hidden = [g for g, e in entries.items() if g is not None and e["withheld"] and true_n[g]]
            outside = total["n"] - sum(true_n[g] for g in entries if g is not None)
            # The rest is nothing, or at least the threshold's number of answers; and never
            # the answers of one withheld group alone (that would be its figure).
            assert rest == 0 or rest >= threshold
            assert not (len(hidden) == 1 and outside == 0)
        # The distributions of the scale's items are withheld exactly as the scale is,
        # and a shown one counts the scale's n respondents.
        for group_id, e in entries.items():
            for item in scale.items:
                dist = results.distribution(item.id, group_id)
                assert dist.shown == (not e["withheld"])
                if dist.shown:
                    assert dist.total == e["n"]
                else:
                    assert dist.counts is None and dist.dont_know is None and dist.blank is None


@settings(max_examples=150, deadline=None)
@given(_rounds())
def test_the_json_figures_are_the_computed_results(round_data):
    apv_round, groups, responses = round_data
    results = compute_results(
        BANK, groups, responses, apv_round.anonymity_threshold, apv_round.green_from, apv_round.red_below
    )
    document = results_document(apv_round, BANK, groups, results)
    for e in document["results"]:
        result = results.get(e["scale"], e["group"])
        assert (e["n"], e["mean"], e["sd"], e["withheld"]) == (
            result.n if result.shown else None,
            result.mean,
            result.sd,
            not result.shown,
        )
        assert e["share_unfavourable"] == result.share_unfavourable
        assert e["change"] is None
