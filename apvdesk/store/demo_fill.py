"""Save the demo workplace (core.demo) in a new file: answers, meetings, plan, absence, approvals.

The demo's assessment is written as the owner would do it: the problems come first, then
every finding no problem covers is dismissed with the reason the demo gives for its scale
(see core.demo_plan), so that the demo is a complete APV by the checklist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apvdesk.core.findings import Dismissal
from apvdesk.core.model import Response

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.demo import DemoWorkplace
    from apvdesk.core.dialogue import AgendaPoint
    from apvdesk.core.model import Group
    from apvdesk.store.workplace_store import WorkplaceStore


def _saved_id(item: Group | AgendaPoint) -> int:
    """Return the id of an object the store has just saved."""
    assert item.id is not None
    return item.id


def fill_demo(store: WorkplaceStore, demo: DemoWorkplace, bank: QuestionBank) -> None:
    """Save the demo workplace, its answers, meetings, action plan, absence and approvals in ``store``."""
    store.save_workplace(demo.workplace)
    group_ids = [_saved_id(store.add_group(group)) for group in demo.groups]
    round_id = store.create_round(demo.round, bank).id
    assert round_id is not None
    store.add_responses(
        round_id,
        (Response(group_ids[r.group_id], r.language, answers=r.answers, id=r.id) for r in demo.responses),
    )
    if demo.collection_ended_on is not None:
        store.end_collection(round_id, demo.collection_ended_on)
    point_ids: dict[int, int] = {}  # demo problem index -> agenda point id
    for held in demo.meetings:
        held.meeting.round_id = round_id
        held.meeting.group_ids = [group_ids[i] for i in held.group_indices]
        meeting = store.create_meeting(held.meeting, held.points)
        assert meeting.id is not None
        points = store.points(meeting.id)
        point_ids |= {problem: _saved_id(points[point]) for point, problem in held.decided.items()}
    for index, item in enumerate(demo.problems):
        item.problem.round_id = round_id
        item.problem.group_ids = [group_ids[i] for i in item.group_indices]  # type: ignore[misc]
        item.problem.dialogue_point_id = point_ids.get(index)
        problem = store.save_problem(item.problem)
        for action in item.actions:
            action.problem_id = problem.id
            store.save_action(action)
    for period in demo.absence_periods:
        period.round_id = round_id
        period.group_id = group_ids[period.group_id]
        store.save_absence_period(period)
    if demo.absence_assessment is not None:
        demo.absence_assessment.round_id = round_id
        store.save_absence_assessment(demo.absence_assessment)
    if demo.assessed_on is not None:
        for handled in store.findings(round_id):
            reason = demo.dismissal_reasons.get(handled.finding.scale_id or "")
            if not handled.handled and reason:
                store.save_dismissal(Dismissal(round_id, handled.finding.key, reason, demo.assessed_on))
    for approval in demo.approvals:
        approval.round_id = round_id
        store.add_approval(approval)
