"""The APV checklist: each element met or not, computed from the facts, with the reasons why not.

BEK 1838/2023 asks for a written APV: a risk assessment based on a mapping of the working
conditions, each problem described by kind, seriousness, extent and causes; the sickness
absence taken into account; a written action plan (how, when, who) for the problems not
solved at once; carrying the plan out and following up. Arbejdsmiljøloven §§ 6-7 and the
AMO rules ask that employees take part. Approval of the plan is good practice (BFA), not a
rule. This program maps the psychosocial work environment only, so the checklist also asks
where the rest of the APV is kept, and how employees can read the APV.

An element is met only when every reason against it is gone; each reason names the group,
finding, problem or action that holds it back, so the owner knows what to do. An element
that rests on an earlier one is not met while that one is not (reason ``WAITING``): nothing
is assessed before the groups are mapped, and an empty plan is neither planned nor approved
before the assessment found nothing to act on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from apvdesk.core.absence import AbsenceAssessment, Contributes
from apvdesk.core.approval import ApprovalState
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
from apvdesk.core.findings import (
    ABSENCE_KEY,
    Dismissal,
    Finding,
    round_findings,
    unhandled_findings,
)
from apvdesk.core.model import Action, ActionStatus, Group, Problem
from apvdesk.core.result_types import RoundResults

AMO_FROM = 10  # employees: an AMO in one level (arbejdsmiljøloven § 7)
AMO_TWO_LEVELS_FROM = 35  # employees: an AMO in two levels (BEK 1838/2023)
PARTICIPATION_STEPS = ("mapping", "assessment", "plan")  # steps whose participants must be recorded


class Element(StrEnum):
    """The elements of the checklist, in the order the work is done."""

    MAPPED = "mapped"
    ASSESSED = "assessed"
    PROBLEMS_DESCRIBED = "problems_described"
    ABSENCE = "absence"
    ACTIONS_PLANNED = "actions_planned"
    FOLLOW_UP_PLANNED = "follow_up_planned"
    PLAN_APPROVED = "plan_approved"
    COOPERATION = "cooperation"
    SCOPE = "scope"
    AVAILABLE = "available"


# The page (a key of ui/page_keys.py) where each element is put right.
FIX_PAGE = {
    Element.MAPPED: "mapping",
    Element.ASSESSED: "assessment",
    Element.PROBLEMS_DESCRIBED: "action-plan",
    Element.ABSENCE: "absence",
    Element.ACTIONS_PLANNED: "action-plan",
    Element.FOLLOW_UP_PLANNED: "action-plan",  # when and how: Edit action in the plan
    Element.PLAN_APPROVED: "action-plan",
    Element.COOPERATION: "overview",
    Element.SCOPE: "overview",
    Element.AVAILABLE: "overview",
}


class Why(StrEnum):
    """Why an element is not met (rendered as a sentence by wording.checklist_text)."""

    COLLECTING = "collecting"
    GROUP_WITHHELD = "group_withheld"
    GROUP_PROTECTING = "group_protecting"
    GROUP_NO_ANSWERS = "group_no_answers"
    FINDING_UNHANDLED = "finding_unhandled"
    ABSENCE_NOT_JUDGED = "absence_not_judged"
    ABSENCE_NOT_LINKED = "absence_not_linked"
    PROBLEM_UNDESCRIBED = "problem_undescribed"
    PROBLEM_WITHOUT_ACTION = "problem_without_action"
    ACTION_UNPLANNED = "action_unplanned"
    FOLLOW_UP_UNPLANNED = "follow_up_unplanned"
    NOT_APPROVED = "not_approved"
    CHANGED_SINCE_APPROVAL = "changed_since_approval"
    PARTICIPATION_MISSING = "participation_missing"
    NO_AMO = "no_amo"
    AMO_ONE_LEVEL = "amo_one_level"
    REST_OF_APV_MISSING = "rest_of_apv_missing"
    ACCESS_MISSING = "access_missing"
    NO_GROUPS = "no_groups"
    WAITING = "waiting"  # the element rests on an earlier one (``step``: that element's value)


@dataclass(frozen=True)
class Reason:
    """One thing that holds an element back, with what it concerns.

    ``problem`` is the problem's 1-based number in the plan's order (as printed);
    ``missing`` names the fields not filled in (``kind``, ``extent``, ``causes``, ``how``,
    ``responsible``, ``deadline``); ``step`` a participation step; ``count`` a headcount.
    """

    why: Why
    group_id: int | None = None
    finding: Finding | None = None
    problem: int | None = None
    action: str = ""
    missing: tuple[str, ...] = ()
    date: dt.date | None = None
    step: str = ""
    count: int = 0


@dataclass(frozen=True)
class ChecklistLine:
    """One element: met or not, and why not; ``basis`` counts what it rests on, when met or not.

    Keys of ``basis``: for MAPPED ``by_results`` and ``by_meetings`` (groups); for ASSESSED
    ``findings``, ``by_problems`` and ``dismissed``; for ABSENCE ``linked`` (problems) and
    ``explained`` (1 when a reason is written); for PROBLEMS_DESCRIBED ``problems``; for
    ACTIONS_PLANNED ``actions``.
    """

    element: Element
    reasons: tuple[Reason, ...] = ()
    basis: tuple[tuple[str, int], ...] = ()

    @property
    def met(self) -> bool:
        return not self.reasons

    @property
    def page(self) -> str:
        """Return where to put it right: the earlier step's page while the element waits for it."""
        if self.reasons and self.reasons[0].why == Why.WAITING:
            return FIX_PAGE[Element(self.reasons[0].step)]
        return FIX_PAGE[self.element]


