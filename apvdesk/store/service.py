"""What the UI and the command line may ask of an open workplace: the declared service interface.

:class:`WorkplaceService` lists every method and property of an open workplace that the
windows, the command line and the shared services of :mod:`apvdesk.app` call; its types
are domain objects of :mod:`apvdesk.core` only. Two classes implement it:
:class:`~apvdesk.store.workplace_store.WorkplaceStore` (whatever database it works on)
and :class:`~apvdesk.store.sqlite.deferred_store.DeferredStore` (a file opened at
start-up before SQLAlchemy is loaded); code above the store is typed against this
Protocol, not against either class. What it refuses, besides the file's errors
(:mod:`apvdesk.store.errors`), is :mod:`apvdesk.store.refusals`.

Opening, creating and rescuing a workplace are not asked of an open one: they are the
constructors of WorkplaceStore and :mod:`apvdesk.store.sqlite.files`. Left out on
purpose: the single answer sheets (``WorkplaceStore.responses``), which no page, report
or command shows, and the bookkeeping of opening (``keep_released_results``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from apvdesk.store.service_plan import MeetingService, PlanService
from apvdesk.store.service_sites import SiteService

if TYPE_CHECKING:
    from apvdesk.core.absence import AbsenceAssessment, AbsenceLine, AbsencePeriod
    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.checklist import ChecklistLine
    from apvdesk.core.findings import Dismissal
    from apvdesk.core.model import (
        Group,
        QuestionnaireForm,
        Response,
        Round,
        RoundStatus,
        Workplace,
    )
    from apvdesk.core.overview import OverviewFacts
    from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
    from apvdesk.core.results import RoundResults
    from apvdesk.store.checklist_methods import HandledFinding


@runtime_checkable
class WorkplaceService(PlanService, MeetingService, SiteService, Protocol):
    """One open workplace: every request commits before it returns (there is no Save)."""

    @property
    def path(self) -> Path:
        """The workplace file, as the user named it."""
        ...

    @property
    def read_only(self) -> bool:
        """True when the workplace was opened to be read only (a write raises OpenedReadOnly)."""
        ...

    def close(self) -> None:
        """Let go of the workplace and its lock."""
        ...

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Tell other programs that a questionnaire kiosk runs for ``round_id`` (None: it stopped).

        While it runs, nothing else shows the workplace without the kiosk's PIN. Returns
        False when the mark could not be made; the kiosk must then not start.
        """
        ...

    def backup_count(self) -> int:
        """Return how many automatic backups of the workplace are kept."""
        ...

    def delete_backups(self) -> int:
        """Delete the workplace's automatic backups; return how many went."""
        ...

    # --- the workplace and its groups -----------------------------------------------------

    def overview(self) -> OverviewFacts:
        """Return the facts of the Overview page."""
        ...

    def workplace(self) -> Workplace:
        """Return the workplace (an unnamed one before it is saved)."""
        ...

    def save_workplace(self, workplace: Workplace) -> None:
        """Save the workplace's details and safety representatives."""
        ...

    def groups(self) -> list[Group]:
        """Return the groups in their order."""
        ...

    def add_group(self, group: Group) -> Group:
        """Add a group at the end; return it with its id."""
        ...

    def update_group(self, group: Group) -> None:
        """Save a group's name and headcount."""
        ...

    def delete_group(self, group_id: int) -> None:
        """Delete a group; GroupInUse when answers or problems refer to it."""
        ...

    def group_names(self) -> dict[int, dict[str, str]]:
        """Return group id -> language -> the group's name in that questionnaire language."""
        ...

    def set_group_names(self, group_id: int, names: Mapping[str, str]) -> None:
        """Replace a group's names in the other questionnaire languages (blank ones dropped)."""
        ...

    # --- rounds ---------------------------------------------------------------------------

    def rounds(self, include_follow_ups: bool = False) -> list[Round]:
        """Return the APV rounds by start date; follow-up rounds only when asked for."""
        ...

    def round(self, round_id: int) -> Round:
        """Return one round; KeyError when there is none."""
        ...

    def latest_round(self) -> Round | None:
        """Return the latest APV round, or None before the first."""
        ...

    def previous_round(self, round_id: int) -> Round | None:
        """Return the round a round compares with (None for the first)."""
        ...

    def update_round(self, apv_round: Round) -> None:
        """Save a round's settings; ThresholdBelowPromise when its threshold would go below the promise."""
        ...

    def promise_threshold(self, round_id: int) -> None:
        """Record that respondents are told the round's anonymity threshold."""
        ...

    def promised_threshold(self, round_id: int) -> int:
        """Return the threshold respondents were told (0: none yet)."""
        ...

    def set_round_themes(self, round_id: int, bank: QuestionBank, theme_ids: Iterable[str]) -> QuestionBank:
        """Narrow a round's questions to themes; RoundHasAnswers once anyone has answered."""
        ...

    def round_groups(self, round_id: int) -> list[Group]:
        """Return the groups taking part in a round."""
        ...

    def round_bank(self, round_id: int) -> QuestionBank:
        """Return the question bank as the round keeps it."""
        ...

    def questionnaire_form(self, round_id: int) -> QuestionnaireForm:
        """Return what the printed questionnaire of a round shows."""
        ...

    # --- answers, counts and released results ----------------------------------------------

    def add_responses(
        self, round_id: int, responses: Iterable[Response], merged_collection: str | None = None
    ) -> int:
        """Store anonymous answer sheets; return how many (AnswersDiscarded once they were deleted).

        ``merged_collection``: the collection file they come from, recorded with them
        (CollectionMerged, nothing stored, when one of them is stored already).
        """
        ...

    def merged_before(
        self, collection_id: str, sheet_ids: Iterable[int]
    ) -> tuple[set[int], dict[str, int] | None]:
        """Return which of a collection's sheets are stored already, and the languages merged from it."""
        ...

    def known_collection_key(self) -> str | None:
        """Return the workplace's key for collection files, or None before the first collection."""
        ...

    def collection_key(self) -> str:
        """Return the workplace's random key for collection files, making it the first time."""
        ...

    def change_sheet(self, round_id: int, sheet_id: int, language: str, response: Response | None) -> None:
        """Replace (None: delete) a sheet by its id while the round collects; else SheetReleased."""
        ...

    def language_counts(self, round_id: int) -> dict[str, int]:
        """Return how many answer sheets were given in each language."""
        ...

    def respondents_by_group(self, round_id: int) -> dict[int, int]:
        """Return how many have answered in each group of a round."""
        ...

    def respondent_count(self, round_id: int) -> int:
        """Return how many have answered in a round."""
        ...

    def results(self, round_id: int) -> RoundResults | None:
        """Return the released results of a round (None while its first collection is open)."""
        ...

    def baseline_results(self, round_id: int) -> RoundResults | None:
        """Return the results a follow-up round compares against."""
        ...

    def released_on(self, round_id: int) -> dt.date | None:
        """Return the day the round's collection was first ended."""
        ...

    def answers_discarded_on(self, round_id: int) -> dt.date | None:
        """Return the day the round's individual answers were deleted."""
        ...

    def waiting_answers(self, round_id: int) -> dict[int, int]:
        """Return, per group, the answers that came in after the release and wait."""
        ...

    def end_collection(self, round_id: int, today: dt.date | None = None) -> bool:
        """End the round's collection and release its results; return True when they changed."""
        ...

    def release_sites(self, round_id: int) -> bool:
        """Release the sites' figures as the groups stand at sites now; return True when they changed."""
        ...

    def reopen_collection(self, round_id: int) -> None:
        """Let the round take answers again."""
        ...

    def is_collecting(self, round_id: int) -> bool:
        """Return True while the round's collection is open."""
        ...

    def discard_raw_answers(self, round_id: int, today: dt.date | None = None) -> int:
        """Keep the released results and delete every individual answer; return how many people."""
        ...

    # --- sickness absence -----------------------------------------------------------------

    def absence_periods(self, round_id: int) -> list[AbsencePeriod]:
        """Return the round's absence periods."""
        ...

    def save_absence_period(self, period: AbsencePeriod) -> AbsencePeriod:
        """Save an absence period; return it with its id."""
        ...

    def delete_absence_period(self, period_id: int) -> None:
        """Delete an absence period."""
        ...

    def absence_lines(self, round_id: int) -> list[AbsenceLine]:
        """Return the absence table of a round."""
        ...

    def absence_assessment(self, round_id: int) -> AbsenceAssessment:
        """Return the round's assessment of the sickness absence."""
        ...

    def save_absence_assessment(self, assessment: AbsenceAssessment) -> None:
        """Save the round's assessment of the sickness absence."""
        ...

    # --- findings and the checklist ---------------------------------------------------------

    def dismissals(self, round_id: int) -> list[Dismissal]:
        """Return the round's dismissed findings."""
        ...

    def save_dismissal(self, dismissal: Dismissal) -> Dismissal:
        """Dismiss a finding with a written reason and a date (ValueError without them)."""
        ...

    def delete_dismissal(self, round_id: int, key: str) -> None:
        """Take a dismissal back."""
        ...

    def findings(self, round_id: int) -> list[HandledFinding]:
        """Return the round's findings and what handles each."""
        ...

    def apv_checklist(self, round_id: int, today: dt.date | None = None) -> list[ChecklistLine]:
        """Return the round's checklist, each element met or not and why."""
        ...

    def round_phase(self, round_id: int) -> RoundStatus:
        """Return the phase the work done puts the round in."""
        ...

    # --- records: who took part, the annual discussion, changes in the work ---------------

    def participation(self, round_id: int) -> Participation:
        """Return who took part in each step of a round."""
        ...

    def save_participation(self, round_id: int, participation: Participation) -> None:
        """Save who took part in each step of a round."""
        ...

    def annual_discussions(self) -> list[AnnualDiscussion]:
        """Return the records of the annual work-environment discussions, the latest first."""
        ...

    def save_annual_discussion(self, discussion: AnnualDiscussion) -> AnnualDiscussion:
        """Save an annual discussion's record; return it with its id."""
        ...

    def delete_annual_discussion(self, discussion_id: int) -> None:
        """Delete an annual discussion's record."""
        ...

    def work_changes(self) -> list[WorkChange]:
        """Return the log of changes in the work, the latest first."""
        ...

    def save_work_change(self, change: WorkChange) -> WorkChange:
        """Save a change in the work; return it with its id."""
        ...

    def delete_work_change(self, change_id: int) -> None:
        """Delete a change from the log."""
        ...
