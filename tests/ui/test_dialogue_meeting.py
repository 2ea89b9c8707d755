"""The dialogue meeting in the GUI: prepare the agenda, hold the meeting, decide into the action plan."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QSpinBox

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.model import Action, Problem, Seriousness
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.date_field import DateField
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.meeting.dialogs import AddPointDialog, ChooseGroupsDialog
from apvdesk.ui.meeting.facilitator import SAVE_DELAY_MS, MeetingWindow
from apvdesk.ui.meeting.presentation import PresentationWindow


def normalised(text: str) -> str:
    return " ".join(text.split())


def test_a_meeting_of_six_records_points_and_decides_into_the_action_plan(
    qtbot, main_window, demo_file, monkeypatch
):
    from pypdf import PdfReader

    from apvdesk.reports.action_plan import build_action_plan_pdf

    assert main_window.open_file(demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    drivers = next(g for g in store.groups() if g.headcount == 6)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    offered: list[list[int]] = []

    def choose(cls, parent, groups, chosen):
        offered.append(chosen)
        return chosen, True

    monkeypatch.setattr(ChooseGroupsDialog, "choose", classmethod(choose))
    before = page.meetings_list.topLevelItemCount()  # the demo's own meeting
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    assert offered == [[drivers.id]]  # every group reaches the threshold: the smallest is proposed
    window = page.meeting_window
    assert isinstance(window, MeetingWindow) and window.isVisible()
    assert page.meetings_list.topLevelItemCount() == before + 1
    assert window.meeting.group_ids == [drivers.id]
    assert window.participants_spin.value() == 6
    assert len(window.points) >= 3
    assert window.points[0].title == "Fællesskabet"  # the proposed agenda, in the UI's language

    notes = {
        0: (Rating.MOSTLY_WORKS, "Vi hilser om morgenen", "Vi ses sjældent", "Fælles kaffe"),
        1: (Rating.MIXED, "Vi taler i pausen", "Uenighed bliver hængende", "Kort møde hver uge"),
        2: (
            Rating.REAL_PROBLEM,
            "Vi ringer til hinanden",
            "Man står alene, når bilen går i stå",
            "En fast kontaktperson på kontoret",
        ),
    }
    for index, (rating, works, not_works, ideas) in notes.items():
        window.set_current(index)
        qtbot.keyClick(window.rating_buttons[Rating.WORKS_WELL], Qt.Key(Qt.Key.Key_0.value + rating.value))
        window.works_edit.setPlainText(works)
        window.not_works_edit.setPlainText(not_works)
        window.ideas_edit.setPlainText(ideas)
    # the last point's notes are saved by the timer, not by moving on
    qtbot.waitUntil(lambda: store.points(window.meeting.id)[2].ideas == notes[2][3], timeout=3000)
    stored = store.points(window.meeting.id)
    for index, (rating, works, not_works, ideas) in notes.items():
        point = stored[index]
        assert (point.rating, point.works, point.not_works, point.ideas) == (rating, works, not_works, ideas)

    drafts: list[Problem] = []

    def problem_dialog(cls, parent, problem: Problem, bank, groups, lang):
        drafts.append(problem)
        return (
            Problem(  # as the real dialog returns it: without the point it came from
                round_id=problem.round_id,
                scale_id=problem.scale_id,
                kind=problem.kind,
                seriousness=problem.seriousness,
                extent=problem.extent,
                causes=problem.causes,
                group_ids=problem.group_ids,
                dialogue_point_id=problem.dialogue_point_id,  # the real dialog keeps the link
            ),
            True,
        )

    actions: list[Action] = []

    def action_dialog(cls, parent, action: Action):
        actions.append(action)
        return action, True

    monkeypatch.setattr(ProblemDialog, "edit", classmethod(problem_dialog))
    monkeypatch.setattr(ActionDialog, "edit", classmethod(action_dialog))
    assert not window.action_button.isEnabled()
    qtbot.mouseClick(window.problem_button, Qt.MouseButton.LeftButton)
    [draft] = drafts
    point = window.points[2]
    assert draft.kind == notes[2][2]  # what the meeting wrote, never the question it discussed
    assert point.question not in draft.kind and draft.title == ""  # a scale's problem: named by its scale
    assert draft.seriousness == Seriousness.HIGH
    assert draft.group_ids == [drivers.id]
    assert draft.dialogue_point_id == point.id
    assert draft.scale_id == point.scale_id
    assert "6" in draft.extent and drivers.name in draft.extent
    assert window.action_button.isEnabled()
    qtbot.mouseClick(window.action_button, Qt.MouseButton.LeftButton)
    [action] = actions
    assert action.how == notes[2][3]
    [problem] = store.point_problems(point.id)
    assert [a.how for a in store.actions(problem.id)] == [notes[2][3]]
    assert window.decisions_list.count() == 2

    window.close()
    assert page.meeting_window is None
    pdf = build_action_plan_pdf(store.action_plan(round_id), "da")
    text = normalised(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert normalised(notes[2][2]) in text
    assert normalised(point.question) not in text
    assert normalised(notes[2][3]) in text


@pytest.fixture
def meeting_store(demo_file: Path) -> Iterator[tuple[WorkplaceStore, int]]:
    """The demo file with a meeting of the drivers and four points."""
    store = WorkplaceStore.open(demo_file)
    round_id = store.latest_round().id
    drivers = next(g for g in store.groups() if g.headcount == 6)
    points = [AgendaPoint(f"Punkt {n}", f"Spørgsmål {n}?", minutes=5 + n) for n in range(1, 5)]
    meeting = store.create_meeting(DialogueMeeting(round_id, [drivers.id], participants=6), points)
    yield store, meeting.id
    store.close()


def open_window(qtbot, store: WorkplaceStore, meeting_id: int) -> MeetingWindow:
    """Open the facilitator's window in Danish, as the program starts by default."""
    from apvdesk.ui.app import make_application

    make_application("da")
    window = MeetingWindow(store, meeting_id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_reorder_remove_and_add_points_persist(qtbot, meeting_store, monkeypatch):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    window.set_current(0)
    qtbot.mouseClick(window.down_button, Qt.MouseButton.LeftButton)  # 2 1 3 4
    assert window.current == 1
    window.set_current(3)
    qtbot.mouseClick(window.up_button, Qt.MouseButton.LeftButton)  # 2 1 4 3
    window.set_current(0)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)  # 1 4 3
    monkeypatch.setattr(
        AddPointDialog,
        "get_point",
        classmethod(lambda cls, parent: (AgendaPoint("Travle dage", "Hvad sker der?", minutes=15), True)),
    )
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert window.current == 3
    assert window.agenda_list.item(3).text() == "4. Travle dage (15 min.)"
    window.close()

    path = store.path
    store.close()
    reopened = WorkplaceStore.open(path)
    try:
        titles = [p.title for p in reopened.points(meeting_id)]
        assert titles == ["Punkt 1", "Punkt 4", "Punkt 3", "Travle dage"]
    finally:
        reopened.close()


