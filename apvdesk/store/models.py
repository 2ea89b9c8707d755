"""SQLAlchemy 2 typed models of the workplace file.

The schema is portable SQL (no SQLite-only types): dates are ``Date``, choices are
strings checked by the domain enums, so a later PostgreSQL back end can use the same
models. An id whose values need more than 32 bits (the answer sheets' random 62-bit ids)
is :data:`BIG_ID`: a BIGINT on every database, and on SQLite the INTEGER it always was,
so that it stays the table's rowid and the file's schema does not change. Options only
one database reads (``sqlite_with_rowid``) are ignored by the others. Every change to
these models needs an Alembic revision in ``migrations/``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from apvdesk.store.collection_models import MergedCollectionRow, WorkplaceKeyRow  # noqa: F401  (registers the tables)

# Base, its naming convention and BIG_ID live in model_base, so that further tables in
# modules of their own (translation_models) share them without an import circle.
from apvdesk.store.model_base import BIG_ID, Base
from apvdesk.store.site_models import SiteRow
from apvdesk.store.translation_models import ActionTranslationRow, ProblemTranslationRow


class WorkplaceRow(Base):
    __tablename__ = "workplace"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    cvr: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    has_amo: Mapped[bool] = mapped_column(Boolean, default=False)
    manager: Mapped[str] = mapped_column(String(200), default="")
    annual_discussion_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    amo_levels: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rest_of_apv_location: Mapped[str] = mapped_column(Text, default="", server_default="")
    apv_access: Mapped[str] = mapped_column(Text, default="", server_default="")
    safety_representatives: Mapped[list[SafetyRepresentativeRow]] = relationship(
        order_by="SafetyRepresentativeRow.position", cascade="all, delete-orphan"
    )


class SafetyRepresentativeRow(Base):
    __tablename__ = "safety_representative"

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(ForeignKey("workplace.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))


class GroupRow(Base):
    __tablename__ = "work_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    site_id: Mapped[int | None] = mapped_column(ForeignKey(SiteRow.id, ondelete="RESTRICT"), nullable=True)


class GroupNameRow(Base):
    """A group's name in another questionnaire language (core.group_names), for the kiosk and paper."""

    __tablename__ = "group_name"

    group_id: Mapped[int] = mapped_column(ForeignKey("work_group.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class RoundRow(Base):
    __tablename__ = "apv_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    anonymity_threshold: Mapped[int] = mapped_column(Integer, default=5)
    bank_id: Mapped[str] = mapped_column(String(100))
    bank_version: Mapped[str] = mapped_column(String(40))
    bank_snapshot: Mapped[str] = mapped_column(Text)
    languages: Mapped[str] = mapped_column(
        String(60), default="da,en,pl,ro,uk", server_default="da,en,pl,ro,uk"
    )
    kiosk_pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    green_from: Mapped[float] = mapped_column(Float, default=66.7, server_default="66.7")
    red_below: Mapped[float] = mapped_column(Float, default=50.0, server_default="50.0")
    follows_round_id: Mapped[int | None] = mapped_column(
        ForeignKey("apv_round.id", ondelete="CASCADE"), nullable=True
    )
    # Raised by every change to the plan's content; approvals record the revision they approve.
    plan_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plan_changed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # True while the round takes answers for its next release (see core.release).
    collecting: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # The threshold respondents were told (kiosk, paper form): the threshold's floor.
    promised_threshold: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A follow-up round: the results of the round it follows, frozen when it was started.
    baseline_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    groups: Mapped[list[GroupRow]] = relationship(secondary="round_group", order_by="GroupRow.position")


round_group = Table(
    "round_group",
    Base.metadata,
    Column("round_id", ForeignKey("apv_round.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("work_group.id", ondelete="CASCADE"), primary_key=True),
)


class RespondentRow(Base):
    """One anonymous answer sheet: a random id and its group, nothing else.

    No name, date, time or language: the random id is the table's key (SQLite's rowid),
    so the rows lie in the order of the random ids, not in the order of answering.
    """

    __tablename__ = "respondent"

    # Random, 62 bits (never counted up: no sequence on a database that would make one).
    id: Mapped[int] = mapped_column(BIG_ID, primary_key=True, autoincrement=False)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("work_group.id", ondelete="RESTRICT"))


class AnswerRow(Base):
    """An answer: the option index in printed order, or NULL for "don't know".

    A WITHOUT ROWID table keyed by (respondent id, item id): no hidden row number counts
    up as answers arrive, and the rows lie in the order of the random respondent ids.
    """

    __tablename__ = "answer"
    __table_args__ = {"sqlite_with_rowid": False}

    respondent_id: Mapped[int] = mapped_column(
        BIG_ID, ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    option: Mapped[int | None] = mapped_column(Integer, nullable=True)


problem_group = Table(
    "problem_group",
    Base.metadata,
    Column("problem_id", ForeignKey("problem.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("work_group.id", ondelete="CASCADE"), primary_key=True),
)


class ProblemRow(Base):
    __tablename__ = "problem"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    scale_id: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(Text)
    seriousness: Mapped[str] = mapped_column(String(20))
    extent: Mapped[str] = mapped_column(Text, default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[int] = mapped_column(Integer, default=2)
    dialogue_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_point.id", ondelete="SET NULL"), nullable=True
    )
    solved_at_once: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    concerns_absence: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # A problem of another kind (scale_id ""): its own title.
    title: Mapped[str] = mapped_column(Text, default="", server_default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey(SiteRow.id, ondelete="RESTRICT"), nullable=True)
    groups: Mapped[list[GroupRow]] = relationship(secondary=problem_group)
    actions: Mapped[list[ActionRow]] = relationship(
        order_by="ActionRow.id", cascade="all, delete-orphan", passive_deletes=True
    )
    translations: Mapped[list[ProblemTranslationRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class ActionRow(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    how: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    follow_up_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    follow_up_method: Mapped[str] = mapped_column(Text, default="")
    effect: Mapped[str | None] = mapped_column(String(20), nullable=True)
    effect_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    effect_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    catalogue_id: Mapped[str | None] = mapped_column(String(60), nullable=True)
    translations: Mapped[list[ActionTranslationRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    history: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # core.action_history
    site_id: Mapped[int | None] = mapped_column(ForeignKey(SiteRow.id, ondelete="RESTRICT"), nullable=True)


class ApprovalRow(Base):
    __tablename__ = "approval"
    __table_args__ = (UniqueConstraint("round_id", "name", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    approved_on: Mapped[dt.date] = mapped_column(Date)
    plan_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


dialogue_meeting_group = Table(
    "dialogue_meeting_group",
    Base.metadata,
    Column("meeting_id", ForeignKey("dialogue_meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("work_group.id", ondelete="CASCADE"), primary_key=True),
)


class DialogueMeetingRow(Base):
    """A dialogue meeting: the groups, date and facilitator; only a count of participants."""

    __tablename__ = "dialogue_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[int] = mapped_column(Integer, default=0)
    groups: Mapped[list[GroupRow]] = relationship(
        secondary=dialogue_meeting_group, order_by="GroupRow.position"
    )
    points: Mapped[list[AgendaPointRow]] = relationship(
        order_by="AgendaPointRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaPointRow(Base):
    """One point of a meeting and the group's joint rating and notes."""

    __tablename__ = "agenda_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("dialogue_meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    scale_id: Mapped[str | None] = mapped_column(String(60), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int] = mapped_column(Integer, default=10)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    works: Mapped[str] = mapped_column(Text, default="")
    not_works: Mapped[str] = mapped_column(Text, default="")
    ideas: Mapped[str] = mapped_column(Text, default="")


class AbsencePeriodRow(Base):
    """A group's sickness absence over one period: totals only, never a person's absence."""

    __tablename__ = "absence_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("work_group.id", ondelete="RESTRICT"))
    label: Mapped[str] = mapped_column(String(100))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    absence_days: Mapped[float] = mapped_column(Float)
    employees: Mapped[float] = mapped_column(Float)
    working_days: Mapped[int] = mapped_column(Integer)


class AbsenceAssessmentRow(Base):
    """A round's answer to "can conditions at work contribute to the sickness absence?"."""

    __tablename__ = "absence_assessment"

    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), primary_key=True)
    contributes: Mapped[str | None] = mapped_column(String(20), nullable=True)
    why: Mapped[str] = mapped_column(Text, default="")
    considered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class RoundReleaseRow(Base):
    """The results a round has released: what every page, report and export shows.

    ``results_json`` holds the figures as shown (suppression applied; see
    core.results_snapshot; the support matrices are drawn from them); ``history_json``
    what the release rules need to judge the next release (core.release), dropped when
    the individual answers are deleted (``answers_discarded_on``). ``released_on`` is the
    day the collection ended.
    """

    __tablename__ = "round_release"

    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), primary_key=True)
    released_on: Mapped[dt.date] = mapped_column(Date)
    results_json: Mapped[str] = mapped_column(Text)
    history_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    answers_discarded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class FindingDismissalRow(Base):
    """A finding of a round's mapping the assessment decided not to act on: why, and when.

    ``finding_key`` names the finding (see core.findings.Finding.key); one dismissal per
    finding and round.
    """

    __tablename__ = "finding_dismissal"
    __table_args__ = (UniqueConstraint("round_id", "finding_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), index=True)
    finding_key: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text)
    dismissed_on: Mapped[dt.date] = mapped_column(Date)


class RoundLanguageRow(Base):
    """How many answer sheets of a round were given in each language (never per sheet).

    WITHOUT ROWID, keyed by (round, language): no row number tells which language came first.
    """

    __tablename__ = "round_language"
    __table_args__ = {"sqlite_with_rowid": False}

    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    answers: Mapped[int] = mapped_column(Integer, default=0)


class RoundParticipationRow(Base):
    """Who took part in each step of a round, in the owner's words (core.records.Participation)."""

    __tablename__ = "round_participation"

    round_id: Mapped[int] = mapped_column(ForeignKey("apv_round.id", ondelete="CASCADE"), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class AnnualDiscussionRow(Base):
    """The written record of one annual work-environment discussion."""

    __tablename__ = "annual_discussion"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")
    last_year: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    competence: Mapped[str] = mapped_column(Text, default="")


class WorkChangeRow(Base):
    """A change in the work, and whether (and when) it had a partial APV."""

    __tablename__ = "work_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(Text)
    needs_partial_apv: Mapped[bool] = mapped_column(Boolean, default=False)
    partial_apv_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