@dataclass(frozen=True)
class ChecklistInput:
    """What the checklist looks at, gathered for one round.

    ``plan`` is in the plan's order (core.plan_order.ordered_problems), so position + 1 is
    the number every output prints (core.plan_order.numbered_problems). ``results`` are
    the released results (None while collecting).
    ``participation`` maps a step of :data:`PARTICIPATION_STEPS` to who took part.
    """

    round_groups: Sequence[Group]
    results: RoundResults | None
    collecting: bool
    meetings: Sequence[tuple[DialogueMeeting, Sequence[AgendaPoint]]]
    plan: Sequence[tuple[Problem, Sequence[Action]]]
    dismissals: Sequence[Dismissal]
    absence: AbsenceAssessment | None
    approval: ApprovalState
    today: dt.date
    headcount: int = 0
    amo_levels: int = 0
    participation: Mapping[str, str] = field(default_factory=dict)
    rest_of_apv_location: str = ""
    apv_access: str = ""


def _live(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status != ActionStatus.CANCELLED]


def _meeting_groups(data: ChecklistInput) -> set[int]:
    """Return the groups covered by a dialogue meeting with at least one rated point."""
    return {
        g
        for meeting, points in data.meetings
        if any(p.rating is not None for p in points)
        for g in meeting.group_ids
    }


def _mapped_by_results(data: ChecklistInput) -> set[int]:
    """Return the groups whose results are shown on at least half of the round's scales.

    A group with nearly everything withheld (too few answers, or kept back to protect
    another group) is not mapped by its one or two shown figures.
    """
    if data.results is None:
        return set()
    scales = {s for (s, _g) in data.results.results}
    shown: dict[int, int] = {}
    for (_s, g), result in data.results.results.items():
        if g is not None and result.shown:
            shown[g] = shown.get(g, 0) + 1
    return {g for g, n in shown.items() if 2 * n >= len(scales)}


