"""The action plan's and the dialogue meetings' part of :class:`~apvdesk.store.service.WorkplaceService`.

Kept apart only so that each declaration stays readable; ``WorkplaceService`` inherits
both Protocols, and code above the store types against it, not against these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, DialogueMinutes
    from apvdesk.core.model import Action, ActionPlan, Approval, Problem, Round


class PlanService(Protocol):
    """The problems, actions, approvals and follow-up rounds of an open workplace."""

    # --- the action plan ------------------------------------------------------------------

    def problems(self, round_id: int) -> list[Problem]:
        """Return the round's problems, most important first."""
        ...

    def save_problem(self, problem: Problem) -> Problem:
        """Save a problem; return it with its id."""
        ...

    def delete_problem(self, problem_id: int) -> None:
        """Delete a problem and its actions."""
        ...

    def actions(self, problem_id: int) -> list[Action]:
        """Return a problem's actions."""
        ...

    def round_actions(self, round_id: int) -> list[tuple[Problem, Action]]:
        """Return every action of a round with its problem, in the plan's order."""
        ...

    def save_action(self, action: Action) -> Action:
        """Save an action; return it with its id."""
        ...

    def delete_action(self, action_id: int) -> None:
        """Delete an action."""
        ...

    def add_approval(self, approval: Approval) -> Approval:
        """Record an approval of the round's plan; return it with its id."""
        ...

    def delete_approval(self, approval_id: int) -> None:
        """Delete an approval."""
        ...

    def action_plan(self, round_id: int, printed_on: dt.date | None = None) -> ActionPlan:
        """Return everything the printed action plan shows."""
        ...

    def follow_up_rounds(self, round_id: int) -> list[Round]:
        """Return the follow-up rounds of a round."""
        ...

    def create_follow_up_round(
        self, round_id: int, scale_ids: Iterable[str], title: str, start: dt.date | None = None
    ) -> Round:
        """Start a follow-up round asking the given scales again."""
        ...


class MeetingService(Protocol):
    """The dialogue meetings of an open workplace, their points and minutes."""

    # --- dialogue meetings ----------------------------------------------------------------

    def meetings(self, round_id: int) -> list[DialogueMeeting]:
        """Return the round's dialogue meetings."""
        ...

    def meeting(self, meeting_id: int) -> DialogueMeeting:
        """Return one dialogue meeting."""
        ...

    def create_meeting(self, meeting: DialogueMeeting, points: list[AgendaPoint]) -> DialogueMeeting:
        """Create a meeting with its agenda; return it with its id."""
        ...

    def save_meeting(self, meeting: DialogueMeeting) -> None:
        """Save a meeting's date, facilitator, groups and participants."""
        ...

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting and its points."""
        ...

    def points(self, meeting_id: int) -> list[AgendaPoint]:
        """Return a meeting's agenda points in their order."""
        ...

    def save_point(self, point: AgendaPoint) -> AgendaPoint:
        """Save an agenda point; return it with its id."""
        ...

    def delete_point(self, point_id: int) -> None:
        """Delete an agenda point."""
        ...

    def reorder_points(self, meeting_id: int, point_ids: list[int]) -> None:
        """Put a meeting's points in the given order."""
        ...

    def point_problems(self, point_id: int) -> list[Problem]:
        """Return the problems decided at an agenda point."""
        ...

    def minutes(self, meeting_id: int, printed_on: dt.date | None = None) -> DialogueMinutes:
        """Return everything the minutes of a meeting show."""
        ...
