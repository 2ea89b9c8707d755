"""The records part of the workplace file's service API (mixed into WorkplaceStore).

Who took part in each step of a round, the annual work-environment discussions and the
log of changes in the work (see :mod:`apvdesk.core.records`). Saving or deleting an annual
discussion keeps the workplace's ``annual_discussion_on`` at the latest one recorded.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.models import AnnualDiscussionRow, RoundParticipationRow, WorkChangeRow, WorkplaceRow

if TYPE_CHECKING:
    from apvdesk.core.model import Round

_DISCUSSION_FIELDS = ("held_on", "participants", "last_year", "plan", "organisation", "goals", "competence")
_CHANGE_FIELDS = ("changed_on", "what", "needs_partial_apv", "partial_apv_on")


class RecordMethods:
    """Participation per round, annual discussions, and changes in the work."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...
        def round(self, round_id: int) -> Round: ...

    # --- who took part ----------------------------------------------------------------

    def participation(self, round_id: int) -> Participation:
        """Return who took part in each step of a round (empty texts when nothing is recorded)."""
        with self._unit() as s:
            row = s.get(RoundParticipationRow, round_id)
            if row is None:
                return Participation()
            return Participation(row.mapping, row.assessment, row.plan, row.follow_up)

    def save_participation(self, round_id: int, participation: Participation) -> None:
        """Save who took part in each step of a round."""
        self.round(round_id)  # KeyError for an unknown round
        values = {"round_id": round_id} | values_of("round_participation", participation)
        refuse_invalid("round_participation", values)
        with self._unit() as s:
            row = s.get(RoundParticipationRow, round_id) or RoundParticipationRow(round_id=round_id)
            row.mapping = participation.mapping.strip()
            row.assessment = participation.assessment.strip()
            row.plan = participation.plan.strip()
            row.follow_up = participation.follow_up.strip()
            s.add(row)

    # --- the annual work-environment discussion ----------------------------------------

    def annual_discussions(self) -> list[AnnualDiscussion]:
        """Return the recorded annual discussions, the latest first."""
        with self._unit() as s:
            rows = s.scalars(
                select(AnnualDiscussionRow).order_by(
                    AnnualDiscussionRow.held_on.desc(), AnnualDiscussionRow.id
                )
            )
            return [
                AnnualDiscussion(**{name: getattr(row, name) for name in _DISCUSSION_FIELDS}, id=row.id)
                for row in rows
            ]

    def save_annual_discussion(self, discussion: AnnualDiscussion) -> AnnualDiscussion:
        """Insert or update an annual discussion's record; return it with its id."""
        refuse_invalid("annual_discussion", values_of("annual_discussion", discussion))
        with self._unit() as s:
            row = (
                AnnualDiscussionRow()
                if discussion.id is None
                else s.get_one(AnnualDiscussionRow, discussion.id)
            )
            for name in _DISCUSSION_FIELDS:
                value = getattr(discussion, name)
                setattr(row, name, value.strip() if isinstance(value, str) else value)
            s.add(row)
            s.flush()
            _keep_latest_discussion(s)
            return AnnualDiscussion(**{name: getattr(row, name) for name in _DISCUSSION_FIELDS}, id=row.id)

    def delete_annual_discussion(self, discussion_id: int) -> None:
        """Delete an annual discussion's record."""
        with self._unit() as s:
            s.delete(s.get_one(AnnualDiscussionRow, discussion_id))
            s.flush()
            _keep_latest_discussion(s)

    # --- changes in the work ------------------------------------------------------------

    def work_changes(self) -> list[WorkChange]:
        """Return the log of changes in the work, the latest first."""
        with self._unit() as s:
            rows = s.scalars(
                select(WorkChangeRow).order_by(WorkChangeRow.changed_on.desc(), WorkChangeRow.id.desc())
            )
            return [_change(row) for row in rows]

    def save_work_change(self, change: WorkChange) -> WorkChange:
        """Insert or update a change in the work; return it with its id."""
        refuse_invalid("work_change", values_of("work_change", change))
        with self._unit() as s:
            row = WorkChangeRow() if change.id is None else s.get_one(WorkChangeRow, change.id)
            for name in _CHANGE_FIELDS:
                value = getattr(change, name)
                setattr(row, name, value.strip() if isinstance(value, str) else value)
            s.add(row)
            s.flush()
            return _change(row)

    def delete_work_change(self, change_id: int) -> None:
        """Delete a change from the log."""
        with self._unit() as s:
            s.delete(s.get_one(WorkChangeRow, change_id))


def _change(row: WorkChangeRow) -> WorkChange:
    return WorkChange(**{name: getattr(row, name) for name in _CHANGE_FIELDS}, id=row.id)


def _keep_latest_discussion(s: Session) -> None:
    """Set the workplace's last annual discussion to the latest recorded (when any is)."""
    latest = s.scalar(select(func.max(AnnualDiscussionRow.held_on)))
    workplace = s.scalars(select(WorkplaceRow)).first()
    if latest is not None and workplace is not None:
        workplace.annual_discussion_on = latest
