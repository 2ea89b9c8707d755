"""The owner's afternoon (issue 16): the whole journey of a new user, mistakes included, through the GUI.

A laundry owner with 14 employees in three groups creates the workplace, its groups, the
safety representative and the kiosk PIN; prints the paper forms; three people answer in
the kiosk (Danish, Polish), one of them after a wrong PIN; three paper forms are typed
in, one of them incomplete; she ends the collection and reads the results; makes a
problem from a finding and types one in; records the sickness absence; plans three
actions (one first without a deadline, one dialog closed midway); approves the plan;
prints the plan and the poster; quits and reopens. Each step asserts what she sees.
Dialogs are real and driven by :class:`tests.ui.modal_driver.ModalDriver`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from apvdesk.core.model import ApproverRole
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog
from apvdesk.ui.dialogs.entry_grid import EntryGridDialog
from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.absence_period_dialog import AbsencePeriodDialog
from tests.ui.modal_driver import ModalDriver, click_button

PIN = "4711"
GROUPS = [("Vask", 6), ("Strygning og finish", 5), ("Chauffører", 3)]


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _export(qtbot, box, path: Path) -> str:
    box.export(path, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == path, timeout=20000)
    return _pdf_text(path)


def _create_workplace(qtbot, window: MainWindow, path: Path, monkeypatch) -> None:
    seen: dict[str, str] = {}

    def run_wizard(parent):
        wizard = NewWorkplaceWizard(parent)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.name_page.name_edit.setText("Vaskeri Solstrålen ApS")
        qtbot.keyClicks(wizard.name_page.cvr_edit, "1234567A8")  # the letter is refused
        seen["cvr"] = wizard.name_page.cvr_edit.text()
        wizard.next()
        page = wizard.groups_page
        for row, (name, headcount) in enumerate(GROUPS):
            if row:
                page.add_group(name, headcount)
            page.table.item(row, 0).setText(name)
            page.table.cellWidget(row, 1).setValue(headcount)
        seen["small"] = page.small_note.text() if page.small_note.isVisible() else ""
        wizard.accept()
        return wizard.new_workplace()

    monkeypatch.setattr(NewWorkplaceWizard, "get_new_workplace", staticmethod(run_wizard))
    monkeypatch.setattr(file_dialogs, "ask_save_file", lambda *a, **k: (str(path), ""))
    window.new_workplace()
    assert seen["cvr"] == "12345678"
    assert "Chauffører" in seen["small"] and "Vask," not in seen["small"]
    assert "Vaskeri Solstrålen ApS" in window.windowTitle()


def _set_safety_rep_and_pin(qtbot, window: MainWindow, modals: ModalDriver) -> None:
    view = window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    page.reps_edit.setText("Ola Nowak")
    page.reps_edit.editingFinished.emit()

    def type_pin(dialog: SetPinDialog) -> None:
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClicks(dialog.repeat_edit, "4712")  # a slip: OK stays off and says why
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled() and dialog.hint.text() == "Skriv den samme PIN-kode to gange."
        dialog.repeat_edit.clear()
        qtbot.keyClicks(dialog.repeat_edit, PIN)
        assert ok.isEnabled()
        ok.click()

    modals.expect(SetPinDialog, type_pin)
    page.round_box.set_pin()
    assert modals.pending == 0


def _kiosk_person(qtbot, kiosk, lang: str, group_index: int, choice) -> None:
    """One person: language, group, instructions, every question, send."""
    from tests.ui.test_kiosk import digit_key, press

    languages = [button.property("lang") or "" for button in kiosk.language_screen.buttons]
    offered = kiosk._bank.languages if not any(languages) else languages  # noqa: SLF001
    offered = [code for code in ("da", "en", "pl", "ro", "uk") if code in offered]
    press(qtbot, kiosk, digit_key(offered.index(lang) + 1))
    while kiosk.current_screen() is not kiosk.question_screen:
        if kiosk.current_screen() is kiosk.group_screen:
            press(qtbot, kiosk, digit_key(group_index + 1))
        else:
            press(qtbot, kiosk, Qt.Key.Key_Return)
    while kiosk.current_screen() is kiosk.question_screen:
        before = kiosk.question_screen.progress_label.text()
        options = len(kiosk.question_screen.option_buttons)
        press(qtbot, kiosk, digit_key(choice(options)))
        if kiosk.question_screen.progress_label.text() == before:  # the last question waits for Enter
            press(qtbot, kiosk, Qt.Key.Key_Return)
    assert kiosk.current_screen() is kiosk.confirm_screen
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert kiosk.current_screen() is kiosk.thanks_screen
    kiosk.reset()  # the thank-you screen goes back by itself after a while


def test_the_owners_afternoon(qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch, no_modals):
    path = tmp_path / "Vaskeri Solstrålen.apvdesk"
    modals = ModalDriver()
    try:
        _journey(qtbot, main_window, path, monkeypatch, no_modals, modals)
    finally:
        modals.stop()
    assert modals.unexpected == []


def _journey(qtbot, window: MainWindow, path: Path, monkeypatch, no_modals, modals: ModalDriver) -> None:
    # 1. The workplace, its groups (the drivers flagged as too few), the safety representative, the PIN
    _create_workplace(qtbot, window, path, monkeypatch)
    _set_safety_rep_and_pin(qtbot, window, modals)
    store = window.store
    round_id = store.latest_round().id

    # 2. Paper forms: printed with the digit beside each box, 0 for "don't know"
    view = window.workplace_view
    view.show_page("mapping")
    mapping = view.page("mapping")
    paper = _export(qtbot, mapping.paper_box, path.with_name("spørgeskema.pdf"))
    assert "Vaskeri Solstrålen ApS" in paper and "Ved ikke" in paper
    assert "\n1\n2\n3\n4\n5\n0\n" in paper  # each box's digit, and 0 for "Ved ikke"

    # 3. The kiosk: a Dane, a Pole, a wrong PIN at the leave link, then a second Pole
    mapping.start_kiosk()
    kiosk = mapping._kiosk  # noqa: SLF001 - the window the button opened
    assert kiosk is not None and kiosk.isVisible()
    low = lambda options: options  # noqa: E731 - the last answer of each scale (never, for support)
    _kiosk_person(qtbot, kiosk, "da", 0, low)
    _kiosk_person(qtbot, kiosk, "pl", 0, low)
    qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
    pin_box = kiosk.pin_dialog
    qtbot.keyClicks(pin_box.pin_edit, "1111")
    qtbot.keyClick(pin_box.pin_edit, Qt.Key.Key_Return)
    assert kiosk.isVisible() and pin_box.isVisible(), "a wrong PIN does not leave the kiosk"
    assert pin_box.status_label.text()  # it says the PIN was wrong
    pin_box.reject()
    _kiosk_person(qtbot, kiosk, "pl", 1, low)
    kiosk.ask_pin()
    with qtbot.waitSignal(kiosk.closed, timeout=3000):
        qtbot.keyClicks(kiosk.pin_dialog.pin_edit, PIN)
        qtbot.keyClick(kiosk.pin_dialog.pin_edit, Qt.Key.Key_Return)
    assert store.respondent_count(round_id) == 3
    assert store.language_counts(round_id) == {"da": 1, "pl": 2}

    # 4. Three paper forms; the third stops after four answers and Enter asks first
    asked: list[str] = []

    def question(_parent, _title, text, _buttons=None, default=None):
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # the safe answer is the default
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    grid_seen: dict[str, object] = {}

    def type_forms(grid: EntryGridDialog) -> None:
        grid.view.setFocus()
        n = len(grid.sheet.columns)
        for key in "1" + "5" * n + "2" + "4" * n + "3" + "5555":
            qtbot.keyClick(grid.view, key)
        qtbot.keyClick(grid.view, Qt.Key.Key_Return)
        grid_seen["asked"] = list(asked)
        grid_seen["n"] = n
        grid.close()

    modals.expect(EntryGridDialog, type_forms)
    mapping.type_in_forms()
    n = grid_seen["n"]
    assert grid_seen["asked"] == [f"{n - 4} spørgsmål er ikke udfyldt – gem alligevel?"]
    assert store.respondent_count(round_id) == 6

    # 5. End the collection; Vurdering says per group how many more answers were needed
    view.show_page("mapping")
    mapping.collection.end_collection()
    view.show_page("assessment")
    assessment = view.page("assessment")
    qtbot.waitUntil(lambda: assessment.model is not None, timeout=10000)
    notice = assessment.notice.text()
    assert "Chauffører" in notice and "Strygning og finish" in notice
    box = assessment.findings_box
    qtbot.waitUntil(lambda: bool(box.findings), timeout=10000)

    # 6. A problem from a finding, and one typed in (first closed midway, then done)
    def fill_problem(kind: str, extent: str, causes: str):
        def fill(dialog: ProblemDialog) -> None:
            dialog.kind_edit.setPlainText(kind)
            dialog.extent_edit.setPlainText(extent)
            dialog.causes_edit.setPlainText(causes)
            dialog.ok_button.click()

        return fill

    box.select_row(0)
    modals.expect(ProblemDialog, fill_problem("Lidt hjælp fra kolleger", "Alle i vask", "Travlhed"))
    made = box.make_problem()
    assert made is not None and made.id is not None

    plan = view.page("action-plan")
    view.show_page("action-plan")

    def close_midway(dialog: ProblemDialog) -> None:
        dialog.kind_edit.setPlainText("Chaufførerne er alene på ruten")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the discard question answers Yes (no_modals)

    modals.expect(ProblemDialog, close_midway)
    plan.add_problem()
    assert len(store.problems(round_id)) == 1
    modals.expect(
        ProblemDialog, fill_problem("Chaufførerne er alene på ruten", "3 chauffører", "Ingen fast kontakt")
    )
    plan.add_problem()
    problems = store.problems(round_id)
    assert len(problems) == 2

    # 7. Sickness absence for last year: working days less the holidays
    view.show_page("absence")
    absence = view.page("absence")

    def fill_absence(dialog: AbsencePeriodDialog) -> None:
        assert dialog.working_days_spin.value() < 261
        dialog.days_spin.setValue(42)
        dialog.ok_button.click()

    modals.expect(AbsencePeriodDialog, fill_absence)
    absence.add_period()
    assert store.absence_periods(round_id)

    # 8. Three actions: the first without a deadline is stopped, the owner goes back and fills it in
    view.show_page("action-plan")

    def action(how: str, who: str, deadline: dt.date | None, fix_deadline: dt.date | None = None):
        def fill(dialog: ActionDialog) -> None:
            dialog.how_edit.setPlainText(how)
            dialog.responsible_edit.setText(who)
            dialog.deadline_edit.set_date(deadline)
            if fix_deadline is not None:

                def go_back(box: QMessageBox) -> None:
                    assert "Ingen frist" in box.text()
                    click_button(box, "Gå tilbage og udfyld")

                modals.expect(QMessageBox, go_back)
            dialog.ok_button.click()
            if fix_deadline is not None:
                assert dialog.isVisible()
                dialog.deadline_edit.set_date(fix_deadline)
                dialog.ok_button.click()
            follow_up = dialog.follow_up_edit.date()
            assert follow_up is None or follow_up > (dialog.deadline_edit.date() or follow_up)

        return fill

    for row, (how, who, deadline, fix) in enumerate(
        [
            ("Fast makker i vask", "Ejeren", None, dt.date(2027, 2, 1)),
            ("Ugentligt opkald til chaufførerne", "Ejeren", dt.date(2027, 1, 15), None),
            ("Telefonliste i bilerne", "Ola Nowak", dt.date(2027, 1, 8), None),
        ]
    ):
        problem_row = 0 if row == 0 else 1
        plan.problems_view.selectRow(problem_row)
        modals.expect(ActionDialog, action(how, who, deadline, fix))
        plan.add_action()
    actions = store.round_actions(round_id)
    assert len(actions) == 3 and all(a.deadline and a.responsible for _p, a in actions)

    # 9. Approval by the safety representative
    def approve(dialog: ApprovalDialog) -> None:
        dialog.name_combo.setCurrentText("Ola Nowak")
        dialog.ok_button.click()

    modals.expect(ApprovalDialog, approve)
    plan.record_approval()
    [approval] = store.action_plan(round_id).approvals
    assert approval.name == "Ola Nowak" and approval.role is not ApproverRole.EMPLOYER

    # 10. Print the plan and the poster
    view.show_page("reports")
    reports = view.page("reports")
    plan_text = _export(qtbot, reports.action_plan_box, path.with_name("handlingsplan.pdf"))
    assert "Fast makker i vask" in plan_text and "01-02-2027" in plan_text
    poster_text = _export(qtbot, reports.poster_box, path.with_name("plakat.pdf"))
    assert "Telefonliste i bilerne" in poster_text

    # 11. Quit and reopen: everything is there
    window.close()
    reopened = WorkplaceStore.open(path)
    try:
        assert reopened.respondent_count(round_id) == 6
        assert len(reopened.problems(round_id)) == 2
        assert len(reopened.round_actions(round_id)) == 3
        assert reopened.workplace().safety_representatives == ["Ola Nowak"]
    finally:
        reopened.close()
