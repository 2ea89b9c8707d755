"""The kiosk in the respondent's language where it matters: the promise, the groups, the PIN box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.app.resources import shipped_bank
from apvdesk.ui.kiosk.window import KioskWindow
from tests.ui.test_kiosk import PIN, FakeClock, digit_key, make_store, open_kiosk, press

LANGS = ["da", "en", "pl", "ro", "uk"]
RO = LANGS.index("ro") + 1
UK = LANGS.index("uk") + 1


@pytest.fixture
def five(tmp_path: Path):
    """Vask and Strygning take part; Strygning has a Romanian name, Vask has none."""
    store, round_id = make_store(tmp_path / "five.apvdesk", shipped_bank(), languages=LANGS)
    [vask, strygning] = store.round_groups(round_id)
    store.set_group_names(strygning.id, {"ro": "Călcătorie și finisare", "uk": "Прасування"})
    yield store, round_id
    store.close()


def test_romanian_sees_the_promise_then_the_groups_in_romanian_with_the_fallback_marked(qtbot, five):
    store, round_id = five
    kiosk = open_kiosk(qtbot, store, round_id)
    bank = shipped_bank()
    seen = [kiosk.current_screen()]
    press(qtbot, kiosk, digit_key(RO))
    seen.append(kiosk.current_screen())
    # the promise, in Romanian, before anyone is asked where they work
    assert kiosk.promise_screen.text.text() == bank.text("anonymity_note", "ro").replace("%1", "5")
    assert kiosk.promise_screen.title.text().startswith("Bun venit.")
    press(qtbot, kiosk, Qt.Key.Key_Return)
    seen.append(kiosk.current_screen())
    assert seen == [kiosk.language_screen, kiosk.promise_screen, kiosk.group_screen]
    assert kiosk.group_screen.title.text() == "Unde lucrați?"
    labels = [b.text() for b in kiosk.group_screen.buttons]
    assert labels == ["1    Vask\n\u2007    (numele este doar în daneză)", "2    Călcătorie și finisare"]
    press(qtbot, kiosk, Qt.Key.Key_2)
    assert kiosk.current_screen() is kiosk.intro_screen
    assert kiosk.intro_screen.title.text() == "Cum răspundeți"
    # Back from the groups goes to the promise, and from there to the languages
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.group_screen
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.promise_screen
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.language_screen


def test_danish_shows_the_groups_own_names_without_a_marker(qtbot, five):
    kiosk = open_kiosk(qtbot, *five)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert [b.text() for b in kiosk.group_screen.buttons] == ["1    Vask", "2    Strygning"]


def _to_question_three(qtbot, kiosk: KioskWindow, lang_digit: int) -> None:
    press(qtbot, kiosk, digit_key(lang_digit), Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2)  # two answers: now on question 3


def test_the_pin_box_speaks_romanian_and_its_big_button_goes_back_to_the_same_question(qtbot, five):
    store, round_id = five
    kiosk = open_kiosk(qtbot, store, round_id)
    _to_question_three(qtbot, kiosk, RO)
    screen = kiosk.question_screen
    progress = screen.progress_label.text()
    assert progress.startswith("Întrebarea 3 din")
    qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)  # the mis-tap
    dialog = kiosk.pin_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Doar pentru persoana responsabilă"
    assert dialog.message.text().startswith("Aici persoana responsabilă poate închide ecranul")
    assert dialog.back_button.text() == "‹  Înapoi la întrebări"
    assert dialog.back_button.isDefault() and not dialog.leave_button.isDefault()
    assert dialog.back_button.height() >= 72
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.pin_dialog is None and kiosk.isVisible()
    assert kiosk.current_screen() is screen and screen.progress_label.text() == progress
    assert kiosk.session is not None and len(kiosk.session.answers) == 2  # nothing lost
    press(qtbot, kiosk, Qt.Key.Key_Backspace)  # the answer before is still there
    assert screen.checked() == [screen.option_buttons[1]]


def test_enter_in_the_empty_pin_field_goes_back_too(qtbot, five):
    kiosk = open_kiosk(qtbot, *five)
    _to_question_three(qtbot, kiosk, UK)
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    assert dialog.back_button.text() == "‹  Назад до запитань"
    assert dialog.windowTitle() == "Лише для відповідальної особи"
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert kiosk.pin_dialog is None and kiosk.isVisible()
    assert kiosk.current_screen() is kiosk.question_screen and len(kiosk.session.answers) == 2


def test_a_wrong_pin_is_said_in_ukrainian_and_the_right_one_still_leaves(qtbot, five):
    clock = FakeClock()
    kiosk = open_kiosk(qtbot, *five, clock=clock)
    press(qtbot, kiosk, digit_key(UK))
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.status_label.text() == "Неправильний ПІН-код."
    for _attempt in range(2):
        qtbot.keyClicks(dialog.pin_edit, "1111")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.status_label.text() == "Неправильний ПІН-код. Спробуйте знову через 2 с."
    clock.now += 2.5
    dialog._tick.timeout.emit()
    assert dialog.status_label.text() == "Можна спробувати знову."
    with qtbot.waitSignal(kiosk.closed, timeout=2000):
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)


def test_before_a_language_is_chosen_the_pin_box_speaks_the_programs_language(qtbot, five):
    kiosk = open_kiosk(qtbot, *five)
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    assert dialog.back_button.accessibleName() == shipped_bank().text("pin_back", "da")
    dialog.reject()
