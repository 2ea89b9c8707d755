"""The action-plan part of the workplace file's service API (mixed into WorkplaceStore).

Problems, actions and approvals, and the plan's revision: every change to what the plan
says (a problem's description, an action's how, who, when or planned follow-up) raises the
round's ``plan_revision`` in the same transaction, so an approval given for an earlier
revision is seen to be outdated. Recording progress (status, effect) is not such a change.
Follow-up rounds, which re-ask the scales behind a round's problems, are made here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from apvdesk.core.approval import action_plan_content, problem_plan_content
from apvdesk.core.model import (
    Action,
    ActionPlan,
    Approval,
    Problem,
    Round,
    RoundStatus,
)
from apvdesk.store import convert
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.models import ActionRow, ApprovalRow, GroupRow, ProblemRow, RoundRow

if TYPE_CHECKING:
    from apvdesk.core.absence import AbsenceAssessment
    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
    from apvdesk.core.model import Group, Workplace
    from apvdesk.core.records import Participation, WorkChange
    from apvdesk.core.sites import Site


def _mark_plan_changed(session: Session, round_id: int, today: dt.date | None = None) -> None:
    row = session.get_one(RoundRow, round_id)
    row.plan_revision = (row.plan_revision or 0) + 1
    row.plan_changed_on = today or dt.date.today()


class PlanMethods:
    """Problems, actions, approvals, the gathered action plan, and follow-up rounds."""

    if TYPE_CHECKING:  # provided by WorkplaceStore

        def _unit(self) -> AbstractContextManager[Session]: ...
        def round(self, round_id: int) -> Round: ...
        def rounds(self, include_follow_ups: bool = False) -> list[Round]: ...
        def groups(self) -> list[Group]: ...
        def workplace(self) -> Workplace: ...
        def round_bank(self, round_id: int) -> QuestionBank: ...
        def create_round(self, apv_round: Round, bank: QuestionBank) -> Round: ...
        def absence_assessment(self, round_id: int) -> AbsenceAssessment: ...
        def respondent_count(self, round_id: int) -> int: ...
        def sites(self) -> list[Site]: ...
        def meetings(self, round_id: int) -> list[DialogueMeeting]: ...
        def points(self, meeting_id: int) -> list[AgendaPoint]: ...
        def participation(self, round_id: int) -> Participation: ...
        def work_changes(self) -> list[WorkChange]: ...

    # --- problems -------------------------------------------------------------------

    def problems(self, round_id: int) -> list[Problem]:
        """Return the round's problems, most important first (priority, then as entered)."""
        with self._unit() as s:
            rows = s.scalars(
                select(ProblemRow)
                .where(ProblemRow.round_id == round_id)
                .options(selectinload(ProblemRow.groups))
                .order_by(ProblemRow.priority, ProblemRow.id)
            )
            return [convert.problem_from_row(row) for row in rows]

    def save_problem(self, problem: Problem) -> Problem:
        """Insert a new problem or update an existing one; return it as stored.

        Raises ValueError for a value the file may not hold (an unknown seriousness, a
        priority outside 1 to 5), naming it.
        """
        refuse_invalid("problem", values_of("problem", problem))
        for lang, text in problem.translations.items():
            refuse_invalid("problem_translation", {"language": lang, "text": text})
        with self._unit() as s:
            if problem.id is None:
                row = ProblemRow()
                changed = True
            else:
                row = s.get_one(ProblemRow, problem.id)
                before = problem_plan_content(convert.problem_from_row(row))
                changed = before != problem_plan_content(problem)
            groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(problem.group_ids))))
            convert.fill_problem_row(row, problem, groups)
            s.add(row)
            s.flush()
            if changed:
                _mark_plan_changed(s, problem.round_id)
            return convert.problem_from_row(row)

    def delete_problem(self, problem_id: int) -> None:
        """Delete a problem and its actions."""
        with self._unit() as s:
            row = s.get_one(ProblemRow, problem_id)
            _mark_plan_changed(s, row.round_id)
            s.delete(row)

    # --- actions --------------------------------------------------------------------

    def actions(self, problem_id: int) -> list[Action]:
        with self._unit() as s:
            rows = s.scalars(
                select(ActionRow).where(ActionRow.problem_id == problem_id).order_by(ActionRow.id)
            )
            return [convert.action_from_row(row) for row in rows]

    def round_actions(self, round_id: int) -> list[tuple[Problem, Action]]:
        """Return every action of a round with its problem, in the plan's order."""
        with self._unit() as s:
            rows = s.scalars(
                select(ProblemRow)
                .where(ProblemRow.round_id == round_id)
                .options(selectinload(ProblemRow.groups), selectinload(ProblemRow.actions))
                .order_by(ProblemRow.priority, ProblemRow.id)
            )
            return [
                (convert.problem_from_row(row), convert.action_from_row(action))
                for row in rows
                for action in row.actions
            ]

    def save_action(self, action: Action) -> Action:
        """Insert a new action or update an existing one; return it as stored.

        Changing how, who, when or the planned follow-up marks the plan as changed;
        recording status and effect does not. Raises ValueError for a value the file may
        not hold (an unknown status or effect, say), naming it.
        """
        refuse_invalid("action", values_of("action", action, leave_out=("history",)))
        for lang, text in action.translations.items():
            refuse_invalid("action_translation", {"language": lang, "text": text})
        with self._unit() as s:
            if action.id is None:
                row = ActionRow()
                changed = True
            else:
                row = s.get_one(ActionRow, action.id)
                changed = action_plan_content(convert.action_from_row(row)) != action_plan_content(action)
            convert.fill_action_row(row, action)
            s.add(row)
            s.flush()
            if changed:
                _mark_plan_changed(s, s.get_one(ProblemRow, row.problem_id).round_id)
            return convert.action_from_row(row)

    def delete_action(self, action_id: int) -> None:
        with self._unit() as s:
            row = s.get_one(ActionRow, action_id)
            _mark_plan_changed(s, s.get_one(ProblemRow, row.problem_id).round_id)
            s.delete(row)

    # --- approvals ------------------------------------------------------------------

    def approvals(self, round_id: int) -> list[Approval]:
        with self._unit() as s:
            rows = s.scalars(
                select(ApprovalRow).where(ApprovalRow.round_id == round_id).order_by(ApprovalRow.id)
            )
            return [convert.approval_from_row(row) for row in rows]

    def plan_revision(self, round_id: int) -> tuple[int, dt.date | None]:
        """Return the plan's revision and the day it last changed."""
        with self._unit() as s:
            row = s.get_one(RoundRow, round_id)
            return row.plan_revision, row.plan_changed_on

    def add_approval(self, approval: Approval) -> Approval:
        """Record that someone approved the round's action plan as it is now.

        A person who approved an earlier version in the same role approves again: the old
        record is replaced, so the list shows each person once. Raises ValueError for an
        unknown role.
        """
        refuse_invalid("approval", values_of("approval", approval, leave_out=("plan_revision",)))
        with self._unit() as s:
            revision = s.get_one(RoundRow, approval.round_id).plan_revision
            old = s.scalars(
                select(ApprovalRow).where(
                    ApprovalRow.round_id == approval.round_id,
                    ApprovalRow.name == approval.name,
                    ApprovalRow.role == approval.role.value,
                )
            ).first()
            row = old or ApprovalRow(round_id=approval.round_id, name=approval.name, role=approval.role.value)
            row.approved_on = approval.approved_on
            row.plan_revision = revision
            s.add(row)
            s.flush()
            return convert.approval_from_row(row)

    def delete_approval(self, approval_id: int) -> None:
        with self._unit() as s:
            s.delete(s.get_one(ApprovalRow, approval_id))

    # --- the gathered plan --------------------------------------------------------------

    def action_plan(self, round_id: int, printed_on: dt.date | None = None) -> ActionPlan:
        """Gather everything the action-plan printout shows for a round."""
        apv_round = self.round(round_id)
        problems = self.problems(round_id)
        revision, changed_on = self.plan_revision(round_id)
        absence = self.absence_assessment(round_id)
        return ActionPlan(
            workplace=self.workplace(),
            round=apv_round,
            groups=self.groups(),
            problems=[(p, self.actions(p.id)) for p in problems if p.id is not None],
            approvals=self.approvals(round_id),
            bank=self.round_bank(round_id),
            printed_on=printed_on or dt.date.today(),
            plan_revision=revision,
            plan_changed_on=changed_on,
            absence=absence if absence.contributes is not None else None,
            participation=self.participation(round_id),
            work_changes=self.work_changes(),
            sites=self.sites(),
        )

    # --- follow-up rounds -----------------------------------------------------------

    def follow_up_rounds(self, round_id: int) -> list[Round]:
        """Return the follow-up rounds of an APV round, oldest first."""
        return [r for r in self.rounds(include_follow_ups=True) if r.follows_round_id == round_id]

    def create_follow_up_round(
        self, round_id: int, scale_ids: Iterable[str], title: str, start: dt.date | None = None
    ) -> Round:
        """Start a short round that re-asks ``scale_ids`` of ``round_id`` with its own answers.

        It keeps the original round's groups, languages, threshold, traffic lights and the
        original wording of the questions (the original's snapshot narrowed to the scales),
        so that before and after compare like with like.
        """
        original = self.round(round_id)
        if original.is_follow_up:
            raise ValueError("a follow-up round cannot itself be followed up")
        bank = self.round_bank(round_id).with_scales(scale_ids)
        follow_up = Round(
            title=title,
            start_date=start or dt.date.today(),
            status=RoundStatus.MAPPING,
            anonymity_threshold=original.anonymity_threshold,
            languages=list(original.languages),
            group_ids=list(original.group_ids),
            kiosk_pin_hash=original.kiosk_pin_hash,
            green_from=original.green_from,
            red_below=original.red_below,
            follows_round_id=round_id,
        )
        return self.create_round(follow_up, bank)
