"""The APV checklist tells the truth: each element turns false on the fact that makes it false."""

from __future__ import annotations

import dataclasses
import datetime as dt

from apvdesk.core.absence import AbsenceAssessment, Contributes
from apvdesk.core.approval import approval_state
from apvdesk.core.checklist import (
    ChecklistInput,
    Element,
    Why,
    apv_checklist,
    checklist_complete,
)
from apvdesk.core.deadlines import is_overdue, summarise_deadlines
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.findings import ABSENCE_KEY, Dismissal, Finding
from apvdesk.core.model import Action, ActionStatus, Approval, ApproverRole, Group, Problem
from apvdesk.core.result_types import Light, RoundResults, ScaleResult, Withheld

TODAY = dt.date(2026, 12, 6)
WASH, IRON, DRIVERS = Group("Vask", 8, id=1), Group("Strygning", 6, id=2), Group("Chauffører", 3, id=3)
APPROVED = approval_state([Approval(1, "AMO", ApproverRole.AMO, TODAY, plan_revision=4)], 4)
STEPS = {"mapping": "AMO", "assessment": "AMO", "plan": "AMO og alle ansatte på personalemødet 3. nov."}


def _shown(scale: str, group: int | None, mean: float, light: Light, n: int = 6) -> ScaleResult:
    return ScaleResult(scale, group, n, mean, 10.0, None, 20.0, light)


def _withheld(scale: str, group: int, n: int = 2) -> ScaleResult:
    return ScaleResult(scale, group, n, None, None, Withheld.BELOW_THRESHOLD)


def _results(*cells: ScaleResult, respondents: dict | None = None) -> RoundResults:
    return RoundResults(
        threshold=5,
        group_ids=(1, 2, 3),
        respondents=respondents or {None: 16, 1: 8, 2: 6, 3: 2},
        results={(c.scale_id, c.group_id): c for c in cells},
    )


GREEN_RESULTS = _results(
    _shown("support_manager", None, 80, Light.GREEN),
    _shown("support_manager", 1, 78, Light.GREEN),
    _shown("support_manager", 2, 82, Light.GREEN),
    _withheld("support_manager", 3),
)
DRIVER_MEETING = (
    DialogueMeeting(1, [3], TODAY, "Karin", 3, id=1),
    [AgendaPoint("Alene på ruten", "?", scale_id="lone_work", rating=Rating.MOSTLY_WORKS, id=11)],
)


def _problem(**kw) -> Problem:
    base = dict(round_id=1, scale_id="support_manager", kind="Lidt hjælp", extent="Alle", causes="Travlhed")
    return Problem(**{**base, **kw})


def _action(**kw) -> Action:
    base = dict(
        how="Fast møde",
        responsible="Lene",
        deadline=dt.date(2026, 12, 15),
        follow_up_date=dt.date(2027, 3, 1),
        follow_up_method="Spørg på mødet",
    )
    return Action(**{**base, **kw})


COMPLETE = ChecklistInput(
    round_groups=[WASH, IRON, DRIVERS],
    results=GREEN_RESULTS,
    collecting=False,
    meetings=[DRIVER_MEETING],
    plan=[(_problem(), [_action()])],
    dismissals=[],
    absence=AbsenceAssessment(1, Contributes.NO, "Lavt fravær", TODAY),
    approval=APPROVED,
    today=TODAY,
    headcount=17,
    amo_levels=1,
    participation=STEPS,
    rest_of_apv_location="Den fysiske APV ligger i mappen på kontoret (2025).",
    apv_access="Opslag i frokoststuen; mappen på kontoret.",
)


_MEETING_1_2 = (
    DialogueMeeting(1, [1, 2], TODAY, "Karin", 14, id=2),
    [AgendaPoint("Hjælp fra lederen", "?", scale_id="support_manager", rating=Rating.MOSTLY_WORKS, id=21)],
)


def _lines(data: ChecklistInput) -> dict[Element, tuple]:
    return {line.element: line.reasons for line in apv_checklist(data)}


def test_everything_handled_is_complete_and_every_element_is_there():
    lines = apv_checklist(COMPLETE)
    assert [line.element for line in lines] == list(Element)
    assert checklist_complete(lines), [line for line in lines if not line.met]


