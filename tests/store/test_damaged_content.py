"""A sound SQLite file with content apvdesk cannot use: refused in words, rescued into a usable file.

Each kind of damage is made here from a good demo file with plain SQL, as someone editing
the file with a database tool (or a program gone wrong) would: a threshold below the
minimum, text where a number belongs, an unreadable question bank, an unknown status,
role or effect, a date that is not a date, a missing table or column, a reference to a
row that is not there. The file stays a sound SQLite file (its integrity check says
"ok"). Opening it must fail with DamagedContent (which offers the rescue), naming the
table, row, column and value; the file must be left byte for byte as it was; and the
rescue must give a file the program opens and computes results from, with what it
repaired or left out reported. The store's own writes never put such a value in a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod, Contributes
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
from apvdesk.core.model import (
    DEFAULT_ANONYMITY_THRESHOLD,
    DEFAULT_GREEN_FROM,
    DEFAULT_RED_BELOW,
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Problem,
    Seriousness,
)
from apvdesk.store.errors import DamagedContent
from apvdesk.store.sqlite.content_check import content_faults, find_faults
from apvdesk.store.sqlite.rescue import RescueReport, rescue_file, rescue_target
from apvdesk.store.sqlite.sqlite_file import integrity_check
from apvdesk.store.workplace_store import WorkplaceStore

# --- the kinds of damage -----------------------------------------------------------------


def _drop_not_null(conn: sqlite3.Connection, table: str, column: str) -> None:
    """Let ``column`` hold NULL by editing the table's definition (as a database tool can)."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.execute("PRAGMA writable_schema = ON")
    relaxed = sql.replace(f"{column} INTEGER NOT NULL", f"{column} INTEGER")
    assert relaxed != sql
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (relaxed, table))
    conn.execute("PRAGMA writable_schema = OFF")


@dataclass(frozen=True)
class Damage:
    """One kind of damaged content: the SQL that makes it, and where a report must point.

    ``table``, ``column``, ``row`` (the row's key in the report, "" for a missing table or
    column) and ``value`` (as the report shows it) name the damage; ``rescued`` checks the
    rescued file (open) and the rescue's report.
    """

    name: str
    sql: tuple[str, ...]
    table: str
    column: str
    value: str
    row: str = "id 1"
    before: Callable[[sqlite3.Connection], None] | None = None
    rescued: Callable[[WorkplaceStore, RescueReport], None] | None = field(default=None, compare=False)


def _threshold_is_default(store: WorkplaceStore, report: RescueReport) -> None:
    (apv_round,) = store.rounds()
    assert apv_round.anonymity_threshold == DEFAULT_ANONYMITY_THRESHOLD
    assert report.table("apv_round").repaired == 1 and report.table("apv_round").lost == 0


def _threshold_is_the_promise(store: WorkplaceStore, report: RescueReport) -> None:
    (apv_round,) = store.rounds()
    assert apv_round.anonymity_threshold == 7  # raised to what respondents were told, never lowered
    assert report.table("apv_round").repaired == 1


def _lights_are_default(store: WorkplaceStore, report: RescueReport) -> None:
    (apv_round,) = store.rounds()
    assert (apv_round.green_from, apv_round.red_below) == (DEFAULT_GREEN_FROM, DEFAULT_RED_BELOW)
    assert report.table("apv_round").repaired == 1


def _repaired(table: str) -> Callable[[WorkplaceStore, RescueReport], None]:
    def check(store: WorkplaceStore, report: RescueReport) -> None:
        assert report.table(table).repaired == 1 and report.table(table).lost == 0

    return check


def _left_out(table: str) -> Callable[[WorkplaceStore, RescueReport], None]:
    def check(store: WorkplaceStore, report: RescueReport) -> None:
        assert report.table(table).lost >= 1 and not report.complete

    return check


def _action_status(store: WorkplaceStore, report: RescueReport) -> None:
    (apv_round,) = store.rounds()
    assert apv_round.id is not None
    statuses = {a.id: a.status for _p, a in store.round_actions(apv_round.id)}
    assert statuses[2] is ActionStatus.PLANNED
    _repaired("action")(store, report)


def _no_assessment_yet(store: WorkplaceStore, report: RescueReport) -> None:
    (apv_round,) = store.rounds()
    assert apv_round.id is not None
    assert store.absence_assessment(apv_round.id).contributes is None
    assert report.table("absence_assessment").missing


