"""The Sygefravær page: the demo's figures, adding a period, and the assessment kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.core.absence import AbsencePeriod, Contributes
from apvdesk.core.model import Group
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.models.absence import AbsenceModel
from apvdesk.ui.pages.absence import AbsencePage, AbsencePeriodDialog
from apvdesk.wording.formatting import format_number


def _page(main_window: MainWindow, path: Path) -> AbsencePage:
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("absence")
    page = view.page("absence")
    assert isinstance(page, AbsencePage)
    return page


def test_the_demo_shows_two_periods_and_its_assessment(main_window: MainWindow, demo_file: Path):
    page = _page(main_window, demo_file)
    model = page.model
    assert model.rowCount() == 12  # 5 groups and the whole workplace, for two periods
    assert not page.empty_label.isVisibleTo(page)
    labels = {model.index(r, AbsenceModel.PERIOD).data() for r in range(model.rowCount())}
    assert labels == {"1. halvår 2025", "1. halvår 2026"}
    # Vask og tørring, 1st half of 2026: 121 days / (16 x 123) = 6.1 %, up 1.1 points from 5.0 %
    assert model.index(0, AbsenceModel.GROUP).data() == "Vask og tørring"
    assert model.index(0, AbsenceModel.PERCENTAGE).data().startswith("6,1")
    assert model.index(0, AbsenceModel.CHANGE).data() == "+1,1 procentpoint"
    assert page.contributes_buttons[Contributes.PARTLY].isChecked()
    assert "alene" in page.why_edit.toPlainText()


def test_add_a_period_and_assess_then_reopen(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch, no_modals
):
    page = _page(main_window, demo_file)
    seen: list[tuple[int | None, str, list[str]]] = []

    def fill(parent, period: AbsencePeriod, groups):
        seen.append((period.id, period.label, [g.name for g in groups]))
        period.label = "2. halvår 2026"
        period.start, period.end = dt.date(2026, 7, 1), dt.date(2026, 12, 31)
        period.absence_days = 30.0
        period.employees = 8.0
        period.working_days = 125
        period.group_id = next(g.id for g in groups if g.name == "Butik og kundeservice")
        return period, True

    monkeypatch.setattr(AbsencePeriodDialog, "edit", classmethod(lambda cls, *a: fill(*a)))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [(offered_id, offered_label, names)] = seen
    assert offered_id is None and offered_label == "1. halvår 2026"  # the latest period offered
    assert len(names) == 5
    # the new period comes first, selected, with the shop alone and its whole-workplace line
    assert page.model.rowCount() == 14
    assert page.model.index(0, AbsenceModel.PERIOD).data() == "2. halvår 2026"
    assert page.model.index(0, AbsenceModel.PERCENTAGE).data().startswith("3,0")
    assert page.view.selectionModel().selectedRows()[0].row() == 0
    assert page.delete_button.isEnabled()

    qtbot.mouseClick(page.contributes_buttons[Contributes.YES], Qt.MouseButton.LeftButton)
    page.why_edit.setPlainText("Tempoet i vaskehallen")
    qtbot.waitUntil(lambda: not page._save_timer.isActive(), timeout=3000)
    main_window.close()

    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.latest_round().id
        assessment = store.absence_assessment(round_id)
        assert assessment.contributes is Contributes.YES
        assert assessment.why == "Tempoet i vaskehallen"
        assert assessment.considered_on == dt.date.today()
        assert "2. halvår 2026" in {p.label for p in store.absence_periods(round_id)}
    finally:
        store.close()


def test_delete_a_period(qtbot, main_window: MainWindow, demo_file: Path, no_modals):
    page = _page(main_window, demo_file)
    page.view.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(no_modals) == 1  # asked first
    assert page.model.rowCount() == 11


def test_typing_is_saved_when_the_page_is_left(main_window: MainWindow, demo_file: Path):
    page = _page(main_window, demo_file)
    page.why_edit.setPlainText("Kun almindelig sygdom")
    assert page._save_timer.isActive()
    main_window.workplace_view.show_page("overview")
    assert not page._save_timer.isActive()
    store = main_window._store
    assert store.absence_assessment(store.latest_round().id).why == "Kun almindelig sygdom"


def test_an_empty_file_shows_guidance(main_window: MainWindow, tmp_path: Path):
    from apvdesk.app.demo_file import write_demo

    path = tmp_path / "x.apvdesk"
    write_demo(path, respondents=3)
    store = WorkplaceStore.open(path)
    try:
        round_id = store.latest_round().id
        for period in store.absence_periods(round_id):
            store.delete_absence_period(period.id)
    finally:
        store.close()
    page = _page(main_window, path)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)
    assert not page.view.isVisibleTo(page)
    assert not page.edit_button.isEnabled() and page.add_button.isEnabled()


def _one_person_shop(path: Path) -> float:
    """Give the shop one employee in the first half of 2026; return its absence days."""
    store = WorkplaceStore.open(path)
    try:
        round_id = store.latest_round().id
        shop = next(g.id for g in store.groups() if g.name == "Butik og kundeservice")
        [period] = [
            p for p in store.absence_periods(round_id) if p.group_id == shop and p.label == "1. halvår 2026"
        ]
        period.employees = 1.0
        store.save_absence_period(period)
        return period.absence_days
    finally:
        store.close()


def test_a_withheld_line_shows_its_absence_nowhere_on_the_page(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    days = _one_person_shop(demo_file)
    page = _page(main_window, demo_file)
    model = page.model
    rows = [
        r for r in range(model.rowCount()) if model.index(r, AbsenceModel.PERIOD).data() == "1. halvår 2026"
    ]
    shop = next(r for r in rows if model.index(r, AbsenceModel.GROUP).data() == "Butik og kundeservice")
    assert model.index(shop, AbsenceModel.DAYS).data() == "–"
    assert model.index(shop, AbsenceModel.PERCENTAGE).data() == "–"
    # the whole workplace minus the groups shown does not give it: another group is withheld
    withheld = [r for r in rows if model.index(r, AbsenceModel.DAYS).data() == "–"]
    assert len(withheld) == 2
    total = next(r for r in rows if model.row(r).group_id is None)
    assert model.index(total, AbsenceModel.DAYS).data() != "–"
    assert "–" in page.note_label.text()

    # Opening the withheld line to edit it does not show its days either.
    seen: list[str] = []

    def look(dialog: AbsencePeriodDialog) -> int:
        seen.append(dialog.days_spin.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AbsencePeriodDialog, "exec", look)
    page.view.selectRow(shop)
    page.edit_period()
    [text] = seen
    assert format_number(days) not in text and str(int(days)) not in text
    shown = next(r for r in rows if r not in withheld and r != total)
    page.view.selectRow(shown)  # a shown line: its days are there to change
    page.edit_period()
    assert seen[-1].startswith(model.index(shown, AbsenceModel.DAYS).data())


def test_editing_a_withheld_line_keeps_its_days_unless_a_new_figure_is_typed(qtbot):
    group = Group("Butik", headcount=1, id=3)
    period = AbsencePeriod(1, 3, "2026", dt.date(2026, 1, 1), dt.date(2026, 6, 30), 19.5, 1.0, 123, id=7)
    dialog = AbsencePeriodDialog(period, [group], None, hide_days=True)
    qtbot.addWidget(dialog)
    assert "19" not in dialog.days_spin.text()
    dialog.employees_spin.setValue(2.0)
    kept = dialog.period()
    assert (kept.absence_days, kept.employees, kept.id) == (19.5, 2.0, 7)
    dialog.days_spin.setValue(4.0)
    assert dialog.period().absence_days == 4.0
