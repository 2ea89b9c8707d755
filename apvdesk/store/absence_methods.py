"""The sickness-absence part of the workplace file's service API (mixed into WorkplaceStore).

Only group totals per period are stored, never a person's absence.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from apvdesk.core.absence import AbsenceAssessment, AbsenceLine, AbsencePeriod, absence_table
from apvdesk.store import convert
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.models import AbsenceAssessmentRow, AbsencePeriodRow

if TYPE_CHECKING:
    from apvdesk.core.model import Group, Round


class AbsenceMethods:
    """Absence periods per group, the absence table, and the round's assessment."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...
        def round(self, round_id: int) -> Round: ...
        def groups(self) -> list[Group]: ...

    def absence_periods(self, round_id: int) -> list[AbsencePeriod]:
        """Return the round's absence periods, oldest end date first."""
        with self._unit() as s:
            rows = s.scalars(
                select(AbsencePeriodRow)
                .where(AbsencePeriodRow.round_id == round_id)
                .order_by(AbsencePeriodRow.end, AbsencePeriodRow.start, AbsencePeriodRow.id)
            )
            return [convert.absence_period_from_row(row) for row in rows]

    def save_absence_period(self, period: AbsencePeriod) -> AbsencePeriod:
        """Insert a new period or update an existing one; return it as stored.

        Raises ValueError for figures the file may not hold (negative days or employees, a
        period that ends before it starts), naming them; the dataclass checks them only
        when it is made.
        """
        refuse_invalid("absence_period", values_of("absence_period", period))
        with self._unit() as s:
            row = AbsencePeriodRow() if period.id is None else s.get_one(AbsencePeriodRow, period.id)
            convert.fill_absence_period_row(row, period)
            s.add(row)
            s.flush()
            return convert.absence_period_from_row(row)

    def delete_absence_period(self, period_id: int) -> None:
        with self._unit() as s:
            s.delete(s.get_one(AbsencePeriodRow, period_id))

    def absence_lines(self, round_id: int) -> list[AbsenceLine]:
        """Return the absence table of a round, with the round's anonymity threshold applied."""
        return absence_table(
            self.absence_periods(round_id),
            self.round(round_id).anonymity_threshold,
            [g.id for g in self.groups() if g.id is not None],
        )

    def absence_assessment(self, round_id: int) -> AbsenceAssessment:
        """Return the round's assessment (an empty one when none is saved yet)."""
        with self._unit() as s:
            row = s.get(AbsenceAssessmentRow, round_id)
            return convert.absence_assessment_from_row(row) if row else AbsenceAssessment(round_id)

    def save_absence_assessment(self, assessment: AbsenceAssessment) -> None:
        """Save the round's assessment; raise ValueError for an unknown answer."""
        refuse_invalid("absence_assessment", values_of("absence_assessment", assessment))
        with self._unit() as s:
            row = s.get(AbsenceAssessmentRow, assessment.round_id)
            if row is None:
                row = AbsenceAssessmentRow(round_id=assessment.round_id)
                s.add(row)
            convert.fill_absence_assessment_row(row, assessment)
