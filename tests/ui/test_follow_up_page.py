"""Follow-up in the GUI: the reminder on opening, overdue first, progress and effect, the checklist."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.core.absence import AbsenceAssessment
from apvdesk.core.checklist import Element
from apvdesk.core.follow_up import Urgency
from apvdesk.core.model import ActionStatus, Effect, Response
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ProgressDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.follow_up import FollowUpPage
from apvdesk.ui.pages.overview import OverviewPage


def test_opening_the_file_lists_the_overdue_action_first(qtbot, main_window: MainWindow, demo_file: Path):
    assert main_window.open_file(demo_file)
    reminder = main_window.workplace_view.reminder
    assert reminder.isVisible()
    first = reminder.rows[0]
    assert first.urgency == Urgency.OVERDUE
    assert first.action.deadline is not None and first.action.deadline < dt.date.today()
    assert first.action.how in reminder.lines[0].text()
    qtbot.mouseClick(reminder.show_button, Qt.MouseButton.LeftButton)
    page = main_window.workplace_view.page("follow-up")
    assert isinstance(page, FollowUpPage)
    assert main_window.workplace_view.current_page() == "follow-up"
    assert page.model.row_at(0).action.id == first.action.id
    assert page.model.data(page.model.index(0, 1)) == page.model.tr("Overdue: deadline passed")


def test_one_dialog_records_progress_and_effect(qtbot, main_window: MainWindow, demo_file: Path, monkeypatch):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("follow-up")
    page = view.page("follow-up")
    assert isinstance(page, FollowUpPage)
    overdue = page.model.row_at(0)

    def fill(dialog: ProgressDialog) -> int:
        fields = dialog.effect_fields
        fields.set_status(ActionStatus.DONE)
        assert fields.effect_box.isEnabled()
        fields.set_effect(Effect.WORKED)  # "partly" asks for a next step (test_follow_up_history)
        fields.effect_note_edit.setPlainText("Bedre om morgenen, ikke om aftenen.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProgressDialog, "exec", fill)
    page.view.selectRow(0)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    saved = next(
        a for _p, a in page.store.round_actions(page.context.current_round().id) if a.id == overdue.action.id
    )
    assert (saved.status, saved.effect, saved.effect_note) == (
        ActionStatus.DONE,
        Effect.WORKED,
        "Bedre om morgenen, ikke om aftenen.",
    )
    assert saved.effect_date == dt.date.today()
    assert all(row.action.id != saved.id for row in page.model._rows)  # finished: hidden by default
    assert not view.reminder.rows or view.reminder.rows[0].action.id != saved.id


def test_overview_says_when_sickness_absence_is_not_considered(
    qtbot, main_window: MainWindow, demo_file: Path
):
    store = WorkplaceStore.open(demo_file)
    round_id = store.latest_round().id
    before = {line.element: line.met for line in store.apv_checklist(round_id)}
    assert before[Element.ABSENCE]
    store.save_absence_assessment(AbsenceAssessment(round_id))
    store.close()
    assert main_window.open_file(demo_file)
    page = main_window.workplace_view.page("overview")
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: Element.ABSENCE in page.checklist.status_labels, timeout=5000)
    labels = page.checklist.status_labels
    assert labels[Element.ABSENCE].text() == page.checklist.tr("✘ Not met")
    assert labels[Element.PLAN_APPROVED].text() == page.checklist.tr("✔ Met")
    assert "ikke vurderet" in page.checklist.reason_labels[Element.ABSENCE].text()


def test_a_follow_up_questionnaire_shows_before_and_after(qtbot, main_window: MainWindow, demo_file: Path):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("follow-up")
    box = view.page("follow-up").round_box
    assert box.choose_widget.isVisibleTo(box) and box.start_button.isEnabled()
    for i in range(1, box.problems_list.count()):  # only the first problem's scale
        box.problems_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    scale_id = box.problems_list.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    follow_up = box.follow_up_round()
    assert follow_up is not None and box.collect_widget.isVisibleTo(box)
    store = box.store
    assert [s.id for s in store.round_bank(follow_up.id).scales] == [scale_id]
    item_ids = [item.id for item in store.round_bank(follow_up.id).items]
    groups = store.round_groups(follow_up.id)
    store.add_responses(
        follow_up.id,
        [Response(g.id, "da", dt.date.today(), dict.fromkeys(item_ids, 0)) for g in groups for _ in range(5)],
    )
    box.refresh()
    model = box.comparison_model
    assert model.rowCount() >= 1
    assert model._rows[0].after is None  # still collecting: no after figures yet
    assert box.end_button.isVisibleTo(box) and box.end_button.isEnabled()
    qtbot.mouseClick(box.end_button, Qt.MouseButton.LeftButton)  # the question is answered Yes
    assert not store.is_collecting(follow_up.id)
    workplace_row = model._rows[0]
    assert workplace_row.group_id is None and workplace_row.after is not None
    assert workplace_row.after.mean is not None and workplace_row.before is not None
    assert model.data(model.index(0, 4)) not in ("", None)


def test_the_follow_up_questionnaire_prints_only_its_questions(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path
):
    from pypdf import PdfReader

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("follow-up")
    box = view.page("follow-up").round_box
    for i in range(1, box.problems_list.count()):
        box.problems_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(box.start_button, Qt.MouseButton.LeftButton)
    follow_up = box.follow_up_round()
    bank = box.store.round_bank(follow_up.id)
    out = tmp_path / "opfoelgning.pdf"
    box.paper_box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.paper_box.last_output == out, timeout=20000)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages)
    lang = box.paper_box.language()
    assert all(" ".join(item.text[lang].split())[:30] in text for item in bank.items)
    assert len(bank.items) == 4 and follow_up.title in text