def test_ratings_notes_and_meeting_details_survive_reopening(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    window.set_current(1)
    qtbot.mouseClick(window.rating_buttons[Rating.PROBLEM], Qt.MouseButton.LeftButton)
    window.works_edit.setFocus()
    window.works_edit.setPlainText("Godt samarbejde")
    window.set_current(2)  # moving on saves at once, before the timer
    qtbot.keyClick(window.agenda_list, Qt.Key.Key_2)  # the agenda list passes 1-5 on as ratings
    window.set_current(3)
    qtbot.keyClick(window, Qt.Key.Key_5)
    qtbot.mouseClick(window.rating_buttons[None], Qt.MouseButton.LeftButton)  # changed our mind
    window.participants_spin.setValue(5)
    window.facilitator_edit.setText("Karin")
    window.facilitator_edit.editingFinished.emit()
    window.close()
    reopened = MeetingWindow(store, meeting_id)
    qtbot.addWidget(reopened)
    assert [p.rating for p in reopened.points] == [None, Rating.PROBLEM, Rating.MOSTLY_WORKS, None]
    assert reopened.points[1].works == "Godt samarbejde"
    reopened.set_current(1)
    assert reopened.rating_buttons[Rating.PROBLEM].isChecked()
    assert reopened.works_edit.toPlainText() == "Godt samarbejde"
    assert (reopened.participants_spin.value(), reopened.facilitator_edit.text()) == (5, "Karin")


def test_notes_are_saved_after_a_pause_in_typing(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    qtbot.keyClicks(window.ideas_edit, "Mere kaffe")
    assert store.points(meeting_id)[0].ideas == ""  # not a transaction per keystroke
    qtbot.wait(SAVE_DELAY_MS + 200)
    assert store.points(meeting_id)[0].ideas == "Mere kaffe"


def test_the_presentation_and_the_facilitator_follow_each_other(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    qtbot.mouseClick(window.present_button, Qt.MouseButton.LeftButton)
    screen = window.presentation
    assert isinstance(screen, PresentationWindow) and screen.isVisible()
    assert screen.title_label.text() == "Punkt 1"
    assert screen.progress_label.text().endswith("1 / 4")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert (screen.title_label.text(), screen.question_label.text()) == ("Punkt 2", "Spørgsmål 2?")
    qtbot.keyClick(screen, Qt.Key.Key_Right)
    assert window.current == 2 and screen.title_label.text() == "Punkt 3"
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # past the end: stays on the last point
    assert window.current == 3 and window.agenda_list.currentRow() == 3
    qtbot.keyClick(screen, Qt.Key.Key_Left)
    assert window.current == 2 and window.title_label.text() == "Punkt 3"
    assert screen.rating_label.isHidden()
    window.set_rating(Rating.REAL_PROBLEM)
    assert not screen.rating_label.isHidden() and "5" not in screen.rating_label.text()

    assert not screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert not screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isFullScreen()
    window.close()
    assert not screen.isVisible()


def test_only_the_number_of_participants_is_kept_and_the_screen_shows_no_notes(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    # one line of text in the whole window: the facilitator's name; participants are a number
    inside = QAbstractSpinBox | DateField  # a number's or a date's own line
    lines = [e for e in window.findChildren(QLineEdit) if not isinstance(e.parent(), inside)]
    assert lines == [window.facilitator_edit]
    assert isinstance(window.participants_spin, QSpinBox)
    assert len(window.findChildren(QPlainTextEdit)) == 3  # works, does not work, ideas
    window.not_works_edit.setPlainText("Hemmelig note")
    window.show_presentation()
    texts = [label.text() for label in window.presentation.findChildren(type(window.title_label))]
    assert not any("Hemmelig" in text for text in texts)
    assert window.presentation.findChildren(QLineEdit) == []


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_both_views_render_at_meeting_room_sizes(qtbot, meeting_store, tmp_path: Path, size):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    window.resize(*size)
    window.show_presentation()
    screen = window.presentation
    screen.resize(*size)
    qtbot.wait(10)
    assert not window.grab().isNull() and not screen.grab().isNull()
    expected = 48 * size[1] / 1080
    assert screen.title_label.font().pointSizeF() == pytest.approx(expected, rel=0.05)
    assert window.title_label.width() <= window.width()


def test_switching_language_with_a_meeting_open_keeps_what_was_typed(qtbot, main_window, demo_file):
    from apvdesk.wording.i18n import install

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    store = main_window.store
    meeting = store.meetings(store.latest_round().id)[0]  # the drivers'
    page.show_meeting(meeting.id)
    window = page.meeting_window
    window.set_current(1)
    window.ideas_edit.setPlainText("Fælles frokost om fredagen")  # no pause: the timer has not fired
    try:
        main_window.set_language("en")  # rebuilds every page
    finally:
        install("da")
    point = main_window.store.points(meeting.id)[1]
    assert point.ideas == "Fælles frokost om fredagen"
