"""An action's history is kept in the file: reopened, read without the store, upgraded from 0009."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from apvdesk.app.demo_file import write_demo
from apvdesk.core.action_events import ActionEvent, EventKind
from apvdesk.core.action_history import add_note, move_deadline
from apvdesk.store.sqlite.deferred_store import DeferredStore
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2026, 12, 6)


def test_notes_and_a_moved_deadline_survive_reopening_and_the_plain_reads(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    write_demo(path, respondents=12, seed=3)
    store = WorkplaceStore.open(path)
    try:
        round_id = store.rounds()[-1].id
        _problem, action = store.round_actions(round_id)[1]
        action = add_note(action, "Første møde holdt", DAY)
        action = move_deadline(action, dt.date(2027, 3, 1), "Sygdom", DAY)
        store.save_action(action)
    finally:
        store.close()
    expected = [
        ActionEvent(EventKind.NOTE, DAY, "Første møde holdt"),
        ActionEvent(
            EventKind.DEADLINE_MOVED, DAY, "Sygdom", action.history[1].old_deadline, dt.date(2027, 3, 1)
        ),
    ]
    store = WorkplaceStore.open(path)
    try:
        reread = store.round_actions(round_id)[1][1]
        assert reread.history == expected and reread.deadline == dt.date(2027, 3, 1)
        assert [a for _p, a in store.round_actions(round_id)][0].history == []
        plan_actions = [a for _p, actions in store.action_plan(round_id).problems for a in actions]
        assert expected in [a.history for a in plan_actions]
    finally:
        store.close()
    deferred = DeferredStore.open(path)
    assert deferred is not None
    try:
        assert deferred.round_actions(round_id)[1][1].history == expected
    finally:
        deferred.close()


def test_a_0009_file_gains_an_empty_history_and_the_0011_fixture_keeps_its_own(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0009.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        assert all(a.history == [] for _p, a in store.round_actions(apv_round.id))
    finally:
        store.close()
    shutil.copyfile(FIXTURES / "schema_0011.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        first = store.round_actions(store.rounds()[-1].id)[0][1]
        assert [(e.kind, e.note) for e in first.history] == [
            (EventKind.NOTE, "Første møde holdt; næste i januar."),
            (EventKind.DEADLINE_MOVED, "Travlt før jul."),
        ]
        assert first.history[1].old_deadline == dt.date(2026, 11, 1)
    finally:
        store.close()
