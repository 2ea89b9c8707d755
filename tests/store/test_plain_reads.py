"""The plain-SQL reads behind the Overview page return what the store's ORM reads return."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Action, ActionStatus, Approval, ApproverRole, Workplace
from apvdesk.store.sqlite import plain_reads
from apvdesk.store.sqlite.database import create_file
from apvdesk.store.workplace_store import WorkplaceStore


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.apvdesk"
    write_demo(path, respondents=40, seed=11)
    return path


@contextlib.contextmanager
def plain(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def assert_alike(store: WorkplaceStore) -> None:
    """Every plain read equals the store's own read of the same thing."""
    facts = store.overview()
    assert facts.workplace == store.workplace()
    assert facts.groups == store.groups()
    assert facts.round == store.latest_round()
    with plain(store.path) as connection:
        assert plain_reads.overview(connection) == facts
    if facts.round is None:
        return
    round_id = facts.round.id
    assert round_id is not None
    assert facts.respondents == store.respondent_count(round_id)
    assert facts.plan == store.action_plan(round_id).problems
    assert facts.round_actions == store.round_actions(round_id)
    assert facts.phase == store.round_phase(round_id)
    with plain(store.path) as connection:
        assert plain_reads.approvals(connection, round_id) == store.approvals(round_id)
        assert plain_reads.absence_assessment(connection, round_id) == store.absence_assessment(round_id)


def test_the_demo_reads_alike(demo: Path) -> None:
    store = WorkplaceStore.open(demo)
    try:
        facts = store.overview()
        assert facts.round is not None and facts.respondents == 40
        assert facts.plan and facts.phase and facts.workplace.safety_representatives
        assert any(action.effect is not None for _p, action in facts.round_actions)
        assert_alike(store)
    finally:
        store.close()


def test_a_changed_plan_approvals_and_a_follow_up_round_read_alike(demo: Path) -> None:
    store = WorkplaceStore.open(demo)
    try:
        round_id = store.latest_round().id
        problem, actions = store.action_plan(round_id).problems[0]
        store.save_action(
            Action(
                how="Fast morgenmøde kl. 7.45",
                responsible="Lene",
                deadline=dt.date(2027, 1, 15),
                status=ActionStatus.PLANNED,
                problem_id=problem.id,
            )
        )
        store.add_approval(Approval(round_id, "Per", ApproverRole.EMPLOYER, approved_on=dt.date(2026, 11, 2)))
        store.create_follow_up_round(round_id, [problem.scale_id], "Opfølgning")
        assert store.overview().round.id == round_id  # a follow-up round is not the current round
        assert_alike(store)
    finally:
        store.close()


def test_results_kept_after_the_answers_were_deleted_are_counted_alike(demo: Path) -> None:
    store = WorkplaceStore.open(demo)
    try:
        store.discard_raw_answers(store.latest_round().id)
        assert store.overview().respondents == 40
        assert_alike(store)
    finally:
        store.close()


def test_a_file_without_workplace_or_round(tmp_path: Path) -> None:
    path = tmp_path / "empty.apvdesk"
    create_file(path).dispose()
    store = WorkplaceStore.open(path)
    try:
        facts = store.overview()
        assert facts.workplace == Workplace(name="") and facts.round is None and facts.phase is None
        assert_alike(store)
    finally:
        store.close()


def test_the_sites_of_groups_problems_and_actions_read_alike(demo: Path) -> None:
    store = WorkplaceStore.open(demo)
    try:
        [site] = store.sites()
        round_id = store.rounds()[0].id
        problem = store.problems(round_id)[1]
        store.set_group_site(store.groups()[2].id, site.id)
        store.set_problem_site(problem.id, site.id)
        store.set_action_site(store.actions(problem.id)[0].id, site.id)
        assert_alike(store)
        assert store.overview().groups[2].site_id == site.id
    finally:
        store.close()
