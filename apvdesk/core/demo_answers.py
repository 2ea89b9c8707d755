"""The demo's people: its five groups, how many of them answer, and their answers.

Answers follow a simple latent model: each group has its own level on each scale (support
from colleagues and from the manager, demands, ...), each respondent varies around it,
and each answer varies around the respondent. The exposure questions (violence, threats,
bullying and harassment in the last 12 months) are drawn apart: each group has a chance
of each kind of episode. The drivers work alone on their routes; one of them was hit on a
delivery route in the spring (the first driver's sheet says so). An item that may not
apply is sometimes answered "does not apply to me", and the lone-work items do not apply
to most of those who never work alone. The fifth group runs the linen room at a customer's,
the nursing home Lærkehøj (the demo's customer site); its answers were collected there on a
laptop and merged into the workplace file (:mod:`apvdesk.core.demo`). The same seed always
gives the same answers.
"""

from __future__ import annotations

import random

from apvdesk.core.bank import NOT_APPLICABLE_ANSWER, Item, QuestionBank
from apvdesk.core.model import Group, Response

# name, headcount, latent level (0..4 on the option scale) per scale; a scale not named
# here gets 2.5. demo_responses turns a high level into option 0 (100 points), so for the
# scales where high is good a high level is favourable, and for the demand scales
# (high_is_good = false, "Always" = 100) a high level means high demands.
# The drivers answer least often, so their results show how apvdesk withholds them.
_RESPONSE_RATE = [0.9, 0.95, 0.85, 0.55, 0.85]
_GROUPS: list[tuple[str, int, dict[str, float]]] = [
    (
        "Vask og tørring",
        16,
        {
            "support_colleagues": 2.9,
            "support_manager": 2.2,
            "support_fit": 2.4,
            "community": 2.8,
            "influence": 1.6,  # the machines set the pace
            "meaning": 2.5,
            "predictability": 2.3,
            "recognition": 1.9,
            "demands_quantitative": 3.3,  # high: work piles up, breaks are skipped
            "demands_emotional": 0.9,
            "demands_conflicting": 1.6,
            "lone_work": 2.4,
            "trust": 2.3,
            "justice": 2.0,
            "collaboration": 2.6,
        },
    ),
    (
        "Strygning og finish",
        13,
        {
            "support_colleagues": 3.1,
            "support_manager": 2.6,
            "support_fit": 2.6,
            "community": 3.0,
            "influence": 1.9,
            "meaning": 2.7,
            "predictability": 2.6,
            "recognition": 2.3,
            "demands_quantitative": 2.5,
            "demands_emotional": 1.0,
            "demands_conflicting": 1.4,
            "lone_work": 2.6,
            "trust": 2.6,
            "justice": 2.5,
            "collaboration": 2.8,
        },
    ),
    (
        "Butik og kundeservice",
        8,
        {
            "support_colleagues": 2.8,
            "support_manager": 2.9,
            "support_fit": 2.8,
            "community": 2.9,
            "influence": 2.4,
            "meaning": 3.1,  # they see the customers' thanks
            "predictability": 2.5,
            "recognition": 2.7,
            "demands_quantitative": 1.8,
            "demands_emotional": 2.8,  # upset and angry customers at the counter
            "demands_conflicting": 1.9,
            "lone_work": 2.5,  # alone at the counter when the shop closes
            "trust": 2.8,
            "justice": 2.6,
            "collaboration": 2.5,
        },
    ),
    (
        "Chauffører (kører alene)",
        6,
        {
            "support_colleagues": 1.4,
            "support_manager": 1.9,
            "support_fit": 1.6,
            "community": 1.9,
            "influence": 2.6,  # alone on the route, they choose the order themselves
            "meaning": 2.6,
            "predictability": 1.5,  # routes change at short notice
            "recognition": 1.7,
            "demands_quantitative": 2.9,  # high: traffic and tight delivery times
            "demands_emotional": 1.9,
            "demands_conflicting": 2.6,  # at the customers' sites nobody says who decides
            "lone_work": 1.5,  # alone on the route, hard to reach anyone
            "trust": 2.1,
            "justice": 1.9,
            "collaboration": 1.4,  # they rarely meet the other groups
        },
    ),
    (
        "Linnedrum Lærkehøj",  # at the customer's: the nursing home's linen, every day of the week
        10,
        {
            "support_colleagues": 2.8,  # a small, close group
            "support_manager": 1.3,  # the manager is at the laundry and rarely comes out
            "support_fit": 1.8,
            "community": 3.0,
            "influence": 2.7,  # they plan the day themselves
            "meaning": 3.2,  # the residents' own clothes, the staff's thanks
            "predictability": 2.0,
            "recognition": 2.1,
            "demands_quantitative": 2.2,
            "demands_emotional": 3.2,  # residents with dementia, upset, in the corridors
            "demands_conflicting": 2.9,  # the nursing home's staff and the laundry ask different things
            "lone_work": 1.4,  # alone in the basement in the evening and at weekends
            "trust": 2.6,
            "justice": 2.5,
            "collaboration": 2.0,  # the nursing home's staff and the laundry rarely talk
        },
    ),
]


