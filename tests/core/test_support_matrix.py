"""The support matrix against a hand computation on a tiny bank."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.bank import parse_bank
from apvdesk.core.model import Group, Response
from apvdesk.core.results import Withheld, compute_results
from apvdesk.core.support_matrix import support_matrices, support_matrix

DAY = dt.date(2026, 9, 1)


def _item(item_id: str, source: str, kind: str) -> dict:
    return {"id": item_id, "options": "freq", "text": {"en": item_id}, "source": source, "kind": kind}


BANK = parse_bank(
    {
        "bank": {"id": "tiny", "version": "1", "languages": ["en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {"en": ["a", "b", "c", "d", "e"]},
                "dont_know": {"en": "?"},
            }
        },
        "themes": [
            {
                "id": "social_support",
                "name": {"en": "Support"},
                "scales": [
                    {
                        "id": "support_colleagues",
                        "name": {"en": "Colleagues"},
                        "high_is_good": True,
                        "items": [
                            _item("c1", "colleagues", "practical"),
                            _item("c2", "colleagues", "emotional"),
                            _item("c3", "colleagues", "professional"),
                            _item("c4", "colleagues", "professional"),
                        ],
                    },
                    {
                        "id": "support_manager",
                        "name": {"en": "Manager"},
                        "high_is_good": True,
                        "items": [_item("m1", "manager", "practical"), _item("m2", "manager", "emotional")],
                    },
                ],
            }
        ],
    },
    "tiny",
)

# option index -> points: 0 -> 100, 1 -> 75, 2 -> 50, 3 -> 25, 4 -> 0; None = don't know
GROUP_ONE = [
    {"c1": 0, "c2": 1, "c3": 0, "c4": 2, "m1": 1, "m2": 0},
    {"c1": 2, "c2": 1, "c3": 1, "m1": 0, "m2": 1},  # c4 blank: professional = 75 (half answered)
    {"c1": 1, "c2": 0, "m1": 2, "m2": 2},  # professional: none of two answered -> missing
    {"c1": None, "c2": 3, "c3": 4, "c4": 4, "m1": 1, "m2": None},
]


def _responses(group_id: int, answers: list[dict]) -> list[Response]:
    return [Response(group_id, "en", DAY, dict(a)) for a in answers]


def test_cells_are_drawn_from_the_item_answers():
    # Each cell: the mean of its items' means over the options chosen (not "don't know",
    # not blank); n: the people the answers count (everyone with a score on the scale).
    responses = _responses(1, GROUP_ONE)
    results = compute_results(BANK, [Group("A", id=1)], responses, threshold=3)
    matrix = support_matrix(BANK, results)
    c3, c4 = (100 + 75 + 0) / 3, (50 + 0) / 2
    expected = {
        ("colleagues", "practical"): (4, (100 + 50 + 75) / 3),  # c1: one "don't know"
        ("colleagues", "emotional"): (4, (75 + 75 + 100 + 25) / 4),
        ("colleagues", "professional"): (4, (c3 + c4) / 2),
        ("manager", "practical"): (4, (75 + 100 + 50 + 75) / 4),
        ("manager", "emotional"): (4, (100 + 75 + 50) / 3),  # m2: one "don't know"
    }
    assert matrix.shown
    for key, (n, mean) in expected.items():
        cell = matrix.cell(*key)
        assert (cell.n, cell.mean) == (n, pytest.approx(mean)), key
    empty = matrix.cell("manager", "professional")
    assert not empty.has_items and empty.mean is None and empty.n == 0
    assert matrix.cell("colleagues", "professional").item_ids == ("c3", "c4")
    group = support_matrix(BANK, results, group_id=1)
    assert group.cells == matrix.cells


def test_withheld_answers_withhold_the_matrix_for_the_same_reason():
    responses = _responses(1, GROUP_ONE) + _responses(2, GROUP_ONE[:2])
    groups = [Group("A", id=1), Group("B", id=2)]
    results = compute_results(BANK, groups, responses, threshold=3)
    matrices = support_matrices(BANK, results)
    assert matrices[2].withheld is Withheld.BELOW_THRESHOLD
    assert matrices[1].withheld is Withheld.PROTECTS_OTHER_GROUP
    assert all(cell.mean is None and cell.n is None for cell in matrices[1].cells.values())
    assert matrices[None].shown
    assert matrices[None].cell("manager", "practical").n == 6


EVERYTHING = {"c1": 1, "c2": 0, "c3": 2, "c4": 1, "m1": 0, "m2": 1}


def test_a_group_taken_out_of_the_round_is_protected_through_the_answers():
    # Group 2 answered, then was taken out of the round: two people, fewer than the
    # threshold. The whole workplace minus group 1 would be their answers: group 1's
    # answers are withheld, and so is its matrix.
    without_c1 = {"c2": 0, "c3": 1, "c4": 2, "m1": 3, "m2": 4}
    responses = _responses(1, [EVERYTHING] * 6) + _responses(2, [{**without_c1, "c1": 4}, without_c1])
    results = compute_results(BANK, [Group("A", id=1)], responses, threshold=3)
    matrices = support_matrices(BANK, results)
    assert set(matrices) == {None, 1}  # no matrix of a group outside the round
    assert matrices[None].shown and matrices[None].cell("colleagues", "practical").n == 8
    assert matrices[1].withheld is Withheld.PROTECTS_OTHER_GROUP


def test_a_withheld_matrix_shows_no_n():
    # One person who answered "don't know" on the manager's practical support: n = 0 there
    # and 1 elsewhere would be their answer.
    one = {"c1": 0, "c2": 0, "c3": 0, "c4": 0, "m1": None, "m2": 0}
    responses = _responses(1, [EVERYTHING] * 8) + _responses(2, [one]) + _responses(3, [EVERYTHING] * 9)
    groups = [Group("A", id=1), Group("B", id=2), Group("C", id=3)]
    results = compute_results(BANK, groups, responses, threshold=3)
    matrices = support_matrices(BANK, results)
    assert matrices[2].withheld is Withheld.BELOW_THRESHOLD
    for group_id in (1, 2):
        assert not matrices[group_id].shown
        assert all(cell.n is None and cell.mean is None for cell in matrices[group_id].cells.values())
    shown = matrices[None]
    assert shown.shown and shown.cell("manager", "practical").n == 18
    assert shown.cell("manager", "professional").n == 0  # no items: nothing to withhold


def test_a_hidden_group_that_left_a_support_scale_blank_adds_nothing_to_see():
    # Group 1's six people left the colleagues' support blank, and answered the manager's.
    # Their matrix is withheld (no colleague answers to draw it from). Group 2's is shown:
    # the whole workplace's minus group 2's gives group 1's manager cells, which its shown
    # answers to the manager's questions give anyway.
    manager_only = {"m1": 1, "m2": 2}
    responses = _responses(1, [manager_only] * 6) + _responses(2, [EVERYTHING] * 10)
    groups = [Group("A", id=1), Group("B", id=2)]
    results = compute_results(BANK, groups, responses, threshold=5)
    assert results.respondents[1] == 6
    assert results.get("support_colleagues", 1).withheld is Withheld.BELOW_THRESHOLD  # not "no answers"
    assert results.distribution("m1", 1).shown
    matrices = support_matrices(BANK, results)
    assert matrices[1].withheld is Withheld.BELOW_THRESHOLD
    assert matrices[None].shown and matrices[2].shown
    workplace, second = matrices[None].cell("manager", "practical"), matrices[2].cell("manager", "practical")
    assert (workplace.n, second.n) == (16, 10)
    # what subtracting gives is group 1's answer to m1, as its own shown answers say
    group_one = results.distribution("m1", 1)
    assert group_one.counts == (0, 6, 0, 0, 0)
    assert workplace.mean == pytest.approx((6 * 75 + 10 * 100) / 16)
