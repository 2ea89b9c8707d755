"""Help to get started: Hjælp › Kom i gang, the pages' "what now" lines, and Ctrl+S saying all is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit

from apvdesk.app.resources import default_round_bank
from apvdesk.core.absence import Contributes
from apvdesk.core.checklist import Element
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.findings import Dismissal
from apvdesk.core.model import (
    OTHER_SCALE,
    Action,
    Approval,
    ApproverRole,
    Group,
    Problem,
    Response,
    Round,
    Workplace,
)
from apvdesk.core.next_step import Step
from apvdesk.core.pin import hash_pin
from apvdesk.store.sqlite.backups import BackupReason, make_backup
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.getting_started import GettingStartedDialog
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.main_window import MainWindow

TODAY = dt.date.today()


def _new_workplace(tmp_path: Path, groups: list[Group] | None = None) -> Path:
    """A workplace as the wizard leaves it when no group was typed in: a round, nothing else."""
    path = tmp_path / "vaskeri.apvdesk"
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeri Syd", headcount=14),
        groups or [],
        Round("APV 2026", TODAY),
        default_round_bank(),
    )
    store.close()
    return path


def _menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def _line(window: MainWindow, key: str):
    view = window.workplace_view
    view.show_page(key)
    page = view.page(key)
    return page, page.next_step


def test_the_guide_opens_from_the_help_menu_and_its_buttons_go_to_the_pages(qtbot, main_window, demo_file):
    assert main_window.open_file(demo_file)
    _menu_action(main_window, "Kom i gang").trigger()
    guide = main_window.guide
    assert isinstance(guide, GettingStartedDialog) and guide.isVisible()
    assert guide.windowTitle() == "Kom i gang"
    expected = {
        "preparation": "Gå til Forberedelse",
        "mapping": "Gå til Kortlægning",
        "assessment": "Gå til Vurdering",
        "absence": "Gå til Sygefravær",
        "action-plan": "Gå til Handlingsplan",
        "reports": "Gå til Rapporter",
        "follow-up": "Gå til Opfølgning",
    }
    assert {key: button.text() for key, button in guide.page_buttons.items()} == expected
    for key in expected:
        main_window.show_guide()
        guide = main_window.guide
        qtbot.mouseClick(guide.page_buttons[key], Qt.MouseButton.LeftButton)
        assert main_window.workplace_view.current_page() == key
        assert not guide.isVisible()  # the guide closes on the way


def test_f1_opens_the_guide_and_without_a_workplace_its_buttons_are_off(qtbot, main_window):
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    guide = main_window.guide
    assert guide is not None and guide.isVisible()
    assert not any(button.isEnabled() for button in guide.page_buttons.values())
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in guide.findChildren(QLabel))
    assert "BEK 1838/2023" in text and "arbejdsmiljøloven §§ 6–7" in text
    intro = text.split("BEK 1838/2023", 1)[0]
    assert "1838" not in intro  # the rule is named once, by the short name the program uses
    assert "BEK 1838/2023, bekendtgørelsen af 14. december 2023 om systematisk arbejdsmiljøarbejde)" in text
    assert "14/12/2023" not in text and "herunder BEK" not in text
    assert "god praksis" in text  # approval is called good practice, not the law
    guide.close()


def test_a_new_workplace_offers_the_guide_on_the_overview_until_work_starts(qtbot, main_window, tmp_path):
    path = _new_workplace(tmp_path)
    assert main_window.open_file(path)
    page, line = _line(main_window, "overview")
    assert line.isVisibleTo(page) and line.step.step == Step.GUIDE
    assert line.button.text() == "Kom i gang"
    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    assert isinstance(page.guide, GettingStartedDialog) and page.guide.isVisible()
    qtbot.mouseClick(page.guide.page_buttons["preparation"], Qt.MouseButton.LeftButton)
    assert main_window.workplace_view.current_page() == "preparation"


def test_preparation_says_what_is_missing_until_the_round_is_ready(qtbot, main_window, tmp_path, monkeypatch):
    path = _new_workplace(tmp_path)
    assert main_window.open_file(path)
    page, line = _line(main_window, "preparation")
    assert line.isVisibleTo(page) and line.step.step == Step.ADD_GROUPS
    assert "grupper" in line.text.text()
    assert not line.button.isVisibleTo(page)  # it is done on this page

    store = main_window.store
    store.add_group(Group("Vask", 8))
    page.refresh()
    # 14 employees and no AMO: the page's red note and the line agree (arbejdsmiljøloven § 7)
    assert page.amo_warning.isVisibleTo(page)
    assert line.step.step == Step.AMO_MISSING and "14" in line.text.text() and "AMO" in line.text.text()
    page.amo_combo.setCurrentIndex(page.amo_combo.findData(1))
    assert not page.amo_warning.isVisibleTo(page)
    assert line.step.step == Step.SET_PIN and "PIN" in line.text.text()
    monkeypatch.setattr(
        SetPinDialog, "get_pin_hash", classmethod(lambda cls, parent: (hash_pin("4321"), True))
    )
    qtbot.mouseClick(page.round_box.pin_button, Qt.MouseButton.LeftButton)
    assert line.step.step == Step.READY_TO_MAP  # at once, without leaving the page
    apv_round = store.latest_round()
    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    assert main_window.workplace_view.current_page() == "mapping"

    store.add_responses(apv_round.id, [Response(store.groups()[0].id, "da", answers={})])
    page.refresh()
    assert not line.isVisibleTo(page)  # the mapping has begun: nothing left to prepare


def test_mapping_and_assessment_count_the_answers_and_the_findings_left(qtbot, main_window, tmp_path):
    path = _new_workplace(tmp_path, [Group("Vask", 6), Group("Strygning", 6)])
    assert main_window.open_file(path)
    store = main_window.store
    apv_round = store.latest_round()
    bank = store.round_bank(apv_round.id)
    mapping, mapping_line = _line(main_window, "mapping")
    assert mapping_line.step.step == Step.COLLECT and mapping_line.isVisibleTo(mapping)
    assessment, assessment_line = _line(main_window, "assessment")
    assert assessment_line.step.step == Step.COLLECT
    qtbot.mouseClick(assessment_line.button, Qt.MouseButton.LeftButton)
    assert main_window.workplace_view.current_page() == "mapping"

    washing, ironing = (g.id for g in store.groups())
    for group_id in (washing, ironing):  # answers at the unfavourable end: red results to handle
        store.add_responses(
            apv_round.id, [Response(group_id, "da", answers={i.id: 4 for i in bank.items})] * 6
        )
    store.add_responses(apv_round.id, [Response(washing, "da", answers={i.id: 0 for i in bank.items})])
    mapping.refresh()
    assert mapping_line.step.step == Step.COLLECTING
    assert mapping_line.text.text().startswith("Svar indtil nu: 13.")
    assessment.refresh()
    assert assessment_line.step.step == Step.END_COLLECTION and "13" in assessment_line.text.text()

    assert store.end_collection(apv_round.id)
    mapping.refresh()
    assert not mapping_line.isVisibleTo(mapping)  # both groups are shown: the mapping is done
    assessment.refresh()  # with results, the line is worked out with them, off the GUI thread
    left = [r.finding for r in _element(store, apv_round.id, Element.ASSESSED).reasons]
    assert len(left) > 0
    qtbot.waitUntil(lambda: assessment_line.step.step == Step.HANDLE_FINDINGS, timeout=10000)
    assert assessment_line.step.count == len(left)
    assert f"endnu: {len(left)} (" in assessment_line.text.text()
    for finding in left:
        store.save_dismissal(Dismissal(apv_round.id, finding.key, "Drøftet på mødet", TODAY))
    assessment.refresh()
    qtbot.waitUntil(lambda: not assessment_line.isVisibleTo(assessment), timeout=10000)


def test_the_absence_line_asks_for_the_judgement_then_for_a_link(qtbot, main_window, tmp_path):
    path = _new_workplace(tmp_path, [Group("Vask", 6)])
    assert main_window.open_file(path)
    page, line = _line(main_window, "absence")
    assert line.isVisibleTo(page) and line.step.step == Step.JUDGE_ABSENCE
    page.contributes_buttons[Contributes.PARTLY].click()  # saved at once, and the line follows
    assert line.step.step == Step.LINK_ABSENCE and "delvis" in line.text.text()
    page.contributes_buttons[Contributes.NO].click()
    assert not line.isVisibleTo(page)


def _element(store, round_id: int, element: Element):
    return next(line for line in store.apv_checklist(round_id) if line.element == element)


def test_the_plan_and_the_follow_up_lines_lead_through_problems_actions_approval_and_checks(
    qtbot, main_window, tmp_path
):
    path = _new_workplace(tmp_path, [Group("Vask", 6)])
    assert main_window.open_file(path)
    store = main_window.store
    round_id = store.latest_round().id
    plan, plan_line = _line(main_window, "action-plan")
    # no answers and no meeting: nothing to make problems from yet, so the line points to Kortlægning
    assert plan_line.step.step == Step.MAP_FIRST and plan_line.isVisibleTo(plan)
    assert "Vurdering" not in plan_line.text.text() and plan_line.button.text() == "Gå til Kortlægning"
    follow, follow_line = _line(main_window, "follow-up")
    assert follow_line.step.step == Step.NO_ACTIONS
    qtbot.mouseClick(follow_line.button, Qt.MouseButton.LeftButton)
    assert main_window.workplace_view.current_page() == "action-plan"

    problem = store.save_problem(Problem(round_id, OTHER_SCALE, kind="Travlhed om morgenen"))
    plan.refresh()
    assert plan_line.step.step == Step.GROUPS_UNMAPPED and plan_line.step.page == "mapping"
    vask = store.groups()[0].id
    meeting = store.create_meeting(DialogueMeeting(round_id, [vask], TODAY, "Anna", 6), [])
    store.save_point(AgendaPoint("Morgenen", "?", meeting_id=meeting.id, rating=Rating.MIXED))
    plan.refresh()
    assert plan_line.step.step == Step.DESCRIBE_PROBLEMS and plan_line.step.count == 1
    problem.extent = "Hele vaskeriet, hver morgen"
    problem.causes = "For få hænder til sorteringen"
    store.save_problem(problem)
    plan.refresh()
    assert plan_line.step.step == Step.PLAN_ACTIONS and plan_line.step.count == 1
    action = store.save_action(Action(how="En ekstra på sortering kl. 6-8", problem_id=problem.id))
    plan.refresh()
    assert plan_line.step.step == Step.PLAN_ACTIONS  # no one responsible, no deadline yet
    action.responsible = "Anna"
    action.deadline = TODAY + dt.timedelta(days=30)
    action = store.save_action(action)
    plan.refresh()
    # not "the plan is complete" while the checklist's "follow-up planned" is not met
    assert plan_line.step.step == Step.PLAN_EFFECT_CHECKS and plan_line.step.count == 1
    assert "problem 1, »En ekstra på sortering kl. 6-8«" in plan_line.text.text()
    assert not plan_line.button.isVisibleTo(plan)  # set with Ret tiltag… on this page
    follow.refresh()
    assert follow_line.step.step == Step.PLAN_EFFECT_CHECKS and follow_line.step.count == 1
    # the follow-up page names the action and sends the owner where its date and method are set
    assert "problem 1, »En ekstra på sortering kl. 6-8«" in follow_line.text.text()
    assert "»Ret tiltag…« på siden Handlingsplan" in follow_line.text.text()
    assert follow_line.button.text() == "Gå til Handlingsplan"
    qtbot.mouseClick(follow_line.button, Qt.MouseButton.LeftButton)
    assert main_window.workplace_view.current_page() == "action-plan"
    action.follow_up_date = TODAY + dt.timedelta(days=60)
    action.follow_up_method = "Spørg holdet på morgenmødet"
    store.save_action(action)
    follow.refresh()
    assert not follow_line.isVisibleTo(follow)
    plan.refresh()
    assert plan_line.step.step == Step.APPROVE_PLAN and "god praksis" in plan_line.text.text()
    assert all(
        _element(store, round_id, e).met
        for e in (
            Element.ASSESSED,
            Element.PROBLEMS_DESCRIBED,
            Element.ACTIONS_PLANNED,
            Element.FOLLOW_UP_PLANNED,
        )
    )
    store.add_approval(Approval(round_id, "Anna Holm", ApproverRole.AMO, TODAY))
    plan.refresh()
    assert not plan_line.isVisibleTo(plan)


def test_ctrl_s_saves_the_field_being_typed_and_says_everything_is_saved(qtbot, main_window, tmp_path):
    path = _new_workplace(tmp_path)
    assert main_window.open_file(path)
    page, _line_widget = _line(main_window, "preparation")
    page.name_edit.setFocus()
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Vaskeri Nord")
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Alt er gemt.") and "med det samme" in message  # explained the first time
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert main_window.statusBar().currentMessage() == "Alt er gemt."
    main_window.close_workplace()
    again = WorkplaceStore.open_read_only(path)
    try:
        assert again.workplace().name == "Vaskeri Nord"  # what was in the field is in the file
    finally:
        again.close()


def test_ctrl_s_on_a_read_only_file_says_it_cannot_be_saved(qtbot, main_window, demo_file):
    backup = make_backup(demo_file, BackupReason.OPENED)
    assert main_window.open_file(backup)
    assert main_window.store.read_only
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    message = main_window.statusBar().currentMessage()
    assert "skrivebeskyttet" in message and "Alt er gemt" not in message


def test_ctrl_s_saves_a_group_name_still_in_its_cell_editor(qtbot, main_window, tmp_path):
    path = _new_workplace(tmp_path, [Group("Vask", 8)])
    assert main_window.open_file(path)
    page, _line_widget = _line(main_window, "preparation")
    view = page.groups_view
    index = page.groups_model.index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the cell is being edited
    editor.selectAll()
    qtbot.keyClicks(editor, "Vask og tørring")
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert main_window.statusBar().currentMessage().startswith("Alt er gemt.")
    assert [g.name for g in main_window.store.groups()] == ["Vask og tørring"]