def _mapped(data: ChecklistInput) -> list[Reason]:
    """Return why groups are not mapped: neither shown results nor a meeting with rated points."""
    if not data.round_groups:
        return [Reason(Why.NO_GROUPS)]
    covered = _meeting_groups(data)
    uncovered = [g for g in data.round_groups if g.id is not None and g.id not in covered]
    if not uncovered:
        return []
    if data.results is None:
        if data.collecting:
            return [Reason(Why.COLLECTING)]
        return [Reason(Why.GROUP_NO_ANSWERS, g.id) for g in uncovered]
    by_results = _mapped_by_results(data)
    reasons = []
    for group in uncovered:
        if group.id not in by_results:
            answered = data.results.respondents.get(group.id, 0)
            enough = answered >= data.results.threshold  # withheld to protect a smaller group
            why = Why.GROUP_PROTECTING if enough else Why.GROUP_WITHHELD if answered else Why.GROUP_NO_ANSWERS
            reasons.append(Reason(why, group.id))
    return reasons


def _assessed(data: ChecklistInput) -> list[Reason]:
    group_ids = [g.id for g in data.round_groups if g.id is not None]
    findings = round_findings(data.results, group_ids, data.meetings)
    problems = [p for p, _a in data.plan]
    left = unhandled_findings(findings, problems, data.dismissals, group_ids)
    return [Reason(Why.FINDING_UNHANDLED, finding.group_id, finding) for finding in left]


def _described(data: ChecklistInput) -> list[Reason]:
    reasons = []
    for number, (problem, _actions) in enumerate(data.plan, start=1):
        missing = tuple(
            name
            for name, text in (("kind", problem.kind), ("extent", problem.extent), ("causes", problem.causes))
            if not text.strip()
        )
        if missing:
            reasons.append(Reason(Why.PROBLEM_UNDESCRIBED, problem=number, missing=missing))
    return reasons


def _absence(data: ChecklistInput) -> list[Reason]:
    if data.absence is None or data.absence.contributes is None:
        return [Reason(Why.ABSENCE_NOT_JUDGED)]
    if data.absence.contributes == Contributes.NO:
        return []
    linked = any(p.concerns_absence for p, _a in data.plan)
    explained = any(d.key == ABSENCE_KEY and d.valid for d in data.dismissals)
    return [] if linked or explained else [Reason(Why.ABSENCE_NOT_LINKED)]


def _needing_plan(data: ChecklistInput) -> list[tuple[int, Problem, list[Action]]]:
    return [(n, p, _live(a)) for n, (p, a) in enumerate(data.plan, start=1) if not p.solved_at_once]


def _planned(data: ChecklistInput) -> list[Reason]:
    reasons = []
    for number, _problem, live in _needing_plan(data):
        if not live:
            reasons.append(Reason(Why.PROBLEM_WITHOUT_ACTION, problem=number))
        for action in live:
            missing = tuple(
                name
                for name, value in (
                    ("how", action.how.strip()),
                    ("responsible", action.responsible.strip()),
                    ("deadline", action.deadline),
                )
                if not value
            )
            if missing:
                reasons.append(
                    Reason(Why.ACTION_UNPLANNED, problem=number, action=action.how, missing=missing)
                )
    return reasons


def _follow_up_planned(action: Action) -> bool:
    """Return True when the effect check is planned (when and how) or already recorded."""
    if action.status == ActionStatus.DONE and action.effect is not None:
        return True
    return bool(action.follow_up_date and action.follow_up_method.strip())


def _follow_up(data: ChecklistInput) -> list[Reason]:
    return [
        Reason(Why.FOLLOW_UP_UNPLANNED, problem=number, action=action.how)
        for number, _problem, live in _needing_plan(data)
        for action in live
        if not _follow_up_planned(action)
    ]


def _approved(data: ChecklistInput, assessed: bool) -> list[Reason]:
    if not data.plan:  # an empty plan is "approved" only by an assessment that found nothing
        return [] if assessed else [Reason(Why.WAITING, step=Element.ASSESSED.value)]
    if data.approval.approved:
        return []
    return [Reason(Why.CHANGED_SINCE_APPROVAL if data.approval.changed_since_approval else Why.NOT_APPROVED)]


