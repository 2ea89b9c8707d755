"""One person's kiosk session: order, going back, "don't know", the Response; PIN waits."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.kiosk_session import (
    KioskSession,
    PinAttempts,
    dont_know_digit,
    kiosk_languages,
    questions_in,
)
from apvdesk.core.pin import hash_pin


def _item(item_id: str, options: str = "freq") -> dict:
    return {"id": item_id, "options": options, "text": {"da": f"{item_id} da", "pl": f"{item_id} pl"}}


def make_bank() -> QuestionBank:
    data = {
        "bank": {"id": "t", "version": "1", "languages": ["da", "pl"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {"da": ["A", "B", "C", "D", "E"], "pl": ["Aa", "Bb", "Cc", "Dd", "Ee"]},
                "dont_know": {"da": "Ved ikke", "pl": "Nie wiem"},
            },
            "yesno": {
                "points": [100, 0],
                "labels": {"da": ["Ja", "Nej"], "pl": ["Tak", "Nie"]},
                "dont_know": {"da": "Ved ikke", "pl": "Nie wiem"},
            },
        },
        "themes": [
            {
                "id": "support",
                "name": {"da": "Støtte", "pl": "Wsparcie"},
                "scales": [
                    {
                        "id": "s1",
                        "name": {"da": "S1", "pl": "S1"},
                        "high_is_good": True,
                        "items": [_item("q1"), _item("q2"), _item("q3", "yesno")],
                    }
                ],
            }
        ],
    }
    return parse_bank(data, "test")


def test_questions_come_in_bank_order_in_the_language():
    questions = questions_in(make_bank(), "pl")
    assert [q.item_id for q in questions] == ["q1", "q2", "q3"]
    assert questions[0].text == "q1 pl"
    assert questions[0].options == ("Aa", "Bb", "Cc", "Dd", "Ee")
    assert questions[2].options == ("Tak", "Nie") and questions[2].dont_know == "Nie wiem"


def test_dont_know_is_the_digit_after_the_last_option():
    assert dont_know_digit(5) == 6
    assert dont_know_digit(2) == 3
    assert dont_know_digit(8) == 9
    assert dont_know_digit(9) == 0


def test_kiosk_languages_are_the_rounds_that_the_bank_has():
    bank = make_bank()
    assert kiosk_languages(bank, ["pl", "en", "da", "pl"]) == ["pl", "da"]
    assert kiosk_languages(bank, []) == ["da", "pl"]
    assert kiosk_languages(bank, ["ro"]) == []


def test_answer_move_on_go_back_and_change():
    session = KioskSession(make_bank(), "da", group_id=7)
    assert session.progress() == (1, 3)
    assert not session.go_next()  # an answer is needed first
    assert not session.go_back()  # nothing before the first question
    assert session.answer_digit(2)
    assert session.go_next()
    assert session.progress() == (2, 3)
    assert session.answer_digit(6)  # don't know
    assert session.answer_of() is None and session.is_answered()
    assert session.go_next()
    assert session.answer_digit(3) and session.answer_of() is None  # two options: 3 is "don't know"
    assert not session.answer_digit(4) and not session.answer_digit(0)
    session.answer(1)
    assert session.go_next() and session.at_confirm
    assert session.progress() == (3, 3)
    with pytest.raises(IndexError):
        _ = session.current
    assert session.go_back() and session.go_back()
    assert session.answer_of() is None
    session.answer(4)
    assert session.response(dt.date(2026, 3, 9)).answers == {"q1": 1, "q2": 4, "q3": 1}


def test_the_response_holds_group_language_date_and_answers_only():
    session = KioskSession(make_bank(), "pl", group_id=3)
    for option in (0, None, 1):
        session.answer(option)
        session.go_next()
    response = session.response(dt.datetime(2026, 3, 9, 14, 35))
    assert response.group_id == 3 and response.language == "pl"
    assert type(response.answered_on) is dt.date and response.answered_on == dt.date(2026, 3, 9)
    assert response.answers == {"q1": 0, "q2": None, "q3": 1}
    assert response.id is None
    response.answers["q1"] = 4  # the response is a copy
    assert session.answers["q1"] == 0


def test_an_unfinished_session_gives_no_response():
    session = KioskSession(make_bank(), "da", group_id=1)
    session.answer(0)
    assert not session.complete()
    with pytest.raises(ValueError):
        session.response(dt.date(2026, 3, 9))


def test_out_of_range_answers_and_unknown_languages_are_refused():
    bank = make_bank()
    session = KioskSession(bank, "da", group_id=1)
    with pytest.raises(ValueError):
        session.answer(5)
    with pytest.raises(ValueError):
        KioskSession(bank, "uk", group_id=1)


def test_changing_language_keeps_the_answers():
    bank = make_bank()
    session = KioskSession(bank, "da", group_id=1)
    session.answer(2)
    session.go_next()
    session.change(bank, "pl", group_id=2)
    assert session.language == "pl" and session.group_id == 2
    assert session.current.text == "q2 pl"
    assert session.answers == {"q1": 2}


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_wrong_pins_make_the_next_attempt_wait():
    clock = Clock()
    attempts = PinAttempts(hash_pin("1357"), clock)
    for _ in range(2):
        assert not attempts.try_pin("0000")
        assert attempts.wait_seconds() == 0
    assert not attempts.try_pin("0000")
    assert attempts.failed == 3 and attempts.wait_seconds() == 2
    assert not attempts.try_pin("1357")  # refused while waiting, and not counted
    assert attempts.failed == 3
    clock.now += 1.2
    assert attempts.wait_seconds() == 1
    clock.now += 1.0
    assert attempts.wait_seconds() == 0
    assert not attempts.try_pin("2222")
    assert attempts.wait_seconds() == 4
    clock.now += 4
    assert attempts.try_pin("1357")
    assert attempts.failed == 0 and attempts.wait_seconds() == 0


# --- a pause: cover the answers, then throw them away ------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_a_pause_covers_the_answers_then_throws_them_away():
    from apvdesk.core.kiosk_session import COVER_AFTER_S, DISCARD_AFTER_S, IdleGuard, IdleStep

    assert 30 <= COVER_AFTER_S <= 90 and DISCARD_AFTER_S >= 2 * COVER_AFTER_S
    clock = FakeClock()
    guard = IdleGuard(clock)
    guard.input()
    clock.now += COVER_AFTER_S - 1
    assert guard.step(personal=True, covered=False) is IdleStep.WAIT
    assert guard.seconds_to_next_step(personal=True, covered=False) == pytest.approx(1)
    clock.now += 1
    assert guard.step(personal=True, covered=False) is IdleStep.COVER
    # covered: nothing more until the long pause is over, counted from the last input before the cover
    assert guard.step(personal=True, covered=True) is IdleStep.WAIT
    assert guard.seconds_to_next_step(personal=True, covered=True) == pytest.approx(
        DISCARD_AFTER_S - COVER_AFTER_S
    )
    clock.now += DISCARD_AFTER_S - COVER_AFTER_S
    assert guard.step(personal=True, covered=True) is IdleStep.DISCARD


def test_input_starts_the_pause_again():
    from apvdesk.core.kiosk_session import IdleGuard, IdleStep

    clock = FakeClock()
    guard = IdleGuard(clock, cover_after_s=60, discard_after_s=180)
    for _minute in range(10):
        clock.now += 59
        guard.input()
        assert guard.step(personal=True, covered=False) is IdleStep.WAIT


def test_nothing_of_a_person_on_screen_is_not_covered_but_still_reset():
    from apvdesk.core.kiosk_session import IdleGuard, IdleStep

    clock = FakeClock()
    guard = IdleGuard(clock, cover_after_s=60, discard_after_s=180)
    clock.now += 100
    assert guard.step(personal=False, covered=False) is IdleStep.WAIT
    assert guard.seconds_to_next_step(personal=False, covered=False) == pytest.approx(80)
    clock.now += 80
    assert guard.step(personal=False, covered=False) is IdleStep.DISCARD


def test_the_cover_never_comes_after_the_discard():
    from apvdesk.core.kiosk_session import IdleGuard, IdleStep

    clock = FakeClock()
    guard = IdleGuard(clock, cover_after_s=60, discard_after_s=0.5)
    clock.now += 0.5
    assert guard.step(personal=True, covered=False) is IdleStep.DISCARD


def test_after_a_cover_earlier_answers_are_kept_but_not_shown():
    session = KioskSession(make_bank(), "da", 7)
    session.answer(0)
    session.go_next()
    session.answer(None)  # "don't know" is an answer too
    session.go_next()
    assert session.shown_answer() is False  # q3: not answered yet
    session.conceal()
    assert session.go_back()
    assert session.is_answered() and session.is_concealed()
    assert session.shown_answer() is False  # q2's "don't know" is not shown
    assert session.go_next()  # the kept answer still lets the person go on
    assert session.go_back() and session.go_back()
    assert session.shown_answer() is False and session.is_concealed()
    session.answer(3)  # choosing again changes it, and shows it
    assert session.shown_answer() == 3 and not session.is_concealed()
    session.go_next()
    session.go_next()
    session.answer(1)
    assert session.shown_answer() == 1
    assert session.response(dt.date(2027, 3, 1)).answers == {"q1": 3, "q2": None, "q3": 1}


def test_does_not_apply_is_kept_apart_while_answering_and_stored_like_dont_know():
    from apvdesk.core.bank import NOT_APPLICABLE_ANSWER
    from apvdesk.core.kiosk_session import NOT_APPLICABLE
    from tests.core.forms_bank import forms_bank

    bank = forms_bank().with_forms({"social_support": "short"})
    session = KioskSession(bank, "pl", group_id=1)
    assert session.current.not_applicable == ""
    with pytest.raises(ValueError, match="does not apply"):
        session.answer(NOT_APPLICABLE)  # ssc_practical does not offer it
    assert session.answer_digit(7) is False
    session.answer(0)
    for _ in range(4):
        assert session.go_next()
        session.answer(1)
    question = session.current
    assert question.item_id == "sf_timing"
    assert (question.not_applicable, question.dont_know_digit, question.not_applicable_digit) == (
        "Nie dotyczy mnie",
        6,
        7,
    )
    assert session.answer_digit(7)
    assert session.shown_answer() is NOT_APPLICABLE
    while session.go_next() and not session.at_confirm:
        session.answer(None)
    response = session.response(dt.date(2026, 3, 9))
    assert NOT_APPLICABLE_ANSWER is None
    assert response.answers["sf_timing"] is None and response.answers["ssc_practical"] == 0