def test_one_red_result_unhandled_is_not_complete_and_is_named():
    red = _results(
        *GREEN_RESULTS.results.values(),
        _shown("demands_quantitative", None, 44.0, Light.RED),
        _shown("demands_quantitative", 1, 38.0, Light.RED),
        _shown("demands_quantitative", 2, 70.0, Light.GREEN),
    )
    data = dataclasses.replace(COMPLETE, results=red)
    lines = _lines(data)
    assert not checklist_complete(apv_checklist(data))
    findings = [r.finding for r in lines[Element.ASSESSED]]
    assert [(f.scale_id, f.group_id, f.light) for f in findings] == [
        ("demands_quantitative", None, Light.RED),
        ("demands_quantitative", 1, Light.RED),
    ]
    # a problem for the washing room alone handles its own result, not the whole workplace's
    washing = _problem(scale_id="demands_quantitative", group_ids=[1])
    lines = _lines(dataclasses.replace(data, plan=[*data.plan, (washing, [_action()])]))
    assert [r.finding.group_id for r in lines[Element.ASSESSED]] == [None]
    # the whole workplace's finding dismissed with a reason and a date: handled
    reason = Dismissal(1, "result:demands_quantitative:all", "Kun i vaskeriet; se problem 2.", TODAY)
    handled = dataclasses.replace(data, plan=[*data.plan, (washing, [_action()])], dismissals=[reason])
    assert checklist_complete(apv_checklist(handled))
    # a dismissal without a reason does not count
    empty = dataclasses.replace(handled, dismissals=[dataclasses.replace(reason, reason="  ")])
    assert _lines(empty)[Element.ASSESSED]


def test_a_problem_for_every_group_handles_the_whole_workplace_finding():
    red = _results(*GREEN_RESULTS.results.values(), _shown("demands_quantitative", None, 44.0, Light.RED))
    everyone = _problem(scale_id="demands_quantitative")  # no group ticked: the whole workplace
    data = dataclasses.replace(COMPLETE, results=red, plan=[*COMPLETE.plan, (everyone, [_action()])])
    assert _lines(data)[Element.ASSESSED] == ()


def test_a_yellow_result_and_a_meeting_point_rated_a_problem_are_findings():
    yellow = _results(*GREEN_RESULTS.results.values(), _shown("influence", 2, 60.0, Light.YELLOW))
    meeting = (
        DRIVER_MEETING[0],
        [AgendaPoint("Vold og trusler", "?", scale_id="violence_threats", rating=Rating.REAL_PROBLEM, id=12)],
    )
    data = dataclasses.replace(COMPLETE, results=yellow, meetings=[meeting])
    reasons = _lines(data)[Element.ASSESSED]
    assert [r.finding.key for r in reasons] == ["result:influence:2", "point:12"]
    assault = _problem(scale_id="violence_threats", group_ids=[3], dialogue_point_id=12)
    data = dataclasses.replace(data, plan=[*data.plan, (assault, [_action()])])
    assert [r.finding.key for r in _lines(data)[Element.ASSESSED]] == ["result:influence:2"]


def test_a_withheld_group_without_a_meeting_is_not_mapped():
    data = dataclasses.replace(COMPLETE, meetings=[])
    reasons = _lines(data)[Element.MAPPED]
    assert [(r.why, r.group_id) for r in reasons] == [(Why.GROUP_WITHHELD, 3)]
    # a meeting whose points were not rated does not map the group either
    unrated = (DRIVER_MEETING[0], [dataclasses.replace(DRIVER_MEETING[1][0], rating=None)])
    assert _lines(dataclasses.replace(COMPLETE, meetings=[unrated]))[Element.MAPPED]
    # everything withheld (three answers in all) is not mapped at all
    few = _results(
        *(_withheld("support_manager", g, 1) for g in (1, 2, 3)), respondents={None: 3, 1: 1, 2: 1, 3: 1}
    )
    reasons = _lines(dataclasses.replace(COMPLETE, results=few, meetings=[]))[Element.MAPPED]
    assert [r.group_id for r in reasons] == [1, 2, 3]