# The chance (per respondent and item) of reporting an exposure item as having happened in
# the last 12 months, per group (same order as _GROUPS); the items not named never happened.
_EXPOSURE: list[dict[str, float]] = [
    {"oa_colleague": 0.08, "vt_threats": 0.03},  # Vask og tørring: a harsh tone at the machines
    {"oa_colleague": 0.05},  # Strygning og finish
    {"oa_others": 0.3, "vt_threats": 0.15, "vt_after_hours": 0.05, "oa_sexual": 0.05},  # Butik
    {"oa_others": 0.3, "vt_threats": 0.25, "vt_after_hours": 0.1, "oa_manager": 0.05},  # Chauffører
    {"oa_others": 0.25, "vt_threats": 0.15, "vt_physical": 0.1},  # Linnedrum: upset residents
]
# The chance that a lone-work item about working alone applies to someone of the group.
_WORKS_ALONE = [0.1, 0.05, 0.4, 1.0, 0.7]
DRIVERS = 3  # the index of the drivers in _GROUPS
LINEN_ROOM = 4  # the index of the linen room at the customer site
CUSTOMER_SITE = 0  # the index of that site among the demo's sites (core.demo_records.demo_sites)
# What the first driver's sheet says about the spring: hit once on a delivery route, and
# threatened; someone asked afterwards how they were, but only "sometimes".
_ASSAULT = {"vt_physical": 3, "vt_threats": 3, "lw_asked_after": 2}
_LONE_WORK_ALONE = ("lw_reach", "lw_check_in")  # apply only to someone who works alone
_AFTER_EPISODE = "lw_asked_after"  # applies only to someone who reported an episode


def demo_groups() -> list[Group]:
    """Return the demo's five groups (not saved yet); the demo refers to each by its index here.

    The linen room's ``site_id`` is the index of its site among the demo's sites (set to
    the site's id when stored); the other groups belong to the workplace as a whole.
    """
    return [
        Group(name=name, headcount=headcount, site_id=CUSTOMER_SITE if index == LINEN_ROOM else None)
        for index, (name, headcount, _) in enumerate(_GROUPS)
    ]


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` respondents over groups in proportion to headcount."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: shares[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _asks(bank: QuestionBank, item_id: str) -> bool:
    return any(item.id == item_id for item in bank.items)


def _answer(
    rng: random.Random,
    bank: QuestionBank,
    item: Item,
    level: float,
    group_index: int,
    alone: bool,
    given: dict[str, int | None],
) -> dict[str, int | None]:
    """Return one drawn answer to ``item`` ({}: left blank); ``given`` holds the sheet so far."""
    roll = rng.random()
    if roll < 0.03:
        return {}  # left blank
    if roll < 0.06:
        return {item.id: None}  # don't know
    if item.option_set_id == "exposure":
        chance = _EXPOSURE[group_index].get(item.id, 0.0)
        if rng.random() >= chance:
            return {item.id: 4}  # "No"
        return {item.id: 3 if rng.random() < 0.7 else 2}  # once or a few times, or monthly
    if item.not_applicable:
        episode = any(
            given.get(other.id) not in (None, 4) for other in bank.items if other.option_set_id == "exposure"
        )
        applies = {_AFTER_EPISODE: episode}.get(item.id, alone if item.id in _LONE_WORK_ALONE else True)
        if not applies or rng.random() < 0.08:  # some episodes and kinds of help never happened
            return {item.id: NOT_APPLICABLE_ANSWER}
    points = len(bank.option_set(item).points)
    favourable = min(points - 1.0, max(0.0, rng.gauss(level, 0.7)))
    option = points - 1 - round(favourable)  # option 0 is the most favourable
    return {item.id: points - 1 - option if item.reverse else option}


def demo_responses(bank: QuestionBank, groups: list[Group], respondents: int, seed: int) -> list[Response]:
    """Return ``respondents`` answer sheets to ``bank``, spread by headcount and response rate.

    ``groups`` are those of :func:`demo_groups`; each sheet's ``group_id`` is its group's
    index among them. The same arguments give the same sheets, ids included.
    """
    rng = random.Random(seed)
    languages = ["da"] * 6 + ["pl"] * 2 + ["ro", "uk"]
    responses = []
    counts = _allocate(
        respondents, [g.headcount * rate for g, rate in zip(groups, _RESPONSE_RATE, strict=True)]
    )
    for group_index, count in enumerate(counts):
        levels = _GROUPS[group_index][2]
        for person_index in range(count):
            person = rng.gauss(0.0, 0.6)
            answers: dict[str, int | None] = {}
            alone = rng.random() < _WORKS_ALONE[group_index]
            for scale in bank.scales:
                level = levels.get(scale.id, 2.5) + person
                for item in scale.items:
                    answers.update(_answer(rng, bank, item, level, group_index, alone, answers))
            if group_index == DRIVERS and person_index == 0:
                answers.update({k: v for k, v in _ASSAULT.items() if _asks(bank, k)})
            language = rng.choice(languages)
            # once the day of answering (no longer kept); still drawn, so seeds give the same answers
            rng.randrange(14)
            responses.append(
                Response(
                    group_id=group_index,
                    language=language,
                    answers=answers,
                    id=rng.getrandbits(62) or 1,  # stored as is: random, yet the same per seed
                )
            )
    return responses
