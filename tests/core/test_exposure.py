"""Exposure scales: one report of violence or harassment is never hidden behind a good mean.

The numbers are worked out by hand in docs/scoring.md, section 5.
"""

from __future__ import annotations

import pytest

from apvdesk.core.bank import parse_bank
from apvdesk.core.exposure import RED_SHARE, exposed_count, exposure_light
from apvdesk.core.model import Group, Response
from apvdesk.core.results import Light, Withheld, compute_results

NO, ONCE, WEEKLY = 4, 3, 1  # option indexes of the exposure set: "Yes, every day" ... "No"


def _item(item_id: str, **extra) -> dict:
    return {"id": item_id, "options": "exposure", "text": {"da": item_id, "en": item_id}, **extra}


def _bank(light_rule: str | None = "any_exposure"):
    scale = {
        "id": "violence",
        "name": {"da": "Vold", "en": "Violence"},
        "high_is_good": False,
        "items": [_item("hit"), _item("threat", not_applicable=True)],
    }
    if light_rule:
        scale["light_rule"] = light_rule
    return parse_bank(
        {
            "bank": {"id": "exposure-test", "version": "1", "languages": ["da", "en"]},
            "option_sets": {
                "exposure": {
                    "points": [100, 75, 50, 25, 0],
                    "labels": {"da": list("abcde"), "en": list("abcde")},
                    "dont_know": {"da": "Ved ikke", "en": "Don't know"},
                }
            },
            "themes": [{"id": "t", "name": {"da": "T", "en": "T"}, "scales": [scale]}],
        },
        "exposure-test",
    )


BANK = _bank()
GROUPS = [Group("Vask", 30, id=1), Group("Chauffører", 4, id=2)]


def _answers(group: int, hit: int | None, threat: int | None, count: int = 1) -> list[Response]:
    return [Response(group, "da", None, {"hit": hit, "threat": threat}) for _ in range(count)]


@pytest.mark.parametrize(
    ("mean_light", "exposed", "n", "light"),
    [
        (Light.GREEN, 0, 20, Light.GREEN),  # nobody: the mean decides
        (Light.YELLOW, 0, 20, Light.YELLOW),
        (Light.GREEN, 1, 20, Light.YELLOW),  # 5 %: someone, so never green
        (Light.GREEN, 1, 11, Light.YELLOW),  # 9.09 %
        (Light.GREEN, 1, 10, Light.RED),  # 10 %: red
        (Light.GREEN, 2, 20, Light.RED),
        (Light.RED, 1, 100, Light.RED),  # a red mean stays red
    ],
)
def test_the_light_rule_by_hand(mean_light, exposed, n, light):
    assert RED_SHARE == 10.0
    assert exposure_light(mean_light, exposed, n) is light


def test_a_score_reports_exposure_unless_it_is_the_best():
    assert exposed_count({0.0: 18, 12.5: 1, 50.0: 1}, high_is_good=False) == 2
    assert exposed_count({100.0: 5, 87.5: 2}, high_is_good=True) == 2
    assert exposed_count({0.0: 7}, high_is_good=False) == 0


def test_one_assault_among_twenty_good_answers_is_not_green():
    # 19 answer "No" twice (score 0); one was hit once, "Yes, once" (25) and "No" (0): 12.5
    responses = _answers(1, NO, NO, 19) + _answers(1, ONCE, NO)
    result = compute_results(BANK, GROUPS[:1], responses, threshold=5).get("violence", 1)
    assert (result.n, result.mean) == (20, pytest.approx(12.5 / 20))  # 0.625: green by the mean
    assert result.light is Light.YELLOW  # 1 of 20 = 5 % report exposure
    assert result.share_unfavourable == pytest.approx(5.0)
    # the same answers on a scale without the rule: green, and nobody unfavourable
    plain = compute_results(_bank(None), GROUPS[:1], responses, threshold=5).get("violence", 1)
    assert (plain.light, plain.share_unfavourable) == (Light.GREEN, 0.0)


def test_two_of_twenty_or_weekly_threats_turn_red():
    responses = _answers(1, NO, NO, 18) + _answers(1, ONCE, NO) + _answers(1, NO, WEEKLY)
    result = compute_results(BANK, GROUPS[:1], responses, threshold=5).get("violence", 1)
    # scores 0 x 18, 12.5, 37.5: mean 50 / 20 = 2.5; 2 of 20 = 10 % report exposure
    assert result.mean == pytest.approx(2.5)
    assert (result.light, result.share_unfavourable) == (Light.RED, pytest.approx(10.0))


def test_does_not_apply_and_dont_know_are_no_report_and_no_worst_score():
    # "does not apply to me" is stored as None, like "don't know": not answered, no points
    responses = _answers(1, NO, None, 5)
    result = compute_results(BANK, GROUPS[:1], responses, threshold=5).get("violence", 1)
    assert (result.n, result.mean, result.light) == (5, 0.0, Light.GREEN)
    assert result.share_unfavourable == 0.0


def test_a_single_yes_in_a_group_below_the_threshold_is_never_shown():
    # the drivers: 3 answers, one of them hit on the route; Vask: 6 times "No"
    responses = _answers(2, ONCE, NO) + _answers(2, NO, NO, 2) + _answers(1, NO, NO, 6)
    groups = [*GROUPS, Group("Butik", 8, id=3)]
    responses += _answers(3, NO, NO, 5)
    results = compute_results(BANK, groups, responses, threshold=5)
    drivers = results.get("violence", 2)
    assert drivers.withheld is Withheld.BELOW_THRESHOLD
    assert (drivers.mean, drivers.light, drivers.share_unfavourable) == (None, None, None)
    assert results.distribution("hit", 2).counts is None
    # the smallest other group is withheld with it, so the total minus the shown groups is
    # the figure of 3 + 5 people, never the drivers alone
    assert results.get("violence", 3).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.get("violence", 1).light is Light.GREEN  # Vask: nobody exposed
    total = results.get("violence", None)
    assert total.n == 14 and total.light is Light.YELLOW  # 1 of 14: someone in the workplace


def test_an_assault_reported_beside_two_dont_knows_is_counted_not_lost():
    """One answered exposure item is a score: a report of violence never vanishes for "don't know"."""
    from apvdesk.app.resources import shipped_bank
    from apvdesk.core.scoring import answers_needed, scale_score

    bank = shipped_bank()
    violence = bank.scale("violence_threats")
    assert len(violence.items) == 3 and answers_needed(violence) == 1
    assert answers_needed(bank.scale("demands_quantitative")) == 2  # half of four, as before
    once = 3  # "Yes, once or a few times": 25 points
    hit = {violence.items[0].id: once, violence.items[1].id: None, violence.items[2].id: None}
    assert scale_score(bank, violence, hit) == 25.0
    no = {item.id: 4 for item in violence.items}
    group = [Group("Vask", 5, id=1)]
    responses = [Response(1, answers=hit)] + [Response(1, answers=dict(no)) for _ in range(4)]
    result = compute_results(bank, group, responses, threshold=5).get("violence_threats", 1)
    assert result.shown and result.n == 5
    assert result.light != Light.GREEN  # the report shows
