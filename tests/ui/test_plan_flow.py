"""From a result to a signed, exported plan: the whole path a user takes, read back from the files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.core.approval import plan_approval_state
from apvdesk.core.model import ApproverRole, Problem
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog
from apvdesk.ui.dialogs.catalogue_picker import CataloguePicker
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.action_plan import ActionPlanPage
from apvdesk.ui.tasks import wait_for_tasks
from apvdesk.wording.i18n import Translator

DEADLINE = dt.date(2027, 2, 26)
NEW_DEADLINE = dt.date(2027, 3, 31)


def test_result_to_problem_to_catalogue_action_approved_changed_and_exported(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch
):
    # 1. A red result on the Assessment page becomes a problem.
    monkeypatch.setattr(ProblemDialog, "edit", classmethod(lambda cls, parent, problem, *a: (problem, True)))
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("assessment")
    assessment = view.page("assessment")
    qtbot.waitUntil(lambda: assessment.model is not None, timeout=20000)
    wait_for_tasks()
    model = assessment.model
    row = next(
        r
        for r in range(model.rowCount())
        if str(model.headerData(r, Qt.Orientation.Vertical)).startswith("Arbejdsmængde og tidspres")
    )
    assessment.create_problem(model.index(row, 0))

    # 2. On the Action plan page, an action from the catalogue, filtered by the problem's theme.
    view.show_page("action-plan")
    page = view.page("action-plan")
    assert isinstance(page, ActionPlanPage)
    problems = [page.problems_model.problem(r) for r in range(page.problems_model.rowCount())]
    index = next(  # the new one: the demo's own workload problem has its actions already
        i
        for i, p in enumerate(problems)
        if p.scale_id == "demands_quantitative" and not page.store.actions(p.id)
    )
    problem: Problem = problems[index]
    page.problems_view.selectRow(index)
    offered: list = []

    def choose(cls, parent, catalogue, suggested, lang):
        offered.extend(suggested)
        return suggested[0]

    def fill_new(dialog: ActionDialog) -> int:
        qtbot.mouseClick(dialog.catalogue_button, Qt.MouseButton.LeftButton)
        dialog.responsible_edit.setText("Karin Holm")
        dialog.deadline_edit.set_date(DEADLINE)
        dialog.follow_up_edit.set_date(DEADLINE + dt.timedelta(weeks=12))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CataloguePicker, "choose", classmethod(choose))
    monkeypatch.setattr(ActionDialog, "exec", fill_new)
    qtbot.mouseClick(page.add_action_button, Qt.MouseButton.LeftButton)
    assert offered and all("demands" in entry.theme_ids for entry in offered)
    entry = offered[0]
    [action] = page.store.actions(problem.id)
    assert action.catalogue_id == entry.id
    assert action.how == entry.text("how", "da") and action.follow_up_method == entry.text("follow_up", "da")
    assert (action.responsible, action.deadline) == ("Karin Holm", DEADLINE)
    assert "Ændret efter godkendelsen" in page.approval_state_label.text()  # the demo's approval is older

    # 3. The AMO approves the plan as it is now.
    def approve(dialog: ApprovalDialog) -> int:
        dialog.name_combo.setCurrentText("Karin Holm")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(ApproverRole.AMO.value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ApprovalDialog, "exec", approve)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.approval_state_label.text() == page.tr("The plan is approved as it is now.")
    round_id = page.context.current_round().id
    assert plan_approval_state(page.store.action_plan(round_id)).approved

    # 4. Moving the deadline changes the approved plan.
    def move_deadline(dialog: ActionDialog) -> int:
        dialog.deadline_edit.line.clear()
        qtbot.keyClicks(dialog.deadline_edit.line, NEW_DEADLINE.strftime("%d-%m-%Y"))  # typed in
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", move_deadline)
    page.actions_view.selectRow(0)
    qtbot.mouseClick(page.edit_action_button, Qt.MouseButton.LeftButton)
    state = plan_approval_state(page.store.action_plan(round_id))
    assert state.changed_since_approval and not state.approved
    assert "Ændret efter godkendelsen" in page.approval_state_label.text()

    # 5. PDF, XLSX and ICS from the Reports page, each read back.
    view.show_page("reports")
    reports = view.page("reports")
    pdf_path, xlsx_path, ics_path = tmp_path / "plan.pdf", tmp_path / "plan.xlsx", tmp_path / "plan.ics"
    reports.action_plan_box.export(pdf_path, open_when_done=False)
    qtbot.waitUntil(lambda: reports.action_plan_box.last_output == pdf_path, timeout=20000)
    reports.plan_export_box.export(xlsx_path)
    qtbot.waitUntil(lambda: reports.plan_export_box.last_output == xlsx_path, timeout=20000)
    reports.plan_export_box.export(ics_path)
    qtbot.waitUntil(lambda: reports.plan_export_box.last_output == ics_path, timeout=20000)

    from pypdf import PdfReader

    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf_path).pages)
    danish = Translator("da").translate
    assert danish("ActionPlanPdf", "Changed since approval") in text
    assert " ".join(action.how.split()) in text
    from apvdesk.wording.formatting import format_date

    assert "Karin Holm" in text and format_date(NEW_DEADLINE, "da", printed=True) in text

    import openpyxl

    workbook = openpyxl.load_workbook(xlsx_path)
    actions_sheet = workbook[danish("PlanWorkbook", "Actions")]
    rows = list(actions_sheet.iter_rows(values_only=True))
    [saved] = [r for r in rows if action.how in r]
    assert NEW_DEADLINE in [v.date() if isinstance(v, dt.datetime) else v for v in saved]
    assert "Karin Holm" in saved

    import icalendar

    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    starts = [
        event.decoded("dtstart")
        for event in calendar.walk("VEVENT")
        if action.how[:40] in str(event.get("summary")) or action.how[:40] in str(event.get("description"))
    ]
    assert NEW_DEADLINE in starts