DAMAGES = [
    Damage(
        "threshold 2",
        ("UPDATE apv_round SET anonymity_threshold = 2",),
        "apv_round",
        "anonymity_threshold",
        "2",
        rescued=_threshold_is_default,
    ),
    Damage(
        "threshold -1",
        ("UPDATE apv_round SET anonymity_threshold = -1",),
        "apv_round",
        "anonymity_threshold",
        "-1",
        rescued=_threshold_is_default,
    ),
    Damage(
        "threshold as text",
        ("UPDATE apv_round SET anonymity_threshold = 'fem'",),
        "apv_round",
        "anonymity_threshold",
        "fem",
        rescued=_threshold_is_default,
    ),
    Damage(
        "threshold NULL",
        ("UPDATE apv_round SET anonymity_threshold = NULL",),
        "apv_round",
        "anonymity_threshold",
        "",
        before=lambda conn: _drop_not_null(conn, "apv_round", "anonymity_threshold"),
        rescued=_threshold_is_default,
    ),
    Damage(
        "bank snapshot not JSON",
        ("UPDATE apv_round SET bank_snapshot = '{broken'",),
        "apv_round",
        "bank_snapshot",
        "JSON",
        rescued=_left_out("apv_round"),
    ),
    Damage(
        "bank snapshot not a bank",
        ("""UPDATE apv_round SET bank_snapshot = '{"id": 3}'""",),
        "apv_round",
        "bank_snapshot",
        "bank",
        rescued=_left_out("apv_round"),
    ),
    Damage(
        "round status unknown",
        ("UPDATE apv_round SET status = 'finished'",),
        "apv_round",
        "status",
        "finished",
        rescued=_repaired("apv_round"),
    ),
    Damage(
        "action status unknown",
        ("UPDATE action SET status = 'stalled' WHERE id = 2",),
        "action",
        "status",
        "stalled",
        row="id 2",
        rescued=_action_status,
    ),
    Damage(
        "effect unknown",
        ("UPDATE action SET effect = 'great' WHERE id = 1",),
        "action",
        "effect",
        "great",
        rescued=_repaired("action"),
    ),
    Damage(
        "seriousness unknown",
        ("UPDATE problem SET seriousness = 'grave' WHERE id = 1",),
        "problem",
        "seriousness",
        "grave",
        rescued=_repaired("problem"),
    ),
    Damage(
        "approver role unknown",
        ("UPDATE approval SET role = 'boss' WHERE id = 1",),
        "approval",
        "role",
        "boss",
        rescued=_left_out("approval"),
    ),
    Damage(
        "absence contributes unknown",
        ("UPDATE absence_assessment SET contributes = 'maybe'",),
        "absence_assessment",
        "contributes",
        "maybe",
        row="round_id 1",
        rescued=_repaired("absence_assessment"),
    ),
    Damage(
        "agenda rating outside the scale",
        ("UPDATE agenda_point SET rating = 9 WHERE id = 1",),
        "agenda_point",
        "rating",
        "9",
        rescued=_repaired("agenda_point"),
    ),
    Damage(
        "round start not a date",
        ("UPDATE apv_round SET start_date = 'yesterday'",),
        "apv_round",
        "start_date",
        "yesterday",
        rescued=_repaired("apv_round"),
    ),
    Damage(
        "impossible deadline",
        ("UPDATE action SET deadline = '2026-02-30' WHERE id = 2",),
        "action",
        "deadline",
        "2026-02-30",
        row="id 2",
        rescued=_repaired("action"),
    ),
    Damage(
        "absence period ends before it starts",
        ("UPDATE absence_period SET \"end\" = '2024-01-01' WHERE id = 1",),
        "absence_period",
        "end",
        "2024-01-01",
        rescued=_left_out("absence_period"),
    ),
    Damage(
        "negative absence days",
        ("UPDATE absence_period SET absence_days = -3 WHERE id = 1",),
        "absence_period",
        "absence_days",
        "-3",
        rescued=_left_out("absence_period"),
    ),
    Damage(
        "missing table",
        ("DROP TABLE absence_assessment",),
        "absence_assessment",
        "",
        "",
        row="",
        rescued=_no_assessment_yet,
    ),
    Damage(
        "missing column",
        ("ALTER TABLE action DROP COLUMN catalogue_id",),
        "action",
        "catalogue_id",
        "",
        row="",
    ),
    Damage(
        "traffic lights crossed",
        ("UPDATE apv_round SET green_from = 20, red_below = 80",),
        "apv_round",
        "red_below",
        "80",
        rescued=_lights_are_default,
    ),
    Damage(
        "traffic light above 100",
        ("UPDATE apv_round SET green_from = 150",),
        "apv_round",
        "green_from",
        "150",
        rescued=_lights_are_default,
    ),
    Damage(
        "priority as text",
        ("UPDATE problem SET priority = 'high' WHERE id = 1",),
        "problem",
        "priority",
        "high",
        rescued=_repaired("problem"),
    ),
    Damage(
        "headcount as text",
        ("UPDATE work_group SET headcount = 'many' WHERE id = 1",),
        "work_group",
        "headcount",
        "many",
        rescued=_repaired("work_group"),
    ),
    Damage(
        "plan revision as text",
        ("UPDATE apv_round SET plan_revision = 'new'",),
        "apv_round",
        "plan_revision",
        "new",
        rescued=_repaired("apv_round"),
    ),
    Damage(
        "answer sheet of a group that is gone",
        ("UPDATE respondent SET group_id = 99 WHERE id = (SELECT min(id) FROM respondent)",),
        "respondent",
        "group_id",
        "99",
        row="id ",
        rescued=_left_out("respondent"),
    ),
    Damage(
        "round following itself",
        ("UPDATE apv_round SET follows_round_id = id",),
        "apv_round",
        "follows_round_id",
        "1",
        rescued=_repaired("apv_round"),
    ),
    Damage(
        "threshold below what respondents were told",
        ("UPDATE apv_round SET promised_threshold = 7",),
        "apv_round",
        "anonymity_threshold",
        "5",
        rescued=_threshold_is_the_promise,
    ),
    Damage(
        "released results unreadable",
        ("""UPDATE round_release SET results_json = '{"scales": 3}'""",),
        "round_release",
        "results_json",
        "scales",
        row="round_id 1",
        rescued=_left_out("round_release"),
    ),
    Damage(
        "release history unreadable",
        ("UPDATE round_release SET history_json = '[1, 2'",),
        "round_release",
        "history_json",
        "[1, 2",
        row="round_id 1",
        rescued=_repaired("round_release"),
    ),
    Damage(
        "collecting neither yes nor no",
        ("UPDATE apv_round SET collecting = 'ja'",),
        "apv_round",
        "collecting",
        "ja",
        rescued=_repaired("apv_round"),
    ),
    Damage(
        "fewer than no answers in a language",
        ("UPDATE round_language SET answers = -1 WHERE language = 'da'",),
        "round_language",
        "answers",
        "-1",
        row="round_id 1, language da",
        rescued=_left_out("round_language"),
    ),
    Damage(
        "text that is not UTF-8",
        ("UPDATE problem SET kind = CAST(X'4172626a64efc3' AS TEXT) WHERE id = 1",),
        "problem",
        "kind",
        "",
        rescued=_repaired("problem"),
    ),
]