def _cooperation(data: ChecklistInput) -> list[Reason]:
    reasons = [
        Reason(Why.PARTICIPATION_MISSING, step=step)
        for step in PARTICIPATION_STEPS
        if not data.participation.get(step, "").strip()
    ]
    if data.headcount >= AMO_FROM and data.amo_levels < 1:
        reasons.append(Reason(Why.NO_AMO, count=data.headcount))
    elif data.headcount >= AMO_TWO_LEVELS_FROM and data.amo_levels < 2:
        reasons.append(Reason(Why.AMO_ONE_LEVEL, count=data.headcount))
    return reasons


def _basis(data: ChecklistInput) -> dict[Element, tuple[tuple[str, int], ...]]:
    """Return what the elements rest on, counted: shown to say why an element is met."""
    covered = _meeting_groups(data)
    shown = _mapped_by_results(data)
    group_ids = [g.id for g in data.round_groups if g.id is not None]
    findings = round_findings(data.results, group_ids, data.meetings)
    problems = [p for p, _a in data.plan]
    left = unhandled_findings(findings, problems, (), group_ids)
    dismissed = {d.key for d in data.dismissals if d.valid}
    return {
        Element.MAPPED: (
            ("by_results", sum(1 for g in group_ids if g in shown)),
            ("by_meetings", sum(1 for g in group_ids if g in covered and g not in shown)),
        ),
        Element.ASSESSED: (
            ("findings", len(findings)),
            ("by_problems", len(findings) - len(left)),
            ("dismissed", sum(1 for f in left if f.key in dismissed)),
        ),
        Element.ABSENCE: (
            ("linked", sum(1 for p in problems if p.concerns_absence)),
            ("explained", int(any(d.key == ABSENCE_KEY and d.valid for d in data.dismissals))),
        ),
        Element.PROBLEMS_DESCRIBED: (("problems", len(problems)),),
        Element.ACTIONS_PLANNED: (("actions", sum(len(live) for _n, _p, live in _needing_plan(data))),),
    }


def _after(earlier: Element, done: list[Reason], own: list[Reason]) -> tuple[Reason, ...]:
    """Return an element's reasons: first that it waits for ``earlier`` when that is not done."""
    return ((Reason(Why.WAITING, step=earlier.value),) if done else ()) + tuple(own)


def apv_checklist(data: ChecklistInput) -> list[ChecklistLine]:
    """Return the checklist for a round, one line per element in :class:`Element` order."""
    basis = _basis(data)
    mapped = _mapped(data)
    assessed = list(_after(Element.MAPPED, mapped, _assessed(data)))
    planned = list(_after(Element.ASSESSED, assessed, _planned(data)))
    return [
        ChecklistLine(Element.MAPPED, tuple(mapped), basis[Element.MAPPED]),
        ChecklistLine(Element.ASSESSED, tuple(assessed), basis[Element.ASSESSED]),
        ChecklistLine(
            Element.PROBLEMS_DESCRIBED,
            _after(Element.ASSESSED, assessed, _described(data)),
            basis[Element.PROBLEMS_DESCRIBED],
        ),
        ChecklistLine(Element.ABSENCE, tuple(_absence(data)), basis[Element.ABSENCE]),
        ChecklistLine(Element.ACTIONS_PLANNED, tuple(planned), basis[Element.ACTIONS_PLANNED]),
        ChecklistLine(Element.FOLLOW_UP_PLANNED, _after(Element.ACTIONS_PLANNED, planned, _follow_up(data))),
        ChecklistLine(Element.PLAN_APPROVED, tuple(_approved(data, not assessed))),
        ChecklistLine(Element.COOPERATION, tuple(_cooperation(data))),
        ChecklistLine(
            Element.SCOPE, () if data.rest_of_apv_location.strip() else (Reason(Why.REST_OF_APV_MISSING),)
        ),
        ChecklistLine(Element.AVAILABLE, () if data.apv_access.strip() else (Reason(Why.ACCESS_MISSING),)),
    ]


def checklist_complete(lines: Sequence[ChecklistLine]) -> bool:
    return all(line.met for line in lines)
