"""A workplace service that passes each request on to another one, loaded when first needed.

:class:`ServiceProxy` implements every request of
:class:`~apvdesk.store.service.WorkplaceService` by asking the service that
:meth:`ServiceProxy.load` returns, so that a stand-in (the deferred opening at start-up:
:class:`~apvdesk.store.sqlite.deferred_store.DeferredStore`) is a WorkplaceService as
mypy sees it, and overrides only what it answers itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from apvdesk.core.absence import AbsenceAssessment, AbsenceLine, AbsencePeriod
    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.checklist import ChecklistLine
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, DialogueMinutes
    from apvdesk.core.findings import Dismissal
    from apvdesk.core.model import (
        Action,
        ActionPlan,
        Approval,
        Group,
        Problem,
        QuestionnaireForm,
        Response,
        Round,
        RoundStatus,
        Workplace,
    )
    from apvdesk.core.overview import OverviewFacts
    from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
    from apvdesk.core.results import RoundResults
    from apvdesk.core.sites import Site
    from apvdesk.store.checklist_methods import HandledFinding
    from apvdesk.store.service import WorkplaceService


class ServiceProxy:
    """Every request of a WorkplaceService, passed on to :meth:`load`'s (the subclass gives it)."""

    def load(self) -> WorkplaceService:
        """Return the service the requests are passed on to."""
        raise NotImplementedError

    # --- the workplace's hold and copies ---------------------------------------------------

    def mark_kiosk(self, round_id: int | None) -> bool:
        return self.load().mark_kiosk(round_id)

    def backup_count(self) -> int:
        return self.load().backup_count()

    def delete_backups(self) -> int:
        return self.load().delete_backups()

    # --- the workplace and its groups -----------------------------------------------------

    def overview(self) -> OverviewFacts:
        return self.load().overview()

    def workplace(self) -> Workplace:
        return self.load().workplace()

    def save_workplace(self, workplace: Workplace) -> None:
        self.load().save_workplace(workplace)

    def groups(self) -> list[Group]:
        return self.load().groups()

    def add_group(self, group: Group) -> Group:
        return self.load().add_group(group)

    def update_group(self, group: Group) -> None:
        self.load().update_group(group)

    def delete_group(self, group_id: int) -> None:
        self.load().delete_group(group_id)

    def group_names(self) -> dict[int, dict[str, str]]:
        return self.load().group_names()

    def set_group_names(self, group_id: int, names: Mapping[str, str]) -> None:
        self.load().set_group_names(group_id, names)

    # --- sites (core.sites) ------------------------------------------------------------------

    def sites(self) -> list[Site]:
        return self.load().sites()

    def add_site(self, site: Site) -> Site:
        return self.load().add_site(site)

    def update_site(self, site: Site) -> None:
        self.load().update_site(site)

    def delete_site(self, site_id: int) -> None:
        self.load().delete_site(site_id)

    def set_group_site(self, group_id: int, site_id: int | None) -> None:
        self.load().set_group_site(group_id, site_id)

    def set_problem_site(self, problem_id: int, site_id: int | None) -> None:
        self.load().set_problem_site(problem_id, site_id)

    def set_action_site(self, action_id: int, site_id: int | None) -> None:
        self.load().set_action_site(action_id, site_id)

    # --- rounds ---------------------------------------------------------------------------

    def rounds(self, include_follow_ups: bool = False) -> list[Round]:
        return self.load().rounds(include_follow_ups)

    def round(self, round_id: int) -> Round:
        return self.load().round(round_id)

    def latest_round(self) -> Round | None:
        return self.load().latest_round()

    def previous_round(self, round_id: int) -> Round | None:
        return self.load().previous_round(round_id)

    def update_round(self, apv_round: Round) -> None:
        self.load().update_round(apv_round)

    def promise_threshold(self, round_id: int) -> None:
        self.load().promise_threshold(round_id)

    def promised_threshold(self, round_id: int) -> int:
        return self.load().promised_threshold(round_id)

    def set_round_themes(self, round_id: int, bank: QuestionBank, theme_ids: Iterable[str]) -> QuestionBank:
        return self.load().set_round_themes(round_id, bank, theme_ids)

    def round_groups(self, round_id: int) -> list[Group]:
        return self.load().round_groups(round_id)

    def round_bank(self, round_id: int) -> QuestionBank:
        return self.load().round_bank(round_id)

    def questionnaire_form(self, round_id: int) -> QuestionnaireForm:
        return self.load().questionnaire_form(round_id)

    # --- answers, counts and released results ----------------------------------------------

    def add_responses(
        self, round_id: int, responses: Iterable[Response], merged_collection: str | None = None
    ) -> int:
        return self.load().add_responses(round_id, responses, merged_collection)

    def merged_before(
        self, collection_id: str, sheet_ids: Iterable[int]
    ) -> tuple[set[int], dict[str, int] | None]:
        return self.load().merged_before(collection_id, sheet_ids)

    def known_collection_key(self) -> str | None:
        return self.load().known_collection_key()

    def collection_key(self) -> str:
        return self.load().collection_key()

    def change_sheet(self, round_id: int, sheet_id: int, language: str, response: Response | None) -> None:
        self.load().change_sheet(round_id, sheet_id, language, response)

    def language_counts(self, round_id: int) -> dict[str, int]:
        return self.load().language_counts(round_id)

    def respondents_by_group(self, round_id: int) -> dict[int, int]:
        return self.load().respondents_by_group(round_id)

    def respondent_count(self, round_id: int) -> int:
        return self.load().respondent_count(round_id)

    def results(self, round_id: int) -> RoundResults | None:
        return self.load().results(round_id)

    def baseline_results(self, round_id: int) -> RoundResults | None:
        return self.load().baseline_results(round_id)

    def released_on(self, round_id: int) -> dt.date | None:
        return self.load().released_on(round_id)

    def answers_discarded_on(self, round_id: int) -> dt.date | None:
        return self.load().answers_discarded_on(round_id)

    def waiting_answers(self, round_id: int) -> dict[int, int]:
        return self.load().waiting_answers(round_id)

    def end_collection(self, round_id: int, today: dt.date | None = None) -> bool:
        return self.load().end_collection(round_id, today)

    def release_sites(self, round_id: int) -> bool:
        return self.load().release_sites(round_id)

    def reopen_collection(self, round_id: int) -> None:
        self.load().reopen_collection(round_id)

    def is_collecting(self, round_id: int) -> bool:
        return self.load().is_collecting(round_id)

    def discard_raw_answers(self, round_id: int, today: dt.date | None = None) -> int:
        return self.load().discard_raw_answers(round_id, today)

    # --- the action plan ------------------------------------------------------------------

    def problems(self, round_id: int) -> list[Problem]:
        return self.load().problems(round_id)

    def save_problem(self, problem: Problem) -> Problem:
        return self.load().save_problem(problem)

    def delete_problem(self, problem_id: int) -> None:
        self.load().delete_problem(problem_id)

    def actions(self, problem_id: int) -> list[Action]:
        return self.load().actions(problem_id)

    def round_actions(self, round_id: int) -> list[tuple[Problem, Action]]:
        return self.load().round_actions(round_id)

    def save_action(self, action: Action) -> Action:
        return self.load().save_action(action)

    def delete_action(self, action_id: int) -> None:
        self.load().delete_action(action_id)

    def add_approval(self, approval: Approval) -> Approval:
        return self.load().add_approval(approval)

    def delete_approval(self, approval_id: int) -> None:
        self.load().delete_approval(approval_id)

    def action_plan(self, round_id: int, printed_on: dt.date | None = None) -> ActionPlan:
        return self.load().action_plan(round_id, printed_on)

    def follow_up_rounds(self, round_id: int) -> list[Round]:
        return self.load().follow_up_rounds(round_id)

    def create_follow_up_round(
        self, round_id: int, scale_ids: Iterable[str], title: str, start: dt.date | None = None
    ) -> Round:
        return self.load().create_follow_up_round(round_id, scale_ids, title, start)

    # --- dialogue meetings ----------------------------------------------------------------

    def meetings(self, round_id: int) -> list[DialogueMeeting]:
        return self.load().meetings(round_id)

    def meeting(self, meeting_id: int) -> DialogueMeeting:
        return self.load().meeting(meeting_id)

    def create_meeting(self, meeting: DialogueMeeting, points: list[AgendaPoint]) -> DialogueMeeting:
        return self.load().create_meeting(meeting, points)

    def save_meeting(self, meeting: DialogueMeeting) -> None:
        self.load().save_meeting(meeting)

    def delete_meeting(self, meeting_id: int) -> None:
        self.load().delete_meeting(meeting_id)

    def points(self, meeting_id: int) -> list[AgendaPoint]:
        return self.load().points(meeting_id)

    def save_point(self, point: AgendaPoint) -> AgendaPoint:
        return self.load().save_point(point)

    def delete_point(self, point_id: int) -> None:
        self.load().delete_point(point_id)

    def reorder_points(self, meeting_id: int, point_ids: list[int]) -> None:
        self.load().reorder_points(meeting_id, point_ids)

    def point_problems(self, point_id: int) -> list[Problem]:
        return self.load().point_problems(point_id)

    def minutes(self, meeting_id: int, printed_on: dt.date | None = None) -> DialogueMinutes:
        return self.load().minutes(meeting_id, printed_on)

    # --- sickness absence -----------------------------------------------------------------

    def absence_periods(self, round_id: int) -> list[AbsencePeriod]:
        return self.load().absence_periods(round_id)

    def save_absence_period(self, period: AbsencePeriod) -> AbsencePeriod:
        return self.load().save_absence_period(period)

    def delete_absence_period(self, period_id: int) -> None:
        self.load().delete_absence_period(period_id)

    def absence_lines(self, round_id: int) -> list[AbsenceLine]:
        return self.load().absence_lines(round_id)

    def absence_assessment(self, round_id: int) -> AbsenceAssessment:
        return self.load().absence_assessment(round_id)

    def save_absence_assessment(self, assessment: AbsenceAssessment) -> None:
        self.load().save_absence_assessment(assessment)

    # --- findings and the checklist ---------------------------------------------------------

    def dismissals(self, round_id: int) -> list[Dismissal]:
        return self.load().dismissals(round_id)

    def save_dismissal(self, dismissal: Dismissal) -> Dismissal:
        return self.load().save_dismissal(dismissal)

    def delete_dismissal(self, round_id: int, key: str) -> None:
        self.load().delete_dismissal(round_id, key)

    def findings(self, round_id: int) -> list[HandledFinding]:
        return self.load().findings(round_id)

    def apv_checklist(self, round_id: int, today: dt.date | None = None) -> list[ChecklistLine]:
        return self.load().apv_checklist(round_id, today)

    def round_phase(self, round_id: int) -> RoundStatus:
        return self.load().round_phase(round_id)

    # --- records: who took part, the annual discussion, changes in the work ---------------

    def participation(self, round_id: int) -> Participation:
        return self.load().participation(round_id)

    def save_participation(self, round_id: int, participation: Participation) -> None:
        self.load().save_participation(round_id, participation)

    def annual_discussions(self) -> list[AnnualDiscussion]:
        return self.load().annual_discussions()

    def save_annual_discussion(self, discussion: AnnualDiscussion) -> AnnualDiscussion:
        return self.load().save_annual_discussion(discussion)

    def delete_annual_discussion(self, discussion_id: int) -> None:
        self.load().delete_annual_discussion(discussion_id)

    def work_changes(self) -> list[WorkChange]:
        return self.load().work_changes()

    def save_work_change(self, change: WorkChange) -> WorkChange:
        return self.load().save_work_change(change)

    def delete_work_change(self, change_id: int) -> None:
        self.load().delete_work_change(change_id)
