"""Kortlægning starts the kiosk from the GUI and shows the new answer when it is left."""

from __future__ import annotations

from PySide6.QtCore import Qt

from apvdesk.core.pin import hash_pin
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.kiosk.window import KioskWindow


def test_kiosk_from_the_mapping_page_asks_for_a_pin_and_counts_the_answer(
    qtbot, main_window, demo_file, monkeypatch
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    asked: list[bool] = []

    def new_pin(cls, parent):
        asked.append(True)
        return hash_pin("4321"), True

    monkeypatch.setattr(SetPinDialog, "get_pin_hash", classmethod(new_pin))
    qtbot.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)
    assert asked == [True]  # the demo round had no PIN yet
    kiosk = page._kiosk
    assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
    assert not main_window.isVisible()  # no Alt+Tab to the results while the kiosk runs

    # one person answers the first question in Danish and sends it
    kiosk.choose_language("da")
    kiosk.choose_group(main_window.store.groups()[0].id)
    kiosk.start_questions()
    kiosk._advance_ms = 0  # no pause between questions in the test
    questions = 0
    while kiosk.current_screen() is kiosk.question_screen:
        kiosk.answer(0)
        questions += 1
    assert questions == len(main_window.store.round_bank(main_window.store.latest_round().id).items)
    kiosk.submit()
    kiosk.close()  # closing does not leave kiosk mode
    assert kiosk.isVisible()

    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    dialog.pin_edit.setText("4321")
    with qtbot.waitSignal(kiosk.closed, timeout=5000):
        dialog.try_pin()
    model = page.overview_model
    assert model.data(model.index(model.rowCount() - 1, 2)) == "50"  # the demo's 49 and this one
    assert page._kiosk is None
    assert main_window.isVisible()  # back after the PIN


def test_deleting_the_individual_answers_keeps_the_results(qtbot, main_window, demo_file, no_modals):
    from apvdesk.ui.tasks import wait_for_tasks

    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    assert page.discard_button.isEnabled()
    store = page.store
    round_id = store.latest_round().id
    before = store.results(round_id)
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert no_modals and no_modals[-1][0] == page.tr("Delete the individual answers")
    assert store.answers_discarded_on(round_id) is not None
    assert store.responses(round_id) == []
    from apvdesk.store.sqlite.backups import list_backups

    assert list_backups(demo_file) == []  # the backup made on opening held the answers: deleted
    assert not page.kiosk_button.isEnabled() and not page.import_button.isEnabled()
    assert not page.discard_button.isEnabled()
    assert "49" in page.overview_note.text()
    shown = [key for key, result in before.results.items() if result.shown]
    assert all(store.results(round_id).results[key] == before.results[key] for key in shown)
    view.show_page("assessment")
    assessment = view.page("assessment")
    qtbot.waitUntil(lambda: assessment.model is not None, timeout=20000)
    wait_for_tasks()
    assert assessment.model.rowCount() > 0
