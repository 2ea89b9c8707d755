"""Whether the action plan stands approved, and whether it changed after it was approved.

Having the plan approved by the AMO or, where there is none, by the employer together with
at least one employee representative is good practice recommended by the trade's guidance
(BFA), not a requirement of BEK 1838/2023. Every change to the plan's content raises its
revision and sets the day it changed; an approval counts for the plan as it was on the day
it is dated, and not at all when it is dated before the round started.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from apvdesk.core.model import Action, ActionPlan, ActionStatus, Approval, ApproverRole, Problem
from apvdesk.core.plan_order import numbered_problems


@dataclass(frozen=True)
class ApprovalState:
    """How the plan's approvals stand against its current revision and dates.

    ``current`` are the approvals given for the plan as it is now; ``outdated`` those given
    for an earlier version (an earlier revision, or dated before the plan last changed);
    ``too_early`` those dated before the round started, which approve nothing of it.
    ``changed_since_approval`` is true when the plan was approved once but has changed
    since and is not approved again.
    """

    approved: bool
    changed_since_approval: bool
    current: tuple[Approval, ...]
    outdated: tuple[Approval, ...]
    too_early: tuple[Approval, ...] = ()


def roles_suffice(roles: Iterable[ApproverRole]) -> bool:
    """Return True if approvals in these roles approve a plan: the AMO, or employer and employee."""
    roles = set(roles)
    return (
        ApproverRole.AMO in roles
        or {
            ApproverRole.EMPLOYER,
            ApproverRole.EMPLOYEE_REPRESENTATIVE,
        }
        <= roles
    )


def approval_state(
    approvals: Iterable[Approval],
    plan_revision: int,
    plan_changed_on: dt.date | None = None,
    round_start: dt.date | None = None,
) -> ApprovalState:
    """Sort the approvals into current, outdated and too early, and decide whether the plan is approved.

    The one computation of the plan's approval; every output shows what it returns.

    Args:
        approvals: The round's recorded approvals.
        plan_revision: The plan's revision now (every change to its content raises it).
        plan_changed_on: The day the plan last changed; an approval dated before it was
            given for an earlier version, whatever revision it was recorded with.
        round_start: The round's start; an approval dated before it does not count.

    """
    current: list[Approval] = []
    outdated: list[Approval] = []
    too_early: list[Approval] = []
    for approval in approvals:
        if round_start is not None and approval.approved_on < round_start:
            too_early.append(approval)
        elif approval.plan_revision < plan_revision or (
            plan_changed_on is not None and approval.approved_on < plan_changed_on
        ):
            outdated.append(approval)
        else:
            current.append(approval)
    approved = roles_suffice(a.role for a in current)
    return ApprovalState(
        approved, bool(outdated) and not approved, tuple(current), tuple(outdated), tuple(too_early)
    )


def plan_approval_state(plan: ActionPlan) -> ApprovalState:
    """Return how the plan's approvals stand against its current revision and dates."""
    return approval_state(plan.approvals, plan.plan_revision, plan.plan_changed_on, plan.round.start_date)


def roles_still_needed(has_amo: bool, state: ApprovalState) -> list[ApproverRole]:
    """Return the roles whose approval the plan still needs (none once it is approved).

    With an AMO, the AMO approves; without one, the employer and at least one employee
    representative (the trade's good practice; see the module's docstring).
    """
    if state.approved:
        return []
    if has_amo:
        return [ApproverRole.AMO]
    given = {approval.role for approval in state.current}
    return [r for r in (ApproverRole.EMPLOYER, ApproverRole.EMPLOYEE_REPRESENTATIVE) if r not in given]


def problem_plan_content(problem: Problem) -> tuple:
    """Return what of a problem belongs to the approved plan (a change here needs new approval)."""
    return (
        problem.scale_id,
        problem.title,
        problem.kind,
        problem.seriousness,
        problem.extent,
        problem.causes,
        problem.priority,
        tuple(sorted(problem.group_ids)),
        problem.solved_at_once,
    )


def action_plan_content(action: Action) -> tuple:
    """Return what of an action belongs to the approved plan.

    How, who, when and the planned follow-up do; the status and the recorded effect are
    progress on the plan, not changes to it, so recording them keeps the approval standing.
    """
    return (
        action.how,
        action.responsible,
        action.start,
        action.deadline,
        action.follow_up_date,
        action.follow_up_method,
        action.status == "cancelled",
    )


def problems_without_action(plan: ActionPlan) -> list[tuple[int, Problem]]:
    """Return ``(number, problem)`` for each problem not solved at once that has no live action.

    A cancelled action does not count. BEK 1838/2023 asks the plan to say how each problem
    that cannot be solved at once is solved, so approving such a plan deserves a warning.
    """
    return [
        (number, problem)
        for number, problem, actions in numbered_problems(plan.problems)
        if not problem.solved_at_once and not any(a.status != ActionStatus.CANCELLED for a in actions)
    ]
