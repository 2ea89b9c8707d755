"""Someone walks away mid-questionnaire: the next person never sees their answers.

After a short pause the kiosk covers the answers with "continue" or "start over"; after
"continue", going back shows each earlier question without its answer (which is kept);
after a long pause the answers are thrown away. Time is a fake clock moved by the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

import apvdesk.core.kiosk_session as rules
from apvdesk.ui.kiosk.window import KioskWindow
from tests.ui.test_kiosk import FakeClock, kiosk_bank, make_store, open_kiosk, polish_bank, press

LEFT = Qt.MouseButton.LeftButton


def let_time_pass(kiosk: KioskWindow, clock: FakeClock, seconds: float) -> None:
    """Move the clock on with no input, and let the kiosk look at the time as its timer would."""
    clock.now += seconds
    check = getattr(kiosk, "check_idle", None)
    if check is not None:
        check()


def on_cover(kiosk: KioskWindow) -> bool:
    cover = getattr(kiosk, "cover_screen", None)
    return cover is not None and kiosk.current_screen() is cover


@pytest.fixture
def store(tmp_path: Path):
    store, round_id = make_store(tmp_path / "kiosk.apvdesk", kiosk_bank())
    yield store, round_id
    store.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(qtbot, store, clock) -> KioskWindow:
    return open_kiosk(qtbot, *store, clock=clock, idle_timeout_s=rules.DISCARD_AFTER_S)


def three_answers(qtbot, kiosk: KioskWindow) -> None:
    """Dansk, Strygning, Start; then Altid, Ofte, Somme tider: the fourth question is on screen."""
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
    assert kiosk.session is not None and kiosk.session.position == 3


# --- the attack ------------------------------------------------------------------------------


def test_a_stranger_cannot_read_the_answers_of_someone_who_walked_away(qtbot, kiosk, clock):
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, 61)  # "about a minute" later

    # The next person comes along and tries to look back through the questions.
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    if on_cover(kiosk):
        qtbot.mouseClick(kiosk.cover_screen.continue_button, LEFT)
    seen = []
    for _ in range(3):
        press(qtbot, kiosk, Qt.Key.Key_Backspace)
        if kiosk.current_screen() is kiosk.question_screen:
            seen.append((kiosk.question_screen.progress_label.text(), kiosk.question_screen.checked()))
    shown = [(text, [button.text() for button in checked]) for text, checked in seen if checked]
    assert shown == [], f"the earlier person's answers were shown: {shown}"
    assert [text for text, _ in seen] == ["Spørgsmål 3 af 4", "Spørgsmål 2 af 4", "Spørgsmål 1 af 4"]
    # further back: the instructions, then the group the first person chose is not marked
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.intro_screen
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.group_screen
    assert kiosk.group_screen.checked_keys() == []


# --- the cover ---------------------------------------------------------------------------------


def test_the_cover_comes_after_a_short_pause_and_hides_everything(qtbot, kiosk, clock):
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S - 1)
    assert kiosk.current_screen() is kiosk.question_screen
    let_time_pass(kiosk, clock, 1)
    assert on_cover(kiosk)
    cover = kiosk.cover_screen
    assert cover.title.text() == "Er du her stadig?"
    assert cover.continue_button.text() == "1    Fortsæt"
    assert cover.start_over_button.text() == "2    Start forfra"
    # nothing of the answers is left in the widgets behind the cover
    screen = kiosk.question_screen
    assert screen.checked() == [] and screen.question_label.text() == ""
    # keys that would go back or on do nothing here
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_5):
        press(qtbot, kiosk, key)
        assert on_cover(kiosk)


def test_nothing_chosen_yet_is_not_covered(qtbot, kiosk, clock):
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S + 1)
    assert kiosk.current_screen() is kiosk.language_screen


def test_continue_goes_on_where_the_person_was_with_earlier_answers_hidden(qtbot, kiosk, store, clock):
    _store, round_id = store
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S)
    press(qtbot, kiosk, Qt.Key.Key_1)  # continue
    screen = kiosk.question_screen
    assert kiosk.current_screen() is screen
    assert screen.progress_label.text() == "Spørgsmål 4 af 4"
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert screen.progress_label.text() == "Spørgsmål 3 af 4"
    assert screen.checked() == []
    assert screen.hidden_note.isVisible()
    assert "vises ikke" in screen.hidden_note.text()
    assert screen.primary_button().isEnabled()  # the kept answer lets the person go on
    press(qtbot, kiosk, Qt.Key.Key_5)  # change question 3 to "Aldrig"; now it shows
    press(qtbot, kiosk, Qt.Key.Key_Backspace)
    assert screen.checked() == [screen.option_buttons[4]]
    assert not screen.hidden_note.isVisible()
    press(qtbot, kiosk, Qt.Key.Key_Return, Qt.Key.Key_6, Qt.Key.Key_Return)
    [response] = _store.responses(round_id)
    assert response.answers == {"ssc_practical": 0, "ssc_listen": 1, "ssm_practical": 4, "ssm_feedback": None}


def test_start_over_forgets_the_person(qtbot, kiosk, store, clock):
    _store, round_id = store
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S)
    qtbot.mouseClick(kiosk.cover_screen.start_over_button, LEFT)
    assert kiosk.current_screen() is kiosk.language_screen
    assert kiosk.session is None and kiosk.language is None and kiosk.group_id is None
    assert kiosk.language_screen.checked_keys() == []
    assert _store.respondent_count(round_id) == 0


def test_a_long_pause_throws_the_answers_away_even_if_someone_fiddles_with_the_cover(
    qtbot, kiosk, store, clock
):
    _store, round_id = store
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S)
    assert on_cover(kiosk)
    for _ in range(4):  # taps and keys on the cover do not keep the answers alive
        press(qtbot, kiosk, Qt.Key.Key_Backspace)
        qtbot.mouseClick(kiosk.cover_screen, LEFT, pos=QPoint(5, 5))  # beside its buttons
        let_time_pass(kiosk, clock, (rules.DISCARD_AFTER_S - rules.COVER_AFTER_S) / 4)
    assert kiosk.current_screen() is kiosk.language_screen
    assert kiosk.session is None and kiosk.language is None
    assert _store.respondent_count(round_id) == 0


def test_the_cover_speaks_the_persons_language(qtbot, tmp_path: Path):
    bank = polish_bank()
    store, round_id = make_store(tmp_path / "pl.apvdesk", bank, languages=["da", "en", "pl"])
    try:
        clock = FakeClock()
        kiosk = open_kiosk(qtbot, store, round_id, clock=clock, idle_timeout_s=rules.DISCARD_AFTER_S)
        offered = [lang for lang in ["da", "en", "pl"] if lang in bank.languages]
        press(
            qtbot,
            kiosk,
            Qt.Key(Qt.Key.Key_1 + offered.index("pl")),
            Qt.Key.Key_Return,
            Qt.Key.Key_1,
            Qt.Key.Key_Return,
        )
        press(qtbot, kiosk, Qt.Key.Key_2)
        let_time_pass(kiosk, clock, rules.COVER_AFTER_S)
        assert on_cover(kiosk)
        assert kiosk.cover_screen.title.text() == "Czy nadal tu jesteś?"
        assert kiosk.cover_screen.continue_button.accessibleName() == "Kontynuuj"
    finally:
        store.close()


def test_a_round_from_an_older_bank_still_gets_the_cover_texts(qtbot, kiosk, clock):
    """The round's question bank snapshot predates the cover's texts: the shipped ones are used."""
    assert "cover_title" not in kiosk_bank().texts
    three_answers(qtbot, kiosk)
    let_time_pass(kiosk, clock, rules.COVER_AFTER_S)
    assert kiosk.cover_screen.text.text() and "cover_" not in kiosk.cover_screen.text.text()


def test_the_shipped_bank_has_every_new_text_in_every_language():
    from apvdesk.app.resources import shipped_bank

    bank = shipped_bank()
    for key in rules.COVER_TEXT_KEYS:
        for lang in bank.languages:
            assert bank.texts[key][lang].strip(), (key, lang)
