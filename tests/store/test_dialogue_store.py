"""Dialogue meetings in the workplace file: points, notes and ratings, decisions, old files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Group,
    Problem,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)
from apvdesk.store import migrate
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2026, 9, 1)


@pytest.fixture
def store(tmp_path: Path):
    """A fresh workplace with two small groups and one round."""
    store = WorkplaceStore.create(
        tmp_path / "small.apvdesk",
        Workplace(name="Ærø Rengøring ApS"),
        [Group("Vinduespolering", 3), Group("Kontor", 2)],
        Round("APV 2026", DAY, RoundStatus.MAPPING),
        shipped_bank(),
    )
    yield store
    store.close()


def _round_id(store: WorkplaceStore) -> int:
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    return apv_round.id


def _meeting(store: WorkplaceStore, titles: tuple[str, ...] = ("Fællesskab", "Ledelse", "Travlhed")) -> int:
    group_ids = [g.id for g in store.groups() if g.id is not None]
    meeting = store.create_meeting(
        DialogueMeeting(
            _round_id(store), group_ids, held_on=dt.date(2026, 9, 10), facilitator="Åse", participants=4
        ),
        [AgendaPoint(title, f"Hvordan går det med {title.lower()}?", minutes=8) for title in titles],
    )
    assert meeting.id is not None
    return meeting.id


def _reopen(store: WorkplaceStore) -> WorkplaceStore:
    path = store.path
    store.close()
    return WorkplaceStore.open(path)


def test_a_meeting_and_its_points_come_back_after_reopening(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    store = _reopen(store)
    try:
        meeting = store.meetings(_round_id(store))[0]  # the drivers'
        assert meeting.id == meeting_id
        assert meeting.held_on == dt.date(2026, 9, 10)
        assert (meeting.facilitator, meeting.participants) == ("Åse", 4)
        assert sorted(meeting.group_ids) == sorted(g.id for g in store.groups())
        points = store.points(meeting_id)
        assert [p.title for p in points] == ["Fællesskab", "Ledelse", "Travlhed"]
        assert [p.position for p in points] == [0, 1, 2]
        assert all(p.rating is None and p.meeting_id == meeting_id for p in points)
    finally:
        store.close()


def test_points_are_added_reordered_and_deleted(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    added = store.save_point(AgendaPoint("Vold og trusler", "Sker det?", minutes=5, meeting_id=meeting_id))
    assert added.id is not None and added.position == 3
    first, second, third, fourth = store.points(meeting_id)
    assert fourth.id == added.id
    order = [fourth.id, second.id, first.id, third.id]
    store.reorder_points(meeting_id, [i for i in order if i is not None])
    assert [p.title for p in store.points(meeting_id)] == [
        "Vold og trusler",
        "Ledelse",
        "Fællesskab",
        "Travlhed",
    ]
    assert second.id is not None
    store.delete_point(second.id)
    store = _reopen(store)
    try:
        assert [p.title for p in store.points(meeting_id)] == ["Vold og trusler", "Fællesskab", "Travlhed"]
    finally:
        store.close()


def test_reordering_needs_every_point_once(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    ids = [p.id for p in store.points(meeting_id) if p.id is not None]
    with pytest.raises(ValueError):
        store.reorder_points(meeting_id, ids[:-1])
    with pytest.raises(ValueError):
        store.reorder_points(meeting_id, [*ids, ids[0]])
    assert [p.id for p in store.points(meeting_id)] == ids


def test_notes_and_ratings_are_saved(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    point = store.points(meeting_id)[1]
    point.rating = Rating.REAL_PROBLEM
    point.works = "Vi hjælper hinanden – æøå"
    point.not_works = "Ingen svarer telefonen\nom formiddagen."
    point.ideas = "Fast møde mandag."
    point.title = "Støtte fra lederen"
    store.save_point(point)
    other = store.points(meeting_id)[2]
    other.rating = Rating.WORKS_WELL
    store.save_point(other)
    store = _reopen(store)
    try:
        points = store.points(meeting_id)
        saved = points[1]
        assert saved.title == "Støtte fra lederen"
        assert saved.rating is Rating.REAL_PROBLEM
        assert (saved.works, saved.not_works, saved.ideas) == (
            "Vi hjælper hinanden – æøå",
            "Ingen svarer telefonen\nom formiddagen.",
            "Fast møde mandag.",
        )
        assert [p.rating for p in points] == [None, Rating.REAL_PROBLEM, Rating.WORKS_WELL]
    finally:
        store.close()


def _decide(store: WorkplaceStore, point: AgendaPoint, kind: str, actions: list[str]) -> Problem:
    problem = store.save_problem(
        Problem(
            _round_id(store),
            "support_colleagues",
            kind,
            seriousness=Seriousness.HIGH,
            dialogue_point_id=point.id,
        )
    )
    for how in actions:
        store.save_action(Action(how, "Karin", deadline=dt.date(2026, 11, 1), problem_id=problem.id))
    return problem


def test_minutes_gather_the_meeting_points_and_decisions(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    first, second, _third = store.points(meeting_id)
    _decide(store, second, "Ingen at ringe til", ["Fast kontaktperson", "Mandagsmøde"])
    _decide(store, first, "Nye kolleger bliver ikke taget imod", [])
    store.save_problem(Problem(_round_id(store), "community", "Ikke fra mødet"))
    minutes = store.minutes(meeting_id, printed_on=dt.date(2026, 9, 12))
    assert minutes.workplace_name == "Ærø Rengøring ApS"
    assert minutes.round_title == "APV 2026"
    assert minutes.meeting.participants == 4
    assert sorted(minutes.group_names) == ["Kontor", "Vinduespolering"]
    assert [p.title for p in minutes.points] == ["Fællesskab", "Ledelse", "Travlhed"]
    assert minutes.printed_on == dt.date(2026, 9, 12)
    decided = [
        (point.title, problem.kind, [a.how for a in actions]) for point, problem, actions in minutes.decisions
    ]
    assert decided == [
        ("Fællesskab", "Nye kolleger bliver ikke taget imod", []),
        ("Ledelse", "Ingen at ringe til", ["Fast kontaktperson", "Mandagsmøde"]),
    ]
    assert [p.kind for p in store.point_problems(second.id or 0)] == ["Ingen at ringe til"]


def test_deleting_a_meeting_keeps_the_problems_made_from_it(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    point = store.points(meeting_id)[0]
    problem = _decide(store, point, "Ingen at ringe til", ["Fast kontaktperson"])
    store.delete_meeting(meeting_id)
    store = _reopen(store)
    try:
        assert store.meetings(_round_id(store)) == []
        (kept,) = store.problems(_round_id(store))
        assert kept.id == problem.id and kept.kind == "Ingen at ringe til"
        assert kept.dialogue_point_id is None
        assert [a.how for a in store.actions(kept.id or 0)] == ["Fast kontaktperson"]
    finally:
        store.close()
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("SELECT count(*) FROM agenda_point").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_revision_0003_file_has_its_meeting(tmp_path: Path) -> None:
    # Made by: write_demo(path, respondents=12, seed=3) at revision 0003.
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0003.apvdesk", path)
    store = WorkplaceStore.open_read_only(path)
    try:
        (apv_round,) = store.rounds()
        assert apv_round.id is not None
        meeting = store.meetings(apv_round.id)[0]  # the drivers'
        assert meeting.id is not None
        assert meeting.participants == 5 and meeting.facilitator == "Tomasz Wiśniewski"
        minutes = store.minutes(meeting.id)
        assert minutes.group_names == ["Chauffører (kører alene)"]
        assert len(minutes.points) == 13
        assert sum(p.rating is not None for p in minutes.points) == 4
        [(point, problem, actions)] = minutes.decisions
        assert point.title == "Hjælp fra kolleger" and point.rating is Rating.REAL_PROBLEM
        assert problem.dialogue_point_id == point.id
        assert len(actions) == 2
    finally:
        store.close()


def test_a_revision_0002_file_upgrades_to_0003_and_keeps_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0002.apvdesk", path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        problems_before = conn.execute("SELECT id, kind, priority FROM problem ORDER BY id").fetchall()
        actions_before = conn.execute("SELECT id, problem_id, how FROM action ORDER BY id").fetchall()
    finally:
        conn.close()
    assert len(problems_before) == 3
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        assert apv_round.id is not None
        assert store.meetings(apv_round.id) == []
        problems = store.problems(apv_round.id)
        assert sorted((p.id, p.kind, p.priority) for p in problems) == sorted(problems_before)
        assert all(p.dialogue_point_id is None for p in problems)
        assert sum(len(store.actions(p.id or 0)) for p in problems) == len(actions_before)
        # The upgraded file takes a new meeting and links a problem to it.
        meeting = store.create_meeting(
            DialogueMeeting(apv_round.id, [], participants=3), [AgendaPoint("Fællesskab", "Hvordan?")]
        )
        assert meeting.id is not None
        (point,) = store.points(meeting.id)
        problem = problems[0]
        problem.dialogue_point_id = point.id
        store.save_problem(problem)
        assert [p.id for p in store.point_problems(point.id or 0)] == [problem.id]
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.SCHEMA_HEAD
    finally:
        conn.close()


def test_action_status_survives_in_the_minutes(store: WorkplaceStore) -> None:
    meeting_id = _meeting(store)
    point = store.points(meeting_id)[0]
    problem = _decide(store, point, "Travlt", ["Vikar"])
    (action,) = store.actions(problem.id or 0)
    action.status = ActionStatus.IN_PROGRESS
    store.save_action(action)
    [(_point, _problem, actions)] = store.minutes(meeting_id).decisions
    assert [a.status for a in actions] == [ActionStatus.IN_PROGRESS]
