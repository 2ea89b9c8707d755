"""The demo's risk assessment beyond support: the workload, the assault on the route, the shop's meeting.

The laundry's AMO went through every red and yellow result and every meeting point rated
a problem: the workload (red for the whole workplace), the ironing room's lack of
influence, and the assault on a driver became problems with a plan; the rest were
dismissed with the reason written here for their scale, on the day of the assessment
meeting. The shop, too small for its results to be shown, held a dialogue meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, PointTemplate, Rating, propose_agenda
from apvdesk.core.model import Action, ActionStatus, Problem, Seriousness

ASSESSED_ON = dt.date(2026, 10, 13)  # the AMO's assessment meeting

# The reasons the AMO wrote for findings it did not make problems of, by scale.
DISMISSAL_REASONS = {
    "support_colleagues": (
        "Gult, ikke rødt, og det hænger sammen med chaufførernes alenearbejde, som er et problem i planen."
    ),
    "support_manager": (
        "Lederens tid på gulvet er et problem i planen for vaskeriet; vi ser tallet igen ved opfølgningen."
    ),
    "support_fit": (
        "Drøftet i AMO: handler mest om hjælpen efter episoder, som problemet om overfaldet tager op."
    ),
    "community": "Modtagelsen af nye kolleger er et problem i planen; resten af fællesskabet er i orden.",
    "influence": (
        "Strygningens indflydelse er et problem i planen; i vaskeriet styrer maskinerne rækkefølgen, og "
        "tallet er gult."
    ),
    "meaning": (
        "Gult i strygningen; drøftet med strygerne, der ser kundernes tak for lidt. Vi viser kundernes "
        "ros på tavlen."
    ),
    "predictability": "Vagtplanen hænges nu op to uger frem; vi følger tallet i næste runde.",
    "recognition": (
        "Drøftet med strygerne: handler om løn og tillæg, som aftales ved overenskomsten og lønsamtalerne."
    ),
    "demands_quantitative": "Travlheden er et problem i planen for hele arbejdspladsen.",
    "demands_emotional": (
        "Gult i butikken og vaskeriet: vrede kunder ved disken; butikkens møde fandt, at de håndterer "
        "det sammen."
    ),
    "demands_conflicting": (
        "Gult: uklart hvem der bestemmer hos kunderne; tages op med kunderne ved næste aftale."
    ),
    "trust": "Gult i alle grupper; lederen svarer nu på alle forslag på mandagsmødet. Vi følger tallet.",
    "justice": "Gult; fordelingen af opgaver drøftes på personalemødet i januar.",
    "collaboration": "Gult i strygningen; overleveringen fra vaskeriet aftales på næste personalemøde.",
    "violence_threats": "Volden og truslerne rammer chaufførerne; se problemet om overfaldet på ruten.",
    "offensive_acts": (
        "Drøftet i AMO: ingen kendte sager; politikken mod vold og chikane gælder også krænkelser."
    ),
    "lone_work": "Alenearbejdet er chaufførernes; se problemerne om alenearbejde og overfaldet.",
}

# The reasons for the linen room's own findings (the group at the nursing home), by scale;
# its other findings get the reason above.
SITE_DISMISSAL_REASONS = {
    "support_manager": (
        "Lederen er sjældent på Lærkehøj; det hører til problemet om linnedrummet, hvor lederen nu "
        "kommer hver anden tirsdag."
    ),
    "support_fit": (
        "Hjælpen kommer for sent, når man er alene med en urolig beboer; se problemet om linnedrummet."
    ),
    "demands_emotional": (
        "Urolige beboere hører til arbejdet på et plejecenter; problemet om linnedrummet handler om ikke "
        "at stå alene med dem."
    ),
    "demands_conflicting": (
        "Plejecentrets personale og vaskeriet beder om forskellige ting; tages op med Lærkehøj ved "
        "gennemgangen af aftalen i januar."
    ),
    "recognition": "Drøftet i linnedrummet: plejecentrets ros når ikke frem; lederen fortæller den videre.",
    "collaboration": "Samarbejdet med plejecentrets personale tages op ved gennemgangen af aftalen i januar.",
    "violence_threats": "Truslerne og slagene kommer fra urolige beboere; se problemet om linnedrummet.",
    "offensive_acts": (
        "Krænkelserne kommer fra urolige beboere, ikke fra kolleger; se problemet om linnedrummet."
    ),
}

# What the drivers said on the risk points of their meeting, by agenda point id.
DRIVER_RISK_NOTES: dict[str, tuple[Rating, str, str, str]] = {
    "violence_threats": (
        Rating.REAL_PROBLEM,
        "Vi advarer hinanden om kunder, der har været truende.",
        "En af os blev slået af en kunde på ruten i foråret. Trusler sker et par gange om året.",
        "En fast måde at melde det på, og at nogen ringer samme dag.",
    ),
    "lone_work": (
        Rating.PROBLEM,
        "Vi har telefon med og kan ringe til hinanden.",
        "Ingen ved, hvor vi er, og ingen spørger, om vi er kommet godt hjem.",
        "Et kort opkald til kontoret ved dagens sidste levering.",
    ),
}

# What the shop said at its meeting, by agenda point id.
_SHOP_NOTES: dict[str, tuple[Rating, str, str, str]] = {
    "colleague_help": (Rating.WORKS_WELL, "Vi tager over for hinanden ved disken.", "", ""),
    "manager_support": (Rating.MOSTLY_WORKS, "Karin kommer forbi hver dag.", "Sjældent ros.", ""),
    "emotional_demands": (
        Rating.MIXED,
        "Vi står sammen, når en kunde bliver vred.",
        "Vrede kunder over forsinket tøj kan sidde i én resten af dagen.",
        "Et fast svar om forsinkelser, som alle kan give.",
    ),
    "violence_threats": (Rating.MOSTLY_WORKS, "Ingen trusler i år.", "Én kunde råbte i sommer.", ""),
    "workload": (Rating.MIXED, "Roligt om formiddagen.", "Kø om eftermiddagen.", ""),
}


def shop_meeting(
    bank: QuestionBank, agenda: Sequence[PointTemplate]
) -> tuple[DialogueMeeting, list[AgendaPoint]]:
    """Return the shop's (a small group's) dialogue meeting and its points, rated."""
    wanted = [t for t in agenda if t.id in _SHOP_NOTES and t.theme_id in {th.id for th in bank.themes}]
    points = propose_agenda(wanted, bank, "da")
    for template, point in zip(wanted, points, strict=True):
        point.rating, point.works, point.not_works, point.ideas = _SHOP_NOTES[template.id]
    meeting = DialogueMeeting(
        round_id=0, held_on=dt.date(2026, 9, 17), facilitator="Karin Holm", participants=6
    )
    return meeting, points


def risk_problems(d=dt.date) -> list[tuple[Problem, list[int], list[Action]]]:
    """Return the workload, the ironing room's influence and the assault: problems with their plans."""
    return [
        (
            Problem(
                round_id=0,
                scale_id="demands_quantitative",
                kind="Højt tempo og for travlt i hele vaskeriet; pauser springes over i spidsbelastningen.",
                seriousness=Seriousness.HIGH,
                extent=(
                    "Hele arbejdspladsen (rødt resultat); værst i Vask og tørring og i Strygning og finish."
                ),
                causes=(
                    "Maskinerne sætter tempoet; mandag og fredag er der dobbelt så meget tøj; ingen "
                    "afløsere ved sygdom."
                ),
                priority=1,
                concerns_absence=True,
            ),
            [],
            [
                Action(
                    how=(
                        "Gennemgå mandagens og fredagens spidsbelastning og flyt faste kunders levering "
                        "til tirsdag-torsdag."
                    ),
                    responsible="Karin Holm",
                    start=d(2026, 10, 20),
                    deadline=d(2027, 1, 15),
                    status=ActionStatus.IN_PROGRESS,
                    follow_up_date=d(2027, 3, 1),
                    follow_up_method="Kort opfølgningsspørgeskema om arbejdsmængde og tempo i alle grupper.",
                    catalogue_id="review_peak_hours",
                ),
                Action(
                    how="To faste afløsere på tilkald, som kender maskinerne, til sygdom og spidsbelastning.",
                    responsible="Karin Holm",
                    start=d(2026, 11, 1),
                    deadline=d(2027, 2, 1),
                    follow_up_date=d(2027, 3, 1),
                    follow_up_method=(
                        "Tæl de dage, hvor en afløser blev brugt, og spørg skiftene på personalemødet."
                    ),
                    catalogue_id="extra_hands_at_peaks",
                ),
            ],
        ),
        (
            Problem(
                round_id=0,
                scale_id="influence",
                kind=(
                    "Strygerne har næsten ingen indflydelse på rækkefølge og tempo; sammen med "
                    "travlheden giver det hårdt pres."
                ),
                seriousness=Seriousness.HIGH,
                extent="Strygning og finish, alle 13.",
                causes=(
                    "Ordrerne kommer i den rækkefølge, vaskeriet bliver færdigt; ingen fælles planlægning."
                ),
                priority=1,
            ),
            [1],
            [
                Action(
                    how=(
                        "Strygerne lægger selv dagens rækkefølge på et kort morgenmøde med vaskeriets "
                        "formand."
                    ),
                    responsible="Tomasz Wiśniewski",
                    start=d(2026, 11, 2),
                    deadline=d(2027, 1, 31),
                    follow_up_date=d(2027, 3, 1),
                    follow_up_method="Spørg strygerne på personalemødet, om de kan styre dagen bedre.",
                ),
            ],
        ),
        (
            Problem(
                round_id=0,
                scale_id="violence_threats",
                kind=(
                    "En chauffør blev slået af en kunde på ruten i foråret 2026; ingen fulgte op, og "
                    "der er ingen fast måde at melde vold og trusler på."
                ),
                seriousness=Seriousness.HIGH,
                extent=(
                    "Chaufførerne (6), der kører alene; én voldsepisode i 2026 og trusler et par gange "
                    "om året."
                ),
                causes=(
                    "Alenearbejde hos kunder og på ruten; ingen politik og ingen meldevej; ingen fast "
                    "opfølgning efter en episode."
                ),
                priority=1,
            ),
            [3],
            [
                Action(
                    how=(
                        "Skriftlig politik mod vold, trusler og chikane med en fast meldevej, også for "
                        "episoder uden for arbejdstid."
                    ),
                    responsible="Karin Holm",
                    start=d(2026, 10, 15),
                    deadline=d(2026, 11, 30),
                    status=ActionStatus.DONE,
                    follow_up_date=d(2027, 2, 15),
                    follow_up_method="Gennemgå de meldte episoder med AMO hvert kvartal.",
                    catalogue_id="violence_harassment_policy",
                ),
                Action(
                    how=(
                        "Efter en episode ringer lederen samme dag og tilbyder en samtale; krisehjælp "
                        "via forsikringen ved behov."
                    ),
                    responsible="Karin Holm",
                    start=d(2026, 10, 15),
                    deadline=d(2026, 12, 15),
                    status=ActionStatus.IN_PROGRESS,
                    follow_up_date=d(2027, 2, 15),
                    follow_up_method=(
                        "Spørg chaufførerne på mandagsmødet, om opfølgningen kom, når der skete noget."
                    ),
                    catalogue_id="follow_up_after_violence",
                ),
            ],
        ),
    ]
