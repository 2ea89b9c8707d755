"""A fictional laundry with plausible answers, for trying apvdesk and for tests.

The same seed always gives the same workplace. Its people and their answers are drawn in
:mod:`apvdesk.core.demo_answers`; what the workplace did with them (a dialogue meeting,
problems and a plan, sickness absence, the approval) is written in :mod:`apvdesk.core.demo_plan`.

The laundry also runs the linen room of a customer, the nursing home Lærkehøj (a customer
site with its agreement). That group's answers were collected at the nursing home on a
laptop: they are ``collected``, and the store merges them through a collection file, as
answers fetched from another PC (:func:`apvdesk.store.demo_collection.merge_collected`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod
from apvdesk.core.bank import QuestionBank
from apvdesk.core.demo_answers import LINEN_ROOM, demo_groups, demo_responses
from apvdesk.core.demo_assessment import (
    ASSESSED_ON,
    DISMISSAL_REASONS,
    SITE_DISMISSAL_REASONS,
    risk_problems,
    shop_meeting,
)
from apvdesk.core.demo_plan import (
    DemoMeeting,
    DemoProblem,
    demo_absence,
    demo_absence_assessment,
    demo_approvals,
    demo_meeting,
    demo_problems,
    site_problem,
)
from apvdesk.core.demo_records import (
    APV_ACCESS,
    REST_OF_APV,
    demo_annual_discussion,
    demo_participation,
    demo_sites,
    demo_work_changes,
)
from apvdesk.core.dialogue import PointTemplate
from apvdesk.core.model import Approval, Group, Response, Round, RoundStatus, Workplace
from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
from apvdesk.core.sites import Site

DEFAULT_NAME = "Vaskeri Solsiden ApS"
# 40 answered at the laundry (as many as before the linen room came), 9 in the linen room
DEFAULT_RESPONDENTS = 49
DEMO_KIOSK_PIN = "1234"  # `apvdesk demo` gives the round this PIN, and says so, to try the kiosk at once
ROUND_START = dt.date(2026, 9, 1)
COLLECTION_END = ROUND_START + dt.timedelta(days=14)


@dataclass
class DemoWorkplace:
    """Everything the demo writes: workplace, groups, one round, answers and a plan.

    ``responses`` and ``collected`` refer to groups by their index in ``groups`` (stored in
    ``group_id``); ``collected`` are the answers collected on another PC, merged through a
    collection file. A group's, a problem's and an action's ``site_id`` is an index in
    ``sites``.
    """

    workplace: Workplace
    groups: list[Group]
    round: Round
    responses: list[Response]
    problems: list[DemoProblem]
    meetings: list[DemoMeeting] = field(default_factory=list)
    absence_periods: list[AbsencePeriod] = field(default_factory=list)  # group_id: an index
    absence_assessment: AbsenceAssessment | None = None
    approvals: list[Approval] = field(default_factory=list)  # round_id is set when stored
    collection_ended_on: dt.date | None = None  # the day the owner ended the collection
    dismissal_reasons: dict[str, str] = field(default_factory=dict)  # by scale id (a group's own first)
    assessed_on: dt.date | None = None  # the day findings without a problem were dismissed
    participation: Participation = field(default_factory=Participation)
    annual_discussions: list[AnnualDiscussion] = field(default_factory=list)
    work_changes: list[WorkChange] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)  # core.sites
    collected: list[Response] = field(default_factory=list)  # collected at the customer site
    group_dismissal_reasons: dict[int, dict[str, str]] = field(default_factory=dict)  # by group index


def make_demo(
    bank: QuestionBank,
    respondents: int = DEFAULT_RESPONDENTS,
    seed: int = 1,
    name: str = DEFAULT_NAME,
    agenda: Sequence[PointTemplate] = (),
) -> DemoWorkplace:
    """Build the demo workplace; the same arguments give the same content.

    With ``agenda`` templates, the demo also holds dialogue meetings of its two groups too small
    for their results to be shown (the drivers and the shop).
    """
    if respondents < 0:
        raise ValueError("the number of respondents cannot be negative")
    groups = demo_groups()
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
        amo_levels=2,  # 35 employees or more: groups and a committee
        rest_of_apv_location=REST_OF_APV,
        apv_access=APV_ACCESS,
    )
    apv_round = Round(
        title="APV 2026 – psykisk arbejdsmiljø",
        start_date=ROUND_START,
        status=RoundStatus.ASSESSING if respondents else RoundStatus.PREPARING,
        bank_id=bank.id,
        bank_version=bank.version,
    )
    drawn = demo_responses(bank, groups, respondents, seed)
    responses = [r for r in drawn if r.group_id != LINEN_ROOM]
    collected = [r for r in drawn if r.group_id == LINEN_ROOM]
    meetings = []
    if agenda:
        meetings.append(demo_meeting(bank, agenda, groups))
        shop = next(i for i, g in enumerate(groups) if g.name.startswith("Butik"))
        meeting, points = shop_meeting(bank, agenda)
        meetings.append(DemoMeeting(meeting, [shop], points))
    problems = demo_problems() + [DemoProblem(p, groups_, actions) for p, groups_, actions in risk_problems()]
    problems.append(site_problem())
    return DemoWorkplace(
        workplace,
        groups,
        apv_round,
        responses,
        problems,
        meetings,
        demo_absence(groups),
        demo_absence_assessment(),
        demo_approvals(),
        COLLECTION_END if respondents else None,
        DISMISSAL_REASONS if respondents else {},
        ASSESSED_ON if respondents else None,
        demo_participation(),
        [demo_annual_discussion()],
        demo_work_changes(),
        demo_sites(),
        collected,
        {LINEN_ROOM: SITE_DISMISSAL_REASONS} if respondents else {},
    )
