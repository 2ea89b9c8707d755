"""An element that rests on an earlier step is not met before that step is done.

A new workplace (no groups, no answers, no plan) has nothing met; each element turns
true only when the facts it rests on arrive.
"""

from __future__ import annotations

import dataclasses

from apvdesk.core.approval import approval_state
from apvdesk.core.checklist import ChecklistInput, Element, Why, apv_checklist
from apvdesk.core.result_types import Light
from tests.core.test_checklist import (
    APPROVED,
    COMPLETE,
    DRIVER_MEETING,
    DRIVERS,
    GREEN_RESULTS,
    IRON,
    TODAY,
    WASH,
    _action,
    _problem,
    _results,
    _shown,
)

EMPTY = ChecklistInput(
    round_groups=[],
    results=None,
    collecting=False,
    meetings=[],
    plan=[],
    dismissals=[],
    absence=None,
    approval=approval_state([], 0),
    today=TODAY,
)


def _met(data: ChecklistInput) -> set[Element]:
    return {line.element for line in apv_checklist(data) if line.met}


def _whys(data: ChecklistInput, element: Element) -> list[tuple[Why, str]]:
    line = next(line for line in apv_checklist(data) if line.element == element)
    return [(r.why, r.step) for r in line.reasons]


def test_a_new_workplace_has_nothing_met():
    assert _met(EMPTY) == set()
    assert _whys(EMPTY, Element.MAPPED) == [(Why.NO_GROUPS, "")]
    assert _whys(EMPTY, Element.ASSESSED) == [(Why.WAITING, "mapped")]
    for element in (Element.PROBLEMS_DESCRIBED, Element.ACTIONS_PLANNED, Element.PLAN_APPROVED):
        assert _whys(EMPTY, element) == [(Why.WAITING, "assessed")], element
    assert _whys(EMPTY, Element.FOLLOW_UP_PLANNED) == [(Why.WAITING, "actions_planned")]
    # the button of a waiting element goes where the earlier step is done
    pages = {line.element: line.page for line in apv_checklist(EMPTY)}
    assert pages[Element.ASSESSED] == "mapping" and pages[Element.PROBLEMS_DESCRIBED] == "assessment"


def test_groups_and_an_open_collection_map_nothing_yet():
    collecting = dataclasses.replace(EMPTY, round_groups=[WASH, IRON, DRIVERS], collecting=True)
    assert _met(collecting) == set()
    assert _whys(collecting, Element.MAPPED) == [(Why.COLLECTING, "")]


def test_each_element_turns_true_when_its_facts_arrive():
    mapped = dataclasses.replace(
        EMPTY, round_groups=[WASH, IRON, DRIVERS], results=GREEN_RESULTS, meetings=[DRIVER_MEETING]
    )
    # mapped, and the assessment found nothing red or yellow: nothing to describe, plan or approve
    assert _met(mapped) == {
        Element.MAPPED,
        Element.ASSESSED,
        Element.PROBLEMS_DESCRIBED,
        Element.ACTIONS_PLANNED,
        Element.FOLLOW_UP_PLANNED,
        Element.PLAN_APPROVED,
    }

    red = _results(*GREEN_RESULTS.results.values(), _shown("support_manager", None, 40.0, Light.RED))
    found = dataclasses.replace(mapped, results=red)
    assert _met(found) == {Element.MAPPED}
    assert _whys(found, Element.PLAN_APPROVED) == [(Why.WAITING, "assessed")]

    problem = dataclasses.replace(found, plan=[(_problem(), [])])
    assert _met(problem) == {Element.MAPPED, Element.ASSESSED, Element.PROBLEMS_DESCRIBED}
    assert _whys(problem, Element.ACTIONS_PLANNED) == [(Why.PROBLEM_WITHOUT_ACTION, "")]
    assert _whys(problem, Element.FOLLOW_UP_PLANNED) == [(Why.WAITING, "actions_planned")]
    assert _whys(problem, Element.PLAN_APPROVED) == [(Why.NOT_APPROVED, "")]

    no_check = dataclasses.replace(problem, plan=[(_problem(), [_action(follow_up_date=None)])])
    assert Element.ACTIONS_PLANNED in _met(no_check)
    assert _whys(no_check, Element.FOLLOW_UP_PLANNED) == [(Why.FOLLOW_UP_UNPLANNED, "")]

    planned = dataclasses.replace(problem, plan=[(_problem(), [_action()])])
    assert Element.FOLLOW_UP_PLANNED in _met(planned)
    assert Element.PLAN_APPROVED in _met(dataclasses.replace(planned, approval=APPROVED))


def test_the_complete_round_still_is():
    assert len(_met(COMPLETE)) == len(Element)
