"""The kiosk with bank 3.0's keys: the expected time, "does not apply to me", the sensitive note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.core.questionnaire_length import expected_minutes
from apvdesk.ui.kiosk.window import KioskWindow
from tests.core.forms_bank import forms_bank
from tests.ui.test_kiosk import digit_key, make_store, open_kiosk, press

LANGS = ["da", "en", "pl", "ro", "uk"]


@pytest.fixture
def forms_store(tmp_path: Path):
    """A round asking social support short (8 questions) and violence in full (5): 13 questions."""
    bank = forms_bank().with_forms({"social_support": "short", "violence_harassment": "full"})
    store, round_id = make_store(tmp_path / "former.apvdesk", bank, languages=LANGS)
    yield store, round_id
    store.close()


def _start(qtbot, kiosk: KioskWindow, language_digit: int) -> None:
    press(qtbot, kiosk, digit_key(language_digit), Qt.Key.Key_Return, Qt.Key.Key_1)


def test_the_welcome_says_how_long_it_takes_in_the_persons_language(qtbot, forms_store):
    store, round_id = forms_store
    minutes = expected_minutes(store.round_bank(round_id), LANGS)
    assert minutes == 4
    kiosk = open_kiosk(qtbot, store, round_id)
    said = {}
    for digit, lang in enumerate(LANGS, start=1):
        _start(qtbot, kiosk, digit)
        assert kiosk.current_screen() is kiosk.intro_screen
        said[lang] = kiosk.intro_screen.duration.text()
        assert kiosk.intro_screen.duration.isVisibleTo(kiosk.intro_screen)
        kiosk.reset()
    assert said == {
        "da": "Det tager cirka 4 minutter.",
        "en": "It takes about 4 minutes.",
        "pl": "Zajmie to około 4 minut.",
        "ro": "Durează aproximativ 4 minute.",
        "uk": "Це займе приблизно 4 хвилин.",
    }


def test_does_not_apply_is_a_button_and_a_digit_and_is_stored_as_dont_know(qtbot, forms_store):
    store, round_id = forms_store
    kiosk = open_kiosk(qtbot, store, round_id)
    screen = kiosk.question_screen
    _start(qtbot, kiosk, 2)  # English
    press(qtbot, kiosk, Qt.Key.Key_Return)
    assert not screen.not_applicable_button.isVisibleTo(screen)  # ssc_practical does not offer it
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
    assert screen.question_label.text() == "The help I get arrives while I still need it."
    assert screen.not_applicable_button.isVisibleTo(screen)
    assert screen.not_applicable_button.accessibleName() == "7: Does not apply to me"
    assert screen.dont_know_button.accessibleName() == "6: Don't know"
    # beside "don't know", on the same row
    assert screen.not_applicable_button.y() == screen.dont_know_button.y()
    press(qtbot, kiosk, Qt.Key.Key_7)  # sf_timing: does not apply
    press(qtbot, kiosk, Qt.Key.Key_6)  # sf_after_episode: don't know
    press(qtbot, kiosk, Qt.Key.Key_Backspace)  # back to sf_after_episode
    assert screen.checked() == [screen.dont_know_button]
    press(qtbot, kiosk, Qt.Key.Key_Backspace)  # back to sf_timing: shown as what was chosen
    assert screen.checked() == [screen.not_applicable_button]
    press(qtbot, kiosk, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_1)
    press(qtbot, kiosk, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_2)  # the three violence questions
    qtbot.mouseClick(screen.not_applicable_button, Qt.MouseButton.LeftButton)  # vh_help, by touch
    press(qtbot, kiosk, Qt.Key.Key_8)  # vh_acted: 8 means nothing (7 is "does not apply")
    assert kiosk.current_screen() is screen
    press(qtbot, kiosk, Qt.Key.Key_5)
    assert kiosk.current_screen() is kiosk.confirm_screen
    press(qtbot, kiosk, Qt.Key.Key_Return)
    [response] = store.responses(round_id)
    assert response.answers["sf_timing"] is None  # recorded and scored like "don't know"
    assert response.answers["sf_after_episode"] is None
    assert response.answers["vh_help"] is None
    assert response.answers["vh_acted"] == 4
    assert response.answers["ssm_listen"] == 3
    assert len(response.answers) == 13


def test_the_sensitive_note_comes_once_before_the_first_violence_question(qtbot, forms_store):
    store, round_id = forms_store
    kiosk = open_kiosk(qtbot, store, round_id)
    screen = kiosk.question_screen
    _start(qtbot, kiosk, 1)  # Dansk
    press(qtbot, kiosk, Qt.Key.Key_Return)
    notes = []
    for _question in range(10):
        notes.append(screen.intro_note.text() if screen.intro_note.isVisibleTo(screen) else "")
        press(qtbot, kiosk, Qt.Key.Key_1)
    assert notes[:8] == [""] * 8
    assert notes[8].startswith("De næste spørgsmål handler om vold, trusler og krænkelser.")
    assert screen.question_label.text() == "Nogen mobber eller krænker mig i arbejdet."  # 11th
    assert notes[9] == ""
    press(qtbot, kiosk, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)  # back to the first one: said again
    assert screen.intro_note.isVisibleTo(screen)


def test_the_shipped_default_questionnaire_asks_the_risks_in_every_language(qtbot, tmp_path: Path):
    from apvdesk.app.resources import shipped_bank
    from apvdesk.core.questionnaire_length import default_forms

    shipped = shipped_bank()
    bank = shipped.with_forms(default_forms(shipped))  # the questionnaire a new round asks
    store, round_id = make_store(tmp_path / "risici.apvdesk", bank, languages=LANGS)
    try:
        kiosk = open_kiosk(qtbot, store, round_id)
        screen = kiosk.question_screen
        risks = ("violence_threats", "offensive_acts", "lone_work", "demands_conflicting")
        for digit, lang in enumerate(LANGS, start=1):
            _start(qtbot, kiosk, digit)
            press(qtbot, kiosk, Qt.Key.Key_Return)
            asked = []
            for _item in bank.items:
                asked.append(screen.question_label.text())
                press(qtbot, kiosk, Qt.Key.Key_1)
            for scale_id in risks:
                texts = [item.text[lang] for item in bank.scale(scale_id).items]
                assert texts and all(text in asked for text in texts), (lang, scale_id)
            kiosk.reset()
    finally:
        store.close()
