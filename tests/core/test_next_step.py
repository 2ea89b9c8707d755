"""The "what now" step of each page, from hand-made facts: shown while unfinished, gone when done."""

from __future__ import annotations

import datetime as dt

from apvdesk.core.checklist import ChecklistLine, Element, Reason, Why
from apvdesk.core.model import OTHER_SCALE, Action, Group, Problem, Round, RoundStatus, Workplace
from apvdesk.core.next_step import GUIDE, NextStep, Step, next_step
from apvdesk.core.overview import OverviewFacts

DAY = dt.date(2026, 12, 6)


def _facts(**changes) -> OverviewFacts:
    facts = OverviewFacts(
        Workplace(name="Vaskeri Syd", headcount=14, amo_levels=1),
        [Group("Vask", 8, id=1), Group("Strygning", 6, id=2)],
        Round("APV", DAY, id=1, kiosk_pin_hash="x"),
        phase=RoundStatus.PREPARING,
    )
    for name, value in changes.items():
        setattr(facts, name, value)
    return facts


def test_the_overview_offers_the_guide_until_the_mapping_begins():
    assert next_step("overview", _facts(groups=[])) == NextStep(Step.GUIDE, GUIDE)
    assert next_step("overview", _facts()) == NextStep(Step.GUIDE, GUIDE)
    assert next_step("overview", _facts(phase=RoundStatus.MAPPING, respondents=3)) is None


def test_preparation_groups_first_then_the_pin_then_on_to_mapping():
    assert next_step("preparation", _facts(groups=[])) == NextStep(Step.ADD_GROUPS)
    no_pin = _facts(round=Round("APV", DAY, id=1))
    assert next_step("preparation", no_pin) == NextStep(Step.SET_PIN)
    assert next_step("preparation", _facts()) == NextStep(Step.READY_TO_MAP, "mapping")
    assert next_step("preparation", _facts(phase=RoundStatus.MAPPING)) is None


def test_mapping_counts_the_answers_while_collecting_and_the_groups_left_after():
    collecting = [ChecklistLine(Element.MAPPED, (Reason(Why.COLLECTING),))]
    facts = _facts(phase=RoundStatus.MAPPING, respondents=11)
    assert next_step("mapping", facts, collecting) == NextStep(Step.COLLECTING, "assessment", 11)
    short = [ChecklistLine(Element.MAPPED, (Reason(Why.GROUP_WITHHELD, 2),))]
    assessed = _facts(phase=RoundStatus.ASSESSING, respondents=11)
    assert next_step("mapping", assessed, short) == NextStep(Step.GROUPS_UNMAPPED, count=1)
    assert next_step("mapping", assessed, [ChecklistLine(Element.MAPPED)]) is None


def test_the_plan_asks_for_descriptions_then_actions_then_approval():
    problem = Problem(1, OTHER_SCALE, kind="Travlhed", id=5)
    facts = _facts(phase=RoundStatus.ASSESSING, plan=[(problem, [])])
    undescribed = ChecklistLine(Element.PROBLEMS_DESCRIBED, (Reason(Why.PROBLEM_UNDESCRIBED, problem=1),))
    unplanned = ChecklistLine(
        Element.ACTIONS_PLANNED,
        (Reason(Why.PROBLEM_WITHOUT_ACTION, problem=1), Reason(Why.ACTION_UNPLANNED, problem=2)),
    )
    unapproved = ChecklistLine(Element.PLAN_APPROVED, (Reason(Why.NOT_APPROVED),))
    assert next_step("action-plan", facts, [undescribed, unplanned, unapproved]) == NextStep(
        Step.DESCRIBE_PROBLEMS, count=1
    )
    assert next_step("action-plan", facts, [unplanned, unapproved]) == NextStep(Step.PLAN_ACTIONS, count=2)
    assert next_step("action-plan", facts, [unapproved]) == NextStep(Step.APPROVE_PLAN)
    assert next_step("action-plan", facts, []) is None
    assert next_step("action-plan", _facts(phase=RoundStatus.ASSESSING)) == NextStep(
        Step.ADD_PROBLEMS, "assessment"
    )


