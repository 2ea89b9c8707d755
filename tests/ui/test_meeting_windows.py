"""The meeting windows: Escape closes the presentation, Done says it is saved, points move in one step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
from apvdesk.store.workplace_store import WorkplaceStore
from tests.ui.test_dialogue_meeting import open_window


@pytest.fixture
def meeting_store(demo_file: Path) -> Iterator[tuple[WorkplaceStore, int]]:
    """The demo file with a meeting of the drivers and four points ("Punkt 1" to "Punkt 4")."""
    store = WorkplaceStore.open(demo_file)
    drivers = next(g for g in store.groups() if g.headcount == 6)
    points = [AgendaPoint(f"Punkt {n}", f"Spørgsmål {n}?", minutes=5 + n) for n in range(1, 5)]
    meeting = store.create_meeting(
        DialogueMeeting(store.latest_round().id, [drivers.id], participants=6), points
    )
    yield store, meeting.id
    store.close()


def _titles_after_reopening(store: WorkplaceStore, meeting_id: int) -> list[str]:
    path = store.path
    store.close()
    reopened = WorkplaceStore.open(path)
    try:
        return [p.title for p in reopened.points(meeting_id)]
    finally:
        reopened.close()


def test_escape_and_the_close_button_close_the_presentation_and_bring_the_facilitator_back(
    qtbot, meeting_store
):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    qtbot.mouseClick(window.present_button, Qt.MouseButton.LeftButton)
    screen = window.presentation
    assert screen is not None and screen.isVisible()
    assert screen.close_button.text() == "Luk præsentationen" and screen.close_button.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible() and window.isVisible()
    qtbot.mouseClick(window.present_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # full screen too: one key and it is gone
    assert not screen.isVisible()
    qtbot.mouseClick(window.present_button, Qt.MouseButton.LeftButton)
    assert screen.isVisible() and not screen.isFullScreen()
    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() in (window, None))


def test_done_closes_the_window_and_says_the_meeting_is_saved(qtbot, meeting_store, monkeypatch):
    store, meeting_id = meeting_store
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, t, x, *a: told.append((t, x))))
    window = open_window(qtbot, store, meeting_id)
    assert window.done_button.text() == "Færdig"
    assert window.saved_label.text() == "Alt gemmes, mens du skriver."
    window.ideas_edit.setPlainText("Fast pause kl. 10")  # typed just before: saved on Done, not lost
    closed = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert closed == [True] and not window.isVisible()
    assert told and told[0][1].startswith("Mødet er gemt.")
    assert store.points(meeting_id)[0].ideas == "Fast pause kl. 10"


def test_to_the_top_and_to_the_bottom_move_a_point_in_one_click_and_the_order_is_kept(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    window.set_current(3)
    assert not window.bottom_button.isEnabled()
    qtbot.mouseClick(window.top_button, Qt.MouseButton.LeftButton)  # 4 1 2 3
    assert window.current == 0 and window.title_label.text() == "Punkt 4"
    assert not window.top_button.isEnabled()
    window.set_current(1)
    qtbot.mouseClick(window.bottom_button, Qt.MouseButton.LeftButton)  # 4 2 3 1
    assert window.current == 3
    assert window.agenda_list.item(0).text().startswith("1. Punkt 4")
    window.close()
    assert _titles_after_reopening(store, meeting_id) == ["Punkt 4", "Punkt 2", "Punkt 3", "Punkt 1"]


def test_a_point_dragged_in_the_list_keeps_its_new_place(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    window.set_current(2)  # on "Punkt 3"
    agenda = window.agenda_list
    # drop "Punkt 4" above "Punkt 1", as a drag would: the list model moves the row
    moved = agenda.model().moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    if not moved:  # the way Qt's own drop does it
        data = agenda.model().mimeData([agenda.model().index(3, 0)])
        agenda.model().dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        agenda.model().removeRows(4, 1)
    qtbot.waitUntil(lambda: [p.title for p in window.points][0] == "Punkt 4")
    assert [p.title for p in window.points] == ["Punkt 4", "Punkt 1", "Punkt 2", "Punkt 3"]
    assert window.title_label.text() == "Punkt 3" and window.current == 3  # still on the point shown
    assert agenda.item(0).text().startswith("1. Punkt 4")
    window.close()
    assert _titles_after_reopening(store, meeting_id) == ["Punkt 4", "Punkt 1", "Punkt 2", "Punkt 3"]


def test_the_agenda_accepts_dragging_within_itself(qtbot, meeting_store):
    store, meeting_id = meeting_store
    window = open_window(qtbot, store, meeting_id)
    agenda = window.agenda_list
    assert agenda.dragDropMode() == agenda.DragDropMode.InternalMove
    assert agenda.model().supportedDropActions() & Qt.DropAction.MoveAction
