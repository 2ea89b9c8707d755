"""The service API of one workplace file: what the UI, the CLI and the reports call.

Every method is one short unit of work in its own session and commits before it
returns, so there is no Save button and nothing is lost when the program is closed or
killed. Methods take and return domain objects from :mod:`apvdesk.core.model`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import AgendaPoint
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
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.dialogue_methods import DialogueMethods
from apvdesk.store.errors import OpenedReadOnly
from apvdesk.store.models import (
    GroupRow,
    RespondentRow,
    WorkplaceRow,
    problem_group,
)
from apvdesk.store.plan_methods import PlanMethods
from apvdesk.store.release_methods import ReleaseMethods
from apvdesk.store.round_methods import RoundMethods
from apvdesk.store.sqlite import plain_reads
from apvdesk.store.sqlite.backups import backup_on_opening
from apvdesk.store.sqlite.database import (
    create_file,
    inspect_file,
    make_engine,
    open_engine,
    open_read_only,
    write_failure,
)
from apvdesk.store.sqlite.file_identity import IdentityCheck
from apvdesk.store.sqlite.lock import LockOwner, WorkplaceLock, acquire

if TYPE_CHECKING:
    from apvdesk.core.demo import DemoWorkplace


def _saved_id(item: Group | AgendaPoint) -> int:
    """Return the id of an object the store has just saved."""
    assert item.id is not None
    return item.id


class GroupInUse(Exception):
    """A group cannot be deleted because answers or problems refer to it."""


class WorkplaceStore(
    RoundMethods, AnswerMethods, PlanMethods, ReleaseMethods, DialogueMethods, AbsenceMethods
):
    """One open workplace file."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        read_only: bool = False,
        scratch: Path | None = None,
        lock: WorkplaceLock | None = None,
        identity: IdentityCheck | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._scratch = scratch
        self._lock = lock
        # The file the engine works on, checked by every unit of work (docs/storage.md).
        self._identity = identity or IdentityCheck(scratch or self.path)

    # --- opening -----------------------------------------------------------------

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
        path = Path(path)
        inspect_file(path)
        lock = acquire(path)
        try:
            backup_on_opening(path)  # when due; never raises for a backup it cannot write
            store = cls(open_engine(path), path, lock=lock)
            store.keep_released_results()
        except BaseException:
            lock.release()
            raise
        if lock.taken_over is not None and on_takeover is not None:
            on_takeover(lock.taken_over)
        return store

    @classmethod
    def adopt(cls, path: Path, lock: WorkplaceLock, identity: IdentityCheck | None = None) -> WorkplaceStore:
        """Take over a file :class:`~apvdesk.store.sqlite.deferred_store.DeferredStore` has opened.

        The file has passed the checks and is current; ``lock`` is its lock, released by
        :meth:`close` from now on; ``identity`` the file as it was when it was opened.
        """
        return cls(make_engine(path), path, lock=lock, identity=identity)

    @classmethod
    def open_read_only(cls, path: Path | str, kiosk_pin: str | None = None) -> WorkplaceStore:
        """Open a file to read it only (reports, screenshots, a second copy of apvdesk).

        The file is never written and its lock is never taken, so this works while another
        copy of apvdesk has the file open, but not while that copy runs a questionnaire
        kiosk: then it raises KioskRunning unless ``kiosk_pin`` is the kiosk's PIN (see
        :mod:`apvdesk.store.sqlite.kiosk_gate`). A write raises OpenedReadOnly.
        """
        from apvdesk.store.sqlite.kiosk_gate import refuse_while_kiosk

        refuse_while_kiosk(path, kiosk_pin)
        engine, scratch = open_read_only(Path(path))
        return cls(engine, Path(path), read_only=True, scratch=scratch)

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

        def populate(engine: Engine) -> None:
            store = cls(engine, Path(path))
            store.save_workplace(workplace)
            for group in groups:
                store.add_group(group)
            store.create_round(first_round, bank)

        return cls(create_file(Path(path), populate), Path(path))

    @classmethod
    def create_demo(cls, path: Path | str, demo: DemoWorkplace, bank: QuestionBank):
        """Create a file holding the demo workplace, its answers and its action plan."""

        def populate(engine: Engine) -> None:
            store = cls(engine, Path(path))
            store.save_workplace(demo.workplace)
            group_ids = [_saved_id(store.add_group(group)) for group in demo.groups]
            round_id = store.create_round(demo.round, bank).id
            assert round_id is not None
            store.add_responses(
                round_id,
                (
                    Response(group_ids[r.group_id], r.language, answers=r.answers, id=r.id)
                    for r in demo.responses
                ),
            )
            if demo.collection_ended_on is not None:
                store.end_collection(round_id, demo.collection_ended_on)
            point_ids: dict[int, int] = {}  # demo problem index -> agenda point id
            if demo.meeting is not None:
                demo.meeting.meeting.round_id = round_id
                demo.meeting.meeting.group_ids = [group_ids[i] for i in demo.meeting.group_indices]
                meeting = store.create_meeting(demo.meeting.meeting, demo.meeting.points)
                assert meeting.id is not None
                points = store.points(meeting.id)
                point_ids = {
                    problem: _saved_id(points[point]) for point, problem in demo.meeting.decided.items()
                }
            for index, item in enumerate(demo.problems):
                item.problem.round_id = round_id
                item.problem.group_ids = [group_ids[i] for i in item.group_indices]  # type: ignore[misc]
                item.problem.dialogue_point_id = point_ids.get(index)
                problem = store.save_problem(item.problem)
                for action in item.actions:
                    action.problem_id = problem.id
                    store.save_action(action)
            for period in demo.absence_periods:
                period.round_id = round_id
                period.group_id = group_ids[period.group_id]
                store.save_absence_period(period)
            if demo.absence_assessment is not None:
                demo.absence_assessment.round_id = round_id
                store.save_absence_assessment(demo.absence_assessment)
            for approval in demo.approvals:
                approval.round_id = round_id
                store.add_approval(approval)

        return cls(create_file(Path(path), populate), Path(path))

    def close(self) -> None:
        """Release the file and its lock (all work is already committed)."""
        self._engine.dispose()
        if self._scratch is not None:
            self._scratch.unlink(missing_ok=True)
            self._scratch = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def overview(self) -> OverviewFacts:
        """Return the facts of the Overview page (see :mod:`apvdesk.store.sqlite.plain_reads`)."""
        with self._engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return plain_reads.overview(driver)

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One unit of work, committed at the end.

        Write failures become CannotWrite; a write to a file opened read-only becomes
        OpenedReadOnly.
        """
        self._identity.verify()  # FileReplaced when the path no longer names the opened file
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            self._identity.verify()  # a failure because the file went away is said as such
            code = getattr(exc.orig, "sqlite_errorcode", 0)  # SQLITE_READONLY and its extended codes
            if self.read_only and code & 0xFF == sqlite3.SQLITE_READONLY:
                raise OpenedReadOnly(self.path, str(exc.orig)) from exc
            raise write_failure(self.path, exc) from exc
        self._identity.verify()  # replaced meanwhile: what was just done went with the old file

    # --- workplace and groups ----------------------------------------------------

    def workplace(self) -> Workplace:
        with self._unit() as s:
            row = s.scalars(
                select(WorkplaceRow).options(selectinload(WorkplaceRow.safety_representatives))
            ).first()
            return convert.workplace_from_row(row) if row else Workplace(name="")

    def save_workplace(self, workplace: Workplace) -> None:
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
            row = GroupRow(name=group.name, headcount=group.headcount, position=position)
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
        )
