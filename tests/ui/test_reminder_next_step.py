"""The reminder asks for no effect check already recorded: an action waiting for its next step says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from apvdesk.app.resources import default_round_bank
from apvdesk.core.model import OTHER_SCALE, Action, ActionStatus, Effect, Group, Problem, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.app import make_application
from apvdesk.ui.reminder_bar import ReminderBar

TODAY = dt.date(2026, 12, 6)


def _store(tmp_path: Path) -> tuple[WorkplaceStore, int]:
    make_application("da")
    store = WorkplaceStore.create(
        tmp_path / "vaskeri.apvdesk",
        Workplace(name="Vaskeri Syd", headcount=8),
        [Group("Vask", 8)],
        Round("APV 2026", TODAY),
        default_round_bank(),
    )
    round_id = store.latest_round().id
    problem = store.save_problem(Problem(round_id, OTHER_SCALE, kind="Travlhed om morgenen"))
    base = dict(problem_id=problem.id, responsible="Anna", deadline=TODAY - dt.timedelta(days=5))
    # done, "worked partly", the next step put off ("decide later"): its check date is today
    store.save_action(
        Action(
            how="En ekstra på sortering",
            status=ActionStatus.DONE,
            effect=Effect.PARTLY,
            effect_date=TODAY,
            follow_up_date=TODAY,
            follow_up_method="Spørg på mødet",
            **base,
        )
    )
    return store, round_id


def test_an_action_waiting_for_its_next_step_is_not_asked_for_an_effect_check(qtbot, tmp_path):
    store, round_id = _store(tmp_path)
    try:
        bar = ReminderBar()
        qtbot.addWidget(bar)
        bar.update_from(store, round_id, TODAY)
        assert len(bar.rows) == 1 and bar.rows[0].needs_next_step
        line = bar.lines[0].text()
        assert line.startswith("Vælg næste skridt for: En ekstra på sortering"), line
        assert "effekten senest" not in line and "06-12-2026" in line
        assert bar.headline.text().endswith("inden for 14 dage: 0, venter på næste skridt: 1")
    finally:
        store.close()


def test_a_planned_effect_check_is_still_asked_for(qtbot, tmp_path):
    store, round_id = _store(tmp_path)
    try:
        action = store.round_actions(round_id)[0][1]
        action.status, action.effect, action.effect_date = ActionStatus.IN_PROGRESS, None, None
        action.deadline = TODAY + dt.timedelta(days=30)
        store.save_action(action)
        bar = ReminderBar()
        qtbot.addWidget(bar)
        bar.update_from(store, round_id, TODAY)
        assert bar.lines[0].text().startswith("Tjek effekten senest 06-12-2026: En ekstra på sortering")
    finally:
        store.close()
