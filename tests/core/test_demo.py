"""The demo workplace: reproducible, well-formed and with the intended pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.demo import make_demo
from apvdesk.core.model import Group, RoundStatus
from apvdesk.core.results import Light, compute_results

DRIVERS = 3  # index of "Chauffører (kører alene)" in the demo groups


@pytest.fixture(scope="module")
def bank():
    return shipped_bank()


def test_the_same_seed_gives_the_same_workplace(bank):
    assert make_demo(bank, 40, seed=7) == make_demo(bank, 40, seed=7)


def test_a_different_seed_gives_different_answers(bank):
    first, second = make_demo(bank, 40, seed=7), make_demo(bank, 40, seed=8)
    assert [r.answers for r in first.responses] != [r.answers for r in second.responses]


def test_no_respondents_gives_no_responses(bank):
    demo = make_demo(bank, 0)
    assert demo.responses == [] and demo.collected == []
    assert demo.round.status is RoundStatus.PREPARING
    assert len(demo.groups) == 5 and demo.problems


def test_negative_respondents_are_refused(bank):
    with pytest.raises(ValueError):
        make_demo(bank, -1)


@pytest.mark.parametrize("respondents", [1, 12, 40, 97])
def test_answers_are_valid_option_indices(bank, respondents):
    demo = make_demo(bank, respondents, seed=5)
    assert len(demo.responses) + len(demo.collected) == respondents  # the linen room's are collected
    items = {item.id: item for item in bank.items}
    for response in demo.responses + demo.collected:
        assert 0 <= response.group_id < len(demo.groups)
        assert response.answered_on is None  # no day of answering is kept, not even in the demo
        assert response.language in bank.languages
        assert set(response.answers) <= set(items)
        for item_id, option in response.answers.items():
            if option is not None:
                assert 0 <= option < len(bank.option_set(items[item_id]).points)


def test_the_round_records_the_bank_it_uses(bank):
    demo = make_demo(bank, 12)
    assert (demo.round.bank_id, demo.round.bank_version) == (bank.id, bank.version)
    assert demo.round.status is RoundStatus.ASSESSING


def test_problems_point_at_real_groups_and_scales(bank):
    demo = make_demo(bank, 12)
    scale_ids = {scale.id for scale in bank.scales}
    for item in demo.problems:
        assert item.problem.scale_id in scale_ids
        assert all(0 <= i < len(demo.groups) for i in item.group_indices)
        assert item.actions


def test_the_drivers_have_the_least_support_from_colleagues(bank):
    demo = make_demo(bank, 400, seed=11)
    groups = [Group(g.name, g.headcount, id=i) for i, g in enumerate(demo.groups)]
    results = compute_results(bank, groups, demo.responses + demo.collected, threshold=5)
    means = {g.id: results.get("support_colleagues", g.id).mean for g in groups}
    assert all(mean is not None for mean in means.values())
    assert min(means, key=means.__getitem__) == DRIVERS
    assert "Chauffører" in demo.groups[DRIVERS].name
    # and they answer least often: the fewest respondents of all groups
    assert min(results.respondents[g.id] for g in groups) == results.respondents[DRIVERS]


def test_the_plan_shows_every_printout_a_real_example(bank):
    from apvdesk.app.resources import shipped_catalogue
    from apvdesk.core.approval import roles_suffice
    from apvdesk.core.deadlines import is_open
    from apvdesk.core.model import ActionStatus

    demo = make_demo(bank)
    actions = [a for p in demo.problems for a in p.actions]
    catalogue = shipped_catalogue()
    assert all(catalogue.entry(a.catalogue_id) for a in actions if a.catalogue_id)
    assert sum(1 for a in actions if a.catalogue_id) >= 4
    # Overdue on the day this was written, and on every day after.
    assert any(is_open(a) and a.deadline and a.deadline < dt.date(2026, 11, 27) for a in actions)
    done = [a for a in actions if a.status == ActionStatus.DONE and a.effect is not None]
    assert done and done[0].effect_note and done[0].effect_date
    assert all(a.follow_up_date and a.follow_up_method for a in actions)
    assert roles_suffice(a.role for a in demo.approvals) and demo.workplace.has_amo


def test_the_demo_maps_the_risks_truthfully(bank):
    demo = make_demo(bank)
    groups = [Group(g.name, g.headcount, id=i) for i, g in enumerate(demo.groups)]
    results = compute_results(
        bank,
        groups,
        demo.responses,
        demo.round.anonymity_threshold,
        demo.round.green_from,
        demo.round.red_below,
    )
    # one driver was hit on a delivery route in the spring; their group stays withheld
    (first_driver, *_) = [r for r in demo.responses if r.group_id == DRIVERS]
    assert first_driver.answers["vt_physical"] == 3  # "Yes, once or a few times"
    for scale_id in ("violence_threats", "offensive_acts", "lone_work"):
        assert not results.get(scale_id, DRIVERS).shown, scale_id
    # the whole workplace shows the exposure: never green
    for scale_id in ("violence_threats", "offensive_acts"):
        assert results.get(scale_id, None).light in (Light.YELLOW, Light.RED), scale_id
    # Vask og tørring: high workload, red
    assert "Vask" in demo.groups[0].name
    assert results.get("demands_quantitative", 0).light is Light.RED
    # working alone does not apply to most people in the laundry: "does not apply" is stored
    # like "don't know", so their lone-work figures are withheld rather than scored as worst
    vask = [r for r in demo.responses if r.group_id == 0]
    assert sum(1 for r in vask if "lw_reach" in r.answers and r.answers["lw_reach"] is None) > len(vask) // 2
    assert not results.get("lone_work", 0).shown
