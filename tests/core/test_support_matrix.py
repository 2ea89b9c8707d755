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


def test_cells_match_a_hand_computation():
    responses = _responses(1, GROUP_ONE)
    results = compute_results(BANK, [Group("A", id=1)], responses, threshold=3)
    matrix = support_matrix(BANK, results, responses)
    expected = {
        ("colleagues", "practical"): (3, (100 + 50 + 75) / 3),
        ("colleagues", "emotional"): (4, (75 + 75 + 100 + 25) / 4),
        ("colleagues", "professional"): (3, (75 + 75 + 0) / 3),
        ("manager", "practical"): (4, (75 + 100 + 50 + 75) / 4),
        ("manager", "emotional"): (3, (100 + 75 + 50) / 3),
    }
    assert matrix.shown
    for key, (n, mean) in expected.items():
        cell = matrix.cell(*key)
        assert (cell.n, cell.mean) == (n, pytest.approx(mean)), key
    empty = matrix.cell("manager", "professional")
    assert not empty.has_items and empty.mean is None and empty.n == 0
    assert matrix.cell("colleagues", "professional").item_ids == ("c3", "c4")
    group = support_matrix(BANK, results, responses, group_id=1)
    assert group.cells == matrix.cells


def test_withheld_support_scales_withhold_the_matrix_and_protect_the_other_group():
    responses = _responses(1, GROUP_ONE) + _responses(2, GROUP_ONE[:2])
    groups = [Group("A", id=1), Group("B", id=2)]
    results = compute_results(BANK, groups, responses, threshold=3)
    matrices = support_matrices(BANK, results, responses)
    assert matrices[2].withheld is Withheld.BELOW_THRESHOLD
    assert matrices[1].withheld is Withheld.PROTECTS_OTHER_GROUP
    assert all(cell.mean is None for cell in matrices[1].cells.values())
    assert matrices[None].shown
    assert matrices[None].cell("manager", "practical").n == 6


def test_a_cell_below_the_threshold_withholds_the_matrix():
    answers = [dict(a) for a in GROUP_ONE[:3]]
    del answers[2]["m1"]  # manager/practical now has 2 answers; the manager scale still 3
    responses = _responses(1, answers)
    results = compute_results(BANK, [Group("A", id=1)], responses, threshold=3)
    assert results.get("support_manager", 1).shown
    matrices = support_matrices(BANK, results, responses)
    assert matrices[1].withheld is Withheld.BELOW_THRESHOLD
    assert matrices[None].withheld is Withheld.BELOW_THRESHOLD