def test_while_the_collection_runs_nothing_is_mapped_yet():
    data = dataclasses.replace(COMPLETE, results=None, collecting=True)
    assert [r.why for r in _lines(data)[Element.MAPPED]] == [Why.COLLECTING]


def test_absence_judged_yes_needs_a_linked_problem_or_a_reason():
    yes = dataclasses.replace(COMPLETE, absence=AbsenceAssessment(1, Contributes.YES, "Travlhed", TODAY))
    assert [r.why for r in _lines(yes)[Element.ABSENCE]] == [Why.ABSENCE_NOT_LINKED]
    assert not checklist_complete(apv_checklist(yes))
    linked = dataclasses.replace(yes, plan=[(_problem(concerns_absence=True), [_action()])])
    assert _lines(linked)[Element.ABSENCE] == ()
    explained = dataclasses.replace(
        yes, dismissals=[Dismissal(1, ABSENCE_KEY, "Fraværet skyldes én langtidssyg.", TODAY)]
    )
    assert _lines(explained)[Element.ABSENCE] == ()
    unjudged = dataclasses.replace(COMPLETE, absence=AbsenceAssessment(1))
    assert [r.why for r in _lines(unjudged)[Element.ABSENCE]] == [Why.ABSENCE_NOT_JUDGED]


def test_one_of_several_problems_without_its_extent_is_named():
    plan = [(_problem(), [_action()]), (_problem(extent=" "), [_action()]), (_problem(), [_action()])]
    data = dataclasses.replace(COMPLETE, plan=plan)
    reasons = _lines(data)[Element.PROBLEMS_DESCRIBED]
    assert [(r.problem, r.missing) for r in reasons] == [(2, ("extent",))]
    assert not checklist_complete(apv_checklist(data))


def test_one_of_several_actions_without_its_deadline_is_named():
    plan = [
        (_problem(), [_action(), _action(how="Tavle", deadline=None)]),
        (_problem(), [_action()]),
        (_problem(solved_at_once=True), []),  # needs no actions
        (_problem(), [_action(status=ActionStatus.CANCELLED)]),  # a cancelled action is no plan
    ]
    data = dataclasses.replace(COMPLETE, plan=plan)
    reasons = _lines(data)[Element.ACTIONS_PLANNED]
    assert [(r.why, r.problem, r.action, r.missing) for r in reasons] == [
        (Why.ACTION_UNPLANNED, 1, "Tavle", ("deadline",)),
        (Why.PROBLEM_WITHOUT_ACTION, 4, "", ()),
    ]
    assert not checklist_complete(apv_checklist(data))


def test_an_action_due_today_is_not_yet_overdue():
    due_today = _action(deadline=TODAY)
    assert not is_overdue(due_today, TODAY)
    assert is_overdue(due_today, TODAY + dt.timedelta(days=1))
    assert not is_overdue(
        dataclasses.replace(due_today, status=ActionStatus.DONE), TODAY + dt.timedelta(days=9)
    )
    summary = summarise_deadlines([due_today], TODAY)
    assert (summary.overdue, summary.due_soon) == ([], [due_today])
    assert summarise_deadlines([due_today], TODAY + dt.timedelta(days=1)).overdue == [due_today]


def test_a_changed_plan_and_an_unapproved_plan():
    changed = approval_state([Approval(1, "AMO", ApproverRole.AMO, TODAY, plan_revision=1)], 2)
    assert [
        r.why for r in _lines(dataclasses.replace(COMPLETE, approval=changed))[Element.PLAN_APPROVED]
    ] == [Why.CHANGED_SINCE_APPROVAL]
    none = approval_state([], 2)
    assert [r.why for r in _lines(dataclasses.replace(COMPLETE, approval=none))[Element.PLAN_APPROVED]] == [
        Why.NOT_APPROVED
    ]


def test_cooperation_needs_who_took_part_and_the_amo_the_size_calls_for():
    missing = dataclasses.replace(COMPLETE, participation={"mapping": "AMO"})
    assert [r.step for r in _lines(missing)[Element.COOPERATION]] == ["assessment", "plan"]
    assert [r.why for r in _lines(dataclasses.replace(COMPLETE, amo_levels=0))[Element.COOPERATION]] == [
        Why.NO_AMO
    ]
    small = dataclasses.replace(COMPLETE, amo_levels=0, headcount=9)
    assert _lines(small)[Element.COOPERATION] == ()
    big = dataclasses.replace(COMPLETE, headcount=35)
    assert [r.why for r in _lines(big)[Element.COOPERATION]] == [Why.AMO_ONE_LEVEL]
    assert _lines(dataclasses.replace(big, amo_levels=2))[Element.COOPERATION] == ()


