"""Every edit path keeps the fields it does not show: each save round-trips every field.

The demo file is first given a value in every field (none left at its default, so a
path that rebuilds an object from its own fields only would lose something and fail);
one field is then edited through the GUI, the file is closed and reopened, and every
field is compared.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog

from apvdesk.core.action_events import ActionEvent, EventKind
from apvdesk.core.model import (
    OTHER_SCALE,
    Action,
    ActionStatus,
    Effect,
    Problem,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)
from apvdesk.core.pin import hash_pin
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog, ProgressDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow

# Fields the store sets itself and a test cannot give another value through an edit.
STORE_OWNED = {"id", "follows_round_id", "problem_id", "round_id"}


def assert_every_field_filled(obj: object) -> None:
    """Fail when a field of the dataclass still has its default value (the test could not fail)."""
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        if f.name in STORE_OWNED:
            continue
        value = getattr(obj, f.name)
        if f.default is not dataclasses.MISSING:
            assert value != f.default, f"{type(obj).__name__}.{f.name} is left at its default"
        elif f.default_factory is not dataclasses.MISSING:
            assert value != f.default_factory(), f"{type(obj).__name__}.{f.name} is left at its default"


def filled_workplace() -> Workplace:
    return Workplace(
        name="Renseri Nord ApS",
        cvr="31415926",
        address="Havnegade 3, 9000 Aalborg",
        sector="Renseri",
        headcount=27,
        manager="Birte Lund",
        safety_representatives=["Anna Nowak", "Ion Popescu"],
        annual_discussion_on=dt.date(2026, 2, 17),
        amo_levels=1,
        rest_of_apv_location="Mappen 'APV fysisk' på kontoret",
        apv_access="Kopi i frokoststuen",
        has_amo=True,
    )


def fill_round(apv_round: Round, group_ids: list[int]) -> Round:
    return dataclasses.replace(
        apv_round,
        title="APV efterår 2026",
        start_date=dt.date(2026, 9, 14),
        status=RoundStatus.ASSESSING,
        anonymity_threshold=6,
        languages=["da", "pl", "ro"],
        group_ids=group_ids[:3],
        kiosk_pin_hash=hash_pin("864209"),
    )


def fill_problem(problem: Problem, group_ids: list[int]) -> Problem:
    return dataclasses.replace(
        problem,
        scale_id=OTHER_SCALE,
        kind="Tunge sække i tørreriet",
        seriousness=Seriousness.LOW,
        extent="To personer, dagligt",
        causes="Ingen vogn",
        priority=4,
        group_ids=group_ids[:2],
        dialogue_point_id=problem.dialogue_point_id or 1,
        solved_at_once=True,
        concerns_absence=True,
        title="Løft i tørreriet",
        translations={"pl": "Ciężkie worki w suszarni"},
    )


def fill_action(action: Action) -> Action:
    return dataclasses.replace(
        action,
        how="Køb en vogn til sækkene",
        responsible="Birte Lund",
        start=dt.date(2026, 10, 5),
        deadline=dt.date(2026, 12, 1),
        status=ActionStatus.DONE,
        follow_up_date=dt.date(2027, 1, 10),
        follow_up_method="Spørg i tørreriet",
        effect=Effect.PARTLY,
        effect_note="Bedre, men vognen er for lille",
        effect_date=dt.date(2027, 1, 12),
        catalogue_id="regular_talks",
        translations={"ro": "Cumpărați un cărucior pentru saci"},
        history=[  # ends with a next step chosen, so recording progress asks nothing more
            ActionEvent(EventKind.NOTE, dt.date(2026, 11, 2), "Vognen er bestilt"),
            ActionEvent(
                EventKind.DEADLINE_MOVED,
                dt.date(2026, 11, 3),
                "Leveringstid",
                dt.date(2026, 11, 15),
                dt.date(2026, 12, 1),
            ),
            ActionEvent(
                EventKind.EFFECT, dt.date(2027, 1, 12), "Bedre, men vognen er for lille", effect="partly"
            ),
            ActionEvent(EventKind.RECONSIDER, dt.date(2027, 1, 12), "På næste møde"),
        ],
    )


def fill_file(path: Path) -> tuple[Workplace, Round, Problem, Action]:
    """Give every field of the workplace, the round, a problem and its first action a value."""
    # The demo's results are released, so the store no longer lets the traffic-light
    # thresholds change; they are written straight into the file here.
    with sqlite3.connect(path) as db:
        db.execute("UPDATE apv_round SET green_from = 70.0, red_below = 45.0")
    db.close()
    store = WorkplaceStore.open(path)
    try:
        store.save_workplace(filled_workplace())
        group_ids = [g.id for g in store.groups() if g.id is not None]
        [site] = store.sites()  # the demo's customer site
        store.set_group_site(group_ids[0], site.id)
        assert_every_field_filled(store.groups()[0])
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        store.update_round(fill_round(apv_round, group_ids))
        problem = store.problems(apv_round.id)[0]
        assert problem.id is not None
        store.save_problem(fill_problem(problem, group_ids))
        action = store.save_action(fill_action(store.actions(problem.id)[0]))
        store.set_problem_site(problem.id, site.id)
        store.set_action_site(action.id, site.id)  # type: ignore[arg-type]
        action = next(a for a in store.actions(problem.id) if a.id == action.id)
        stored = store.workplace(), store.round(apv_round.id), _problem(store, problem.id), action
    finally:
        store.close()
    for obj in stored:
        assert_every_field_filled(obj)
    return stored


def _problem(store: WorkplaceStore, problem_id: int) -> Problem:
    return next(p for p in store.problems(store.latest_round().id) if p.id == problem_id)  # type: ignore[union-attr]


def read_back(path: Path, problem_id: int | None, action_id: int | None):
    store = WorkplaceStore.open(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        problem = next(p for p in store.problems(apv_round.id) if p.id == problem_id)
        action = next(a for a in store.actions(problem_id) if a.id == action_id)  # type: ignore[arg-type]
        return store.workplace(), store.round(apv_round.id), problem, action
    finally:
        store.close()


def _open(main_window: MainWindow, path: Path, page: str):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page(page)
    return view.page(page)


def test_preparation_page_keeps_every_workplace_field(qtbot, main_window, demo_file):
    workplace, apv_round, problem, action = fill_file(demo_file)
    page = _open(main_window, demo_file, "preparation")
    page.address_edit.setText("Havnegade 5, 9000 Aalborg")
    page.address_edit.editingFinished.emit()
    main_window.close()
    after = read_back(demo_file, problem.id, action.id)
    assert after == (
        dataclasses.replace(workplace, address="Havnegade 5, 9000 Aalborg"),
        apv_round,
        problem,
        action,
    )


def test_group_table_keeps_the_group(qtbot, main_window, demo_file):
    workplace, apv_round, problem, action = fill_file(demo_file)
    page = _open(main_window, demo_file, "preparation")
    model = page.groups_model
    before = model.group(0)
    model.setData(model.index(0, 0), "Vaskehallen")
    main_window.close()
    store = WorkplaceStore.open(demo_file)
    try:
        assert store.groups()[0] == dataclasses.replace(before, name="Vaskehallen")
    finally:
        store.close()
    assert read_back(demo_file, problem.id, action.id) == (workplace, apv_round, problem, action)


def test_round_settings_keep_every_round_field(qtbot, main_window, demo_file):
    workplace, apv_round, problem, action = fill_file(demo_file)
    box = _open(main_window, demo_file, "preparation").round_box
    box.title_edit.setText("APV 2026 – vaskeriet")
    box.title_edit.editingFinished.emit()
    main_window.close()
    after = read_back(demo_file, problem.id, action.id)
    assert after == (workplace, dataclasses.replace(apv_round, title="APV 2026 – vaskeriet"), problem, action)


def _accept_after(change):
    def exec_(dialog) -> int:
        change(dialog)
        return QDialog.DialogCode.Accepted

    return exec_


def _select_problem(page, problem_id: int | None) -> None:
    page.refresh(select_problem_id=problem_id)
    assert page._selected_problem().id == problem_id


def test_problem_dialog_keeps_every_problem_field(qtbot, main_window, demo_file, monkeypatch):
    workplace, apv_round, problem, action = fill_file(demo_file)
    page = _open(main_window, demo_file, "action-plan")
    _select_problem(page, problem.id)
    monkeypatch.setattr(
        ProblemDialog, "exec", _accept_after(lambda d: d.causes_edit.setPlainText("Ingen løftevogn"))
    )
    page.edit_problem()
    main_window.close()
    after = read_back(demo_file, problem.id, action.id)
    assert after == (workplace, apv_round, dataclasses.replace(problem, causes="Ingen løftevogn"), action)


def test_action_dialog_keeps_every_action_field(qtbot, main_window, demo_file, monkeypatch):
    workplace, apv_round, problem, action = fill_file(demo_file)
    page = _open(main_window, demo_file, "action-plan")
    _select_problem(page, problem.id)
    page._load_actions(select_action_id=action.id)
    assert page._selected_action().id == action.id
    monkeypatch.setattr(
        ActionDialog, "exec", _accept_after(lambda d: d.responsible_edit.setText("Ion Popescu"))
    )
    page.edit_action()
    main_window.close()
    after = read_back(demo_file, problem.id, action.id)
    assert after == (workplace, apv_round, problem, dataclasses.replace(action, responsible="Ion Popescu"))


def test_progress_dialog_keeps_every_action_field(qtbot, main_window, demo_file, monkeypatch):
    workplace, apv_round, problem, action = fill_file(demo_file)
    page = _open(main_window, demo_file, "follow-up")
    page.show_finished.setChecked(True)  # the filled action is done and its effect recorded
    page.refresh(select_action_id=action.id)
    assert page._selected().action.id == action.id
    monkeypatch.setattr(ProgressDialog, "exec", _accept_after(lambda d: None))
    page.record_progress()
    main_window.close()
    assert read_back(demo_file, problem.id, action.id) == (workplace, apv_round, problem, action)


def test_setting_the_pin_keeps_every_round_field(qtbot, main_window, demo_file, monkeypatch):
    from apvdesk.ui.dialogs.pin_dialog import SetPinDialog

    workplace, apv_round, problem, action = fill_file(demo_file)
    box = _open(main_window, demo_file, "preparation").round_box
    new_hash = hash_pin("135792")
    monkeypatch.setattr(SetPinDialog, "get_pin_hash", classmethod(lambda cls, parent: (new_hash, True)))
    box.set_pin()
    main_window.close()
    after = read_back(demo_file, problem.id, action.id)
    assert after == (workplace, dataclasses.replace(apv_round, kiosk_pin_hash=new_hash), problem, action)
