"""The counted results are bit for bit those of a straightforward computation.

``compute_results`` codes the answers as strings, counts each distinct pattern once and
sums with counts (:mod:`apvdesk.core.results`). The reference here scores every
respondent with :func:`~apvdesk.core.scoring.scale_score`, summarises the list of scores
in the respondents' order and counts every answer one by one. The two are compared with
``repr``, so every float must be the same to the last bit, and every dict in the same order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Group, Response
from apvdesk.core.results import (
    Distribution,
    Light,
    RoundResults,
    ScaleResult,
    Withheld,
    compute_results,
    is_unfavourable,
    light_for,
    results_from_sheets,
    suppress,
)
from apvdesk.core.scoring import (
    AnswerSheets,
    PatternReader,
    answer_code,
    item_points,
    scale_score,
    summarise,
    summarise_counted,
)

DAY = dt.date(2026, 9, 1)
ORPHAN = 99  # a group that answered but is not among the round's groups


def _item(item_id: str, options: str = "freq", reverse: bool = False) -> dict:
    return {"id": item_id, "options": options, "reverse": reverse, "text": {"da": item_id, "en": item_id}}


def _scale(scale_id: str, high_is_good: bool, items: list[dict], **extra) -> dict:
    return {
        "id": scale_id,
        "name": {"da": scale_id, "en": scale_id},
        "high_is_good": high_is_good,
        "items": items,
        **extra,
    }


def _labels(count: int) -> dict:
    return {"da": [str(i) for i in range(count)], "en": [str(i) for i in range(count)]}


# Scales of two to five items, reverse-scored items, option sets of 3, 5 and 11 options, and
# exposure scales (their light set by anyone reporting exposure), high good and high bad.
MIXED_BANK = parse_bank(
    {
        "bank": {"id": "mixed", "version": "1", "languages": ["da", "en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": _labels(5),
                "dont_know": {"da": "?", "en": "?"},
            },
            "agree": {"points": [0, 50, 100], "labels": _labels(3), "dont_know": {"da": "?", "en": "?"}},
            "eleven": {
                "points": [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
                "labels": _labels(11),
                "dont_know": {"da": "?", "en": "?"},
            },
        },
        "themes": [
            {
                "id": "t1",
                "name": {"da": "T1", "en": "T1"},
                "scales": [
                    _scale("one", True, [_item("o1"), _item("o2", "eleven", reverse=True)]),
                    _scale("two", True, [_item("t1", "agree"), _item("t2", reverse=True)]),
                    _scale("three", False, [_item("d1"), _item("d2", reverse=True), _item("d3", "eleven")]),
                ],
            },
            {
                "id": "t2",
                "name": {"da": "T2", "en": "T2"},
                "scales": [
                    _scale("four", True, [_item(f"f{i}", "agree" if i == 2 else "freq") for i in range(4)]),
                    _scale("five", False, [_item(f"v{i}", reverse=i % 2 == 1) for i in range(5)]),
                    _scale("six", False, [_item("x1"), _item("x2", "agree")], light_rule="any_exposure"),
                    _scale("seven", True, [_item("y1"), _item("y2", "eleven")], light_rule="any_exposure"),
                ],
            },
        ],
    },
    "mixed",
)


def reference_results(
    bank: QuestionBank,
    groups: Sequence[Group],
    responses: Sequence[Response],
    threshold: int,
    green_from: float,
    red_below: float,
) -> RoundResults:
    """Return the round's results the plain way: one respondent and one answer at a time."""
    group_ids = tuple(g.id for g in groups if g.id is not None)
    respondents: dict[int | None, int] = {g: 0 for g in group_ids}
    respondents[None] = len(responses)
    for response in responses:
        respondents[response.group_id] = respondents.get(response.group_id, 0) + 1
    all_groups: tuple[int | None, ...] = (None, *group_ids)
    all_groups += tuple(sorted(g for g in respondents if g not in all_groups and g is not None))
    results: dict[tuple[str, int | None], ScaleResult] = {}
    distributions: dict[tuple[str, int | None], Distribution] = {}
    for scale in bank.scales:
        scored: dict[int | None, list[tuple[Response, float]]] = {g: [] for g in all_groups}
        for response in responses:
            score = scale_score(bank, scale, response.answers)
            if score is not None:
                scored[None].append((response, score))
                scored[response.group_id].append((response, score))
        summaries = {g: summarise([score for _, score in scored[g]]) for g in all_groups}
        for group_id, result in suppress(summaries, scale.id, threshold).items():
            if result.withheld is Withheld.NO_ANSWERS and respondents.get(group_id, 0):
                result = dataclasses.replace(result, withheld=Withheld.BELOW_THRESHOLD)  # people answered
            if result.shown:
                assert result.mean is not None
                scores = [score for _, score in scored[group_id]]
                bad = sum(1 for score in scores if is_unfavourable(score, scale.high_is_good, red_below))
                light = light_for(result.mean, scale.high_is_good, green_from, red_below)
                if scale.light_rule == "any_exposure":
                    # item by item: anyone with an answered item short of the best reports exposure
                    best = 100.0 if scale.high_is_good else 0.0
                    bad = 0
                    for response, _ in scored[group_id]:
                        points = [
                            item_points(bank, item, response.answers.get(item.id)) for item in scale.items
                        ]
                        bad += any(p is not None and p != best for p in points)
                    if bad and (light is Light.RED or 10 * bad >= result.n):
                        light = Light.RED
                    elif bad:
                        light = Light.YELLOW
                result = dataclasses.replace(result, share_unfavourable=100.0 * bad / result.n, light=light)
            results[(scale.id, group_id)] = result
            for item in scale.items:
                if not result.shown:
                    distributions[(item.id, group_id)] = Distribution(
                        item.id, group_id, None, None, None, result.withheld
                    )
                    continue
                options = len(bank.option_set(item).points)
                given_answers = [r.answers for r, _ in scored[group_id]]
                counts = tuple(
                    sum(1 for a in given_answers if item.id in a and a[item.id] == option)
                    for option in range(options)
                )
                dont_know = sum(1 for a in given_answers if item.id in a and a[item.id] is None)
                blank = len(given_answers) - sum(counts) - dont_know
                distributions[(item.id, group_id)] = Distribution(item.id, group_id, counts, dont_know, blank)
    return RoundResults(threshold, group_ids, respondents, results, distributions, green_from, red_below)


