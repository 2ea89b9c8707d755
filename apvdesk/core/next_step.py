"""What to do next on each page: one step, computed from the facts of the workplace and its round.

Each page shows at most one "what now" line while its part of the APV is empty or
unfinished, and none once it is done. The step is worked out here from the Overview's
facts (:class:`~apvdesk.core.overview.OverviewFacts`) and the round's checklist
(:mod:`apvdesk.core.checklist`), so the pages, the tests and any later command agree;
:mod:`apvdesk.wording.next_step_text` puts it in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from apvdesk.core.checklist import ChecklistLine, Element, Why
from apvdesk.core.cooperation import cooperation_gap, employees
from apvdesk.core.model import RoundStatus
from apvdesk.core.overview import OverviewFacts

GUIDE = "guide"  # the target of a step that opens the getting-started guide, not a page


class Step(StrEnum):
    """The next thing to do on a page."""

    GUIDE = "guide"  # nothing done yet: the guide shows the way
    NO_ROUND = "no_round"
    ADD_GROUPS = "add_groups"
    AMO_MISSING = "amo_missing"  # count: employees; the recorded AMO falls short of the rule
    SET_PIN = "set_pin"
    READY_TO_MAP = "ready_to_map"
    COLLECT = "collect"  # no answers and no dialogue meeting yet
    COLLECTING = "collecting"  # count: answers so far, results not shown yet
    GROUPS_UNMAPPED = "groups_unmapped"  # count: groups without shown results or a meeting
    END_COLLECTION = "end_collection"  # count: answers so far
    HANDLE_FINDINGS = "handle_findings"  # count: findings neither made a problem nor dismissed
    JUDGE_ABSENCE = "judge_absence"
    LINK_ABSENCE = "link_absence"
    ADD_PROBLEMS = "add_problems"
    MAP_FIRST = "map_first"  # no results and no rated meeting points to make problems from
    FINDINGS_LEFT = "findings_left"  # count: findings not handled, seen from the action plan
    DESCRIBE_PROBLEMS = "describe_problems"  # count: problems without kind, extent or causes
    PLAN_ACTIONS = "plan_actions"  # count: problems without an action, actions without who or when
    APPROVE_PLAN = "approve_plan"
    NO_ACTIONS = "no_actions"
    PLAN_EFFECT_CHECKS = "plan_effect_checks"  # count: actions without a planned effect check


@dataclass(frozen=True)
class NextStep:
    """A step to show: ``page`` is where it is done (a page key, :data:`GUIDE`, or "" for this page).

    ``actions`` names the actions a step is about: (the problem's number in the plan, the action's "how").
    """

    step: Step
    page: str = ""
    count: int = 0
    actions: tuple[tuple[int, str], ...] = ()


def _line(lines: Sequence[ChecklistLine], element: Element) -> ChecklistLine | None:
    return next((line for line in lines if line.element == element), None)


def _reasons(lines: Sequence[ChecklistLine], element: Element, *whys: Why) -> int:
    line = _line(lines, element)
    if line is None:
        return 0
    return sum(1 for reason in line.reasons if not whys or reason.why in whys)


def _effect_checks(lines: Sequence[ChecklistLine], page: str = "") -> NextStep | None:
    """Return the step naming the actions without a planned effect check (set in Edit action)."""
    line = _line(lines, Element.FOLLOW_UP_PLANNED)
    unplanned = [r for r in line.reasons if r.why == Why.FOLLOW_UP_UNPLANNED] if line else []
    if not unplanned:
        return None
    named = tuple((r.problem or 0, r.action) for r in unplanned)
    return NextStep(Step.PLAN_EFFECT_CHECKS, page, len(unplanned), named)


def _results_shown(facts: OverviewFacts) -> bool:
    return facts.phase in (RoundStatus.ASSESSING, RoundStatus.FOLLOW_UP, RoundStatus.CLOSED)


def next_step(page: str, facts: OverviewFacts, lines: Sequence[ChecklistLine] = ()) -> NextStep | None:
    """Return the next step on ``page`` (a key of ui/page_keys.py), or None when its part is done.

    ``lines`` is the current round's checklist (empty without a round).
    """
    apv_round = facts.round
    if page == "overview":
        nothing_done = not facts.groups or apv_round is None or facts.phase in (None, RoundStatus.PREPARING)
        return NextStep(Step.GUIDE, GUIDE) if nothing_done and not facts.plan else None
    if page == "preparation":
        if not facts.groups:
            return NextStep(Step.ADD_GROUPS)
        if cooperation_gap(facts.workplace, facts.groups) is not None:
            return NextStep(Step.AMO_MISSING, count=employees(facts.workplace, facts.groups))
        if apv_round is None or facts.phase not in (None, RoundStatus.PREPARING):
            return None
        if not apv_round.kiosk_pin_hash:
            return NextStep(Step.SET_PIN)
        return NextStep(Step.READY_TO_MAP, "mapping")
    if apv_round is None:
        return NextStep(Step.NO_ROUND) if page in ("mapping", "assessment", "action-plan") else None
    if page == "mapping":
        return _mapping_step(facts, lines)
    if page == "assessment":
        return _assessment_step(facts, lines)
    if page == "absence":
        if _reasons(lines, Element.ABSENCE, Why.ABSENCE_NOT_JUDGED):
            return NextStep(Step.JUDGE_ABSENCE)
        if _reasons(lines, Element.ABSENCE, Why.ABSENCE_NOT_LINKED):
            return NextStep(Step.LINK_ABSENCE)
        return None
    if page == "action-plan":
        return _plan_step(facts, lines)
    if page == "follow-up":
        if not facts.round_actions:
            return NextStep(Step.NO_ACTIONS, "action-plan")
        return _effect_checks(lines, "action-plan")  # when and how are set in the action plan
    return None


def _mapping_step(facts: OverviewFacts, lines: Sequence[ChecklistLine]) -> NextStep | None:
    if facts.phase in (None, RoundStatus.PREPARING):
        return NextStep(Step.COLLECT)
    if _reasons(lines, Element.MAPPED, Why.COLLECTING):
        return NextStep(Step.COLLECTING, "assessment", facts.respondents)
    unmapped = _reasons(lines, Element.MAPPED)
    return NextStep(Step.GROUPS_UNMAPPED, count=unmapped) if unmapped else None


def _assessment_step(facts: OverviewFacts, lines: Sequence[ChecklistLine]) -> NextStep | None:
    if facts.phase in (None, RoundStatus.PREPARING):
        return NextStep(Step.COLLECT, "mapping")
    if not _results_shown(facts):
        return NextStep(Step.END_COLLECTION, count=facts.respondents)
    left = _reasons(lines, Element.ASSESSED, Why.FINDING_UNHANDLED)
    return NextStep(Step.HANDLE_FINDINGS, count=left) if left else None


def _plan_step(facts: OverviewFacts, lines: Sequence[ChecklistLine]) -> NextStep | None:
    """Return the plan's step in the checklist's order, so "complete" means what the checklist says."""
    if not facts.plan:
        if not _results_shown(facts):
            return NextStep(Step.MAP_FIRST, "mapping")
        return NextStep(Step.ADD_PROBLEMS, "assessment")
    unmapped = _reasons(lines, Element.MAPPED, Why.GROUP_NO_ANSWERS, Why.GROUP_WITHHELD, Why.GROUP_PROTECTING)
    if unmapped:
        return NextStep(Step.GROUPS_UNMAPPED, "mapping", unmapped)
    left = _reasons(lines, Element.ASSESSED, Why.FINDING_UNHANDLED)
    if left:
        return NextStep(Step.FINDINGS_LEFT, "assessment", left)
    undescribed = _reasons(lines, Element.PROBLEMS_DESCRIBED, Why.PROBLEM_UNDESCRIBED)
    if undescribed:
        return NextStep(Step.DESCRIBE_PROBLEMS, count=undescribed)
    unplanned = _reasons(lines, Element.ACTIONS_PLANNED, Why.PROBLEM_WITHOUT_ACTION, Why.ACTION_UNPLANNED)
    if unplanned:
        return NextStep(Step.PLAN_ACTIONS, count=unplanned)
    unchecked = _effect_checks(lines)
    if unchecked is not None:
        return unchecked
    if _reasons(lines, Element.PLAN_APPROVED):
        return NextStep(Step.APPROVE_PLAN)
    return None
