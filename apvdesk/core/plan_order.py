"""The order in which a plan's problems are numbered and printed, and its follow-up lines.

Problems that need actions come first: by priority (1 first), then seriousness (high
first), then as entered. Problems solved at once follow, in the same order. The printed
plan, the full report, the poster, the follow-up list, the workbook, the calendar and the
Action plan page all number problems this way, through :func:`numbered_problems`: "problem
2" is the same problem everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from apvdesk.core.model import Action, ActionStatus, Problem, Seriousness

SERIOUSNESS_RANK = {Seriousness.HIGH: 0, Seriousness.MEDIUM: 1, Seriousness.LOW: 2}

PlanProblems = Sequence[tuple[Problem, list[Action]]]


def problem_rank(problem: Problem, position: int) -> tuple[bool, int, int, int]:
    """Return the sort key of a problem at ``position`` in the plan as entered."""
    return (
        problem.solved_at_once,
        problem.priority,
        SERIOUSNESS_RANK.get(problem.seriousness, len(SERIOUSNESS_RANK)),
        position,
    )


def ordered_problems(problems: PlanProblems) -> list[tuple[Problem, list[Action]]]:
    """Return the problems in the plan's order, the order in which they are numbered."""
    indexed = sorted(enumerate(problems), key=lambda item: problem_rank(item[1][0], item[0]))
    return [entry for _index, entry in indexed]


def numbered_problems(problems: PlanProblems) -> list[tuple[int, Problem, list[Action]]]:
    """Return ``(number, problem, actions)`` in the plan's order, numbered from 1.

    The one numbering of a plan's problems; every output that shows a problem's number
    takes it from here.
    """
    return [
        (number, problem, actions) for number, (problem, actions) in enumerate(ordered_problems(problems), 1)
    ]


@dataclass(frozen=True)
class FollowUpEntry:
    """One line of the follow-up plan: an action, the number of its problem and its check date."""

    date: dt.date | None
    problem_number: int
    action: Action


def follow_up_entries(problems: PlanProblems) -> list[FollowUpEntry]:
    """Return the follow-up plan's lines, numbered as :func:`numbered_problems` numbers them.

    Every action that is not cancelled has a line: dated lines first, earliest first, then
    those without a follow-up date yet, in plan order.
    """
    entries = [
        FollowUpEntry(action.follow_up_date, number, action)
        for number, _problem, actions in numbered_problems(problems)
        for action in actions
        if action.status != ActionStatus.CANCELLED
    ]
    dated = sorted((e for e in entries if e.date is not None), key=lambda e: (e.date, e.problem_number))
    return dated + [e for e in entries if e.date is None]
