"""Judging an action "partly worked" in the action plan's own dialog asks for the next step too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from apvdesk.core.action_history import needs_next_step, record_effect
from apvdesk.core.model import ActionStatus, Effect
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.follow_up_steps import NextStep, NextStepAnswer, NextStepDialog


def _judged_partly(action):
    after = dataclasses.replace(
        action, status=ActionStatus.DONE, effect=Effect.PARTLY, effect_date=dt.date(2026, 12, 1)
    )
    return record_effect(action, after, dt.date(2026, 12, 1))


def _plan_page(main_window, demo_file: Path):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    page.problems_view.selectRow(0)
    page.actions_view.selectRow(0)
    return page


def test_partly_in_the_plan_asks_and_the_choice_is_kept(qtbot, main_window, demo_file: Path, monkeypatch):
    page = _plan_page(main_window, demo_file)
    asked: list[str] = []
    monkeypatch.setattr(
        ActionDialog, "edit", classmethod(lambda cls, _p, action, *a: (_judged_partly(action), True))
    )

    def answer(_cls, _parent, action):
        asked.append(action.how)
        return NextStepAnswer(NextStep.RECONSIDER, note="Tages op på næste AMO-møde")

    monkeypatch.setattr(NextStepDialog, "ask", classmethod(answer))
    page.edit_action()
    assert len(asked) == 1
    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.latest_round().id
        action = next(a for _p, a in store.round_actions(round_id) if a.how == asked[0])
        assert action.effect == Effect.PARTLY and not needs_next_step(action)
        assert action.history[-1].note == "Tages op på næste AMO-møde"
    finally:
        store.close()


def test_decide_later_keeps_the_action_waiting_for_its_next_step(qtbot, main_window, demo_file, monkeypatch):
    page = _plan_page(main_window, demo_file)
    monkeypatch.setattr(
        ActionDialog, "edit", classmethod(lambda cls, _p, action, *a: (_judged_partly(action), True))
    )
    asked: list[bool] = []
    monkeypatch.setattr(NextStepDialog, "ask", classmethod(lambda cls, *a: asked.append(True)))
    page.edit_action()
    assert asked == [True]
    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.latest_round().id
        assert any(needs_next_step(a) for _p, a in store.round_actions(round_id))
    finally:
        store.close()
