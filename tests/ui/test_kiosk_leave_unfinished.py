"""Leaving the kiosk with the PIN while a questionnaire is half filled asks first: go back, or throw away."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.ui.kiosk.leave_dialog import UnfinishedAnswersBox
from apvdesk.ui.kiosk.window import KioskWindow
from tests.ui.test_kiosk import PIN, kiosk_bank, make_store, open_kiosk, press


@pytest.fixture
def store(tmp_path: Path):
    store, round_id = make_store(tmp_path / "kiosk.apvdesk", kiosk_bank())
    yield store, round_id
    store.close()


def _give_pin(qtbot, kiosk: KioskWindow) -> None:
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.pin_edit, PIN)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)


def _half_filled(qtbot, kiosk: KioskWindow) -> None:
    # language 1, group 1, the instructions, then two of the four questions answered
    press(
        qtbot,
        kiosk,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_Return,
        Qt.Key.Key_2,
        Qt.Key.Key_3,
    )
    assert kiosk.session is not None and len(kiosk.session.answers) == 2


def _question(kiosk: KioskWindow) -> UnfinishedAnswersBox:
    question = kiosk._leaving.question
    assert question is not None and question.isVisible()
    return question


def test_the_right_pin_asks_and_going_back_keeps_the_answers(qtbot, store) -> None:
    kiosk = open_kiosk(qtbot, *store)
    left: list[bool] = []
    kiosk.closed.connect(lambda: left.append(True))
    _half_filled(qtbot, kiosk)
    answers = dict(kiosk.session.answers)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # both keys choose the safe way
        _give_pin(qtbot, kiosk)
        question = _question(kiosk)
        assert question.text() == "Someone has answered 2 of 4 questions but has not sent the answers."
        assert question.defaultButton() is question.back_button
        qtbot.keyClick(question, key)
        qtbot.waitUntil(lambda: kiosk._leaving.question is None, timeout=2000)
        assert left == [] and kiosk.isVisible()
        assert kiosk.session is not None and kiosk.session.answers == answers
        assert kiosk.current_screen() is kiosk.question_screen

    # the person goes on and sends the answers
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert kiosk.current_screen() is kiosk.thanks_screen
    _store, round_id = store
    assert _store.respondent_count(round_id) == 1


def test_throwing_the_answers_away_leaves_and_saves_nothing(qtbot, store) -> None:
    _store, round_id = store
    kiosk = open_kiosk(qtbot, *store)
    left: list[bool] = []
    kiosk.closed.connect(lambda: left.append(True))
    _half_filled(qtbot, kiosk)
    _give_pin(qtbot, kiosk)
    question = _question(kiosk)
    with qtbot.waitSignal(kiosk.closed, timeout=2000):
        qtbot.mouseClick(question.throw_away_button, Qt.MouseButton.LeftButton)
    assert left == [True] and not kiosk.isVisible() and kiosk.session is None
    assert _store.respondent_count(round_id) == 0


def test_no_question_without_answers(qtbot, store) -> None:
    kiosk = open_kiosk(qtbot, *store)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_1)  # language and group, no answer yet
    with qtbot.waitSignal(kiosk.closed, timeout=2000):
        _give_pin(qtbot, kiosk)
    assert kiosk._leaving.question is None


def test_a_question_left_open_goes_with_the_pause(qtbot, store) -> None:
    kiosk = open_kiosk(qtbot, *store, idle_timeout_s=0.3, cover_after_s=0.1)
    _half_filled(qtbot, kiosk)
    _give_pin(qtbot, kiosk)
    _question(kiosk)  # the operator walks away from it
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.language_screen, timeout=3000)
    assert kiosk._leaving.question is None and kiosk.session is None and kiosk.isVisible()
