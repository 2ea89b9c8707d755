"""The checklist part of the workplace file's service API (mixed into WorkplaceStore).

Dismissed findings (a red or yellow result or a meeting point the assessment decided not
to act on, with the reason and the date), the round's findings with what handles them,
and the checklist itself, gathered from everything the file holds about the round.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from apvdesk.core.approval import plan_approval_state
from apvdesk.core.checklist import ChecklistInput, ChecklistLine, apv_checklist
from apvdesk.core.findings import Dismissal, Finding, covers, round_findings
from apvdesk.core.model import RoundStatus
from apvdesk.core.phase import round_phase
from apvdesk.core.plan_order import numbered_problems, ordered_problems
from apvdesk.store.models import FindingDismissalRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from apvdesk.core.absence import AbsenceAssessment
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
    from apvdesk.core.model import ActionPlan, Group, Round
    from apvdesk.core.result_types import RoundResults


@dataclass(frozen=True)
class HandledFinding:
    """A finding with what handles it: the numbers of the problems that cover it, or a dismissal."""

    finding: Finding
    problems: tuple[int, ...]
    dismissal: Dismissal | None

    @property
    def handled(self) -> bool:
        return bool(self.problems) or (self.dismissal is not None and self.dismissal.valid)


def _dismissal(row: FindingDismissalRow) -> Dismissal:
    return Dismissal(row.round_id, row.finding_key, row.reason, row.dismissed_on, row.id)


class ChecklistMethods:
    """Findings, their dismissals, the checklist and the round's phase."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...
        def round(self, round_id: int) -> Round: ...
        def round_groups(self, round_id: int) -> list[Group]: ...
        def results(self, round_id: int) -> RoundResults | None: ...
        def is_collecting(self, round_id: int) -> bool: ...
        def respondent_count(self, round_id: int) -> int: ...
        def meetings(self, round_id: int) -> list[DialogueMeeting]: ...
        def points(self, meeting_id: int) -> list[AgendaPoint]: ...
        def action_plan(self, round_id: int, printed_on: dt.date | None = None) -> ActionPlan: ...
        def absence_assessment(self, round_id: int) -> AbsenceAssessment: ...

    def dismissals(self, round_id: int) -> list[Dismissal]:
        """Return the round's dismissed findings, in the order they were dismissed."""
        with self._unit() as s:
            rows = s.scalars(
                select(FindingDismissalRow)
                .where(FindingDismissalRow.round_id == round_id)
                .order_by(FindingDismissalRow.id)
            )
            return [_dismissal(row) for row in rows]

    def save_dismissal(self, dismissal: Dismissal) -> Dismissal:
        """Dismiss a finding (or change the reason of a dismissal); a reason and a date are needed.

        Raises ValueError when the reason is empty or the date is missing.
        """
        if not dismissal.valid or dismissal.dismissed_on is None:  # (valid implies the date; for mypy)
            raise ValueError("a dismissal needs a written reason and a date")
        with self._unit() as s:
            row = s.scalars(
                select(FindingDismissalRow).where(
                    FindingDismissalRow.round_id == dismissal.round_id,
                    FindingDismissalRow.finding_key == dismissal.key,
                )
            ).first()
            if row is None:
                row = FindingDismissalRow(round_id=dismissal.round_id, finding_key=dismissal.key)
                s.add(row)
            row.reason = dismissal.reason.strip()
            row.dismissed_on = dismissal.dismissed_on
            s.flush()
            return _dismissal(row)

    def delete_dismissal(self, round_id: int, key: str) -> None:
        """Take a dismissal back: the finding needs handling again."""
        with self._unit() as s:
            for row in s.scalars(
                select(FindingDismissalRow).where(
                    FindingDismissalRow.round_id == round_id, FindingDismissalRow.finding_key == key
                )
            ):
                s.delete(row)

    def _meetings_with_points(self, round_id: int) -> list[tuple[DialogueMeeting, list[AgendaPoint]]]:
        return [(m, self.points(m.id)) for m in self.meetings(round_id) if m.id is not None]

    def findings(self, round_id: int) -> list[HandledFinding]:
        """Return the round's findings (red, yellow, meeting points rated a problem) and what handles each."""
        group_ids = [g.id for g in self.round_groups(round_id) if g.id is not None]
        found = round_findings(self.results(round_id), group_ids, self._meetings_with_points(round_id))
        numbered = numbered_problems(self.action_plan(round_id).problems)
        dismissed = {d.key: d for d in self.dismissals(round_id)}
        return [
            HandledFinding(
                finding,
                tuple(n for n, p, _a in numbered if covers(p, finding, group_ids)),
                dismissed.get(finding.key),
            )
            for finding in found
        ]

    def checklist_input(self, round_id: int, today: dt.date | None = None) -> ChecklistInput:
        """Gather what the checklist looks at for a round."""
        plan = self.action_plan(round_id)
        workplace = plan.workplace
        groups = self.round_groups(round_id)
        participation = plan.participation
        steps = {
            step: getattr(participation, step) for step in ("mapping", "assessment", "plan", "follow_up")
        }
        return ChecklistInput(
            round_groups=groups,
            results=self.results(round_id),
            collecting=self.is_collecting(round_id),
            meetings=self._meetings_with_points(round_id),
            plan=ordered_problems(plan.problems),
            dismissals=self.dismissals(round_id),
            absence=self.absence_assessment(round_id),
            approval=plan_approval_state(plan),
            today=today or dt.date.today(),
            headcount=workplace.headcount or sum(g.headcount for g in plan.groups),
            amo_levels=workplace.amo_levels,
            participation=steps,
            rest_of_apv_location=workplace.rest_of_apv_location,
            apv_access=workplace.apv_access,
        )

    def apv_checklist(self, round_id: int, today: dt.date | None = None) -> list[ChecklistLine]:
        """Return the round's checklist (see core.checklist), each element met or not and why."""
        return apv_checklist(self.checklist_input(round_id, today))

    def round_phase(self, round_id: int) -> RoundStatus:
        """Return the phase the work done puts the round in (see core.phase)."""
        data = self.checklist_input(round_id)
        return round_phase(
            self.round(round_id).status,
            respondents=self.respondent_count(round_id),
            meetings=len(data.meetings),
            released=data.results is not None,
            rated_points=sum(1 for _m, points in data.meetings for p in points if p.rating is not None),
            plan_approved=data.approval.approved,
            problems=len(data.plan),
        )
