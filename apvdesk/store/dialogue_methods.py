"""The dialogue-meeting part of the workplace file's service API (mixed into WorkplaceStore)."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, DialogueMinutes
from apvdesk.store import convert
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.models import AgendaPointRow, DialogueMeetingRow, GroupRow, ProblemRow

if TYPE_CHECKING:
    from apvdesk.core.model import Action, Group, Problem, Round, Workplace


# An agenda point's meeting and place are set by the store, not taken from the point.
_SET_BY_THE_STORE = ("meeting_id", "position")


class DialogueMethods:
    """Meetings, their agenda points, and what they decided."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...
        def workplace(self) -> Workplace: ...
        def round(self, round_id: int) -> Round: ...
        def groups(self) -> list[Group]: ...
        def actions(self, problem_id: int) -> list[Action]: ...

    # --- meetings ---------------------------------------------------------------------

    def meetings(self, round_id: int) -> list[DialogueMeeting]:
        """Return the round's dialogue meetings, oldest first."""
        with self._unit() as s:
            rows = s.scalars(
                select(DialogueMeetingRow)
                .where(DialogueMeetingRow.round_id == round_id)
                .options(selectinload(DialogueMeetingRow.groups))
                .order_by(DialogueMeetingRow.id)
            )
            return [convert.meeting_from_row(row) for row in rows]

    def meeting(self, meeting_id: int) -> DialogueMeeting:
        with self._unit() as s:
            return convert.meeting_from_row(s.get_one(DialogueMeetingRow, meeting_id))

    def create_meeting(self, meeting: DialogueMeeting, points: list[AgendaPoint]) -> DialogueMeeting:
        """Save a new meeting with its agenda in one transaction.

        Raises ValueError, and saves nothing, for a value the file may not hold (fewer than
        no participants, a point's rating outside 1 to 5 or minutes outside 1 to 120).
        """
        refuse_invalid("dialogue_meeting", values_of("dialogue_meeting", meeting))
        for point in points:
            refuse_invalid("agenda_point", values_of("agenda_point", point, leave_out=_SET_BY_THE_STORE))
        with self._unit() as s:
            row = DialogueMeetingRow(
                round_id=meeting.round_id,
                held_on=meeting.held_on,
                facilitator=meeting.facilitator,
                participants=meeting.participants,
            )
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(meeting.group_ids))))
            for position, point in enumerate(points):
                point_row = AgendaPointRow(position=position)
                convert.fill_point_row(point_row, point)
                row.points.append(point_row)
            s.add(row)
            s.flush()
            return convert.meeting_from_row(row)

    def save_meeting(self, meeting: DialogueMeeting) -> None:
        """Save a meeting's date, facilitator, number of participants and groups."""
        refuse_invalid(
            "dialogue_meeting", values_of("dialogue_meeting", meeting, leave_out=("participants",))
        )
        with self._unit() as s:
            row = s.get_one(DialogueMeetingRow, meeting.id)
            row.held_on = meeting.held_on
            row.facilitator = meeting.facilitator
            row.participants = max(0, meeting.participants)
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(meeting.group_ids))))

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete a meeting and its points; problems made from it stay in the plan."""
        with self._unit() as s:
            s.delete(s.get_one(DialogueMeetingRow, meeting_id))

    # --- points -----------------------------------------------------------------------

    def points(self, meeting_id: int) -> list[AgendaPoint]:
        with self._unit() as s:
            rows = s.scalars(
                select(AgendaPointRow)
                .where(AgendaPointRow.meeting_id == meeting_id)
                .order_by(AgendaPointRow.position)
            )
            return [convert.point_from_row(row) for row in rows]

    def save_point(self, point: AgendaPoint) -> AgendaPoint:
        """Insert a point at the end of its meeting, or update an existing one's text and notes.

        Raises ValueError for a rating outside 1 to 5 or minutes outside 1 to 120.
        """
        refuse_invalid("agenda_point", values_of("agenda_point", point, leave_out=_SET_BY_THE_STORE))
        with self._unit() as s:
            if point.id is None:
                last = s.scalar(
                    select(func.max(AgendaPointRow.position)).where(
                        AgendaPointRow.meeting_id == point.meeting_id
                    )
                )
                row = AgendaPointRow(
                    meeting_id=point.meeting_id, position=(last if last is not None else -1) + 1
                )
                s.add(row)
            else:
                row = s.get_one(AgendaPointRow, point.id)
            convert.fill_point_row(row, point)
            s.flush()
            return convert.point_from_row(row)

    def delete_point(self, point_id: int) -> None:
        with self._unit() as s:
            s.delete(s.get_one(AgendaPointRow, point_id))

    def reorder_points(self, meeting_id: int, point_ids: list[int]) -> None:
        """Put a meeting's points in the order of ``point_ids`` (which must list them all)."""
        with self._unit() as s:
            rows = {
                row.id: row
                for row in s.scalars(select(AgendaPointRow).where(AgendaPointRow.meeting_id == meeting_id))
            }
            if sorted(rows) != sorted(point_ids):
                raise ValueError("reorder_points needs every point of the meeting exactly once")
            for position, point_id in enumerate(point_ids):
                rows[point_id].position = position

    # --- what a meeting decided ---------------------------------------------------------

    def point_problems(self, point_id: int) -> list[Problem]:
        """Return the problems created from an agenda point."""
        with self._unit() as s:
            rows = s.scalars(
                select(ProblemRow)
                .where(ProblemRow.dialogue_point_id == point_id)
                .options(selectinload(ProblemRow.groups))
                .order_by(ProblemRow.id)
            )
            return [convert.problem_from_row(row) for row in rows]

    def minutes(self, meeting_id: int, printed_on: dt.date | None = None) -> DialogueMinutes:
        """Gather what the minutes of a meeting show."""
        meeting = self.meeting(meeting_id)
        names = {g.id: g.name for g in self.groups()}
        points = self.points(meeting_id)
        decisions = []
        for point in points:
            assert point.id is not None
            for problem in self.point_problems(point.id):
                assert problem.id is not None
                decisions.append((point, problem, self.actions(problem.id)))
        return DialogueMinutes(
            workplace_name=self.workplace().name,
            round_title=self.round(meeting.round_id).title,
            meeting=meeting,
            group_names=[names[g] for g in meeting.group_ids if g in names],
            points=points,
            decisions=decisions,
            printed_on=printed_on or dt.date.today(),
        )