@pytest.fixture(scope="session")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A sound demo file (40 respondents, a plan, approvals, a meeting, absence figures)."""
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.apvdesk"
    write_demo(path, respondents=40, seed=7)
    return path.read_bytes()


def make_damaged(folder: Path, good: bytes, damage: Damage) -> Path:
    """Write a copy of ``good`` with ``damage`` done to it, as a sound SQLite file."""
    path = folder / "Vaskeri.apvdesk"
    path.write_bytes(good)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        if damage.before is not None:
            damage.before(conn)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in damage.sql:
            conn.execute(statement)
    assert integrity_check(path) == ["ok"]
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(params=DAMAGES, ids=lambda damage: damage.name)
def damaged(request, tmp_path: Path, demo_bytes: bytes) -> tuple[Damage, Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    return request.param, make_damaged(folder, demo_bytes, request.param)


def points_at(fault_text: str, damage: Damage) -> bool:
    """Whether the words about a fault name the damage's table, row, column and value."""
    return all(part in fault_text for part in (damage.table, damage.row, damage.column, damage.value))


# --- opening refuses the file -------------------------------------------------------------


@pytest.mark.parametrize(
    "opener", [WorkplaceStore.open, WorkplaceStore.open_read_only], ids=["open", "read-only"]
)
def test_opening_refuses_damaged_content_and_names_it(damaged, opener):
    damage, path = damaged
    before = sha256(path)
    with pytest.raises(DamagedContent) as caught:
        opener(path).close()
    error = caught.value
    assert error.can_rescue and error.path == path
    assert any(
        fault.table == damage.table and (fault.column or "") == damage.column for fault in error.faults
    ), error.faults
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_the_faults_name_table_row_column_and_value(damaged):
    damage, path = damaged
    faults, _more = content_faults(path)
    assert any(points_at(fault.explain(), damage) for fault in faults), [f.explain() for f in faults]


