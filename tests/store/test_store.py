"""The workplace file: what is saved comes back, and files that are not ours stay untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

import apvdesk.app.resources
from apvdesk.app.resources import SHIPPED_BANK_FILE, shipped_bank
from apvdesk.core.demo import make_demo
from apvdesk.core.demo_answers import LINEN_ROOM
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Group,
    Problem,
    Response,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)
from apvdesk.platform.paths import resource
from apvdesk.store.errors import FileMissing, NewerVersionFile, NotAWorkplaceFile
from apvdesk.store.sqlite.database import make_engine
from apvdesk.store.sqlite.sqlite_file import APPLICATION_ID
from apvdesk.store.workplace_store import GroupInUse, WorkplaceStore
from tests.store.demo_rows import collection_set_aside

LINEN_ROOM_ID = LINEN_ROOM + 1  # the fifth group saved in a new demo file

DAY = dt.date(2026, 9, 1)
WORKPLACE = Workplace(
    name="Ærø Rengøring & Søn ApS – afd. Łódź",
    cvr="12345678",
    address="Østergade 5, 5970 Ærøskøbing",
    sector="Rengøring",
    headcount=23,
    has_amo=True,
    manager="Åse Ørnholt",
    safety_representatives=["Małgorzata Wójcik", "Søren Æbelø"],
)
GROUPS = [Group("Kontorrengøring", 9), Group("Hospital – nattehold", 8), Group("Vinduespolering", 6)]
FIRST_ROUND = Round("APV 2026 – social støtte", DAY, RoundStatus.MAPPING, anonymity_threshold=4)


def _create(path: Path) -> WorkplaceStore:
    return WorkplaceStore.create(
        path, WORKPLACE, [dataclasses.replace(g) for g in GROUPS], FIRST_ROUND, shipped_bank()
    )


def _table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, read straight from the file."""
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
        rows["sqlite_master"] = sorted(conn.execute("SELECT * FROM sqlite_master").fetchall(), key=repr)
        return rows
    finally:
        conn.close()


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


@pytest.fixture
def store(tmp_path):
    store = _create(tmp_path / "Firma.apvdesk")
    yield store
    store.close()


def test_create_gives_back_workplace_groups_and_round(store):
    assert store.workplace() == WORKPLACE
    assert [(g.name, g.headcount) for g in store.groups()] == [(g.name, g.headcount) for g in GROUPS]
    assert all(g.id is not None for g in store.groups())
    (apv_round,) = store.rounds()
    bank = shipped_bank()
    expected = dataclasses.replace(FIRST_ROUND, bank_id=bank.id, bank_version=bank.version, id=apv_round.id)
    assert apv_round == expected
    assert store.latest_round() == apv_round
    assert store.round_bank(apv_round.id) == bank


