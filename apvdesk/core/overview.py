"""What the Overview page shows: the workplace, its current round and the plan at a glance."""

from __future__ import annotations

from dataclasses import dataclass, field

from apvdesk.core.model import Action, Group, Problem, Round, RoundStatus, Workplace
from apvdesk.core.records import Participation, WorkChange


@dataclass
class OverviewFacts:
    """The facts behind the Overview page and the reminder bar, read in one go.

    ``round`` is the current (latest) APV round, or None before the first; ``plan`` its
    problems, most important first, each with its actions; ``phase`` the phase the work
    done puts the round in (see core.phase). ``respondents`` is the sum of
    ``respondents_by_group`` (see core.round_people for who is in a round).
    ``work_changes`` is the log of changes in the work, the latest first (see
    core.deadlines.next_apv); ``participation`` who took part in each step of the round.
    The checklist needs the full store: it is asked of the service (``apv_checklist``).
    """

    workplace: Workplace
    groups: list[Group]
    round: Round | None = None
    respondents: int = 0
    respondents_by_group: dict[int, int] = field(default_factory=dict)
    plan: list[tuple[Problem, list[Action]]] = field(default_factory=list)
    phase: RoundStatus | None = None
    work_changes: list[WorkChange] = field(default_factory=list)
    participation: Participation = field(default_factory=Participation)

    @property
    def round_actions(self) -> list[tuple[Problem, Action]]:
        """Every action of the round with its problem, in the plan's order."""
        return [(problem, action) for problem, actions in self.plan for action in actions]
