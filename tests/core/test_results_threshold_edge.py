"""The anonymity threshold's edge: exactly the threshold is shown, one below is not."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.bank import parse_bank
from apvdesk.core.model import Group, Response
from apvdesk.core.results import Withheld, compute_results


def _item(item_id: str) -> dict:
    return {"id": item_id, "options": "freq", "text": {"en": item_id}}


BANK = parse_bank(
    {
        "bank": {"id": "edge", "version": "1", "languages": ["en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {"en": ["a", "b", "c", "d", "e"]},
                "dont_know": {"en": "?"},
            }
        },
        "themes": [
            {
                "id": "t",
                "name": {"en": "T"},
                "scales": [
                    {"id": "s", "name": {"en": "S"}, "high_is_good": True, "items": [_item("a"), _item("b")]}
                ],
            }
        ],
    },
    "edge",
)
DAY = dt.date(2026, 9, 1)
BIG = 12  # a second group large enough never to need protection itself


def _people(group_id: int, count: int, answers: dict | None = None) -> list[Response]:
    answers = {"a": 1, "b": 2} if answers is None else answers
    return [Response(group_id, "en", DAY, dict(answers)) for _ in range(count)]


@pytest.mark.parametrize("threshold", [3, 4, 5, 6])
def test_a_group_of_exactly_the_threshold_is_shown(threshold: int):
    groups = [Group("Small", id=1), Group("Big", id=2)]
    results = compute_results(BANK, groups, _people(1, threshold) + _people(2, BIG), threshold)
    small = results.get("s", 1)
    assert small.shown and small.n == threshold and small.mean == pytest.approx(62.5)
    assert results.distribution("a", 1).shown
    assert results.get("s", 2).shown and results.get("s", None).shown


@pytest.mark.parametrize("threshold", [3, 4, 5, 6])
def test_a_group_one_below_the_threshold_is_withheld(threshold: int):
    groups = [Group("Small", id=1), Group("Big", id=2)]
    results = compute_results(BANK, groups, _people(1, threshold - 1) + _people(2, BIG), threshold)
    small = results.get("s", 1)
    assert small.withheld is Withheld.BELOW_THRESHOLD and small.mean is None and small.sd is None
    assert not results.distribution("a", 1).shown


@pytest.mark.parametrize("threshold", [3, 5])
def test_the_threshold_counts_people_with_a_score_not_answer_sheets(threshold: int):
    # threshold sheets, but one of them answered nothing on the scale: one below
    groups = [Group("Small", id=1), Group("Big", id=2)]
    responses = _people(1, threshold - 1) + _people(1, 1, {}) + _people(2, BIG)
    results = compute_results(BANK, groups, responses, threshold)
    assert results.respondents[1] == threshold
    assert results.get("s", 1).withheld is Withheld.BELOW_THRESHOLD


@pytest.mark.parametrize("threshold", [3, 5])
def test_the_whole_workplace_of_exactly_the_threshold_is_shown_and_one_below_is_not(threshold: int):
    groups = [Group("Only", id=1)]
    shown = compute_results(BANK, groups, _people(1, threshold), threshold)
    assert shown.get("s", None).shown and shown.get("s", None).mean == pytest.approx(62.5)
    below = compute_results(BANK, groups, _people(1, threshold - 1), threshold)
    assert below.get("s", None).withheld is Withheld.BELOW_THRESHOLD
    assert below.get("s", None).mean is None
