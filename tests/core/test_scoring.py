"""Scoring rules of apvdesk.core.scoring, checked against numbers worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Response
from apvdesk.core.scoring import Summary, item_points, scale_score, scale_scores, summarise

# Option index -> points for the five-option set: 0 -> 100, 1 -> 75, 2 -> 50, 3 -> 25, 4 -> 0.
# A reverse-scored item is flipped: 0 -> 0, 1 -> 25, 2 -> 50, 3 -> 75, 4 -> 100.


def _item(item_id: str, reverse: bool = False) -> dict:
    item = {"id": item_id, "options": "freq", "text": {"da": f"{item_id} (da)", "en": f"{item_id} (en)"}}
    if reverse:
        item["reverse"] = True
    return item


def _scale(scale_id: str, *items: dict) -> dict:
    return {
        "id": scale_id,
        "name": {"da": scale_id, "en": scale_id},
        "high_is_good": True,
        "items": list(items),
    }


BANK_DATA = {
    "bank": {"id": "test", "version": "1", "languages": ["da", "en"]},
    "option_sets": {
        "freq": {
            "points": [100, 75, 50, 25, 0],
            "labels": {
                "da": ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig"],
                "en": ["Always", "Often", "Sometimes", "Rarely", "Never"],
            },
            "dont_know": {"da": "Ved ikke", "en": "Don't know"},
        }
    },
    "themes": [
        {
            "id": "support",
            "name": {"da": "Støtte", "en": "Support"},
            "scales": [
                # three items, the last one reverse-scored
                _scale("help", _item("h1"), _item("h2"), _item("h3", reverse=True)),
                # two items
                _scale("listen", _item("l1"), _item("l2")),
                # four items
                _scale("community", _item("c1"), _item("c2"), _item("c3"), _item("c4")),
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return parse_bank(BANK_DATA, "test")


def _items(bank: QuestionBank) -> dict:
    return {item.id: item for item in bank.items}


def _assert_score(score: float | None, expected: float | None) -> None:
    if expected is None:
        assert score is None
    else:
        assert score == pytest.approx(expected)


@pytest.mark.parametrize(
    ("item_id", "option", "points"),
    [
        ("h1", 0, 100.0),  # most favourable printed option
        ("h1", 1, 75.0),
        ("h1", 2, 50.0),
        ("h1", 3, 25.0),
        ("h1", 4, 0.0),  # least favourable
        ("h3", 0, 0.0),  # reverse: 100 - 100
        ("h3", 1, 25.0),  # reverse: 100 - 75
        ("h3", 2, 50.0),  # the middle stays the middle
        ("h3", 4, 100.0),  # reverse: 100 - 0
    ],
)
def test_item_points_follow_the_option_set_and_reversal(bank, item_id, option, points):
    assert item_points(bank, _items(bank)[item_id], option) == points


@pytest.mark.parametrize("option", [None, 5, -1, 99])
def test_dont_know_and_impossible_options_are_missing(bank, option):
    assert item_points(bank, _items(bank)["h1"], option) is None
    assert item_points(bank, _items(bank)["h3"], option) is None


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # h1=0 -> 100, h2=3 -> 25, h3 (reverse)=1 -> 25: (100 + 25 + 25) / 3 = 50
        ({"h1": 0, "h2": 3, "h3": 1}, 50.0),
        # h1=0 -> 100, h2=0 -> 100, h3 (reverse)=0 -> 0: 200 / 3
        ({"h1": 0, "h2": 0, "h3": 0}, 200 / 3),
        # two of three answered (h2 blank): h1=0 -> 100, h3 (reverse)=0 -> 0: mean 50
        ({"h1": 0, "h3": 0}, 50.0),
        # two of three answered (h2 "don't know"): h1=1 -> 75, h3 (reverse)=2 -> 50: 62.5
        ({"h1": 1, "h2": None, "h3": 2}, 62.5),
        # one of three answered: fewer than half -> missing
        ({"h1": 0}, None),
        ({"h1": 0, "h2": None, "h3": None}, None),
        ({"h3": 4, "h2": 9}, None),  # 9 is not an option, so only h3 counts
        # nothing answered
        ({}, None),
        ({"h1": None, "h2": None, "h3": None}, None),
    ],
)
def test_three_item_scale_needs_two_answers(bank, answers, expected):
    score = scale_score(bank, bank.scale("help"), answers)
    _assert_score(score, expected)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"l1": 1, "l2": 3}, 50.0),  # (75 + 25) / 2
        ({"l1": 1}, 75.0),  # one of two is half: enough
        ({"l1": None, "l2": 3}, 25.0),  # "don't know" is missing, the other counts
        ({"l1": None}, None),
        ({}, None),
    ],
)
def test_two_item_scale_needs_one_answer(bank, answers, expected):
    assert scale_score(bank, bank.scale("listen"), answers) == expected


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"c1": 0, "c4": 2}, 75.0),  # two of four is half: (100 + 50) / 2
        ({"c1": 0, "c2": 4, "c3": 4}, 100 / 3),  # (100 + 0 + 0) / 3
        ({"c1": 0, "c2": None, "c3": None, "c4": None}, None),  # one of four: missing
        ({"c2": 1}, None),
    ],
)
def test_four_item_scale_needs_two_answers(bank, answers, expected):
    score = scale_score(bank, bank.scale("community"), answers)
    _assert_score(score, expected)


def test_blank_and_dont_know_count_the_same(bank):
    blank = scale_score(bank, bank.scale("help"), {"h1": 1, "h3": 3})
    dont_know = scale_score(bank, bank.scale("help"), {"h1": 1, "h2": None, "h3": 3})
    # 75 and (reverse) 75: mean 75 either way
    assert blank == dont_know == 75.0


def test_answers_to_other_scales_do_not_count(bank):
    assert scale_score(bank, bank.scale("listen"), {"h1": 0, "h2": 0, "c1": 0}) is None


def test_summarise_gives_n_mean_and_sample_sd():
    # mean (100 + 50 + 75) / 3 = 75; deviations 25, -25, 0; squares sum to 1250;
    # sample variance 1250 / (3 - 1) = 625; SD 25 (the population SD would be 20.41).
    assert summarise([100.0, 50.0, 75.0]) == Summary(3, 75.0, 25.0)


def test_summarise_two_scores():
    # mean 50; deviations +-50; squares 5000 / (2 - 1) = 5000; SD = sqrt(5000) = 70.71
    result = summarise([100.0, 0.0])
    assert result.n == 2
    assert result.mean == 50.0
    assert result.sd == pytest.approx(70.7106781)


def test_summarise_single_and_empty():
    assert summarise([60.0]) == Summary(1, 60.0, 0.0)
    assert summarise([]) == Summary(0, None, None)


def test_scale_scores_by_group_skip_missing_scores(bank):
    day = dt.date(2026, 9, 1)
    responses = [
        Response(1, "da", day, {"l1": 0, "l2": 0}),  # 100
        Response(1, "pl", day, {"l1": 4}),  # 0
        Response(2, "en", day, {"l1": 2, "l2": None}),  # 50
        Response(2, "da", day, {"l1": None, "l2": None}),  # missing: not counted anywhere
        Response(3, "da", day, {"h1": 0}),  # nothing on this scale
    ]
    by_group = scale_scores(bank, bank.scale("listen"), responses)
    assert by_group == {None: [100.0, 0.0, 50.0], 1: [100.0, 0.0], 2: [50.0]}


def test_the_worked_example_in_docs_scoring():
    shipped = shipped_bank()
    scale = shipped.scale("support_fit")
    assert [item.reverse for item in scale.items] == [False, False, True, False]
    # Often 75, Sometimes 50, Rarely on the reverse item 100 - 25 = 75, "does not apply to me"
    # (stored as "don't know") missing
    assert scale.items[3].not_applicable
    answers = {"sf_timing": 1, "sf_form": 2, "sf_unneeded": 3, "sf_after_episode": None}
    assert scale_score(shipped, scale, answers) == pytest.approx(200 / 3)
    assert scale_score(shipped, scale, {"sf_timing": 1}) is None
