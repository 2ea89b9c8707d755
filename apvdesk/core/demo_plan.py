"""The demo's work after the mapping: the drivers' dialogue meeting, the problems and their plan.

Also the sickness absence of each group with the owner's view of it, and the AMO's
approval of the plan. Group indices and ids here point into the demo's groups
(:func:`apvdesk.core.demo_answers.demo_groups`); ``round_id`` 0 is set when stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod, Contributes
from apvdesk.core.bank import QuestionBank
from apvdesk.core.demo_assessment import DRIVER_RISK_NOTES
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, PointTemplate, Rating, propose_agenda
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Seriousness,
)


@dataclass
class DemoProblem:
    """A problem with its actions; group indices point into ``DemoWorkplace.groups``."""

    problem: Problem
    group_indices: list[int]
    actions: list[Action] = field(default_factory=list)


@dataclass
class DemoMeeting:
    """A held dialogue meeting; ``decided`` maps a point index to the demo problem it led to."""

    meeting: DialogueMeeting
    group_indices: list[int]
    points: list[AgendaPoint]
    decided: dict[int, int] = field(default_factory=dict)


# The points the drivers' meeting took up: what matters when one drives and works alone.
DRIVER_POINTS = {
    "community_relations",
    "colleague_help",
    "manager_support",
    "support_fit",
    "after_episode",
    "predictability",
    "workload",
    "conflicting_demands",
    "violence_threats",
    "offensive_acts",
    "lone_work",
}

# Agenda point id -> the index (in demo.make_demo's problem list) of the problem it led to.
DECIDED = {"colleague_help": 0, "violence_threats": 5}

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


def demo_meeting(bank: QuestionBank, agenda: Sequence[PointTemplate], groups: list[Group]) -> DemoMeeting:
    """Return the drivers' (the smallest group's) meeting on the ``agenda`` points the bank's themes have."""
    drivers = min(range(len(groups)), key=lambda i: groups[i].headcount)
    templates = [
        t for t in agenda if t.theme_id in {theme.id for theme in bank.themes} and t.id in DRIVER_POINTS
    ]
    points = propose_agenda(templates, bank, "da")
    ids = [t.id for t in templates]
    for template_id, (rating, works, not_works, ideas) in (_DRIVER_NOTES | DRIVER_RISK_NOTES).items():
        if template_id in ids:
            point = points[ids.index(template_id)]
            point.rating, point.works, point.not_works, point.ideas = rating, works, not_works, ideas
    meeting = DialogueMeeting(
        round_id=0,
        held_on=dt.date(2026, 9, 10),
        facilitator="Tomasz Wiśniewski",
        participants=5,
    )
    decided = {ids.index(t): problem for t, problem in DECIDED.items() if t in ids}
    return DemoMeeting(meeting, [drivers], points, decided)


def demo_problems() -> list[DemoProblem]:
    """Return the three problems of the risk assessment, each with two actions."""
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


def site_problem(d=dt.date) -> DemoProblem:
    """Return the linen room's problem at the nursing home, with two actions; all belong to the site.

    Group index 4 and site index 0 are the linen room and the nursing home
    (:data:`apvdesk.core.demo_answers.LINEN_ROOM`, :data:`~apvdesk.core.demo_answers.CUSTOMER_SITE`).
    """
    return DemoProblem(
        Problem(
            round_id=0,
            scale_id="lone_work",
            kind=(
                "I linnedrummet på Lærkehøj står man alene, når en urolig beboer kommer ned i kælderen, "
                "og ved ikke, hvem hos plejecentret man skal ringe til."
            ),
            seriousness=Seriousness.HIGH,
            extent="Linnedrum Lærkehøj: aftenvagten og weekenderne, hvor én er alene.",
            causes=(
                "Lederen er i vaskeriet og sjældent på Lærkehøj; aftalen med plejecentret siger ikke, "
                "hvem der kommer, når en beboer bliver urolig."
            ),
            priority=1,
            site_id=0,
        ),
        [4],
        [
            Action(
                how=(
                    "Aftal med Lærkehøj, hvem linnedrummet ringer til, når en beboer bliver urolig, "
                    "og sæt nummeret op ved døren."
                ),
                responsible="Karin Holm",
                start=d(2026, 10, 26),
                deadline=d(2027, 1, 31),  # at the agreement's yearly review with the nursing home
                status=ActionStatus.IN_PROGRESS,
                follow_up_date=d(2027, 3, 1),
                follow_up_method="Spørg linnedrummet ved næste besøg, om de har fået hjælp, når de ringede.",
                catalogue_id="customer_site_agreement",
                site_id=0,
            ),
            Action(
                how="Lederen kommer til et kort møde i linnedrummet hver anden tirsdag.",
                responsible="Karin Holm",
                start=d(2026, 11, 3),
                deadline=d(2026, 11, 17),
                status=ActionStatus.DONE,  # the meetings are held; their effect is checked in February
                follow_up_date=d(2027, 2, 1),
                follow_up_method="Spørg linnedrummet, om lederen er til at få fat i.",
                catalogue_id="manager_walk_round",
                site_id=0,
            ),
        ],
    )


def demo_approvals() -> list[Approval]:
    """Return the AMO's approval of the plan, signed by its members: the manager and the safety rep."""
    approved_on = dt.date(2026, 10, 20)
    return [
        Approval(0, "Karin Holm", ApproverRole.AMO, approved_on),
        Approval(0, "Tomasz Wiśniewski", ApproverRole.AMO, approved_on),
    ]


# Sickness absence per group: absence days in the first half of 2025 and of 2026. The
# washing hall and the drivers are high and rising; the shop is low; the linen room in between.
_ABSENCE_PERIODS = [
    ("1. halvår 2025", dt.date(2025, 1, 1), dt.date(2025, 6, 30), 122),
    ("1. halvår 2026", dt.date(2026, 1, 1), dt.date(2026, 6, 30), 123),
]
_ABSENCE_DAYS = [(98.0, 121.0), (64.5, 58.0), (22.0, 19.5), (41.0, 52.5), (47.0, 55.5)]


def demo_absence_assessment() -> AbsenceAssessment:
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


def demo_absence(groups: list[Group]) -> list[AbsencePeriod]:
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