def test_follow_up_waits_for_actions_then_asks_for_effect_checks():
    assert next_step("follow-up", _facts()) == NextStep(Step.NO_ACTIONS, "action-plan")
    problem = Problem(1, OTHER_SCALE, kind="Travlhed", id=5)
    facts = _facts(plan=[(problem, [Action("Ekstra hænder", problem_id=5)])])
    unchecked = [
        ChecklistLine(
            Element.FOLLOW_UP_PLANNED, (Reason(Why.FOLLOW_UP_UNPLANNED, problem=1, action="Ekstra hænder"),)
        )
    ]
    # named as the checklist names it, and done where when and how are set: the action plan
    assert next_step("follow-up", facts, unchecked) == NextStep(
        Step.PLAN_EFFECT_CHECKS, "action-plan", 1, ((1, "Ekstra hænder"),)
    )
    assert next_step("follow-up", facts, [ChecklistLine(Element.FOLLOW_UP_PLANNED)]) is None


def test_the_round_is_not_ready_while_the_amo_falls_short():
    """14 employees and no AMO: the line names the AMO first, not "the round is ready"."""
    no_amo = _facts(workplace=Workplace(name="Vaskeri Syd", headcount=14))
    assert next_step("preparation", no_amo) == NextStep(Step.AMO_MISSING, count=14)
    big = _facts(workplace=Workplace(name="Vaskeri Syd", headcount=40, amo_levels=1))
    assert next_step("preparation", big) == NextStep(Step.AMO_MISSING, count=40)
    small = _facts(workplace=Workplace(name="Vaskeri Syd", headcount=9))
    assert next_step("preparation", small) == NextStep(Step.READY_TO_MAP, "mapping")


def test_an_empty_plan_without_results_points_to_the_mapping():
    assert next_step("action-plan", _facts(phase=RoundStatus.PREPARING)) == NextStep(
        Step.MAP_FIRST, "mapping"
    )
    assert next_step("action-plan", _facts(phase=RoundStatus.MAPPING)) == NextStep(Step.MAP_FIRST, "mapping")


def test_the_plan_is_not_complete_while_the_checklist_says_otherwise():
    """An action without an effect check, or an unhandled meeting point: not "the plan is complete"."""
    problem = Problem(1, OTHER_SCALE, kind="Travlhed", id=5)
    facts = _facts(phase=RoundStatus.ASSESSING, plan=[(problem, [])])
    unapproved = ChecklistLine(Element.PLAN_APPROVED, (Reason(Why.NOT_APPROVED),))
    unchecked = ChecklistLine(Element.FOLLOW_UP_PLANNED, (Reason(Why.FOLLOW_UP_UNPLANNED, problem=1),))
    unhandled = ChecklistLine(Element.ASSESSED, (Reason(Why.FINDING_UNHANDLED, 1),))
    assert next_step("action-plan", facts, [unhandled, unchecked, unapproved]) == NextStep(
        Step.FINDINGS_LEFT, "assessment", 1
    )
    assert next_step("action-plan", facts, [unchecked, unapproved]) == NextStep(
        Step.PLAN_EFFECT_CHECKS, count=1, actions=((1, ""),)
    )
    unmapped = ChecklistLine(Element.MAPPED, (Reason(Why.GROUP_NO_ANSWERS, 2),))
    waiting = ChecklistLine(Element.ASSESSED, (Reason(Why.WAITING, step="mapped"),))
    assert next_step("action-plan", facts, [unmapped, waiting, unapproved]) == NextStep(
        Step.GROUPS_UNMAPPED, "mapping", 1
    )
    assert next_step("action-plan", facts, [unapproved]) == NextStep(Step.APPROVE_PLAN)
