"""A fictional laundry with plausible answers, for trying apvdesk and for tests.

The same seed always gives the same workplace. Answers follow a simple latent model:
each group has its own level of support from colleagues and from the manager, each
respondent varies around it, and each answer varies around the respondent.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod, Contributes
from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, PointTemplate, Rating, propose_agenda
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Response,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)

DEFAULT_NAME = "Vaskeri Solsiden ApS"
DEFAULT_RESPONDENTS = 40
ROUND_START = dt.date(2026, 9, 1)
COLLECTION_END = ROUND_START + dt.timedelta(days=14)

# name, headcount, latent level (0..4 on the option scale) per scale; a scale not named
# here gets 2.5. make_demo turns a high level into option 0 (100 points), so for the
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


@dataclass
class DemoProblem:
    """A problem with its actions; group indices point into ``DemoWorkplace.groups``."""

    problem: Problem
    group_indices: list[int]
    actions: list[Action] = field(default_factory=list)


@dataclass
class DemoWorkplace:
    """Everything the demo writes: workplace, groups, one round, answers and a plan.

    ``responses`` refer to groups by their index in ``groups`` (stored in ``group_id``).
    """

    workplace: Workplace
    groups: list[Group]
    round: Round
    responses: list[Response]
    problems: list[DemoProblem]
    meeting: DemoMeeting | None = None
    absence_periods: list[AbsencePeriod] = field(default_factory=list)  # group_id: an index
    absence_assessment: AbsenceAssessment | None = None
    approvals: list[Approval] = field(default_factory=list)  # round_id is set when stored
    collection_ended_on: dt.date | None = None  # the day the owner ended the collection


@dataclass
class DemoMeeting:
    """A held dialogue meeting; ``decided`` maps a point index to the demo problem it led to."""

    meeting: DialogueMeeting
    group_indices: list[int]
    points: list[AgendaPoint]
    decided: dict[int, int] = field(default_factory=dict)


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` respondents over groups in proportion to headcount."""
    whole = sum(weights)
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: shares[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def make_demo(
    bank: QuestionBank,
    respondents: int = DEFAULT_RESPONDENTS,
    seed: int = 1,
    name: str = DEFAULT_NAME,
    agenda: Sequence[PointTemplate] = (),
) -> DemoWorkplace:
    """Build the demo workplace; the same arguments give the same content.

    With ``agenda`` templates, the demo also holds a dialogue meeting of its smallest group.
    """
    if respondents < 0:
        raise ValueError("the number of respondents cannot be negative")
    rng = random.Random(seed)
    groups = [Group(name=g_name, headcount=headcount) for g_name, headcount, _ in _GROUPS]
    workplace = Workplace(
        name=name,
        cvr="12345678",
        address="Solsidevej 12, 8000 Aarhus C",
        sector="Vaskeri og renseri",
        headcount=sum(g.headcount for g in groups),
        has_amo=True,
        manager="Karin Holm",
        safety_representatives=["Tomasz Wiśniewski"],
        annual_discussion_on=dt.date(2026, 3, 10),
    )
    apv_round = Round(
        title="APV 2026 – psykisk arbejdsmiljø",
        start_date=ROUND_START,
        status=RoundStatus.ASSESSING if respondents else RoundStatus.PREPARING,
        bank_id=bank.id,
        bank_version=bank.version,
    )
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
            rng.randrange(
                14
            )  # once the day of answering (no longer kept); drawn so seeds give the same answers
            responses.append(
                Response(
                    group_id=group_index,
                    language=language,
                    answers=answers,
                    id=rng.getrandbits(62) or 1,  # stored as is: random, yet the same per seed
                )
            )
    meeting = _demo_meeting(bank, agenda, groups) if agenda else None
    return DemoWorkplace(
        workplace,
        groups,
        apv_round,
        responses,
        _demo_problems(),
        meeting,
        _demo_absence(groups),
        _demo_absence_assessment(),
        _demo_approvals(),
        COLLECTION_END if respondents else None,
    )


# What the drivers said at their meeting, by agenda point id: rating and notes.
_DRIVER_NOTES: dict[str, tuple[Rating, str, str, str]] = {
    "community_relations": (
        Rating.MOSTLY_WORKS,
        "Vi kender hinanden godt og hilser på hinanden om morgenen.",
        "Vi ser næsten ikke hinanden i løbet af dagen.",
        "Fælles kaffe fredag eftermiddag.",
    ),
    "colleague_help": (
        Rating.REAL_PROBLEM,
        "Vi ringer til hinanden, hvis vi kender nummeret.",
        "Når bilen går i stå eller en kunde er vred, står man alene med det.",
        "En fast person på kontoret, man altid kan ringe til.",
    ),
    "manager_support": (
        Rating.PROBLEM,
        "Karin svarer, når vi får fat i hende.",
        "Hun sidder i møder og tager ikke telefonen om formiddagen.",
        "Kort møde om mandagen, før ruterne køres.",
    ),
    "after_episode": (
        Rating.PROBLEM,
        "",
        "Efter overfaldet på ruten i foråret spurgte ingen, hvordan det gik.",
        "Lederen ringer altid dagen efter en hændelse.",
    ),
}


def _demo_meeting(bank: QuestionBank, agenda: Sequence[PointTemplate], groups: list[Group]) -> DemoMeeting:
    drivers = min(range(len(groups)), key=lambda i: groups[i].headcount)
    templates = [t for t in agenda if t.theme_id in {theme.id for theme in bank.themes}]
    points = propose_agenda(templates, bank, "da")
    ids = [t.id for t in templates]
    for template_id, (rating, works, not_works, ideas) in _DRIVER_NOTES.items():
        if template_id in ids:
            point = points[ids.index(template_id)]
            point.rating, point.works, point.not_works, point.ideas = rating, works, not_works, ideas
    meeting = DialogueMeeting(
        round_id=0,
        held_on=dt.date(2026, 9, 10),
        facilitator="Tomasz Wiśniewski",
        participants=5,
    )
    decided = {ids.index("colleague_help"): 0} if "colleague_help" in ids else {}
    return DemoMeeting(meeting, [drivers], points, decided)


def _demo_problems() -> list[DemoProblem]:
    d = dt.date
    return [
        DemoProblem(
            Problem(
                round_id=0,
                scale_id="support_colleagues",
                kind="Chaufførerne kører alene og har ingen at vende problemer med i løbet af dagen.",
                seriousness=Seriousness.HIGH,
                extent="Alle 6 chauffører, hver arbejdsdag.",
                causes="Ruterne er planlagt, så ingen mødes; der er ingen fast kontakt på vagten.",
                priority=1,
            ),
            [3],
            [
                Action(
                    how="Fast kontaktperson på kontoret, som chaufførerne kan ringe til hele dagen.",
                    responsible="Karin Holm",
                    start=d(2026, 10, 1),
                    deadline=d(2026, 11, 1),
                    status=ActionStatus.DONE,
                    follow_up_date=d(2026, 11, 20),
                    follow_up_method=("Spørg chaufførerne på mandagsmødet, om de har brugt kontaktpersonen."),
                    effect=Effect.WORKED,
                    effect_note=(
                        "Alle seks chauffører har ringet mindst én gang; to problemer med kunder blev "
                        "løst samme dag. Vi fortsætter."
                    ),
                    effect_date=d(2026, 11, 20),
                    catalogue_id="lone_work_contact",
                ),
                Action(
                    how="Kort fælles morgenmøde hver mandag, før ruterne køres.",
                    responsible="Karin Holm",
                    start=d(2026, 10, 5),
                    deadline=d(2026, 12, 15),
                    status=ActionStatus.IN_PROGRESS,
                    follow_up_date=d(2027, 2, 1),
                    follow_up_method="Kort opfølgningsspørgeskema om støtte fra kolleger.",
                    catalogue_id="fixed_meetings",
                ),
            ],
        ),
        DemoProblem(
            Problem(
                round_id=0,
                scale_id="support_manager",
                kind="Medarbejderne i vaskeriet får sjældent at vide, hvordan de klarer arbejdet.",
                seriousness=Seriousness.MEDIUM,
                extent="Vask og tørring, begge skift.",
                causes="Lederen er bundet til kontoret; der er ingen faste samtaler.",
                priority=2,
            ),
            [0],
            [
                Action(
                    how="Trivsels- og udviklingssamtale med hver medarbejder en gang om året.",
                    responsible="Karin Holm",
                    start=d(2026, 11, 1),
                    deadline=d(2027, 3, 1),
                    follow_up_date=d(2027, 4, 1),
                    follow_up_method="Tæl de holdte samtaler; spørg på personalemødet, om de gav noget.",
                    catalogue_id="regular_talks",
                ),
                Action(
                    how="Lederen er i vaskehallen de første 15 minutter af hvert skift.",
                    responsible="Karin Holm",
                    start=d(2026, 10, 15),
                    deadline=d(2026, 11, 16),
                    status=ActionStatus.IN_PROGRESS,
                    follow_up_date=d(2027, 1, 11),
                    follow_up_method="Spørg de to skift, om lederen er til at få fat i.",
                    catalogue_id="manager_walk_round",
                ),
            ],
        ),
        DemoProblem(
            Problem(
                round_id=0,
                scale_id="community",
                kind="Nye kolleger med et andet modersmål bliver ikke altid taget godt imod.",
                seriousness=Seriousness.MEDIUM,
                extent="Alle grupper; især de første uger.",
                causes="Ingen fast oplæring; sprogbarrierer mellem dansk, polsk og rumænsk.",
                priority=2,
            ),
            [0, 1, 2],
            [
                Action(
                    how="Makkerordning: hver ny kollega får en fast makker de første fire uger.",
                    responsible="Tomasz Wiśniewski",
                    start=d(2026, 11, 1),
                    deadline=d(2027, 1, 31),
                    follow_up_date=d(2027, 3, 15),
                    follow_up_method=(
                        "Spørg de nye kolleger efter fire uger, hvordan de er blevet taget imod."
                    ),
                    catalogue_id="buddy_for_new_colleagues",
                ),
                Action(
                    how=(
                        "Billedvejledninger ved maskinerne og en liste med vigtige ord på dansk, "
                        "polsk og rumænsk."
                    ),
                    responsible="Tomasz Wiśniewski",
                    start=d(2026, 11, 15),
                    deadline=d(2027, 2, 28),
                    follow_up_date=d(2027, 4, 15),
                    follow_up_method="Kort opfølgningsspørgeskema om fællesskabet.",
                    catalogue_id="language_aid",
                ),
            ],
        ),
    ]


# Sickness absence per group: absence days in the first half of 2025 and of 2026. The
# washing hall and the drivers are high and rising; the shop is low.
_ABSENCE_PERIODS = [
    ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30), 122),
    ("1. halvår 2026", dt.date(2026, 1, 1), dt.date(2026, 6, 30), 123),
]
_ABSENCE_DAYS = [(98.0, 121.0), (64.5, 58.0), (22.0, 19.5), (41.0, 52.5)]