def test_a_sound_file_has_no_faults(tmp_path, demo_bytes):
    path = tmp_path / "good.apvdesk"
    path.write_bytes(demo_bytes)
    assert content_faults(path) == ([], False)
    WorkplaceStore.open(path).close()


def test_the_check_reads_only_the_small_tables_never_the_answers(tmp_path, demo_bytes):
    # the check runs at every opening: it must not cost a pass over every answer
    path = tmp_path / "good.apvdesk"
    path.write_bytes(demo_bytes)
    read: set[str] = set()

    def note(action: int, table: str | None, *_rest) -> int:
        if action == sqlite3.SQLITE_READ and table:
            read.add(table)
        return sqlite3.SQLITE_OK

    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        conn.set_authorizer(note)
        assert find_faults(conn, complete_schema=True) == ([], False)
    assert "apv_round" in read and "respondent" in read
    assert "answer" not in read


def test_many_faults_are_listed_up_to_a_limit(tmp_path, demo_bytes):
    path = tmp_path / "many.apvdesk"
    path.write_bytes(demo_bytes)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE respondent SET round_id = 'x'")
    faults, more = content_faults(path, limit=10)
    assert len(faults) == 10 and more
    assert {fault.table for fault in faults} == {"respondent"}


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE apv_round SET anonymity_threshold = 2",
        "INSERT INTO round_summary VALUES (1, '{\"n\": 12}', '2026-10-01')",
        "UPDATE respondent SET answered_on = 'tirsdag' WHERE id = (SELECT min(id) FROM respondent)",
    ],
    ids=["threshold 2", "kept results unreadable", "answer date not a date"],
)
def test_an_older_file_is_refused_before_it_is_upgraded(tmp_path, sql):
    # the upgrade would carry the value over (or write a backup first): nothing may happen
    path = tmp_path / "old.apvdesk"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema_0006.apvdesk", path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(sql)
    before = sha256(path)
    with pytest.raises(DamagedContent):
        WorkplaceStore.open(path).close()
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no backup, no journal
    report = rescue_file(path, rescue_target(path))
    assert content_faults(report.target) == ([], False)


# --- the rescue gives a file the program can use -----------------------------------------


def test_the_rescue_repairs_or_leaves_out_and_the_new_file_opens(damaged):
    damage, path = damaged
    before = sha256(path)
    report = rescue_file(path, rescue_target(path))
    assert sha256(path) == before
    assert content_faults(report.target) == ([], False)
    assert report.changes, "the report says what was repaired or left out"
    store = WorkplaceStore.open(report.target)
    try:
        for apv_round in store.rounds(include_follow_ups=True):
            assert apv_round.id is not None
            store.results(apv_round.id)
            store.action_plan(apv_round.id)
            store.absence_lines(apv_round.id)
            for meeting in store.meetings(apv_round.id):
                assert meeting.id is not None
                store.minutes(meeting.id)
        if damage.rescued is not None:
            damage.rescued(store, report)
    finally:
        store.close()


def test_an_unreadable_bank_comes_back_from_the_same_shipped_bank(tmp_path, demo_bytes):
    from apvdesk.app.resources import shipped_bank

    good = tmp_path / "good.apvdesk"
    good.write_bytes(demo_bytes)
    damage = next(d for d in DAMAGES if d.name == "bank snapshot not JSON")
    folder = tmp_path / "files"
    folder.mkdir()
    path = make_damaged(folder, demo_bytes, damage)
    report = rescue_file(path, rescue_target(path), banks=[shipped_bank()])
    assert report.table("apv_round").repaired == 1
    assert all(table.lost == 0 for table in report.tables)
    before, after = WorkplaceStore.open_read_only(good), WorkplaceStore.open(report.target)
    try:
        assert after.round_bank(1).to_json() == before.round_bank(1).to_json()
        assert after.results(1) == before.results(1)
    finally:
        before.close()
        after.close()


def test_a_threshold_is_never_repaired_downwards(tmp_path, demo_bytes):
    damage = Damage("threshold 4.5", ("UPDATE apv_round SET anonymity_threshold = 4.5",), "", "", "")
    path = make_damaged(tmp_path, demo_bytes, damage)
    report = rescue_file(path, rescue_target(path))
    store = WorkplaceStore.open(report.target)
    try:
        (apv_round,) = store.rounds()
        assert apv_round.anonymity_threshold >= DEFAULT_ANONYMITY_THRESHOLD
    finally:
        store.close()


