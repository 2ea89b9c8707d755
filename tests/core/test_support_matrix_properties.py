"""Property tests: the support matrices tell nothing the shown answers to their items do not.

Random rounds on a small bank with the two support scales: 1-5 groups of 0-8
respondents, sometimes answers from a group no longer in the round, thresholds 3-6,
random answers with blanks, "don't know" and whole scales left blank.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.core.bank import SUPPORT_KINDS, SUPPORT_SOURCES, parse_bank
from apvdesk.core.model import Group, Response
from apvdesk.core.results import compute_results
from apvdesk.core.support_matrix import support_matrices

DAY = dt.date(2026, 9, 1)
ORPHAN = 99  # a group that answered but is no longer among the round's groups
POINTS = [100, 75, 50, 25, 0]


def _item(item_id: str, source: str, kind: str) -> dict:
    return {"id": item_id, "options": "freq", "text": {"en": item_id}, "source": source, "kind": kind}


BANK = parse_bank(
    {
        "bank": {"id": "matrix-properties", "version": "1", "languages": ["en"]},
        "option_sets": {
            "freq": {"points": POINTS, "labels": {"en": ["a", "b", "c", "d", "e"]}, "dont_know": {"en": "?"}}
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
    "matrix-properties",
)
SCALES = {scale.id: [item.id for item in scale.items] for scale in BANK.scales}
CELLS = {
    (source, kind): [i.id for i in BANK.items if (i.source, i.kind) == (source, kind)]
    for source in SUPPORT_SOURCES
    for kind in SUPPORT_KINDS
}

_answer = st.one_of(st.none(), st.integers(0, len(POINTS) - 1), st.just("blank"))


@st.composite
def _rounds(draw):
    sizes = draw(st.lists(st.integers(0, 8), min_size=1, max_size=5))
    orphans = draw(st.integers(0, 3))
    threshold = draw(st.integers(3, 6))
    members = [g for g, size in enumerate(sizes, start=1) for _ in range(size)] + [ORPHAN] * orphans
    responses = []
    for group_id in members:
        answers = {}
        for scale_items in SCALES.values():
            if draw(st.integers(0, 5)) == 0:
                continue  # the whole scale left blank
            for item_id in scale_items:
                answer = draw(_answer)
                if answer != "blank":
                    answers[item_id] = answer
        responses.append(Response(group_id, "en", DAY, answers))
    groups = [Group(f"Gruppe {i}", headcount=size, id=i) for i, size in enumerate(sizes, start=1)]
    return groups, responses, threshold


def _item_mean(results, item_id: str, group_id):
    counts = results.distribution(item_id, group_id).counts
    answered = sum(counts)
    return sum(p * c for p, c in zip(POINTS, counts, strict=True)) / answered if answered else None


@settings(max_examples=300, deadline=None)
@given(_rounds())
def test_the_matrices_say_nothing_the_item_answers_do_not(round_data):
    """Every shown matrix is worked out from shown item answers alone; withheld ones show nothing.

    So the attacker who has the item answers gains nothing from the matrices: whatever
    holds for the answers (tests/core/test_results_properties.py, and the release audit
    across time) holds for them.
    """
    groups, responses, threshold = round_data
    results = compute_results(BANK, groups, responses, threshold)
    matrices = support_matrices(BANK, results)
    assert set(matrices) == {None, *(g.id for g in groups)}
    for group_id, matrix in matrices.items():
        items = [i for ids in CELLS.values() for i in ids]
        answers = [results.distribution(i, group_id) for i in items]
        assert matrix.shown == all(a.shown for a in answers)
        for key, cell in matrix.cells.items():
            if not matrix.shown:
                assert cell.n is None and cell.mean is None
                continue
            ids = CELLS[key]
            if not ids:
                assert cell.n == 0 and cell.mean is None
                continue
            assert cell.n == max(results.distribution(i, group_id).total for i in ids)
            means = [m for m in (_item_mean(results, i, group_id) for i in ids) if m is not None]
            if means:
                assert abs(cell.mean - sum(means) / len(means)) < 1e-9
            else:
                assert cell.mean is None
