"""The APV's records from the windows to the files: a problem of another kind, the scope, who took part,
the AMO's levels, the changes in the work and the annual discussion; printed and read back."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QLabel

from apvdesk.app.report_entry import ReportChoices
from apvdesk.app.report_registry import printable_report
from apvdesk.core.model import OTHER_SCALE, Action
from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
from apvdesk.io.plan_calendar import plan_calendar
from apvdesk.io.plan_workbook import build_plan_workbook
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.annual_discussion_dialog import AnnualDiscussionDialog
from apvdesk.ui.dialogs.participation_dialog import ParticipationDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.action_plan import ActionPlanPage
from apvdesk.ui.pages.overview import OverviewPage
from apvdesk.ui.pages.preparation import PreparationPage

TITLE = "Varme ved strygerullen"
KIND = "Om sommeren bliver det over 30 grader ved rullen."


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)  # lines joined


def test_a_problem_of_another_kind_made_in_the_window_is_kept_and_printed_everywhere(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    def fill_in(dialog: ProblemDialog) -> int:
        assert not dialog.title_edit.isVisibleTo(dialog)  # a scale is chosen first: no title
        dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(OTHER_SCALE))
        assert dialog.title_edit.isVisibleTo(dialog)
        dialog.kind_edit.setPlainText(KIND)
        assert not dialog.ok_button.isEnabled()  # "Other" needs its title
        dialog.title_edit.setText(TITLE)
        assert dialog.ok_button.isEnabled()
        dialog.priority_spin.setValue(1)  # among the poster's most important
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProblemDialog, "exec", fill_in)
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    assert isinstance(page, ActionPlanPage)
    page.add_problem()
    rows = [page.problems_model.index(r, 1).data() for r in range(page.problems_model.rowCount())]
    assert "Andet" in rows  # the theme column names the kind in Danish
    main_window.close_workplace()

    store = WorkplaceStore.open(demo_file)
    try:
        (apv_round,) = store.rounds()
        (other,) = [p for p in store.problems(apv_round.id) if p.is_other]
        assert (other.title, other.kind, other.scale_id) == (TITLE, KIND, "")
        store.save_action(
            Action(
                "Ventilator og pauser i skygge",
                "Karin Holm",
                deadline=dt.date(2027, 6, 1),
                problem_id=other.id,
            )
        )
        plan = store.action_plan(apv_round.id, dt.date(2026, 12, 1))
        choices = ReportChoices("da", round_id=apv_round.id, today=dt.date(2026, 12, 1))
        plan_text = _text(printable_report("action-plan").pdf(store, choices))
        full_text = _text(printable_report("full").pdf(store, choices))
        poster_text = _text(printable_report("poster").pdf(store, choices))
        follow_text = _text(printable_report("follow-up").pdf(store, choices))
    finally:
        store.close()
    for text in (plan_text, full_text):
        assert f": {TITLE}" in text and "Andet" in text and KIND in text
    assert TITLE in poster_text
    assert TITLE in follow_text
    sheet = load_workbook(io.BytesIO(build_plan_workbook(plan, "da"))).worksheets[0]
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    assert TITLE in cells and "Andet" in cells
    calendar = plan_calendar(plan, "da").decode("utf-8").replace("\r\n ", "")
    assert TITLE in calendar


def test_scope_amo_and_where_the_apv_is_kept_from_preparation_to_the_plan(
    qtbot, main_window: MainWindow, demo_file: Path
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    assert isinstance(page, PreparationPage)
    page.amo_combo.setCurrentIndex(page.amo_combo.findData(1))  # 43 employees and one level
    assert page.amo_warning.isVisibleTo(page)
    assert "35" in page.amo_warning.text() and "BEK 1838/2023" in page.amo_warning.text()
    page.rest_edit.setText("Mappen 'APV fysisk' på kontoret")
    page.rest_edit.editingFinished.emit()
    page.access_edit.setText("Kopi i frokoststuen")
    page.access_edit.editingFinished.emit()
    page.amo_combo.setCurrentIndex(page.amo_combo.findData(2))
    assert not page.amo_warning.isVisibleTo(page)
    main_window.close_workplace()

    store = WorkplaceStore.open(demo_file)
    try:
        workplace = store.workplace()
        assert (workplace.amo_levels, workplace.rest_of_apv_location) == (
            2,
            "Mappen 'APV fysisk' på kontoret",
        )
        assert workplace.annual_discussion_on == dt.date(2026, 3, 10)  # the page keeps what it does not edit
        (apv_round,) = store.rounds()
        choices = ReportChoices("en", round_id=apv_round.id)
        plan_text = _text(printable_report("action-plan").pdf(store, choices))
        poster_text = _text(printable_report("poster").pdf(store, ReportChoices("da", round_id=apv_round.id)))
    finally:
        store.close()
    assert "psychosocial work environment only" in plan_text
    assert "Mappen 'APV fysisk' på kontoret" in plan_text and "Kopi i frokoststuen" in plan_text
    assert "good practice recommended by the trade's guidance (BFA)" in plan_text
    assert "This is required by BEK" not in plan_text
    assert "Kopi i frokoststuen" in poster_text and "psykiske arbejdsmiljø" in poster_text


def test_who_took_part_changes_and_the_annual_discussion_from_the_overview(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    store = WorkplaceStore.open(demo_file)
    (apv_round,) = store.rounds()
    store.save_participation(apv_round.id, Participation())
    store.save_work_change(WorkChange(dt.date(2027, 1, 4), "Nye lokaler i Viby", needs_partial_apv=True))
    store.close()
    entered = Participation("Alle ansatte", "AMO: Jonas Berg, Lise Holm", "AMO", "AMO hvert kvartal")
    monkeypatch.setattr(ParticipationDialog, "ask", staticmethod(lambda parent, current: entered))
    record = AnnualDiscussion(dt.date.today(), "AMO og alle ansatte", goals="Færre tunge løft")
    monkeypatch.setattr(AnnualDiscussionDialog, "ask", staticmethod(lambda parent, current: record))
    assert main_window.open_file(demo_file)
    page = main_window.workplace_view.page("overview")
    assert isinstance(page, OverviewPage)
    page.refresh()
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "En delvis APV skal laves senest 04-01-2027 på grund af ændringen »Nye lokaler i Viby«." in shown
    assert "Mangler for: kortlægning, vurdering, handlingsplan, opfølgning." in shown
    page.records.record_participation()
    page.record_annual_discussion()
    main_window.close_workplace()

    store = WorkplaceStore.open(demo_file)
    try:
        assert store.participation(apv_round.id) == entered
        assert any(d.goals == "Færre tunge løft" for d in store.annual_discussions())
        text = _text(
            printable_report("annual-discussion").pdf(store, ReportChoices("en", round_id=apv_round.id))
        )
        plan_text = _text(
            printable_report("action-plan").pdf(store, ReportChoices("en", round_id=apv_round.id))
        )
    finally:
        store.close()
    assert "Færre tunge løft" in text and "AMO og alle ansatte" in text
    assert "AMO: Jonas Berg, Lise Holm" in plan_text and "Who took part" in plan_text
