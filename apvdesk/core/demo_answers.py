"""The demo's people: its four groups, how many of them answer, and their answers.

Answers follow a simple latent model: each group has its own level on each scale (support
from colleagues and from the manager, demands, ...), each respondent varies around it,
and each answer varies around the respondent. The same seed always gives the same answers.
"""

from __future__ import annotations

import random

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Response

# name, headcount, latent level (0..4 on the option scale) per scale; a scale not named
# here gets 2.5. demo_responses turns a high level into option 0 (100 points), so for the
# scales where high is good a high level is favourable, and for the demand scales
# (high_is_good = false, "Always" = 100) a high level means high demands.
# The drivers answer least often, so their results show how apvdesk withholds them.
_RESPONSE_RATE = [0.9, 0.95, 0.85, 0.55]
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
            "demands_quantitative": 3.1,  # high: work piles up, breaks are skipped
            "demands_emotional": 0.9,
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
            "trust": 2.1,
            "justice": 1.9,
            "collaboration": 1.4,  # they rarely meet the other groups
        },
    ),
]


def demo_groups() -> list[Group]:
    """Return the demo's four groups (not saved yet); the demo refers to each by its index here."""
    return [Group(name=name, headcount=headcount) for name, headcount, _ in _GROUPS]


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` respondents over groups in proportion to headcount."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: shares[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


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
        for _ in range(count):
            person = rng.gauss(0.0, 0.6)
            answers: dict[str, int | None] = {}
            for scale in bank.scales:
                level = levels.get(scale.id, 2.5) + person
                for item in scale.items:
                    roll = rng.random()
                    if roll < 0.03:
                        continue  # left blank
                    if roll < 0.06:
                        answers[item.id] = None  # don't know
                        continue
                    favourable = min(4.0, max(0.0, rng.gauss(level, 0.7)))
                    option = 4 - round(favourable)  # option 0 is the most favourable
                    answers[item.id] = 4 - option if item.reverse else option
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
