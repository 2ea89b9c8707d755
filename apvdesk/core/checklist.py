"""The APV checklist: what BEK 1838/2023 asks of a round, each point done or missing.

The order asks for a mapping of the working conditions, a risk assessment in which each
problem is described by kind, seriousness, extent and causes, the sickness absence taken
into account, a written action plan (how, when, who) for the problems not solved at once,
the plan approved by the AMO (or the employer and an employee representative), and a
follow-up of whether the measures work. Each point names the page where it is put right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from apvdesk.core.absence import AbsenceAssessment
from apvdesk.core.approval import ApprovalState
from apvdesk.core.model import Action, ActionStatus, Problem


class ChecklistPoint(StrEnum):
    """The points of the checklist, in the order the work is done."""

    MAPPING = "mapping"
    PROBLEMS_DESCRIBED = "problems_described"
    ABSENCE_CONSIDERED = "absence_considered"
    ACTIONS_PLANNED = "actions_planned"
    PLAN_APPROVED = "plan_approved"
    FOLLOW_UP_PLANNED = "follow_up_planned"


# The page (a key of the workplace view) where each point is put right.
FIX_PAGE = {
    ChecklistPoint.MAPPING: "mapping",
    ChecklistPoint.PROBLEMS_DESCRIBED: "action-plan",
    ChecklistPoint.ABSENCE_CONSIDERED: "absence",
    ChecklistPoint.ACTIONS_PLANNED: "action-plan",
    ChecklistPoint.PLAN_APPROVED: "action-plan",
    ChecklistPoint.FOLLOW_UP_PLANNED: "follow-up",
}


@dataclass(frozen=True)
class ChecklistLine:
    """One point: done or not, and the numbers of the problems that hold it back.

    ``problems`` are 1-based positions in the plan's order (as printed); ``no_problems``
    is set when a point cannot be done because no problem is registered yet.
    """

    point: ChecklistPoint
    done: bool
    problems: tuple[int, ...] = ()
    no_problems: bool = False
    changed_since_approval: bool = False

    @property
    def page(self) -> str:
        return FIX_PAGE[self.point]


@dataclass(frozen=True)
class ChecklistInput:
    """What the checklist looks at, gathered for one round."""

    respondents: int
    rated_dialogue_points: int
    plan: Sequence[tuple[Problem, Sequence[Action]]]
    absence: AbsenceAssessment | None
    approval: ApprovalState


def _live(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status != ActionStatus.CANCELLED]


def _described(problem: Problem) -> bool:
    return all(text.strip() for text in (problem.kind, problem.extent, problem.causes))


def _planned(action: Action) -> bool:
    return bool(action.how.strip() and action.responsible.strip() and action.deadline)


def _follow_up_planned(action: Action) -> bool:
    """Return True when the effect check is planned (when and how) or already recorded."""
    if action.status == ActionStatus.DONE and action.effect is not None:
        return True
    return bool(action.follow_up_date and action.follow_up_method.strip())


def apv_checklist(data: ChecklistInput) -> list[ChecklistLine]:
    """Return the checklist for a round, one line per point in ChecklistPoint order."""
    plan = list(data.plan)
    none = not plan
    numbered = list(enumerate(plan, start=1))
    undescribed = tuple(n for n, (p, _a) in numbered if not _described(p))
    needing_plan = [(n, p, _live(a)) for n, (p, a) in numbered if not p.solved_at_once]
    unplanned = tuple(n for n, _p, live in needing_plan if not live or not all(map(_planned, live)))
    no_follow_up = tuple(
        n for n, _p, live in needing_plan if not live or not all(map(_follow_up_planned, live))
    )
    return [
        ChecklistLine(ChecklistPoint.MAPPING, data.respondents > 0 or data.rated_dialogue_points > 0),
        ChecklistLine(
            ChecklistPoint.PROBLEMS_DESCRIBED, not none and not undescribed, undescribed, no_problems=none
        ),
        ChecklistLine(
            ChecklistPoint.ABSENCE_CONSIDERED,
            data.absence is not None and data.absence.contributes is not None,
        ),
        ChecklistLine(
            ChecklistPoint.ACTIONS_PLANNED, not none and not unplanned, unplanned, no_problems=none
        ),
        ChecklistLine(
            ChecklistPoint.PLAN_APPROVED,
            not none and data.approval.approved,
            no_problems=none,
            changed_since_approval=data.approval.changed_since_approval,
        ),
        ChecklistLine(
            ChecklistPoint.FOLLOW_UP_PLANNED, not none and not no_follow_up, no_follow_up, no_problems=none
        ),
    ]


def checklist_complete(lines: Sequence[ChecklistLine]) -> bool:
    return all(line.done for line in lines)
