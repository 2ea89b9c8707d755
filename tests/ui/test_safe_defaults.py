"""Forms warn before they accept what bites later, and every destructive question defaults to "keep"."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from apvdesk.app.resources import shipped_catalogue
from apvdesk.core.follow_up import follow_up_list, needs_attention
from apvdesk.core.model import Action, Problem
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

REAL_QUESTION = QMessageBox.question  # captured before the no_modals fixture patches it
UI = Path(__file__).parents[2] / "apvdesk" / "ui"


class BoxAnswer:
    """Wait for the next message box, note what it shows and which button is the default, then press a key."""

    def __init__(
        self, qtbot, key: Qt.Key = Qt.Key.Key_Return, click: str | QMessageBox.StandardButton | None = None
    ) -> None:
        self.text = ""
        self.default = ""
        self.default_kind = QMessageBox.StandardButton.NoButton
        self.buttons: list[str] = []
        self._key, self._click = key, click
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        self._qtbot = qtbot

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self._timer.stop()
        self.text = box.text()
        self.buttons = [b.text() for b in box.buttons()]
        default = box.defaultButton()
        self.default = default.text() if default is not None else ""
        self.default_kind = box.standardButton(default) if default is not None else self.default_kind
        if isinstance(self._click, QMessageBox.StandardButton):
            box.button(self._click).click()
        elif self._click is not None:
            next(b for b in box.buttons() if b.text() == self._click).click()
        else:
            self._qtbot.keyClick(box, self._key)

    @property
    def shown(self) -> bool:
        return bool(self.text)


# --- every Yes/No question in ui/ defaults to No ------------------------------------------------


def _question_calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "question"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QMessageBox"
            ):
                yield f"{path.relative_to(UI)}:{node.lineno}", node


def test_every_yes_no_question_in_the_program_defaults_to_no() -> None:
    calls = list(_question_calls())
    assert len(calls) >= 6  # confirm() itself, collection, backups, lock, mapping
    for where, call in calls:
        assert len(call.args) >= 5, f"{where}: QMessageBox.question without a default button"
        default = call.args[4]
        assert isinstance(default, ast.Attribute) and default.attr == "No", f"{where}: default is not No"


def test_confirm_answers_no_on_enter_and_escape(qtbot) -> None:
    from apvdesk.ui.dialogs.message_boxes import confirm

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        answer = BoxAnswer(qtbot, key)
        assert confirm(None, "Delete", "Delete it?") is False
        assert answer.shown and answer.default_kind == QMessageBox.StandardButton.No


# --- the discard-unsaved dialog and the delete-problem dialog -----------------------------------


@pytest.fixture
def store(demo_file: Path) -> Iterator[WorkplaceStore]:
    opened = WorkplaceStore.open(demo_file)
    yield opened
    opened.close()


def test_closing_the_entry_grid_with_unsaved_forms_keeps_them_by_default(qtbot, store) -> None:
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    dialog = EntryGridDialog(store, apv_round.id, text_lang="da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, "1")
    qtbot.keyClick(dialog.view, "1")
    assert dialog.sheet.unsaved_rows() == [0]
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        answer = BoxAnswer(qtbot, key)
        dialog.close()
        assert answer.shown and "(rows 1)" in answer.text
        assert answer.default_kind == QMessageBox.StandardButton.No
        assert dialog.isVisible() and dialog.sheet.unsaved_rows() == [0]
    answer = BoxAnswer(qtbot, click=QMessageBox.StandardButton.Yes)
    dialog.close()
    assert answer.shown and not dialog.isVisible()


def test_delete_problem_keeps_the_problem_on_enter(qtbot, main_window, demo_file, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    before = page.problems_model.rowCount()
    assert before > 0
    page.problems_view.selectRow(0)
    answer = BoxAnswer(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(page.delete_problem_button, Qt.MouseButton.LeftButton)
    assert answer.shown and answer.default_kind == QMessageBox.StandardButton.No
    assert page.problems_model.rowCount() == before


# --- the action dialog: who and when, and the effect check after the deadline -------------------


def _action_dialog(qtbot, **fields) -> ActionDialog:
    dialog = ActionDialog(
        Action(how="Fast pause kl. 10", problem_id=1, **fields), catalogue=shipped_catalogue()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saving_an_action_without_who_and_when_warns_and_goes_back_by_default(qtbot) -> None:
    dialog = _action_dialog(qtbot)
    answer = BoxAnswer(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer.text.startswith("No responsible person and no deadline – save anyway?")
    assert answer.default == "Go back and fill in" and answer.buttons.count("Save anyway") == 1
    assert dialog.isVisible() and dialog.result() == 0

    dialog.responsible_edit.setText("Karin Holm")
    answer = BoxAnswer(qtbot, click="Save anyway")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer.text.startswith("No deadline – save anyway?")
    assert not dialog.isVisible() and dialog.action().responsible == "Karin Holm"


def test_an_action_with_who_and_when_saves_without_a_question(qtbot) -> None:
    dialog = _action_dialog(qtbot, responsible="Karin Holm", deadline=dt.date.today() + dt.timedelta(days=30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == 1
    dialog = _action_dialog(qtbot, deadline=dt.date.today())
    answer = BoxAnswer(qtbot, Qt.Key.Key_Escape)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert answer.text.startswith("No responsible person – save anyway?") and dialog.isVisible()


def test_the_effect_check_defaults_after_the_deadline_and_raises_no_reminder(qtbot) -> None:
    today = dt.date.today()
    deadline = today + dt.timedelta(days=60)
    dialog = _action_dialog(qtbot, responsible="Karin Holm", deadline=deadline)
    dialog.follow_up_edit.open_calendar()  # an empty check opens on 8 weeks after the deadline
    assert dialog.follow_up_edit.popup.calendar.selectedDate().toPython() == deadline + dt.timedelta(weeks=8)
    qtbot.keyClick(dialog.follow_up_edit.popup.days, Qt.Key.Key_Return)  # take the day offered
    assert dialog.follow_up_edit.date() == deadline + dt.timedelta(weeks=8)

    entry = next(e for e in shipped_catalogue().entries if e.follow_up_weeks != 8)
    dialog = _action_dialog(qtbot, responsible="Karin Holm", deadline=deadline)
    dialog.use_entry(entry)  # the catalogue's own weeks
    assert dialog.follow_up_edit.date() == deadline + dt.timedelta(weeks=entry.follow_up_weeks)
    action = dialog.action()
    rows = follow_up_list([(Problem(round_id=1, scale_id="x", kind="k"), action)], today)
    assert needs_attention(rows) == []

    # Moving the deadline past the check moves the check after it.
    later = deadline + dt.timedelta(weeks=entry.follow_up_weeks + 4)
    dialog.deadline_edit.set_date(later)
    assert dialog.follow_up_edit.date() == later + dt.timedelta(weeks=entry.follow_up_weeks)

    # Without a deadline the check is not today but weeks ahead, outside the reminder window.
    dialog = _action_dialog(qtbot)
    dialog.follow_up_edit.open_calendar()
    assert dialog.follow_up_edit.popup.calendar.selectedDate().toPython() == today + dt.timedelta(weeks=8)


# --- approving a plan with a problem without actions --------------------------------------------


def test_approving_a_plan_with_a_problem_without_actions_warns_first(
    qtbot, main_window, demo_file, monkeypatch
) -> None:
    from apvdesk.core.approval import problems_without_action
    from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    round_id = page.context.current_round().id
    assert problems_without_action(page.store.action_plan(round_id)) == []
    bank = page.store.round_bank(round_id)
    page.store.save_problem(Problem(round_id=round_id, scale_id=bank.scales[0].id, kind="Støj i strygeriet"))
    page.store.save_problem(
        Problem(round_id=round_id, scale_id=bank.scales[0].id, kind="Løst med det samme", solved_at_once=True)
    )
    page.refresh()
    gaps = problems_without_action(page.store.action_plan(round_id))
    assert [p.kind for _n, p in gaps] == ["Støj i strygeriet"]

    opened: list[int] = []
    monkeypatch.setattr(ApprovalDialog, "exec", lambda dialog: opened.append(1) or 0)
    answer = BoxAnswer(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert "Støj i strygeriet" in answer.text and "Løst med det samme" not in answer.text
    assert f"Problem {gaps[0][0]}: Støj i strygeriet" in answer.text
    assert answer.default == QApplication.translate("ApprovalDialog", "Go back to the plan") and opened == []

    answer = BoxAnswer(qtbot, click=QApplication.translate("ApprovalDialog", "Approve anyway"))
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert answer.shown and opened == [1]
