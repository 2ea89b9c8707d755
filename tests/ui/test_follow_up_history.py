"""Follow-up both ways: notes at any status, a moved deadline, and a next step after a partial effect."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.core.action_events import EventKind
from apvdesk.core.model import ActionStatus, Effect
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog, ProgressDialog
from apvdesk.ui.dialogs.follow_up_steps import MoveDeadlineDialog, NextStepDialog, NoteDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.follow_up import FollowUpPage

TODAY = dt.date.today()


def _page(main_window: MainWindow, demo_file: Path) -> FollowUpPage:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("follow-up")
    page = view.page("follow-up")
    assert isinstance(page, FollowUpPage)
    page.show_finished.setChecked(True)
    return page


def _select(page: FollowUpPage, action_id: int) -> None:
    for index in range(page.model.rowCount()):
        if page.model.row_at(index).action.id == action_id:
            page.view.selectRow(index)
            return
    raise AssertionError(f"action {action_id} is not on the list")


def _stored(path: Path, action_id: int):
    store = WorkplaceStore.open(path)
    try:
        return next(a for _p, a in store.round_actions(store.latest_round().id) if a.id == action_id)
    finally:
        store.close()


@pytest.mark.parametrize("status", list(ActionStatus))
def test_a_note_at_each_status_is_kept_after_reopening(qtbot, main_window, demo_file, monkeypatch, status):
    store = WorkplaceStore.open(demo_file)
    _p, action = store.round_actions(store.latest_round().id)[0]
    store.save_action(dataclasses.replace(action, status=status))
    store.close()
    page = _page(main_window, demo_file)
    _select(page, action.id)
    assert page.note_button.isEnabled()

    def write(dialog: NoteDialog) -> int:
        dialog.text_edit.setPlainText("Halvvejs: to af fire vagtplaner er lavet.")
        assert dialog.ok_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", write)
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    assert "Halvvejs: to af fire vagtplaner er lavet." in page.history_label.text()
    main_window.close_file() if hasattr(main_window, "close_file") else None
    saved = _stored(demo_file, action.id)
    assert saved.status == status
    assert [(e.kind, e.on, e.note) for e in saved.history][-1] == (
        EventKind.NOTE,
        TODAY,
        "Halvvejs: to af fire vagtplaner er lavet.",
    )


def test_a_moved_deadline_keeps_the_old_one_and_moves_the_effect_check(
    qtbot, main_window, demo_file, monkeypatch
):
    store = WorkplaceStore.open(demo_file)
    _p, action = store.round_actions(store.latest_round().id)[0]
    old = TODAY + dt.timedelta(days=10)
    store.save_action(
        dataclasses.replace(
            action, status=ActionStatus.IN_PROGRESS, deadline=old, follow_up_date=old + dt.timedelta(days=20)
        )
    )
    store.close()
    page = _page(main_window, demo_file)
    _select(page, action.id)
    new = TODAY + dt.timedelta(days=100)

    def move(dialog: MoveDeadlineDialog) -> int:
        dialog.deadline_edit.set_date(new)
        dialog.reason_edit.setText("Travlt før jul")
        assert "moves to after it" in dialog.check_label.text() or "flyttes" in dialog.check_label.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveDeadlineDialog, "exec", move)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    saved = _stored(demo_file, action.id)
    assert saved.deadline == new
    assert saved.follow_up_date == new + dt.timedelta(days=20)  # keeps its 20 days after the deadline
    moved = saved.history[-1]
    assert (moved.kind, moved.old_deadline, moved.new_deadline, moved.note) == (
        EventKind.DEADLINE_MOVED,
        old,
        new,
        "Travlt før jul",
    )


def _judge_partly(monkeypatch, page, action_id):
    def fill(dialog: ProgressDialog) -> int:
        dialog.effect_fields.set_status(ActionStatus.DONE)
        dialog.effect_fields.set_effect(Effect.PARTLY)
        dialog.effect_fields.effect_note_edit.setPlainText("Bedre om morgenen.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProgressDialog, "exec", fill)
    _select(page, action_id)


def test_partly_asks_and_decide_later_keeps_the_action_on_the_list(
    qtbot, main_window, demo_file, monkeypatch
):
    page = _page(main_window, demo_file)
    page.show_finished.setChecked(False)
    action = page.model.row_at(0).action
    _judge_partly(monkeypatch, page, action.id)
    asked = []
    monkeypatch.setattr(
        NextStepDialog, "exec", lambda dialog: asked.append(dialog) or QDialog.DialogCode.Rejected
    )
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # the question came
    shown = [page.model.row_at(i) for i in range(page.model.rowCount())]
    waiting = next(r for r in shown if r.action.id == action.id)  # still on the list (finished are hidden)
    assert waiting.needs_next_step
    assert page.model.data(page.model.index(shown.index(waiting), 1)) == "Vælg næste skridt"
    assert page.next_step_button.isVisible()

    def reconsider(dialog: NextStepDialog) -> int:
        assert not dialog.ok_button.isEnabled()
        dialog.reconsider_button.setChecked(True)
        dialog.note_edit.setText("Tages op på næste personalemøde")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NextStepDialog, "exec", reconsider)
    qtbot.mouseClick(page.next_step_button, Qt.MouseButton.LeftButton)
    assert all(page.model.row_at(i).action.id != action.id for i in range(page.model.rowCount()))
    assert "genovervejes" in page.summary.text()
    saved = _stored(demo_file, action.id)
    assert [e.kind for e in saved.history][-2:] == [EventKind.EFFECT, EventKind.RECONSIDER]


def test_did_not_work_continued_gets_a_new_deadline_and_is_open_again(
    qtbot, main_window, demo_file, monkeypatch
):
    page = _page(main_window, demo_file)
    action = page.model.row_at(0).action
    _judge_partly(monkeypatch, page, action.id)
    new = TODAY + dt.timedelta(days=45)

    def go_on(dialog: NextStepDialog) -> int:
        dialog.continue_button.setChecked(True)
        dialog.deadline_edit.set_date(new)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NextStepDialog, "exec", go_on)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    saved = _stored(demo_file, action.id)
    assert (saved.status, saved.effect, saved.deadline) == (ActionStatus.IN_PROGRESS, None, new)
    assert saved.history[-1].kind == EventKind.CONTINUED
    assert saved.follow_up_date is None or saved.follow_up_date > new


def test_a_new_action_for_the_same_problem_opens_prefilled(qtbot, main_window, demo_file, monkeypatch):
    page = _page(main_window, demo_file)
    row = page.model.row_at(0)
    _judge_partly(monkeypatch, page, row.action.id)
    monkeypatch.setattr(
        NextStepDialog, "exec", lambda d: d.new_button.setChecked(True) or QDialog.DialogCode.Accepted
    )
    seen = []

    def new_action(dialog: ActionDialog) -> int:
        seen.append(
            (dialog.how_edit.toPlainText(), dialog.responsible_edit.text(), dialog._action.problem_id)
        )
        dialog.how_edit.setPlainText("Afløser i spidsbelastning")
        dialog.deadline_edit.set_date(TODAY + dt.timedelta(days=30))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", new_action)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    assert seen == [(row.action.how, row.action.responsible, row.problem.id)]
    store = WorkplaceStore.open(demo_file)
    actions = [a for p, a in store.round_actions(store.latest_round().id) if p.id == row.problem.id]
    store.close()
    old = next(a for a in actions if a.id == row.action.id)
    assert (
        old.history[-1].kind == EventKind.NEW_ACTION and old.history[-1].note == "Afløser i spidsbelastning"
    )
    assert any(a.how == "Afløser i spidsbelastning" and a.id != old.id for a in actions)
    assert all(r.action.id != old.id or not r.needs_next_step for r in page.model._rows)