def test_everything_saved_is_there_after_reopening(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    store = _create(path)
    office, hospital, windows = store.groups()
    # groups: add, rename, delete
    laundry = store.add_group(Group("Vaskeri", 4))
    store.update_group(dataclasses.replace(hospital, name="Hospital – dag og nat", headcount=11))
    store.delete_group(windows.id)
    (apv_round,) = store.rounds()
    # answers: an option, "don't know" (None) and a blank (absent)
    responses = [
        Response(office.id, "da", DAY, {"ssc_practical": 0, "ssc_listen": None}),
        Response(laundry.id, "pl", DAY + dt.timedelta(days=3), {"ssm_listen": 4}),
    ]
    assert store.add_responses(apv_round.id, responses) == 2
    # problems with groups, and their actions
    problem = store.save_problem(
        Problem(
            apv_round.id,
            "support_colleagues",
            kind="Nattehold arbejder alene på afdelingerne",
            seriousness=Seriousness.HIGH,
            extent="Hele nattehold",
            causes="Vagtplanen; ingen fælles pause",
            priority=1,
            group_ids=[hospital.id, laundry.id],
        )
    )
    other = store.save_problem(Problem(apv_round.id, "community", "Tonen er hård", group_ids=[office.id]))
    problem = store.save_problem(dataclasses.replace(problem, seriousness=Seriousness.MEDIUM))
    action = store.save_action(
        Action(
            how="Fælles pause kl. 2 på hospitalets kantine",
            responsible="Åse Ørnholt",
            start=dt.date(2026, 10, 1),
            deadline=dt.date(2026, 12, 1),
            problem_id=problem.id,
        )
    )
    action = store.save_action(
        dataclasses.replace(
            action, status=ActionStatus.DONE, follow_up_date=dt.date(2027, 1, 10), follow_up_method="Virker"
        )
    )
    dropped = store.save_action(Action(how="Opslag på tavlen", problem_id=other.id))
    store.delete_action(dropped.id)
    approval = store.add_approval(Approval(apv_round.id, "Åse Ørnholt", ApproverRole.EMPLOYER, DAY))
    signer = store.add_approval(
        Approval(apv_round.id, "Małgorzata Wójcik", ApproverRole.AMO, DAY + dt.timedelta(days=1))
    )
    withdrawn = store.add_approval(Approval(apv_round.id, "Søren Æbelø", ApproverRole.AMO, DAY))
    store.delete_approval(withdrawn.id)
    store.close()

    again = WorkplaceStore.open(path)
    try:
        assert again.workplace() == WORKPLACE
        assert again.groups() == [
            office,
            Group("Hospital – dag og nat", 11, hospital.id),
            laundry,
        ]
        assert again.rounds() == [apv_round]
        assert again.respondent_count(apv_round.id) == 2
        stored = sorted(again.responses(apv_round.id), key=lambda r: r.group_id)
        # a sheet keeps its group and answers only; its language is counted per round
        assert [(r.group_id, r.answers, r.language, r.answered_on) for r in stored] == [
            (r.group_id, r.answers, "", None) for r in responses
        ]
        assert again.language_counts(apv_round.id) == dict(Counter(r.language for r in responses))
        assert again.problems(apv_round.id) == [problem, other]  # ordered by priority
        assert problem.group_ids == sorted([hospital.id, laundry.id])
        assert problem.seriousness is Seriousness.MEDIUM
        assert again.actions(problem.id) == [action]
        assert again.actions(other.id) == []
        assert again.round_bank(apv_round.id) == shipped_bank()
        plan = again.action_plan(apv_round.id, printed_on=DAY)
        assert plan.problems == [(problem, [action]), (other, [])]
        assert plan.workplace == WORKPLACE
        assert again.approvals(apv_round.id) == [approval, signer]
        assert plan.approvals == [approval, signer]
    finally:
        again.close()


def test_a_new_file_has_apvdesks_marks_and_pragmas(store):
    header = store.path.read_bytes()[:100]
    assert header[68:72] == b"APVD"
    engine = make_engine(store.path)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            # EXTRA: FULL, plus a flush of the folder when the journal is deleted
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 3
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


def test_no_side_files_remain_after_work_and_close(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    store = _create(path)
    assert _side_files(path) == []  # not even the temporary file it was built under
    (apv_round,) = store.rounds()
    store.add_responses(apv_round.id, [Response(store.groups()[0].id, "da", DAY, {"ssc_practical": 1})])
    store.save_problem(Problem(apv_round.id, "community", "Et problem"))
    assert _side_files(path) == []  # every edit is committed at once
    store.close()
    assert _side_files(path) == []


def test_deleting_a_problem_deletes_its_actions(store):
    (apv_round,) = store.rounds()
    group = store.groups()[0]
    problem = store.save_problem(
        Problem(apv_round.id, "support_manager", "Ingen feedback", group_ids=[group.id])
    )
    kept = store.save_problem(Problem(apv_round.id, "community", "Andet"))
    for how in ("Samtaler", "Morgenmøde"):
        store.save_action(Action(how=how, problem_id=problem.id))
    kept_action = store.save_action(Action(how="Bliver", problem_id=kept.id))
    store.delete_problem(problem.id)
    assert store.problems(apv_round.id) == [kept]
    conn = sqlite3.connect(store.path)
    try:
        # the actions went with the problem (ON DELETE CASCADE works only with foreign keys on)
        assert conn.execute("SELECT id FROM action").fetchall() == [(kept_action.id,)]
        links = conn.execute("SELECT problem_id FROM problem_group").fetchall()
        assert problem.id not in {row[0] for row in links}
    finally:
        conn.close()


def test_respondent_ids_do_not_reveal_the_order_of_answering(store):
    (apv_round,) = store.rounds()
    group = store.groups()[0]
    for index in range(20):  # each respondent marked by an item only it answered
        store.add_responses(apv_round.id, [Response(group.id, "pl", DAY, {f"mark{index:02d}": 1})])
    conn = sqlite3.connect(store.path)
    try:
        marks = [
            row[0]
            for row in conn.execute(
                "SELECT answer.item_id FROM respondent JOIN answer ON answer.respondent_id = respondent.id "
                "WHERE answer.item_id LIKE 'mark%' ORDER BY respondent.id"
            )
        ]
    finally:
        conn.close()
    assert len(marks) == 20
    assert marks != sorted(marks)  # the stored order follows random ids: sorted by chance is 1 in 20!


def test_a_group_with_answers_cannot_be_deleted(store):
    (apv_round,) = store.rounds()
    group = store.groups()[1]
    store.add_responses(apv_round.id, [Response(group.id, "ro", DAY, {"ssc_practical": 2})])
    with pytest.raises(GroupInUse):
        store.delete_group(group.id)
    assert group in store.groups()
    assert store.respondent_count(apv_round.id) == 1


def test_a_group_named_in_a_problem_cannot_be_deleted(store):
    (apv_round,) = store.rounds()
    group = store.groups()[0]
    store.save_problem(Problem(apv_round.id, "community", "Tonen er hård", group_ids=[group.id]))
    with pytest.raises(GroupInUse):
        store.delete_group(group.id)
    assert store.problems(apv_round.id)[0].group_ids == [group.id]


def test_an_action_needs_a_problem(store):
    with pytest.raises(ValueError):
        store.save_action(Action(how="Uden problem"))


def test_respondents_carry_no_name_no_date_and_no_language(store):
    conn = sqlite3.connect(store.path)
    try:
        columns = {row[1]: row[2] for row in conn.execute("PRAGMA table_info(respondent)")}
        answer_columns = {row[1] for row in conn.execute("PRAGMA table_info(answer)")}
    finally:
        conn.close()
    assert set(columns) == {"id", "round_id", "group_id"}
    assert answer_columns == {"respondent_id", "item_id", "option"}


def test_the_demo_file_is_the_same_for_the_same_seed(tmp_path):
    bank = shipped_bank()
    first, second = tmp_path / "a.apvdesk", tmp_path / "b.apvdesk"
    for path in (first, second):
        WorkplaceStore.create_demo(path, make_demo(bank, 30, seed=4), bank).close()
    rows = collection_set_aside(_table_rows(first), LINEN_ROOM_ID)
    assert rows == collection_set_aside(_table_rows(second), LINEN_ROOM_ID)
    assert len(rows["respondent"]) == 30
    # 30 over the five groups by headcount × response rate (14.4, 12.35, 6.8, 3.3, 8.5 of
    # 45.35): 9.53, 8.17, 4.50, 2.18, 5.62 → 9, 8, 4, 2, 5 (28), and the two largest
    # remainders (.62 the linen room, .53 the washing hall): 6 of the 30 were collected
    assert sum(1 for row in rows["respondent"] if row[2] == LINEN_ROOM_ID) == 6
    assert len(rows["problem"]) == 7  # the laundry's six and the linen room's at the nursing home
    other = tmp_path / "c.apvdesk"
    WorkplaceStore.create_demo(other, make_demo(bank, 30, seed=5), bank).close()
    assert _table_rows(other)["answer"] != rows["answer"]


def test_the_demo_file_reads_back_as_the_demo(tmp_path):
    bank = shipped_bank()
    demo = make_demo(bank, 20, seed=2)
    store = WorkplaceStore.create_demo(tmp_path / "demo.apvdesk", make_demo(bank, 20, seed=2), bank)
    try:
        assert store.workplace() == demo.workplace
        groups = store.groups()
        assert [g.name for g in groups] == [g.name for g in demo.groups]
        (apv_round,) = store.rounds()
        index_of = {g.id: i for i, g in enumerate(groups)}
        linen_room = groups[LINEN_ROOM].id
        stored = sorted(
            (r for r in store.responses(apv_round.id) if r.group_id != linen_room), key=lambda r: r.id
        )
        expected = sorted(demo.responses, key=lambda r: r.id)
        assert [(r.id, index_of[r.group_id], r.answers) for r in stored] == [
            (r.id, r.group_id, r.answers) for r in expected
        ]
        # the linen room's came through a collection file: new random ids, the same answers
        collected = [
            sorted(r.answers.items()) for r in store.responses(apv_round.id) if r.group_id == linen_room
        ]
        assert sorted(map(repr, collected)) == sorted(repr(sorted(r.answers.items())) for r in demo.collected)
        everyone = demo.responses + demo.collected
        assert store.language_counts(apv_round.id) == dict(Counter(r.language for r in everyone))
        problems = sorted(store.problems(apv_round.id), key=lambda p: p.id or 0)  # as saved
        assert [p.kind for p in problems] == [d.problem.kind for d in demo.problems]
        assert [[index_of[g] for g in p.group_ids] for p in problems] == [
            d.group_indices for d in demo.problems
        ]
        assert [[a.how for a in store.actions(p.id)] for p in problems] == [
            [a.how for a in d.actions] for d in demo.problems
        ]
    finally:
        store.close()


def test_a_rounds_bank_stays_as_it_was_when_the_shipped_bank_changes(tmp_path, monkeypatch):
    old_bank = shipped_bank()
    store = _create(tmp_path / "Firma.apvdesk")
    (apv_round,) = store.rounds()
    store.close()

    # A later apvdesk ships a changed bank: new wording and a new version.
    changed = tmp_path / "resources" / SHIPPED_BANK_FILE
    changed.parent.mkdir()
    text = resource("questionnaires", SHIPPED_BANK_FILE).read_text(encoding="utf-8")
    changed.write_text(
        text.replace(f'version = "{old_bank.version}"', 'version = "9.9"').replace(
            "lend me a hand", "help me out"
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(apvdesk.app.resources, "resource", lambda *parts: changed)
    shipped_bank.cache_clear()
    try:
        new_bank = apvdesk.app.resources.shipped_bank()
        assert new_bank != old_bank and new_bank.version == "9.9"
        store = WorkplaceStore.open(tmp_path / "Firma.apvdesk")
        try:
            assert store.round_bank(apv_round.id) == old_bank
            later = store.create_round(Round("APV 2029", dt.date(2029, 9, 1)), new_bank)
            assert store.round_bank(later.id) == new_bank
            assert store.round_bank(apv_round.id) == old_bank
            assert store.rounds()[0].bank_version == old_bank.version
            assert store.rounds()[1].bank_version == "9.9"
        finally:
            store.close()
    finally:
        shipped_bank.cache_clear()  # the next caller reads the real file again


# --- refusals: each leaves the file exactly as it was ---------------------------------


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hej')")
    conn.commit()
    conn.close()


def _sqlite_with_our_id_but_no_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    _create(path).close()
    path.write_bytes(path.read_bytes()[:1000])


def _cut_after_the_first_pages(path: Path) -> None:
    _create(path).close()
    path.write_bytes(path.read_bytes()[: 3 * 4096])


def _text_file(path: Path) -> None:
    path.write_text("Navn;Gruppe\nMaria;Vask\n", encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _newer_schema(path: Path) -> None:
    _create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (_text_file, NotAWorkplaceFile),
        (_empty_file, NotAWorkplaceFile),
        (_plain_sqlite, NotAWorkplaceFile),
        (_sqlite_with_our_id_but_no_schema, NotAWorkplaceFile),
        (_truncated, NotAWorkplaceFile),
        (_cut_after_the_first_pages, NotAWorkplaceFile),
        (_newer_schema, NewerVersionFile),
    ],
)
def test_files_that_cannot_be_opened_are_refused_and_left_untouched(tmp_path, make, error):
    path = tmp_path / "Firma.apvdesk"
    make(path)
    before = path.read_bytes()
    stat_before = path.stat()
    with pytest.raises(error) as caught:
        WorkplaceStore.open(path)
    assert caught.value.path == path
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat_before.st_mtime_ns
    assert _side_files(path) == []  # no backup, no journal


def test_a_missing_file_is_reported_and_not_created(tmp_path):
    path = tmp_path / "Findes ikke.apvdesk"
    with pytest.raises(FileMissing) as caught:
        WorkplaceStore.open(path)
    assert caught.value.path == path
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_a_workplace_file(tmp_path):
    folder = tmp_path / "Mappe.apvdesk"
    folder.mkdir()
    with pytest.raises(NotAWorkplaceFile):
        WorkplaceStore.open(folder)


def test_create_replaces_an_old_file_only_when_complete(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    path.write_text("gammel", encoding="utf-8")
    store = _create(path)
    store.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _side_files(path) == []


def test_a_copy_of_a_file_opens_like_the_original(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    _create(path).close()
    usb = tmp_path / "usb" / "Firma.apvdesk"
    usb.parent.mkdir()
    shutil.copyfile(path, usb)  # the file alone is complete: no side files to carry along
    store = WorkplaceStore.open(usb)
    try:
        assert store.workplace() == WORKPLACE
    finally:
        store.close()
