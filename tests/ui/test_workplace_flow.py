"""The GUI flows a user depends on: create, edit, close, reopen — everything is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from apvdesk.core.model import Action, ActionStatus, Problem, Seriousness
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow


def fill_wizard(qtbot, wizard: NewWorkplaceWizard) -> None:
    """Type into the wizard the way a user would and press Next and Finish."""
    # QtTest can only type ASCII; letters like Ø are set directly.
    wizard.name_page.name_edit.setText("Renseri Østerbro ApS")
    qtbot.keyClicks(wizard.name_page.cvr_edit, "87654321")
    wizard.next()
    table = wizard.groups_page.table
    table.item(0, 0).setText("Butik")
    table.cellWidget(0, 1).setValue(6)
    qtbot.mouseClick(wizard.groups_page.add_button, Qt.MouseButton.LeftButton)
    table.item(1, 0).setText("Rens og presning")
    table.cellWidget(1, 1).setValue(9)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_new_workplace_edit_close_reopen(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch):
    path = tmp_path / "renseri.apvdesk"

    def run_wizard(parent):
        wizard = NewWorkplaceWizard(parent)
        qtbot.addWidget(wizard)
        wizard.show()
        fill_wizard(qtbot, wizard)
        wizard.accept()
        return wizard.new_workplace()

    monkeypatch.setattr(NewWorkplaceWizard, "get_new_workplace", staticmethod(run_wizard))
    monkeypatch.setattr(file_dialogs, "ask_save_file", lambda *a, **k: (str(path), ""))
    main_window.new_workplace()
    assert path.exists()
    view = main_window.workplace_view
    assert view is not None
    assert "Renseri Østerbro ApS" in main_window.windowTitle()

    # Preparation: add a group
    view.show_page("preparation")
    preparation = view.page("preparation")
    preparation.add_group_named("Nathold", 4)
    assert [preparation.groups_model.group(r).name for r in range(3)] == [
        "Butik",
        "Rens og presning",
        "Nathold",
    ]

    # Action plan: add a problem and an action through the dialogs' return values
    view.show_page("action-plan")
    plan_page = view.page("action-plan")

    def problem_dialog(parent, problem: Problem, bank, groups, lang, *_sites):
        problem.kind = "Natholdet er alene og får ingen hjælp"
        problem.seriousness = Seriousness.HIGH
        problem.extent = "4 personer, hver nat"
        problem.causes = "Ingen leder på arbejde om natten"
        problem.group_ids = [g.id for g in groups if g.name == "Nathold"]
        return problem, True

    def action_dialog(parent, action: Action, *_catalogue):
        action.how = "Telefonvagt hos lederen hver nat"
        action.responsible = "Ejeren"
        action.deadline = dt.date(2027, 1, 31)
        action.status = ActionStatus.IN_PROGRESS
        return action, True

    monkeypatch.setattr(ProblemDialog, "edit", classmethod(lambda cls, *a: problem_dialog(*a)))
    monkeypatch.setattr(ActionDialog, "edit", classmethod(lambda cls, *a: action_dialog(*a)))
    qtbot.mouseClick(plan_page.add_problem_button, Qt.MouseButton.LeftButton)
    assert plan_page.problems_model.rowCount() == 1
    assert plan_page.add_action_button.isEnabled()
    qtbot.mouseClick(plan_page.add_action_button, Qt.MouseButton.LeftButton)
    assert plan_page.actions_model.rowCount() == 1

    # Close the window: no save step. Reopen in a new window.
    main_window.close()
    store = WorkplaceStore.open(path)
    try:
        assert store.workplace().name == "Renseri Østerbro ApS"
        assert store.workplace().cvr == "87654321"
        assert [(g.name, g.headcount) for g in store.groups()] == [
            ("Butik", 6),
            ("Rens og presning", 9),
            ("Nathold", 4),
        ]
        round_ = store.latest_round()
        assert round_ is not None and round_.id is not None
        [problem] = store.problems(round_.id)
        assert problem.kind == "Natholdet er alene og får ingen hjælp"
        assert problem.seriousness == Seriousness.HIGH
        [action] = store.actions(problem.id)
        assert action.how == "Telefonvagt hos lederen hver nat"
        assert action.deadline == dt.date(2027, 1, 31)
    finally:
        store.close()

    from apvdesk.platform.settings import Settings

    reopened = MainWindow(Settings())
    qtbot.addWidget(reopened)
    assert reopened.start_page.recent_list.count() == 1
    assert reopened.open_file(path)
    reopened.workplace_view.show_page("action-plan")
    assert reopened.workplace_view.page("action-plan").problems_model.rowCount() == 1
    reopened.close()


def test_edit_workplace_details_saved_at_once(qtbot, main_window: MainWindow, demo_file: Path):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    page.manager_edit.setText("Zofia Dąbrowska")
    page.manager_edit.editingFinished.emit()
    page.round_box.threshold_spin.setValue(6)
    store = WorkplaceStore.open(demo_file)
    try:
        assert store.workplace().manager == "Zofia Dąbrowska"
        assert store.latest_round().anonymity_threshold == 6
    finally:
        store.close()


def test_assessment_marks_withheld_cells(qtbot, main_window: MainWindow, demo_file: Path):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=5000)
    model = page.model
    texts = [
        model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())
    ]
    withheld = [t for t in texts if t.startswith("skjult")]
    shown = [t for t in texts if "(n = " in t and not t.startswith("skjult")]
    assert withheld, "the demo's drivers (4 answers) must be withheld"
    assert shown
    drivers = next(
        c
        for c in range(model.columnCount())
        if "Chauffører" in model.headerData(c, Qt.Orientation.Horizontal)
    )
    tooltip = model.data(model.index(0, drivers), Qt.ItemDataRole.ToolTipRole)
    assert "færre end 5" in tooltip


def test_export_action_plan_pdf_from_reports_page(qtbot, main_window: MainWindow, demo_file: Path, tmp_path):
    from pypdf import PdfReader

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").action_plan_box
    out = tmp_path / "plan.pdf"
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == out, timeout=15000)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Vaskeri Solsiden ApS" in text
    assert "Handlingsplan" in text


def test_bad_file_is_refused_with_one_message(main_window: MainWindow, tmp_path: Path, no_modals):
    bad = tmp_path / "notes.apvdesk"
    bad.write_text("Dette er ikke en APV-fil\n", encoding="utf-8")
    before = bad.read_bytes()
    assert not main_window.open_file(bad)
    assert len(no_modals) == 1
    assert "notes.apvdesk" in no_modals[0][1]
    assert bad.read_bytes() == before
    assert main_window.workplace_view is None


def test_language_switch_is_immediate_and_remembered(qtbot, main_window: MainWindow, demo_file: Path):
    from apvdesk.platform.settings import Settings
    from apvdesk.wording.i18n import install

    assert main_window.open_file(demo_file)
    main_window.workplace_view.show_page("action-plan")
    assert main_window.menuBar().actions()[0].text() == "&Filer"
    main_window.set_language("en")
    try:
        assert main_window.menuBar().actions()[0].text() == "&File"
        assert main_window.workplace_view.current_page() == "action-plan"
        assert main_window.workplace_view.navigation.item(0).text() == "Overview"
        assert Settings().language == "en"
    finally:
        install("da")


def test_example_data_opens_from_start_page(qtbot, main_window: MainWindow, private_data_dir: Path):
    qtbot.mouseClick(main_window.start_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.workplace_view is not None, timeout=15000)
    assert (private_data_dir / "apvdesk-eksempel.apvdesk").exists()
    assert "Vaskeri Solsiden" in main_window.windowTitle()


def test_paper_questionnaire_from_reports_page(qtbot, main_window: MainWindow, demo_file: Path, tmp_path):
    from pypdf import PdfReader

    from apvdesk.app.resources import shipped_bank

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").questionnaire_box
    offered = [box.language_combo.itemData(i) for i in range(box.language_combo.count())]
    assert "pl" in offered and "da" in offered
    box.language_combo.setCurrentIndex(offered.index("pl"))
    out = tmp_path / "ankieta.pdf"
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == out, timeout=15000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    first_item = shipped_bank().items[0]
    assert " ".join(first_item.text["pl"].split()) in text


def test_assessment_shows_dialogue_ratings_beside_the_questionnaire(
    qtbot, main_window: MainWindow, demo_file: Path
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=5000)
    model = page.model
    assert model.meeting_at(model.columnCount() - 1) is not None and model.meeting_at(0) is None
    last = next(  # the drivers' meeting (the shop's is the other meeting column)
        c
        for c in range(model.columnCount())
        if model.meeting_at(c) is not None
        and "Chauffører" in str(model.headerData(c, Qt.Orientation.Horizontal))
    )
    header = model.headerData(last, Qt.Orientation.Horizontal)
    assert model.meeting_at(last) is not None and "dialogmøde" in header
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    colleagues = model.index(rows["Støtte fra kolleger"], last)
    assert model.data(colleagues) == "Et reelt problem"
    assert "ikke en anonym score" in model.data(colleagues, Qt.ItemDataRole.ToolTipRole)
    assert "dialogmøder" in page.legend.text()


def test_editing_a_problem_keeps_its_link_to_the_dialogue_point(
    qtbot, main_window: MainWindow, demo_file: Path
):
    from apvdesk.ui.dialogs.problem_dialog import ProblemDialog as RealDialog

    assert main_window.open_file(demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    linked = next(p for p in store.problems(round_id) if p.dialogue_point_id is not None)
    dialog = RealDialog(linked, store.round_bank(round_id), store.groups(), "da")
    qtbot.addWidget(dialog)
    dialog.extent_edit.setPlainText("Alle chauffører")
    store.save_problem(dialog.problem())
    [again] = [p for p in store.problems(round_id) if p.id == linked.id]
    assert again.dialogue_point_id == linked.dialogue_point_id
    assert again.extent == "Alle chauffører"


def test_a_result_compares_with_the_workplace_and_the_previous_round(
    qtbot, main_window: MainWindow, demo_file: Path
):
    import datetime as dt

    from apvdesk.core.model import Response, Round

    store = WorkplaceStore.open(demo_file)
    try:
        first = store.latest_round()
        bank = store.round_bank(first.id)
        # a later round where everyone in the first group answers "always" to colleague support
        later = store.create_round(Round("APV 2029", dt.date(2029, 9, 1)), bank)
        group = store.groups()[0]
        answers = {item.id: 0 for item in bank.scale("support_colleagues").items}
        store.add_responses(
            later.id, [Response(group.id, "da", dt.date(2029, 9, 2), answers) for _ in range(6)]
        )
        store.end_collection(later.id)
        expected = 100 - store.results(first.id).get("support_colleagues", group.id).mean
    finally:
        store.close()
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=5000)
    model = page.model
    rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
    tooltip = model.data(model.index(rows["Støtte fra kolleger"], 1), Qt.ItemDataRole.ToolTipRole)
    assert f"Ændring siden forrige runde: {expected:+.0f}" in tooltip
    assert "I forhold til hele arbejdspladsen: ±0" in tooltip  # the only group that answered
