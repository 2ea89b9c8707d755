"""The plan for one site: its problems and actions plus the whole workplace's; the agreements it shows."""

from __future__ import annotations

import datetime as dt

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, Group, Problem, Round, Workplace
from apvdesk.core.site_plan import agreement_sites, plan_for_site, printed_site, site_named
from apvdesk.core.sites import Site, SiteKind

SCHOOL, SHOP, HOSPITAL = 1, 2, 3
SITES = [
    Site("Skolen", id=SCHOOL),
    Site("Butikken", kind=SiteKind.OWN, id=SHOP),
    Site("Sygehuset", id=HOSPITAL),
]


def _plan() -> ActionPlan:
    problems = [
        # the whole workplace: one action for all, one at the school, one at the shop
        (
            Problem(1, "community", "alle", id=10),
            [Action("a-alle"), Action("a-skole", site_id=SCHOOL), Action("a-butik", site_id=SHOP)],
        ),
        # the whole workplace, acted on only at the shop: nothing for the school
        (Problem(1, "community", "kun-butik", id=11), [Action("b-butik", site_id=SHOP)]),
        # the school's own problem; its action has no site of its own, so it is the school's
        (Problem(1, "community", "skole", id=12, site_id=SCHOOL), [Action("c-uden-sted")]),
        # the shop's problem, with one action taken at the school too
        (
            Problem(1, "community", "butik", id=13, site_id=SHOP),
            [Action("d-butik"), Action("d-skole", site_id=SCHOOL)],
        ),
        # the whole workplace, no actions yet: it concerns the school too
        (Problem(1, "community", "ingen-endnu", id=14), []),
    ]
    return ActionPlan(
        Workplace("Rent ApS"),
        Round("APV 2027", dt.date(2027, 1, 1)),
        [Group("Hold A", 4, id=1, site_id=None), Group("Skoleholdet", 5, id=2, site_id=SCHOOL)],
        problems,
        [],
        shipped_bank(),
        dt.date(2027, 1, 2),
        sites=SITES,
    )


def _shown(plan: ActionPlan) -> list[tuple[str, list[str]]]:
    return [(p.kind, [a.how for a in actions]) for p, actions in plan.problems]


def test_the_plan_for_the_school_holds_the_schools_and_the_whole_workplaces_and_nothing_of_the_shop():
    school = plan_for_site(_plan(), SCHOOL)
    assert _shown(school) == [
        ("alle", ["a-alle", "a-skole"]),
        ("skole", ["c-uden-sted"]),
        ("butik", ["d-skole"]),
        ("ingen-endnu", []),
    ]
    assert printed_site(school) is SITES[0]
    assert agreement_sites(school) == [SITES[0]]


def test_the_plan_for_the_shop_shows_no_agreement_its_the_firms_own_premises():
    shop = plan_for_site(_plan(), SHOP)
    assert _shown(shop) == [
        ("alle", ["a-alle", "a-butik"]),
        ("kun-butik", ["b-butik"]),
        ("butik", ["d-butik"]),
        ("ingen-endnu", []),
    ]
    assert agreement_sites(shop) == []


def test_the_whole_plan_shows_the_agreements_of_the_customer_sites_in_use_only():
    plan = _plan()
    assert agreement_sites(plan) == [SITES[0]]  # the hospital has nothing in the plan
    plan.groups.append(Group("Sygehusholdet", 3, id=3, site_id=HOSPITAL))
    assert agreement_sites(plan) == [SITES[0], SITES[2]]
    assert printed_site(plan) is None


def test_a_site_is_found_by_its_name_whatever_the_case():
    assert site_named(SITES, "  skolen ") is SITES[0]
    assert site_named(SITES, "Skole") is None
