"""Round results: the anonymity threshold and complementary suppression of core.results."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.core.bank import parse_bank
from apvdesk.core.model import Group, Response, Round
from apvdesk.core.results import (
    Light,
    Withheld,
    compare,
    compute_results,
    is_unfavourable,
    suppress,
    versus_workplace,
)
from apvdesk.core.scoring import Summary

DAY = dt.date(2026, 9, 1)
OPTIONS = 5  # option index -> points: 0 -> 100, 1 -> 75, 2 -> 50, 3 -> 25, 4 -> 0


def _item(item_id: str) -> dict:
    return {"id": item_id, "options": "freq", "text": {"da": item_id, "en": item_id}}


BANK = parse_bank(
    {
        "bank": {"id": "results-test", "version": "1", "languages": ["da", "en"]},
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
                    {
                        "id": "two",
                        "name": {"da": "To", "en": "Two"},
                        "high_is_good": True,
                        "items": [_item("a"), _item("b")],
                    },
                    {
                        "id": "three",
                        "name": {"da": "Tre", "en": "Three"},
                        "high_is_good": True,
                        "items": [_item("x"), _item("y"), _item("z")],
                    },
                ],
            }
        ],
    },
    "results-test",
)
ITEM_IDS = [item.id for item in BANK.items]


def _groups(count: int) -> list[Group]:
    return [Group(name=f"Gruppe {i}", id=i) for i in range(1, count + 1)]


def _respondent(group_id: int, option: int | None) -> Response:
    """A respondent who gives the same option to both items of scale "two"."""
    return Response(group_id, "da", DAY, {"a": option, "b": option})


def _responses(options_by_group: dict[int, list[int | None]]) -> list[Response]:
    return [_respondent(g, option) for g, options in options_by_group.items() for option in options]


def test_one_small_group_is_withheld_and_the_smallest_other_protects_it():
    # threshold 3. Group 1: options 0, 2, 1 -> 100, 50, 75 (n 3, mean 75, SD 25).
    # Group 2: option 3 four times -> 25 each (n 4, mean 25, SD 0).
    # Group 3: option 4 twice -> 0, 0 (n 2 < 3: withheld).
    responses = _responses({1: [0, 2, 1], 2: [3, 3, 3, 3], 3: [4, 4]})
    results = compute_results(BANK, _groups(3), responses, threshold=3)

    small = results.get("two", 3)
    assert (small.n, small.mean, small.sd, small.withheld) == (2, None, None, Withheld.BELOW_THRESHOLD)
    # With group 3 hidden alone, total - group 1 - group 2 would reveal it; the smallest
    # other group (group 1, n 3) is hidden too.
    protector = results.get("two", 1)
    assert (protector.n, protector.mean, protector.sd) == (3, None, None)
    assert protector.withheld is Withheld.PROTECTS_OTHER_GROUP
    shown = results.get("two", 2)
    assert shown.shown and (shown.n, shown.mean, shown.sd) == (4, 25.0, 0.0)
    # The whole workplace counts everyone, hidden groups included: 9 respondents,
    # (100 + 50 + 75 + 4 * 25 + 0 + 0) / 9 = 325 / 9 = 36.11.
    total = results.get("two", None)
    assert total.shown and total.n == 9
    assert total.mean == pytest.approx(325 / 9)
    assert results.respondents == {None: 9, 1: 3, 2: 4, 3: 2}
    assert results.threshold == 3
    assert results.group_ids == (1, 2, 3)


def test_without_the_small_group_nothing_is_suppressed():
    # Same answers for groups 1 and 2 only: both reach 3, nothing hidden; group 1 shows
    # mean 75 and SD 25 (see test_scoring), total (225 + 100) / 7 = 46.43.
    results = compute_results(BANK, _groups(2), _responses({1: [0, 2, 1], 2: [3, 3, 3, 3]}), 3)
    group_1 = results.get("two", 1)
    assert group_1.shown and (group_1.n, group_1.mean, group_1.sd) == (3, 75.0, 25.0)
    assert results.get("two", 2).shown
    assert results.get("two", None).mean == pytest.approx(325 / 7)


def test_a_group_without_answers_does_not_trigger_complementary_suppression():
    results = compute_results(BANK, _groups(3), _responses({1: [0, 0, 0], 2: [4, 4, 4]}), 3)
    empty = results.get("two", 3)
    assert (empty.n, empty.mean, empty.withheld) == (0, None, Withheld.NO_ANSWERS)
    assert results.get("two", 1).shown and results.get("two", 1).mean == 100.0
    assert results.get("two", 2).shown and results.get("two", 2).mean == 0.0
    assert results.get("two", None).mean == 50.0  # (3 * 100 + 3 * 0) / 6
    assert results.respondents[3] == 0


def test_two_hidden_groups_need_no_protection():
    # Groups 2 (n 2) and 3 (n 1) are both hidden; the total minus group 1 gives only
    # their joint mean, not either one.
    results = compute_results(BANK, _groups(3), _responses({1: [0] * 5, 2: [1, 1], 3: [2]}), 3)
    assert results.get("two", 1).shown
    assert results.get("two", 2).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", 3).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", None).shown and results.get("two", None).n == 8


def test_a_hidden_total_needs_no_protection():
    results = compute_results(BANK, _groups(2), _responses({1: [0, 1]}), 3)
    assert results.get("two", None).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", None).n == 2
    assert results.get("two", 1).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", 2).withheld is Withheld.NO_ANSWERS


def test_protector_ties_go_to_the_lower_group_id():
    results = compute_results(BANK, _groups(3), _responses({1: [0] * 4, 2: [1] * 4, 3: [2]}), 3)
    assert results.get("two", 1).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.get("two", 2).shown


def test_n_counts_scores_while_respondents_counts_people():
    # Group 1 has four respondents, one of whom answered "don't know" to both items:
    # four respondents, but n = 3 on the scale.
    responses = _responses({1: [0, 0, 0, None], 2: [1, 1, 1]})
    results = compute_results(BANK, _groups(2), responses, 3)
    assert results.respondents[1] == 4
    assert results.get("two", 1).n == 3
    assert results.get("two", None).n == 6
    # Nobody answered scale "three": withheld, but not as "no answers", since people in
    # these groups answered the questionnaire (that they all skipped it is itself an answer).
    assert all(results.get("three", g).withheld is Withheld.BELOW_THRESHOLD for g in (None, 1, 2))
    assert all(results.get("three", g).n == 0 for g in (None, 1, 2))


def test_the_threshold_applies_exactly_at_its_value():
    at = compute_results(BANK, _groups(1), _responses({1: [0] * 5}), 5)
    below = compute_results(BANK, _groups(1), _responses({1: [0] * 4}), 5)
    assert at.get("two", 1).shown and at.get("two", None).shown
    assert not below.get("two", 1).shown and not below.get("two", None).shown


def test_suppress_works_on_summaries_directly():
    summaries = {None: Summary(10, 50.0, 10.0), 1: Summary(8, 55.0, 9.0), 2: Summary(2, 30.0, 5.0)}
    out = suppress(summaries, "two", 3)
    assert out[2].withheld is Withheld.BELOW_THRESHOLD
    assert out[1].withheld is Withheld.PROTECTS_OTHER_GROUP
    assert out[None].shown and out[None].mean == 50.0


def test_a_round_refuses_a_threshold_below_three():
    with pytest.raises(ValueError, match="minimum of 3"):
        Round("APV", DAY, anonymity_threshold=2)
    assert Round("APV", DAY, anonymity_threshold=3).anonymity_threshold == 3


_answer = st.one_of(st.none(), st.integers(0, OPTIONS - 1), st.just("blank"))


@st.composite
def _rounds(draw):
    sizes = draw(st.lists(st.integers(0, 12), min_size=1, max_size=6))
    threshold = draw(st.integers(3, 6))
    responses = []
    for group_id, size in enumerate(sizes, start=1):
        for _ in range(size):
            picks = draw(st.lists(_answer, min_size=len(ITEM_IDS), max_size=len(ITEM_IDS)))
            answers = {i: a for i, a in zip(ITEM_IDS, picks, strict=True) if a != "blank"}
            responses.append(Response(group_id, "da", DAY, answers))
    return _groups(len(sizes)), responses, threshold


@settings(max_examples=200, deadline=None)
@given(_rounds())
def test_no_hidden_group_can_be_worked_out_from_the_shown_figures(round_data):
    groups, responses, threshold = round_data
    results = compute_results(BANK, groups, responses, threshold)
    for scale in BANK.scales:
        by_group = {g.id: results.get(scale.id, g.id) for g in groups}
        total = results.get(scale.id, None)
        hidden_with_answers = [g for g, r in by_group.items() if not r.shown and r.n > 0]
        # One hidden group and a shown total would give it away by subtraction.
        assert not (len(hidden_with_answers) == 1 and total.shown)
        assert total.n == sum(r.n for r in by_group.values())
        for result in (total, *by_group.values()):
            if result.shown:
                assert result.n >= threshold
                assert result.mean is not None and result.sd is not None
            else:
                assert result.mean is None and result.sd is None
                # "no answers" only where nobody in the group answered anything at all
                assert (result.withheld is Withheld.NO_ANSWERS) == (results.respondents[result.group_id] == 0)


def test_the_worked_example_in_docs_scoring():
    # docs/scoring.md: threshold 5; washing 7 x 70, ironing 6 x 75, shop 5 x 65,
    # drivers 3 x 40, cleaning without answers; total 1385 / 21.
    summaries = {
        None: Summary(21, 1385 / 21, 12.0),
        1: Summary(7, 70.0, 10.0),
        2: Summary(6, 75.0, 10.0),
        3: Summary(5, 65.0, 10.0),
        4: Summary(3, 40.0, 10.0),
        5: Summary(0, None, None),
    }
    out = suppress(summaries, "support_fit", 5)
    assert out[None].shown and out[None].mean == pytest.approx(65.95, abs=0.005)
    assert out[1].shown and out[2].shown
    assert out[3].withheld is Withheld.PROTECTS_OTHER_GROUP and out[3].n == 5
    assert out[4].withheld is Withheld.BELOW_THRESHOLD and out[4].n == 3
    assert out[5].withheld is Withheld.NO_ANSWERS


def test_lights_follow_the_thresholds_and_mirror_for_demands():
    from apvdesk.core.results import Light, light_for

    assert light_for(66.7, True, 66.7, 50) == Light.GREEN
    assert light_for(66.6, True, 66.7, 50) == Light.YELLOW
    assert light_for(50.0, True, 66.7, 50) == Light.YELLOW
    assert light_for(49.9, True, 66.7, 50) == Light.RED
    # demands: green at 33.3 or less, yellow up to 50, red above 50
    assert light_for(33.3, False, 66.7, 50) == Light.GREEN
    assert light_for(33.4, False, 66.7, 50) == Light.YELLOW
    assert light_for(50.0, False, 66.7, 50) == Light.YELLOW
    assert light_for(50.1, False, 66.7, 50) == Light.RED


def test_share_unfavourable_and_light_use_the_round_thresholds():
    # Group 1: options 0, 2, 3 -> 100, 50, 25; mean 58.33. Below 50: only 25 -> 1/3.
    results = compute_results(BANK, _groups(1), _responses({1: [0, 2, 3]}), 3)
    group = results.get("two", 1)
    assert group.share_unfavourable == pytest.approx(100 / 3)
    assert group.light == Light.YELLOW
    # The same answers with red below 55 and green from 58: 50 and 25 are unfavourable,
    # and 58.33 is green.
    strict = compute_results(BANK, _groups(1), _responses({1: [0, 2, 3]}), 3, green_from=58, red_below=55)
    assert strict.get("two", 1).share_unfavourable == pytest.approx(200 / 3)
    assert strict.get("two", 1).light == Light.GREEN
    assert (strict.green_from, strict.red_below) == (58, 55)


def test_a_score_of_exactly_red_below_is_not_unfavourable():
    assert not is_unfavourable(50.0, True, 50.0)
    assert is_unfavourable(49.99, True, 50.0)
    # demands: 100 - score below 50, i.e. a score above 50
    assert not is_unfavourable(50.0, False, 50.0)
    assert is_unfavourable(50.01, False, 50.0)


def test_withheld_results_have_no_share_and_no_light():
    results = compute_results(BANK, _groups(2), _responses({1: [0] * 5, 2: [4, 4]}), 3)
    for group_id in (1, 2):
        hidden = results.get("two", group_id)
        assert not hidden.shown and hidden.share_unfavourable is None and hidden.light is None
    total = results.get("two", None)
    # (5 * 100 + 2 * 0) / 7 = 71.4: green; 2 of 7 scores below 50
    assert total.share_unfavourable == pytest.approx(200 / 7) and total.light == Light.GREEN


def test_distributions_count_the_answers_of_respondents_with_a_score():
    # Scale "three" (x, y, z): group 1 answers x=0, y=0 four times, once x=1, y=dk, z=4,
    # and one respondent answers only z (1 of 3 items: no score, so not counted).
    rows = [{"x": 0, "y": 0}] * 4 + [{"x": 1, "y": None, "z": 4}, {"z": 2}]
    responses = [Response(1, "da", DAY, dict(r)) for r in rows]
    results = compute_results(BANK, _groups(1), responses, 3)
    assert results.get("three", 1).n == 5
    x = results.distribution("x", 1)
    assert x.shown and (x.counts, x.dont_know, x.blank, x.total) == ((4, 1, 0, 0, 0), 0, 0, 5)
    y = results.distribution("y", 1)
    assert (y.counts, y.dont_know, y.blank) == ((4, 0, 0, 0, 0), 1, 0)
    z = results.distribution("z", None)
    assert (z.counts, z.dont_know, z.blank) == ((0, 0, 0, 0, 1), 0, 4)


def test_distributions_are_withheld_exactly_as_their_scale():
    results = compute_results(BANK, _groups(3), _responses({1: [0] * 4, 2: [1] * 6, 3: [2, 2]}), 3)
    for group_id in (None, 1, 2, 3):
        scale = results.get("two", group_id)
        for item_id in ("a", "b"):
            dist = results.distribution(item_id, group_id)
            assert dist.withheld == scale.withheld
            assert (dist.counts is None) == (not scale.shown) == (dist.total is None)
    assert results.distribution("a", 3).withheld is Withheld.BELOW_THRESHOLD
    assert results.distribution("a", 1).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.distribution("a", 2).counts == (0, 6, 0, 0, 0)
    assert results.distribution("x", 2).withheld is Withheld.BELOW_THRESHOLD  # 6 people, none scored


def test_withheld_groups_together_must_reach_the_threshold():
    # Threshold 5: groups 2 and 3 have 1 answer each, so two groups are hidden, but
    # together they hold 2 answers: total minus group 1 would show what two people said.
    # The smallest shown group (group 4, n 5) is withheld too: 7 answers together.
    results = compute_results(BANK, _groups(4), _responses({1: [0] * 8, 2: [1], 3: [2], 4: [3] * 5}), 5)
    assert results.get("two", 2).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", 3).withheld is Withheld.BELOW_THRESHOLD
    assert results.get("two", 4).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.get("two", 1).shown and results.get("two", None).shown


def test_answers_from_a_group_outside_the_round_are_protected_too():
    # Group 9 is not among the round's groups (say it was taken out after answering): its
    # 2 answers are in the total, so they must not be worked out as total minus group 1.
    responses = _responses({1: [0] * 6, 9: [4, 4]})
    results = compute_results(BANK, _groups(1), responses, 3)
    assert results.get("two", None).shown and results.get("two", None).n == 8
    assert results.get("two", 1).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.group_ids == (1,)


def test_compare_gives_the_change_of_shown_means_only():
    before = compute_results(BANK, _groups(2), _responses({1: [2] * 3, 2: [1] * 3}), 3)
    # group 2 (n 2) is withheld, and group 3 (n 3, the smallest shown) protects it
    after = compute_results(BANK, _groups(3), _responses({1: [0] * 4, 2: [1] * 2, 3: [4] * 3}), 3)
    changes = compare(after, before)
    assert changes[("two", 1)] == pytest.approx(50.0)  # 50 -> 100
    assert changes[("two", 2)] is None  # withheld now
    assert changes[("two", 3)] is None  # withheld, and no group 3 before
    assert changes[("two", None)] == pytest.approx((400 + 150) / 9 - 62.5)
    assert changes[("three", None)] is None  # nobody answered "three"
    assert set(changes) == set(after.results)


def test_versus_workplace():
    results = compute_results(BANK, _groups(2), _responses({1: [0] * 3, 2: [4] * 3}), 3)
    differences = versus_workplace(results)
    assert differences[("two", 1)] == pytest.approx(50.0)
    assert differences[("two", 2)] == pytest.approx(-50.0)
    assert differences[("three", 1)] is None
