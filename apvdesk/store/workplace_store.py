"""The service API of one open workplace: what the UI, the CLI and the reports call.

Every method is one short unit of work in its own session and commits before it
returns, so there is no Save button and nothing is lost when the program is closed or
killed. Methods take and return domain objects from :mod:`apvdesk.core.model`; the
interface is declared in :class:`apvdesk.store.service.WorkplaceService`. The code here
and in the mixins is plain SQLAlchemy: where the database matters, it calls the
:class:`~apvdesk.store.backend.StoreBackend` the store was given when it was opened. The
constructors :meth:`WorkplaceStore.open`, :meth:`~WorkplaceStore.open_read_only`,
:meth:`~WorkplaceStore.create` and :meth:`~WorkplaceStore.create_demo` open a workplace
file: their backend is the SQLite one (:mod:`apvdesk.store.sqlite.backend`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from apvdesk.core.bank import QuestionBank
from apvdesk.core.cvr import cvr_or_empty_is_valid
from apvdesk.core.dialogue import AgendaPoint
from apvdesk.core.findings import Dismissal
from apvdesk.core.model import (
    Group,
    QuestionnaireForm,
    Response,
    Round,
    Workplace,
)
from apvdesk.core.overview import OverviewFacts
from apvdesk.store import convert
from apvdesk.store.absence_methods import AbsenceMethods
from apvdesk.store.answer_methods import AnswerMethods
from apvdesk.store.backend import StoreBackend
from apvdesk.store.checklist_methods import ChecklistMethods
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.dialogue_methods import DialogueMethods
from apvdesk.store.group_name_methods import GroupNameMethods
from apvdesk.store.models import (
    GroupRow,
    RespondentRow,
    RoundRow,
    WorkplaceRow,
    problem_group,
)
from apvdesk.store.plan_methods import PlanMethods
from apvdesk.store.record_methods import RecordMethods
from apvdesk.store.refusals import GroupInUse  # callers import it here too
from apvdesk.store.release_methods import ReleaseMethods
from apvdesk.store.round_methods import RoundMethods
from apvdesk.store.site_methods import SiteMethods

if TYPE_CHECKING:
    from apvdesk.core.demo import DemoWorkplace
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.sqlite.backend import SqliteBackend

__all__ = ["GroupInUse", "WorkplaceStore"]


def _file_backend() -> type[SqliteBackend]:
    """Return the backend of a workplace file, which the file constructors below open.

    The one place the shared code names the SQLite room; imported only when a file is
    opened or created.
    """
    from apvdesk.store.sqlite.backend import SqliteBackend

    return SqliteBackend


class WorkplaceStore(
    RoundMethods,
    AnswerMethods,
    PlanMethods,
    ReleaseMethods,
    DialogueMethods,
    AbsenceMethods,
    ChecklistMethods,
    RecordMethods,
    GroupNameMethods,
    SiteMethods,
):
    """One open workplace, worked on through ``backend``."""

    def __init__(self, backend: StoreBackend) -> None:
        self._backend = backend
        self.path = backend.path
        self.read_only = backend.read_only
        self._engine = backend.engine
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    # --- opening a workplace file ------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, on_takeover: Callable[[LockOwner], None] | None = None) -> WorkplaceStore:
        """Open an existing file to work on it, holding its lock until :meth:`close`.

        The file is checked first, only reading; then the lock is taken, before anything
        (an upgrade, or the rollback of a change a crash cut short) is written. A lock
        left by a crash is taken over, and ``on_takeover`` is called with it once the file
        is open. Raises FileInUse when another copy of apvdesk has the file open,
        CannotLock when no lock can be taken beside it (a read-only folder), and the errors
        of :func:`apvdesk.store.sqlite.database.open_engine`.
        """
        backend = _file_backend().open(Path(path))
        try:
            store = cls(backend)
            store.keep_released_results()
        except BaseException:
            backend.close()
            raise
        if backend.taken_over is not None and on_takeover is not None:
            on_takeover(backend.taken_over)
        return store

    @classmethod
    def open_read_only(cls, path: Path | str, kiosk_pin: str | None = None) -> WorkplaceStore:
        """Open a file to read it only (reports, screenshots, a second copy of apvdesk).

        The file is never written and its lock is never taken, so this works while another
        copy of apvdesk has the file open, but not while that copy runs a questionnaire
        kiosk: then it raises KioskRunning unless ``kiosk_pin`` is the kiosk's PIN (see
        :mod:`apvdesk.store.sqlite.kiosk_gate`). A write raises OpenedReadOnly.
        """
        return cls(_file_backend().open_read_only(Path(path), kiosk_pin))

    @classmethod
    def create(
        cls,
        path: Path | str,
        workplace: Workplace,
        groups: Iterable[Group],
        first_round: Round,
        bank: QuestionBank,
    ) -> WorkplaceStore:
        """Create a new file with its workplace, groups and a first round."""
        groups = list(groups)

        def populate(backend: StoreBackend) -> None:
            store = cls(backend)
            store.save_workplace(workplace)
            for group in groups:
                store.add_group(group)
            store.create_round(first_round, bank)

        return cls(_file_backend().create(Path(path), populate))

    @classmethod
    def create_demo(cls, path: Path | str, demo: DemoWorkplace, bank: QuestionBank) -> WorkplaceStore:
        """Create a file holding the demo workplace, its answers and its action plan."""
        return cls(_file_backend().create(Path(path), lambda backend: _fill_demo(cls(backend), demo, bank)))

    def close(self) -> None:
        """Release the workplace and its lock (all work is already committed)."""
        self._backend.close()

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Tell other programs that a kiosk runs for ``round_id`` here (None: it stopped)."""
        return self._backend.mark_kiosk(round_id)

    def backup_count(self) -> int:
        """Return how many automatic backups of the workplace are kept."""
        return self._backend.backup_count()

    def delete_backups(self) -> int:
        """Delete the workplace's automatic backups (after its raw answers were deleted)."""
        return self._backend.delete_backups()

    def overview(self) -> OverviewFacts:
        """Return the facts of the Overview page (see :mod:`apvdesk.store.sqlite.plain_reads`)."""
        with self._engine.connect() as connection:
            return self._backend.read_overview(connection)

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One unit of work, committed at the end.

        Write failures become CannotWrite; a write to a file opened read-only becomes
        OpenedReadOnly; a workplace file removed or replaced meanwhile, FileReplaced.
        """
        self._backend.check_in_place()  # FileReplaced when the path no longer names the opened file
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            raise self._backend.failure(exc) from exc
        self._backend.check_in_place()  # replaced meanwhile: what was just done went with the old file

    # --- workplace and groups ----------------------------------------------------

    def workplace(self) -> Workplace:
        with self._unit() as s:
            row = s.scalars(
                select(WorkplaceRow).options(selectinload(WorkplaceRow.safety_representatives))
            ).first()
            return convert.workplace_from_row(row) if row else Workplace(name="")

    def save_workplace(self, workplace: Workplace) -> None:
        """Save the workplace; raise ValueError for a CVR number that is not eight digits."""
        if not cvr_or_empty_is_valid(workplace.cvr):
            raise ValueError(f"workplace cvr: a CVR number is 8 digits 0-9, not {workplace.cvr!r}")
        refuse_invalid("workplace", values_of("workplace", workplace, leave_out=("safety_representatives",)))
        with self._unit() as s:
            row = s.scalars(select(WorkplaceRow)).first()
            if row is None:
                row = WorkplaceRow()
                s.add(row)
            convert.fill_workplace_row(row, workplace)

    def groups(self) -> list[Group]:
        with self._unit() as s:
            rows = s.scalars(select(GroupRow).order_by(GroupRow.position, GroupRow.id))
            return [convert.group_from_row(row) for row in rows]

    def add_group(self, group: Group) -> Group:
        refuse_invalid("work_group", values_of("work_group", group))
        with self._unit() as s:
            position = (s.scalar(select(func.max(GroupRow.position))) or 0) + 1
            row = GroupRow(
                name=group.name, headcount=group.headcount, position=position, site_id=group.site_id
            )
            s.add(row)
            s.flush()
            return convert.group_from_row(row)

    def update_group(self, group: Group) -> None:
        refuse_invalid("work_group", values_of("work_group", group))
        with self._unit() as s:
            row = s.get_one(GroupRow, group.id)
            row.name = group.name
            row.headcount = group.headcount

    def delete_group(self, group_id: int) -> None:
        """Delete a group; raise GroupInUse when answers or problems refer to it."""
        try:
            with self._unit() as s:
                answered = s.scalar(
                    select(func.count()).select_from(RespondentRow).where(RespondentRow.group_id == group_id)
                )
                named = s.scalar(
                    select(func.count())
                    .select_from(problem_group)
                    .where(problem_group.c.group_id == group_id)
                )
                if answered or named:
                    raise GroupInUse(answered, named)
                s.delete(s.get_one(GroupRow, group_id))
        except IntegrityError as exc:
            raise GroupInUse(0, 0) from exc

    # --- rounds and answers --------------------------------------------------------

    def previous_round(self, round_id: int) -> Round | None:
        """Return the round before ``round_id`` by start date (None for the first round).

        Rounds starting on the same day are ordered by id; a follow-up round's previous
        round is the one it follows. Raises KeyError for an unknown round.
        """
        follows = self.round(round_id).follows_round_id  # KeyError for an unknown round
        if follows is not None:  # a follow-up round compares with the round it follows
            return self.round(follows)
        rounds = self.rounds()
        ids = [r.id for r in rounds]
        index = ids.index(round_id)
        return rounds[index - 1] if index > 0 else None

    def questionnaire_form(self, round_id: int) -> QuestionnaireForm:
        """Gather what the printed questionnaire of a round shows."""
        return QuestionnaireForm(
            workplace_name=self.workplace().name,
            round=self.round(round_id),
            groups=self.round_groups(round_id),
            bank=self.round_bank(round_id),
            group_names=self.group_names(),
        )


def _saved_id(item: Group | AgendaPoint) -> int:
    """Return the id of an object the store has just saved."""
    assert item.id is not None
    return item.id


def _fill_demo(store: WorkplaceStore, demo: DemoWorkplace, bank: QuestionBank) -> None:
    """Save the demo workplace, its answers, meetings, action plan, absence and approvals in ``store``.

    The linen room's answers come through a collection file, as from another PC, before the
    collection ends (store.demo_site). The problems come first; then every finding no problem
    covers is dismissed with the reason the demo gives for its scale (see core.demo_assessment).
    """
    from apvdesk.store.demo_site import dismissal_reason, merge_collected, placed

    store.save_workplace(demo.workplace)
    site_ids = [store.add_site(site).id for site in demo.sites]
    group_ids = [_saved_id(store.add_group(placed(group, site_ids))) for group in demo.groups]
    round_id = store.create_round(demo.round, bank).id
    assert round_id is not None
    store.add_responses(
        round_id,
        (Response(group_ids[r.group_id], r.language, answers=r.answers, id=r.id) for r in demo.responses),
    )
    if demo.collected:  # collected on a laptop at the customer site, merged before the collection ended
        sheets = [Response(group_ids[r.group_id], r.language, answers=r.answers) for r in demo.collected]
        merge_collected(store, round_id, sheets, bank)
    if demo.collection_ended_on is not None:
        store.end_collection(round_id, demo.collection_ended_on)
    point_ids: dict[int, int] = {}  # demo problem index -> agenda point id
    for held in demo.meetings:
        held.meeting.round_id = round_id
        held.meeting.group_ids = [group_ids[i] for i in held.group_indices]
        meeting = store.create_meeting(held.meeting, held.points)
        assert meeting.id is not None
        points = store.points(meeting.id)
        point_ids |= {problem: _saved_id(points[point]) for point, problem in held.decided.items()}
    for index, item in enumerate(demo.problems):
        item.problem.round_id = round_id
        item.problem.group_ids = [group_ids[i] for i in item.group_indices]  # type: ignore[misc]
        item.problem.dialogue_point_id = point_ids.get(index)
        problem = store.save_problem(placed(item.problem, site_ids))
        for action in item.actions:
            action.problem_id = problem.id
            store.save_action(placed(action, site_ids))
    for period in demo.absence_periods:
        period.round_id = round_id
        period.group_id = group_ids[period.group_id]
        store.save_absence_period(period)
    if demo.absence_assessment is not None:
        demo.absence_assessment.round_id = round_id
        store.save_absence_assessment(demo.absence_assessment)
    if demo.assessed_on is not None:
        for handled in store.findings(round_id):
            reason = dismissal_reason(demo, group_ids, handled.finding)
            if not handled.handled and reason:
                store.save_dismissal(Dismissal(round_id, handled.finding.key, reason, demo.assessed_on))
    if demo.approvals:  # the plan was made before it was approved: last changed on that day
        with store._unit() as s:
            s.get_one(RoundRow, round_id).plan_changed_on = min(a.approved_on for a in demo.approvals)
    for approval in demo.approvals:
        approval.round_id = round_id
        store.add_approval(approval)
    store.save_participation(round_id, demo.participation)
    for discussion in demo.annual_discussions:
        store.save_annual_discussion(discussion)
    for change in demo.work_changes:
        store.save_work_change(change)
