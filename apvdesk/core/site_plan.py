"""The action plan for one site, and the customer sites whose agreement the plan shows.

A problem or an action belongs to one site, or (``site_id`` None) to the workplace as a
whole. The plan printed for one site is what the employees working there need: the
problems and actions of that site and those of the whole workplace, which concern them
too. An action at another site is left out; so is a problem of the whole workplace whose
actions are all at other sites (what is done about it is done elsewhere). An action
without a site of its own belongs where its problem belongs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from apvdesk.core.model import Action, ActionPlan, Problem
from apvdesk.core.sites import Site


def site_named(sites: list[Site], name: str) -> Site | None:
    """Return the site called ``name`` (case and surrounding spaces aside), or None."""
    wanted = name.strip().casefold()
    return next((site for site in sites if site.name.strip().casefold() == wanted), None)


def action_site(problem: Problem, action: Action) -> int | None:
    """Return the site an action belongs to: its own, else its problem's (None: the whole workplace)."""
    return action.site_id if action.site_id is not None else problem.site_id


def plan_for_site(plan: ActionPlan, site_id: int) -> ActionPlan:
    """Return the plan for one site: its problems and actions and those of the whole workplace."""
    problems: list[tuple[Problem, list[Action]]] = []
    for problem, actions in plan.problems:
        kept = [a for a in actions if action_site(problem, a) in (None, site_id)]
        if problem.site_id in (None, site_id):
            if kept or not actions:  # a problem whose actions are all elsewhere is left out
                problems.append((problem, kept))
        elif any(a.site_id == site_id for a in actions):  # another site's problem, acted on here too
            problems.append((problem, kept))
    return dataclasses.replace(plan, problems=problems, site_id=site_id)


def printed_site(plan: ActionPlan) -> Site | None:
    """Return the site a plan is printed for, or None for the whole plan."""
    return next((site for site in plan.sites if site.id == plan.site_id), None) if plan.site_id else None


def agreement_sites(plan: ActionPlan) -> list[Site]:
    """Return the customer sites whose agreement the plan shows, in the sites' order.

    Those with a problem, an action or a group in the plan; the plan for one site shows
    that site's alone (when it is a customer site).
    """
    if plan.site_id is not None:
        site = printed_site(plan)
        return [site] if site is not None and site.is_customer_site else []
    used = {g.site_id for g in plan.groups}
    for problem, actions in plan.problems:
        used.add(problem.site_id)
        used.update(a.site_id for a in actions)
    return [site for site in plan.sites if site.is_customer_site and site.id in used]


def site_names(plan: ActionPlan) -> dict[int, str]:
    """Return the name of every site by its id."""
    return {site.id: site.name for site in plan.sites if site.id is not None}


@dataclass(frozen=True)
class SitePoints:
    """What the poster for one site pins up: its name and, at a customer's, the practical points agreed.

    Each point is the owner's words, or "" when not agreed yet (the poster says so).
    ``customer`` is False for the workplace's own premises, which have no agreement.
    """

    name: str
    customer: bool
    coordinator: str = ""
    after_episode: str = ""
    break_room: str = ""
    toilet: str = ""


def site_points(plan: ActionPlan) -> SitePoints | None:
    """Return the site a plan is printed for with its practical points, or None for the whole plan."""
    site = printed_site(plan)
    if site is None:
        return None
    if not site.is_customer_site:
        return SitePoints(site.name, customer=False)
    agreement = site.agreement
    return SitePoints(
        site.name,
        customer=True,
        coordinator=agreement.coordinator.strip(),
        after_episode=agreement.after_episode.strip(),
        break_room=agreement.break_room.strip(),
        toilet=agreement.toilet.strip(),
    )