def _demo_approvals() -> list[Approval]:
    """Return the AMO's approval of the plan, signed by its members: the manager and the safety rep."""
    approved_on = dt.date(2026, 10, 20)
    return [
        Approval(0, "Karin Holm", ApproverRole.AMO, approved_on),
        Approval(0, "Tomasz Wiśniewski", ApproverRole.AMO, approved_on),
    ]


def _demo_absence_assessment() -> AbsenceAssessment:
    """Return the demo's answer: work partly contributes (round_id is set when stored)."""
    return AbsenceAssessment(
        round_id=0,
        contributes=Contributes.PARTLY,
        why=(
            "Fraværet er steget i vaskehallen og blandt chaufførerne. Chaufførerne kører alene og "
            "mangler støtte og forudsigelighed, og i vaskehallen sætter maskinerne et højt tempo, så "
            "pauser springes over. Begge dele kan bidrage til fraværet; en del skyldes almindelig "
            "sygdom (influenza i foråret 2026)."
        ),
        considered_on=dt.date(2026, 9, 29),
    )


def _demo_absence(groups: list[Group]) -> list[AbsencePeriod]:
    """Two half-year periods per group: group totals only, group_id is the group's index."""
    return [
        AbsencePeriod(
            round_id=0,
            group_id=index,
            label=label,
            start=start,
            end=end,
            absence_days=days[half],
            employees=float(group.headcount),
            working_days=working_days,
        )
        for half, (label, start, end, working_days) in enumerate(_ABSENCE_PERIODS)
        for index, (group, days) in enumerate(zip(groups, _ABSENCE_DAYS, strict=True))
    ]