# --- the store never writes what it could not read back -----------------------------------


@pytest.fixture
def store(tmp_path: Path, demo_bytes: bytes):
    path = tmp_path / "demo.apvdesk"
    path.write_bytes(demo_bytes)
    store = WorkplaceStore.open(path)
    yield store
    store.close()
    assert content_faults(path) == ([], False)  # whatever was refused left no trace


def _round_id(store: WorkplaceStore) -> int:
    (apv_round,) = store.rounds()
    assert apv_round.id is not None
    return apv_round.id


def test_an_agenda_rating_outside_the_scale_is_refused(store):
    meeting = store.meetings(_round_id(store))[0]
    assert meeting.id is not None
    point = store.points(meeting.id)[0]
    point.rating = 9  # type: ignore[assignment]
    with pytest.raises(ValueError, match="rating"):
        store.save_point(point)
    point.rating = None
    point.minutes = 0
    with pytest.raises(ValueError, match="minutes"):
        store.save_point(point)


def test_a_meeting_with_fewer_than_no_participants_is_refused(store):
    round_id = _round_id(store)
    before = len(store.meetings(round_id))
    with pytest.raises(ValueError, match="participants"):
        store.create_meeting(DialogueMeeting(round_id, participants=-2), [AgendaPoint("Tonen", "?")])
    assert len(store.meetings(round_id)) == before


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda p: setattr(p, "absence_days", -1.0), "absence_days"),
        (lambda p: setattr(p, "employees", -4.0), "employees"),
        (lambda p: setattr(p, "working_days", -1), "working_days"),
        (lambda p: setattr(p, "end", p.start - dt.timedelta(days=1)), "end"),
    ],
    ids=["negative days", "negative employees", "negative working days", "end before start"],
)
def test_an_impossible_absence_period_is_refused(store, change, words):
    round_id = _round_id(store)
    period = store.absence_periods(round_id)[0]
    change(period)  # the dataclass checks only when made; a later change slips past it
    with pytest.raises(ValueError, match=words):
        store.save_absence_period(period)
    fresh = AbsencePeriod(
        round_id, period.group_id, "Q9", dt.date(2027, 1, 1), dt.date(2027, 3, 31), 3, 4, 60
    )
    change(fresh)
    with pytest.raises(ValueError, match=words):
        store.save_absence_period(fresh)


def test_an_unknown_choice_is_refused_with_its_column(store):
    round_id = _round_id(store)
    problem = store.problems(round_id)[0]
    problem.seriousness = "grave"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="seriousness"):
        store.save_problem(problem)
    problem = store.problems(round_id)[0]
    problem.priority = 0
    with pytest.raises(ValueError, match="priority"):
        store.save_problem(problem)
    assert problem.id is not None
    action = store.actions(problem.id)[0]
    action.status = "stalled"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="status"):
        store.save_action(action)
    action = store.actions(problem.id)[0]
    action.effect = "great"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="effect"):
        store.save_action(action)
    with pytest.raises(ValueError, match="role"):
        store.add_approval(Approval(round_id, "Karin", "boss", dt.date(2026, 10, 1)))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="contributes"):
        store.save_absence_assessment(AbsenceAssessment(round_id, "maybe"))  # type: ignore[arg-type]


def test_good_values_are_still_written(store):
    round_id = _round_id(store)
    problem = store.save_problem(Problem(round_id, "support_colleagues", "Ny", Seriousness.LOW, priority=5))
    assert problem.id is not None
    store.save_action(Action("Møde", problem_id=problem.id, status=ActionStatus.DONE))
    store.add_approval(Approval(round_id, "Ny", ApproverRole.EMPLOYER, dt.date(2026, 10, 1)))
    store.save_absence_assessment(AbsenceAssessment(round_id, Contributes.NO))
    meeting = store.create_meeting(DialogueMeeting(round_id, participants=0), [AgendaPoint("Tonen", "?")])
    assert meeting.id is not None
    store.save_meeting(meeting)


def test_a_rescued_file_keeps_its_damaged_original(tmp_path, demo_bytes):
    damage = DAMAGES[0]
    path = make_damaged(tmp_path, demo_bytes, damage)
    shutil.copyfile(path, tmp_path / "copy.apvdesk")
    rescue_file(path, rescue_target(path))
    assert sha256(path) == sha256(tmp_path / "copy.apvdesk")
