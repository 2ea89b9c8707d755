"""A problem made from a result or an absence figure: prefilled with the scale, groups and figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from apvdesk.core.evidence import absence_evidence, result_evidence, seriousness_from_light
from apvdesk.core.model import Problem, Seriousness
from apvdesk.core.results import Light, ScaleResult, Withheld
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.models.absence import AbsenceModel
from apvdesk.ui.pages.absence import AbsencePage
from apvdesk.ui.pages.assessment import AssessmentPage
from apvdesk.ui.tasks import wait_for_tasks


@pytest.fixture
def dialogs(monkeypatch) -> list[Problem]:
    """Accept the problem dialog as prefilled; record the drafts it was given."""
    seen: list[Problem] = []

    def edit(cls, parent, problem: Problem, bank, groups, lang, sites=()):
        seen.append(problem)
        return problem, True

    monkeypatch.setattr(ProblemDialog, "edit", classmethod(edit))
    return seen


def _assessment(qtbot, main_window: MainWindow, path: Path) -> AssessmentPage:
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    assert isinstance(page, AssessmentPage)
    qtbot.waitUntil(lambda: page.model is not None, timeout=20000)
    wait_for_tasks()
    return page


def _cell(page: AssessmentPage, scale_name: str, column: int):
    assert page.model is not None
    for row in range(page.model.rowCount()):
        if str(page.model.headerData(row, Qt.Orientation.Vertical)).startswith(scale_name):
            return page.model.index(row, column)
    raise AssertionError(scale_name)


def _select(page: AssessmentPage, index) -> None:
    page.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_core_maps_lights_and_keeps_withheld_out():
    assert seriousness_from_light(Light.RED) is Seriousness.HIGH
    assert seriousness_from_light(Light.YELLOW) is Seriousness.MEDIUM
    assert seriousness_from_light(Light.GREEN) is Seriousness.LOW
    withheld = ScaleResult("trust", 3, 4, None, None, Withheld.BELOW_THRESHOLD)
    assert result_evidence(withheld, [1, 2]) is None
    shown = ScaleResult("trust", None, 40, 45.0, 20.0, None, 38.0, Light.RED)
    evidence = result_evidence(shown, [1, 2])
    assert evidence is not None and evidence.group_ids == [1, 2] and evidence.priority == 1


def test_a_red_result_becomes_a_high_problem_with_its_figures(
    qtbot, main_window: MainWindow, demo_file: Path, dialogs, no_modals
):
    page = _assessment(qtbot, main_window, demo_file)
    assert page.problem_button.isVisibleTo(page) and not page.problem_button.isEnabled()
    index = _cell(page, "Arbejdsmængde og tidspres", 0)  # the whole workplace
    result = page.model.result(index)  # type: ignore[union-attr]
    assert result.light is Light.RED and result.mean is not None
    _select(page, index)
    assert page.problem_button.isEnabled()
    assert page.result_menu(index).actions()[0].isEnabled()
    qtbot.mouseClick(page.problem_button, Qt.MouseButton.LeftButton)

    [draft] = dialogs
    store = page.store
    round_id = store.rounds()[0].id
    assert round_id is not None
    problems = [p for p in store.problems(round_id) if p.scale_id == "demands_quantitative"]
    [problem] = [p for p in problems if p.kind == draft.kind]
    assert problem.seriousness is Seriousness.HIGH and problem.priority == 1
    assert "Arbejdsmængde og tidspres" in problem.kind
    assert f"{result.n} " in problem.extent and f"{result.mean:.0f}" in problem.extent
    assert f"{result.share_unfavourable:.0f}\u00a0%" in problem.extent
    assert sorted(problem.group_ids) == sorted(g.id for g in store.round_groups(round_id))
    assert page.status.text() == page.evidence.tr("Problem added to the action plan.")


def test_a_group_result_names_the_group(qtbot, main_window: MainWindow, demo_file: Path, dialogs):
    page = _assessment(qtbot, main_window, demo_file)
    index = _cell(page, "Indflydelse på eget arbejde", 1)  # Vask og tørring
    page.create_problem(index)
    [draft] = dialogs
    store = page.store
    washing = next(g for g in store.groups() if g.name == "Vask og tørring")
    assert draft.group_ids == [washing.id]
    assert "Vask og tørring" in draft.kind and "Vask og tørring: 16 " in draft.extent
    saved = [p for p in store.problems(draft.round_id) if p.kind == draft.kind]
    assert saved and saved[0].group_ids == [washing.id] and saved[0].scale_id == "influence"


def test_withheld_cells_and_dialogue_columns_offer_no_action(
    qtbot, main_window: MainWindow, demo_file: Path, dialogs
):
    page = _assessment(qtbot, main_window, demo_file)
    model = page.model
    assert model is not None
    drivers = 4  # the workplace, three groups, then Chauffører (kører alene): withheld
    index = _cell(page, "Tillid", drivers)
    assert not model.result(index).shown
    _select(page, index)
    assert not page.problem_button.isEnabled()
    assert not page.result_menu(index).actions()[0].isEnabled()
    meeting = next(c for c in range(model.columnCount()) if model.meeting_at(c) is not None)
    dialogue = model.index(0, meeting)
    assert not page.can_create_problem(dialogue)
    assert page.create_problem(index) is None and page.create_problem(dialogue) is None
    assert not dialogs


def test_the_absence_finding_becomes_a_problem(qtbot, main_window: MainWindow, demo_file: Path, dialogs):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("absence")
    page = view.page("absence")
    assert isinstance(page, AbsencePage)
    assert not page.problem_button.isEnabled()
    page.view.selectRow(0)  # Vask og tørring, 1st half of 2026: 6.1 %
    assert page.model.index(0, AbsenceModel.PERCENTAGE).data().startswith("6,1")
    assert page.problem_button.isEnabled()
    qtbot.mouseClick(page.problem_button, Qt.MouseButton.LeftButton)
    [draft] = dialogs
    store = page.store
    [saved] = [p for p in store.problems(draft.round_id) if p.kind == draft.kind]
    assert "6,1\u00a0%" in saved.kind and "6,1\u00a0%" in saved.extent
    assert "1. halvår 2026" in saved.kind and "1. halvår 2025" in saved.extent
    washing = next(g for g in store.groups() if g.name == "Vask og tørring")
    assert saved.group_ids == [washing.id]
    assert "alene" in saved.causes  # the page's assessment of why
    assert page.status_label.isVisibleTo(page)


def test_a_withheld_absence_line_gives_no_evidence():
    import dataclasses
    import datetime as dt

    from apvdesk.core.absence import AbsenceLine, AbsenceWithheld

    line = AbsenceLine(3, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), None, 2.0, 250, None)
    line = dataclasses.replace(line, withheld=AbsenceWithheld.BELOW_THRESHOLD)
    assert absence_evidence(line, [1, 2, 3]) is None


def test_the_problem_store_orders_by_priority(demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.rounds()[0].id
        assert round_id is not None
        priorities = [p.priority for p in store.problems(round_id)]
        assert priorities == sorted(priorities)
    finally:
        store.close()