def random_round(
    rng: random.Random, bank: QuestionBank, respondents: int
) -> tuple[list[Group], list[Response], int, float, float]:
    """Return groups, responses and thresholds of a random round.

    Answers: blanks, "don't know", every option, options outside the item's option set,
    answers to an item the bank does not have; some respondents answer nothing, some
    belong to a group outside the round, and the groups differ in size (some empty).
    """
    groups = [Group(f"G{i}", 10, id=i) for i in range(1, rng.randint(1, 5) + 1)]
    weights = [rng.random() ** 2 for _ in groups] + [0.05]
    members = [g.id for g in groups] + [ORPHAN]
    blank_rate, dont_know_rate, odd_rate = rng.random() * 0.4, rng.random() * 0.2, rng.random() * 0.05
    responses = []
    for _ in range(respondents):
        group_id = rng.choices(members, weights)[0]
        answers: dict[str, int | None] = {}
        if rng.random() > 0.03:
            for item in bank.items:
                roll = rng.random()
                if roll < blank_rate:
                    continue
                if roll < blank_rate + dont_know_rate:
                    answers[item.id] = None
                elif roll < blank_rate + dont_know_rate + odd_rate:
                    answers[item.id] = rng.choice([-1, 5, 7, 11, 64, 10**6])
                else:
                    answers[item.id] = rng.randrange(len(bank.option_set(item).points))
            if rng.random() < 0.1:
                answers["not_in_bank"] = rng.randrange(5)
        responses.append(Response(group_id, "da", DAY, answers))  # type: ignore[arg-type]
    red_below = rng.choice([25.0, 40.0, 50.0, rng.uniform(10, 60)])
    green_from = rng.choice([75.0, max(red_below, rng.uniform(50, 90))])
    return groups, responses, rng.randint(3, 8), green_from, red_below


@pytest.mark.parametrize("seed", range(40))
def test_results_are_those_of_the_reference(seed):
    rng = random.Random(seed)
    bank = MIXED_BANK if seed % 4 else shipped_bank()
    groups, responses, threshold, green_from, red_below = random_round(rng, bank, rng.choice([0, 3, 30, 400]))

    counted = compute_results(bank, groups, responses, threshold, green_from, red_below)

    assert repr(counted) == repr(reference_results(bank, groups, responses, threshold, green_from, red_below))


@pytest.mark.parametrize("seed", range(6))
def test_any_order_of_the_columns_gives_the_same_results(seed):
    rng = random.Random(1000 + seed)
    groups, responses, threshold, green_from, red_below = random_round(rng, MIXED_BANK, 200)
    columns = [item.id for item in MIXED_BANK.items] + ["not_in_bank"]
    rng.shuffle(columns)  # a scale's items are no longer next to each other, nor in order

    sheets = AnswerSheets.from_responses(columns, responses)
    shuffled = results_from_sheets(MIXED_BANK, groups, sheets, threshold, green_from, red_below)

    assert repr(shuffled) == repr(
        compute_results(MIXED_BANK, groups, responses, threshold, green_from, red_below)
    )


@pytest.mark.parametrize("seed", range(20))
def test_a_read_pattern_scores_as_scale_score(seed):
    rng = random.Random(seed)
    for scale in MIXED_BANK.scales:
        reader = PatternReader(MIXED_BANK, scale)
        for _ in range(50):
            answers: dict[str, int | None] = {}
            for item in scale.items:
                choice = rng.choice(
                    ["blank", None, -1, 3, 12, *range(len(MIXED_BANK.option_set(item).points))]
                )
                if choice != "blank":
                    answers[item.id] = choice  # type: ignore[assignment]
            pattern = "".join(answer_code(answers[i.id]) if i.id in answers else " " for i in scale.items)
            expected = scale_score(MIXED_BANK, scale, answers)
            assert repr(reader(pattern).score) == repr(expected)


_scores = st.lists(st.sampled_from([0.0, 12.5, 25.0, 100 / 3, 50.0, 62.5, 200 / 3, 75.0, 87.5, 100.0]))


@settings(max_examples=200, deadline=None)
@given(st.one_of(_scores, st.lists(st.floats(0, 100))), st.randoms(use_true_random=False))
def test_summarise_counted_is_summarise_bit_for_bit_in_any_order(scores, rng):
    counted: dict[float, int] = {}
    shuffled = list(scores)
    rng.shuffle(shuffled)
    for score in shuffled:
        counted[score] = counted.get(score, 0) + 1

    assert repr(summarise_counted(counted)) == repr(summarise(scores))
