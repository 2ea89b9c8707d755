"""First-time slips: the wheel over a field, Escape in a dialog, Enter in a wizard, a small screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from apvdesk.app.resources import default_round_bank
from apvdesk.core.model import Action, Group, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.follow_up_steps import NoteDialog
from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
from apvdesk.ui.main_window import MainWindow
from tests.ui.modal_driver import click_button


def _small_workplace(tmp_path: Path) -> Path:
    path = tmp_path / "lille.apvdesk"
    WorkplaceStore.create(
        path,
        Workplace(name="Lille Rens", headcount=9),
        [Group("Rens", 6), Group("Butik", 3)],
        Round(title="APV 2026", start_date=dt.date(2026, 11, 1)),
        default_round_bank(),
    ).close()
    return path


def _wheel_down(widget: QWidget) -> None:
    """Turn the wheel one notch down with the pointer over the middle of ``widget``."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _asked_forms(store) -> list[str]:
    return sorted(t.id for t in store.round_bank(store.latest_round().id).themes)


def test_the_wheel_over_an_unfocused_theme_scrolls_the_page(qtbot, main_window: MainWindow, tmp_path):
    assert main_window.open_file(_small_workplace(tmp_path))
    main_window.resize(1024, 600)
    main_window.show()
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    combo = page.round_box.theme_forms.choices["meaning"]
    before = combo.currentIndex()
    stored = _asked_forms(main_window.store)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    page.setFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _wheel_down(combo)
    assert combo.currentIndex() == before
    assert _asked_forms(main_window.store) == stored
    assert not combo.hasFocus()
    assert bar.value() > 0  # the page scrolled instead
    # with keyboard focus the wheel still chooses
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert combo.currentIndex() != before


@pytest.fixture
def danish(qtbot) -> None:
    """The application in Danish, as the owner runs it."""
    from apvdesk.ui.app import make_application

    make_application("da")


def _answer_next_box(qtbot, answer: str, seen: list[str]) -> None:
    """When the next message box shows, note its default button and click ``answer``."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.defaultButton().text().replace("&", ""))
        try:
            click_button(box, answer)
        finally:
            if box.isVisible():
                box.reject()

    QTimer.singleShot(10, act)


def test_escape_in_a_new_action_with_text_asks_and_going_back_is_the_default(qtbot, danish):
    dialog = ActionDialog(Action(how=""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.how_edit, "Ny bordhøjde ved strygeren")
    seen: list[str] = []
    _answer_next_box(qtbot, "Nej", seen)
    qtbot.keyClick(dialog.how_edit, Qt.Key.Key_Escape)
    assert seen == ["Nej"]  # the safe answer is the default
    assert dialog.isVisible()
    assert dialog.how_edit.toPlainText() == "Ny bordhøjde ved strygeren"
    # Cancel asks too; this time the text is thrown away
    _answer_next_box(qtbot, "Ja", seen)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(seen) == 2
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_unchanged_dialog_closes_at_once(qtbot, danish, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        "apvdesk.ui.dialogs.careful_dialog.confirm", lambda *args: asked.append(args[1]) or True
    )
    for dialog in (ActionDialog(Action(how="Kortere vagter")), NoteDialog(Action(how="Kortere vagter"))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert asked == []
    # a note typed and then Cancel: asked
    note = NoteDialog(Action(how="Kortere vagter"))
    qtbot.addWidget(note)
    note.show()
    qtbot.keyClicks(note.text_edit, "Talt med Hanne")
    note.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == ["Kassér det, du har skrevet?"]
    assert not note.isVisible()


def test_enter_in_the_group_table_moves_on_and_does_not_finish_the_wizard(qtbot):
    wizard = NewWorkplaceWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name_edit.setText("Vaskeri Nord")
    wizard.next()
    page = wizard.groups_page
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    viewport = table.viewport()
    editor = next(w for w in viewport.findChildren(QLineEdit) if w.parentWidget() is viewport)
    qtbot.keyClicks(editor, "Vask")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    spin = table.cellWidget(0, 1)
    assert table.currentColumn() == 1
    assert table.item(0, 0).text() == "Vask"
    line = spin.findChild(QLineEdit)
    qtbot.keyClicks(line, "12")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert wizard.isVisible()
    assert wizard.result() == 0  # neither finished nor cancelled
    assert spin.value() == 12
    assert table.rowCount() == 2  # on to a new group's name
    assert table.currentRow() == 1
    assert [(g.name, g.headcount) for g in page.groups()] == [("Vask", 12)]


@pytest.mark.parametrize("screen_width", [1024, 1366])
def test_the_meeting_window_fits_a_768_pixel_screen_with_done_in_sight(
    qtbot, demo_file, monkeypatch, screen_width
):
    from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting
    from apvdesk.ui import screen_fit
    from tests.ui.test_dialogue_meeting import open_window

    area = QRect(0, 0, screen_width, 728)  # 768 less a 40-pixel taskbar
    monkeypatch.setattr(screen_fit, "screen_area", lambda _window: area)
    store = WorkplaceStore.open(demo_file)
    try:
        group = store.groups()[0]
        points = [AgendaPoint(f"Punkt {n}", f"Spørgsmål {n}?", minutes=10) for n in range(1, 4)]
        meeting = store.create_meeting(DialogueMeeting(store.latest_round().id, [group.id]), points)
        window = open_window(qtbot, store, meeting.id)
        assert window.width() + screen_fit.FRAME_WIDTH <= area.width()
        assert window.height() + screen_fit.FRAME_HEIGHT <= area.height()
        assert window.minimumSizeHint().height() <= window.height()  # nothing squeezed off
        done = window.done_button
        bottom = done.mapTo(window, QPoint(0, done.height())).y()
        assert done.isVisible() and bottom <= window.height()
        window.close()
    finally:
        store.close()
