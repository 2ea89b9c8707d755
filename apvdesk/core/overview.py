"""What the Overview page shows: the workplace, its current round and the plan at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field

from apvdesk.core.checklist import ChecklistLine
from apvdesk.core.model import Action, Group, Problem, Round, Workplace
from apvdesk.core.records import Participation, WorkChange


@dataclass
class OverviewFacts:
    """The facts behind the Overview page and the reminder bar, read in one go.

    ``round`` is the current (latest) APV round, or None before the first; ``plan`` its
    problems, most important first, each with its actions; ``checklist`` the round's
    BEK 1838/2023 checklist (empty without a round); ``work_changes`` the log of changes
    in the work, the latest first (see core.deadlines.next_apv); ``participation`` who
    took part in each step of the round.
    """

    workplace: Workplace
    groups: list[Group]
    round: Round | None = None
    respondents: int = 0
    plan: list[tuple[Problem, list[Action]]] = field(default_factory=list)
    checklist: list[ChecklistLine] = field(default_factory=list)
    work_changes: list[WorkChange] = field(default_factory=list)
    participation: Participation = field(default_factory=Participation)

    @property
    def round_actions(self) -> list[tuple[Problem, Action]]:
        """Every action of the round with its problem, in the plan's order."""
        return [(problem, action) for problem, actions in self.plan for action in actions]
