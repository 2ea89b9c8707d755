"""The service API of one workplace file: what the UI, the CLI and the reports call.

Every method is one short unit of work in its own session and commits before it
returns, so there is no Save button and nothing is lost when the program is closed or
killed. Methods take and return domain objects from :mod:`apvdesk.core.model`.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from apvdesk.core.bank import QuestionBank, load_bank_snapshot
from apvdesk.core.dialogue import AgendaPoint
from apvdesk.core.model import (
    Group,
    QuestionnaireForm,
    Response,
    Round,
    Workplace,
)
from apvdesk.core.overview import OverviewFacts
from apvdesk.core.results import RoundResults, results_from_sheets
from apvdesk.store import convert, plain_reads
from apvdesk.store.absence_methods import AbsenceMethods
from apvdesk.store.answer_reads import read_answer_sheets
from apvdesk.store.backups import backup_on_opening
from apvdesk.store.database import (
    create_file,
    inspect_file,
    make_engine,
    open_engine,
    open_read_only,
    write_failure,
)
from apvdesk.store.dialogue_methods import DialogueMethods
from apvdesk.store.errors import OpenedReadOnly
from apvdesk.store.lock import WorkplaceLock, acquire
from apvdesk.store.models import (
    AnswerRow,
    GroupRow,
    RespondentRow,
    RoundRow,
    WorkplaceRow,
    problem_group,
)
from apvdesk.store.plan_methods import PlanMethods
from apvdesk.store.raw_answers_methods import AnswersDiscarded, RawAnswersMethods

if TYPE_CHECKING:
    from apvdesk.core.demo import DemoWorkplace


def _unordered_id() -> int:
    """Return a random positive 62-bit id (collisions are vanishingly unlikely)."""
    return secrets.randbits(62) or 1


def _saved_id(item: Group | AgendaPoint) -> int:
    """Return the id of an object the store has just saved."""
    assert item.id is not None
    return item.id


class RoundHasAnswers(Exception):
    """The questions of a round cannot change once anyone has answered."""


class GroupInUse(Exception):
    """A group cannot be deleted because answers or problems refer to it."""


class WorkplaceStore(PlanMethods, RawAnswersMethods, DialogueMethods, AbsenceMethods):
    """One open workplace file."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        read_only: bool = False,
        scratch: Path | None = None,
        lock: WorkplaceLock | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._scratch = scratch
        self._lock = lock

    # --- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str) -> WorkplaceStore:
        """Open an existing file to work on it, holding its lock until :meth:`close`.

        The file is checked first, only reading; then the lock is taken, before anything
        (an upgrade, say) is written. Raises FileInUse when another copy of apvdesk has
        the file open, CannotLock when no lock can be taken beside it (a read-only folder),
        and the errors of :func:`apvdesk.store.database.open_engine`.
        """
        path = Path(path)
        inspect_file(path)
        lock = acquire(path)
        try:
            backup_on_opening(path)  # when due; never raises for a backup it cannot write
            engine = open_engine(path)
        except BaseException:
            lock.release()
            raise
        return cls(engine, path, lock=lock)

    @classmethod
    def adopt(cls, path: Path, lock: WorkplaceLock) -> WorkplaceStore:
        """Take over a file :class:`~apvdesk.store.deferred_store.DeferredStore` has opened.

        The file has passed the checks and is current; ``lock`` is its lock, released by
        :meth:`close` from now on.
        """
        return cls(make_engine(path), path, lock=lock)

    @classmethod
    def open_read_only(cls, path: Path | str) -> WorkplaceStore:
        """Open a file to read it only (reports, screenshots, a second copy of apvdesk).

        The file is never written and its lock is neither taken nor looked at, so this
        works while another copy of apvdesk has the file open. A write raises OpenedReadOnly.
        """
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
                    Response(group_ids[r.group_id], r.language, r.answered_on, r.answers, r.id)
                    for r in demo.responses
                ),
            )
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
        """Return the facts of the Overview page (see :mod:`apvdesk.store.plain_reads`)."""
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
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", 0)  # SQLITE_READONLY and its extended codes
            if self.read_only and code & 0xFF == sqlite3.SQLITE_READONLY:
                raise OpenedReadOnly(self.path, str(exc.orig)) from exc
            raise write_failure(self.path, exc) from exc

    # --- workplace and groups ----------------------------------------------------

    def workplace(self) -> Workplace:
        with self._unit() as s:
            row = s.scalars(
                select(WorkplaceRow).options(selectinload(WorkplaceRow.safety_representatives))
            ).first()
            return convert.workplace_from_row(row) if row else Workplace(name="")

    def save_workplace(self, workplace: Workplace) -> None:
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
        with self._unit() as s:
            position = (s.scalar(select(func.max(GroupRow.position))) or 0) + 1
            row = GroupRow(name=group.name, headcount=group.headcount, position=position)
            s.add(row)
            s.flush()
            return convert.group_from_row(row)

    def update_group(self, group: Group) -> None:
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

    def rounds(self, include_follow_ups: bool = False) -> list[Round]:
        """Return the APV rounds by start date; follow-up rounds only when asked for."""
        with self._unit() as s:
            query = select(RoundRow).options(selectinload(RoundRow.groups))
            if not include_follow_ups:
                query = query.where(RoundRow.follows_round_id.is_(None))
            rows = s.scalars(query.order_by(RoundRow.start_date, RoundRow.id))
            return [convert.round_from_row(row) for row in rows]

    def round(self, round_id: int) -> Round:
        """Return one round (an APV or a follow-up round); raise KeyError if there is none."""
        with self._unit() as s:
            row = s.get(RoundRow, round_id, options=[selectinload(RoundRow.groups)])
            if row is None:
                raise KeyError(round_id)
            return convert.round_from_row(row)

    def latest_round(self) -> Round | None:
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def create_round(self, apv_round: Round, bank: QuestionBank) -> Round:
        """Start a round that keeps its own snapshot of ``bank``."""
        with self._unit() as s:
            row = RoundRow(
                title=apv_round.title,
                start_date=apv_round.start_date,
                status=apv_round.status.value,
                anonymity_threshold=apv_round.anonymity_threshold,
                bank_id=bank.id,
                bank_version=bank.version,
                bank_snapshot=bank.to_json(),
                languages=",".join(apv_round.languages),
                kiosk_pin_hash=apv_round.kiosk_pin_hash,
                green_from=apv_round.green_from,
                red_below=apv_round.red_below,
                follows_round_id=apv_round.follows_round_id,
            )
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(apv_round.group_ids))))
            s.add(row)
            s.flush()
            return convert.round_from_row(row)

    def update_round(self, apv_round: Round) -> None:
        """Save a round's title, date, status, threshold, languages, groups and PIN hash.

        The bank snapshot is never changed here (see :meth:`set_round_themes`).
        """
        with self._unit() as s:
            row = s.get_one(RoundRow, apv_round.id)
            row.title = apv_round.title
            row.start_date = apv_round.start_date
            row.status = apv_round.status.value
            row.anonymity_threshold = apv_round.anonymity_threshold
            row.languages = ",".join(apv_round.languages)
            row.kiosk_pin_hash = apv_round.kiosk_pin_hash
            row.green_from = apv_round.green_from
            row.red_below = apv_round.red_below
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(apv_round.group_ids))))

    def set_round_themes(self, round_id: int, bank: QuestionBank, theme_ids: Iterable[str]) -> QuestionBank:
        """Ask the themes ``theme_ids`` (plus the required ones) in a round without answers yet.

        The round's snapshot becomes ``bank`` narrowed to those themes. Raises
        RoundHasAnswers once anyone has answered, because the questions must not change then.
        """
        narrowed = bank.with_themes(theme_ids)
        with self._unit() as s:
            answered = s.scalar(
                select(func.count()).select_from(RespondentRow).where(RespondentRow.round_id == round_id)
            )
            if answered:
                raise RoundHasAnswers(answered)
            row = s.get_one(RoundRow, round_id)
            row.bank_id = narrowed.id
            row.bank_version = narrowed.version
            row.bank_snapshot = narrowed.to_json()
        return narrowed

    def round_groups(self, round_id: int) -> list[Group]:
        """Return the groups taking part in a round (every group when none was chosen)."""
        chosen = set(self.round(round_id).group_ids)
        groups = self.groups()
        return [g for g in groups if g.id in chosen] if chosen else groups

    def round_bank(self, round_id: int) -> QuestionBank:
        """Return the question bank as the round stored it."""
        with self._unit() as s:
            snapshot = s.get_one(RoundRow, round_id).bank_snapshot
        return load_bank_snapshot(snapshot, f"round {round_id}")

    def add_responses(self, round_id: int, responses: Iterable[Response]) -> int:
        """Store anonymous responses in one transaction; return how many were stored.

        Each respondent gets a random id (unless the response brings one, as the seeded
        demo does), so neither ids nor the order of rows tell who answered before whom;
        only the date (no time) is kept.
        """
        if self.answers_discarded_on(round_id) is not None:
            raise AnswersDiscarded(round_id)
        people: list[dict] = []
        answers: list[dict] = []
        for response in responses:
            respondent_id = response.id or _unordered_id()
            people.append(
                {
                    "id": respondent_id,
                    "round_id": round_id,
                    "group_id": response.group_id,
                    "language": response.language,
                    "answered_on": response.answered_on,
                }
            )
            answers.extend(
                {"respondent_id": respondent_id, "item_id": item_id, "option": option}
                for item_id, option in response.answers.items()
            )
        if not people:
            return 0
        with self._unit() as s:  # two executemany inserts: one transaction, all or nothing
            s.execute(insert(RespondentRow), people)
            if answers:
                s.execute(insert(AnswerRow), answers)
        return len(people)

    def responses(self, round_id: int) -> list[Response]:
        """Return every response of a round, in the order of the respondents' ids.

        A round may hold 5,000 × 56 answers, so they are read with one plain query on the
        session's connection, without an ORM object or a row wrapper per answer. When the
        round holds at least half of the file's respondents, reading the whole answer
        table in its stored order is faster than looking each respondent's answers up.
        """
        with self._unit() as s:
            people = {
                respondent_id: Response(group_id, language, answered_on, {}, respondent_id)
                for respondent_id, group_id, language, answered_on in s.execute(
                    select(
                        RespondentRow.id,
                        RespondentRow.group_id,
                        RespondentRow.language,
                        RespondentRow.answered_on,
                    )
                    .where(RespondentRow.round_id == round_id)
                    .order_by(RespondentRow.id)
                )
            }
            everyone = s.scalar(select(func.count()).select_from(RespondentRow)) or 0
            answers, respondents = AnswerRow.__tablename__, RespondentRow.__tablename__
            parameters: tuple[int, ...] = ()
            if 2 * len(people) >= everyone:
                query = f"SELECT respondent_id, item_id, option FROM {answers}"
            else:
                query = (
                    f"SELECT a.respondent_id, a.item_id, a.option FROM {answers} AS a "
                    f"JOIN {respondents} AS r ON r.id = a.respondent_id WHERE r.round_id = ?"
                )
                parameters = (round_id,)
            cursor = s.connection().connection.cursor()
            try:
                cursor.execute(query, parameters)
                # Each run of one respondent's rows goes into its answers in one C-level call.
                for respondent_id, rows in groupby(cursor, itemgetter(0)):  # type: ignore[call-overload]
                    person = people.get(respondent_id)
                    if person is not None:  # another round's respondent (whole-table read)
                        person.answers.update(map(itemgetter(1, 2), rows))
            finally:
                cursor.close()
        return list(people.values())

    def respondents_by_group(self, round_id: int) -> dict[int, int]:
        """Return how many have answered in each group of a round."""
        kept = self.stored_results(round_id)
        if kept is not None:
            return {g: n for g, n in kept.respondents.items() if g is not None and n}
        with self._unit() as s:
            rows = s.execute(
                select(RespondentRow.group_id, func.count())
                .where(RespondentRow.round_id == round_id)
                .group_by(RespondentRow.group_id)
            )
            return {group_id: count for group_id, count in rows}

    def respondent_count(self, round_id: int) -> int:
        kept = self.stored_results(round_id)
        if kept is not None:
            return kept.respondents.get(None, 0)
        with self._unit() as s:
            return (
                s.scalar(
                    select(func.count()).select_from(RespondentRow).where(RespondentRow.round_id == round_id)
                )
                or 0
            )

    def results(self, round_id: int) -> RoundResults:
        """Score the round for the workplace and every group, with suppression applied.

        The round's own anonymity threshold and traffic-light thresholds are used. A round
        whose individual answers were deleted gives the results kept at that time.
        """
        kept = self.stored_results(round_id)
        if kept is not None:
            return kept
        apv_round = self.round(round_id)
        bank = self.round_bank(round_id)
        with self._unit() as s:  # the answers as one string per respondent (see answer_reads)
            driver = s.connection().connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            sheets = read_answer_sheets(driver, round_id, bank)
        return results_from_sheets(
            bank,
            self.round_groups(round_id),
            sheets,
            apv_round.anonymity_threshold,
            apv_round.green_from,
            apv_round.red_below,
        )

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