def test_scope_and_where_the_apv_is_kept_must_be_recorded():
    lines = _lines(dataclasses.replace(COMPLETE, rest_of_apv_location="", apv_access=" "))
    assert [r.why for r in lines[Element.SCOPE]] == [Why.REST_OF_APV_MISSING]
    assert [r.why for r in lines[Element.AVAILABLE]] == [Why.ACCESS_MISSING]


def test_finding_keys_are_stable():
    assert Finding.__dataclass_fields__  # a frozen dataclass with a text key
    red = _results(_shown("influence", None, 40.0, Light.RED), _shown("influence", 2, 40.0, Light.RED))
    data = dataclasses.replace(COMPLETE, results=red)
    reasons = _lines(data)[Element.ASSESSED]
    assert reasons[0].why == Why.WAITING  # Vask and Strygning are shown on no scale here: not mapped
    assert [r.finding.key for r in reasons[1:]] == [
        "result:influence:all",
        "result:influence:2",
    ]


def test_a_group_with_most_results_withheld_is_not_mapped_by_its_one_shown_figure():
    scales = ("support_manager", "influence", "meaning")
    two_scales = _results(
        *(_shown(scale, group, 75, Light.GREEN) for scale in scales for group in (None, 1)),
        _shown("support_manager", 2, 82, Light.GREEN),
        _shown("influence", 2, 82, Light.GREEN),
        _withheld("meaning", 2),  # two of three shown: mapped by its results
        _shown("meaning", 3, 70, Light.GREEN),
        _withheld("support_manager", 3),
        _withheld("influence", 3),  # one of three shown: not mapped by it
    )
    data = dataclasses.replace(COMPLETE, results=two_scales, meetings=[])
    assert [(r.why, r.group_id) for r in _lines(data)[Element.MAPPED]] == [(Why.GROUP_WITHHELD, 3)]
    basis = dict(apv_checklist(dataclasses.replace(data, meetings=[DRIVER_MEETING]))[0].basis)
    assert basis == {"by_results": 2, "by_meetings": 1}


def test_what_a_met_assessment_rests_on_is_counted():
    red = _results(
        *GREEN_RESULTS.results.values(),
        _shown("demands_quantitative", None, 44.0, Light.RED),
        _shown("influence", 2, 60.0, Light.YELLOW),
    )
    reason = Dismissal(1, "result:influence:2", "Drøftet i AMO.", TODAY)
    workload = _problem(scale_id="demands_quantitative")
    data = dataclasses.replace(
        COMPLETE,
        results=red,
        plan=[(workload, [_action()])],
        dismissals=[reason],
        meetings=[DRIVER_MEETING, _MEETING_1_2],
    )
    line = apv_checklist(data)[1]
    assert line.met and dict(line.basis) == {"findings": 2, "by_problems": 1, "dismissed": 1}


def test_a_group_withheld_to_protect_another_is_told_so_not_too_few_answers():
    protecting = _results(
        *(_shown(scale, None, 75, Light.GREEN) for scale in ("support_manager", "influence")),
        *(_shown(scale, 1, 75, Light.GREEN) for scale in ("support_manager", "influence")),
        ScaleResult("support_manager", 2, 6, None, None, Withheld.PROTECTS_OTHER_GROUP),
        ScaleResult("influence", 2, 6, None, None, Withheld.PROTECTS_OTHER_GROUP),
        _withheld("support_manager", 3),
        _withheld("influence", 3),
        respondents={None: 16, 1: 8, 2: 6, 3: 2},
    )
    reasons = _lines(dataclasses.replace(COMPLETE, results=protecting, meetings=[]))[Element.MAPPED]
    assert [(r.why, r.group_id) for r in reasons] == [(Why.GROUP_PROTECTING, 2), (Why.GROUP_WITHHELD, 3)]
