"""Kiosk mode: anonymous answering by keyboard, mouse and touch; leaving needs the PIN."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Group, Round, Workplace
from apvdesk.core.pin import hash_pin
from apvdesk.store.errors import CannotWrite
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.kiosk.window import KioskWindow

PIN = "2468"
TODAY = dt.date(2026, 3, 9)

# A small complete bank in four languages (the shipped one may not have Polish yet).
TEST_BANK = r'''
[bank]
id = "kiosk-test"
version = "1"
languages = ["da", "en", "pl", "uk"]
language_names.da = "Dansk"
language_names.en = "English"
language_names.pl = "Polski"
language_names.uk = "Українська"

[texts]
kiosk_welcome.da = "Velkommen. Her kan du svare på spørgsmål om, hvordan I har det på arbejdet."
kiosk_welcome.en = "Welcome. Here you can answer questions about how things are at work."
kiosk_welcome.pl = """\
    Witamy. Tutaj możesz odpowiedzieć na pytania o to, jak się pracuje w twoim \
    miejscu pracy."""
kiosk_welcome.uk = """\
    Ласкаво просимо. Тут ви можете відповісти на запитання про те, як вам \
    працюється."""
choose_language.da = "Vælg dit sprog"
choose_language.en = "Choose your language"
choose_language.pl = "Wybierz swój język"
choose_language.uk = "Оберіть свою мову"
choose_group.da = "Hvor arbejder du?"
choose_group.en = "Where do you work?"
choose_group.pl = "Gdzie pracujesz?"
choose_group.uk = "Де ви працюєте?"
instructions.da = """\
    Vælg det svar, der passer bedst. Tryk på svaret, eller tast dets nummer. Er du i \
    tvivl, så vælg »Ved ikke«. Du kan gå tilbage og ændre dine svar."""
instructions.en = """\
    Choose the answer that fits best. Tap the answer, or type its number. If you are \
    unsure, choose \"Don't know\". You can go back and change your answers."""
instructions.pl = """\
    Wybierz odpowiedź, która pasuje najlepiej. Dotknij odpowiedzi albo wpisz jej \
    numer. Jeśli nie jesteś pewien, wybierz „Nie wiem”. Możesz wrócić i zmienić \
    odpowiedzi."""
instructions.uk = """\
    Оберіть відповідь, яка підходить найкраще. Торкніться відповіді або введіть її \
    номер. Якщо ви не впевнені, оберіть «Не знаю». Ви можете повернутися і змінити \
    відповіді."""
anonymity_note.da = """\
    Dit navn bliver ikke gemt. Ingen kan se, hvad du har svaret. Resultater vises \
    kun for grupper med mindst %1 svar."""
anonymity_note.en = """\
    Your name is not saved. Nobody can see what you answered. Results are only shown \
    for groups with at least %1 answers."""
anonymity_note.pl = """\
    Twoje imię nie jest zapisywane. Nikt nie zobaczy twoich odpowiedzi. Wyniki są \
    pokazywane tylko dla grup, w których jest co najmniej %1 odpowiedzi."""
anonymity_note.uk = """\
    Ваше ім'я не зберігається. Ніхто не побачить ваших відповідей. Результати \
    показуються лише для груп, де є щонайменше %1 відповідей."""
start.da = "Start"
start.en = "Start"
start.pl = "Zaczynamy"
start.uk = "Почати"
next.da = "Næste"
next.en = "Next"
next.pl = "Dalej"
next.uk = "Далі"
back.da = "Tilbage"
back.en = "Back"
back.pl = "Wstecz"
back.uk = "Назад"
submit.da = "Send mine svar"
submit.en = "Send my answers"
submit.pl = "Wyślij moje odpowiedzi"
submit.uk = "Надіслати мої відповіді"
progress.da = "Spørgsmål %1 af %2"
progress.en = "Question %1 of %2"
progress.pl = "Pytanie %1 z %2"
progress.uk = "Запитання %1 з %2"
ready_to_submit.da = "Du har svaret på alle spørgsmål. Vil du sende dine svar?"
ready_to_submit.en = "You have answered all the questions. Do you want to send your answers?"
ready_to_submit.pl = "Odpowiedziałeś na wszystkie pytania. Czy chcesz wysłać swoje odpowiedzi?"
ready_to_submit.uk = "Ви відповіли на всі запитання. Надіслати ваші відповіді?"
thank_you.da = "Tak for dine svar!"
thank_you.en = "Thank you for your answers!"
thank_you.pl = "Dziękujemy za odpowiedzi!"
thank_you.uk = "Дякуємо за ваші відповіді!"
thank_you_detail.da = "Dine svar er gemt. Skærmen er klar til den næste."
thank_you_detail.en = "Your answers are saved. The screen is ready for the next person."
thank_you_detail.pl = "Twoje odpowiedzi są zapisane. Ekran jest gotowy dla następnej osoby."
thank_you_detail.uk = "Ваші відповіді збережено. Екран готовий для наступної людини."
paper_title.da = "Spørgeskema"
paper_title.en = "Questionnaire"
paper_title.pl = "Ankieta"
paper_title.uk = "Анкета"
paper_instructions.da = "Sæt ét kryds."
paper_instructions.en = "Put one cross."
paper_instructions.pl = "Postaw jeden krzyżyk."
paper_instructions.uk = "Поставте один хрестик."
paper_group.da = "Hvor arbejder du?"
paper_group.en = "Where do you work?"
paper_group.pl = "Gdzie pracujesz?"
paper_group.uk = "Де ви працюєте?"
paper_return.da = "Læg skemaet i kassen."
paper_return.en = "Put the form in the box."
paper_return.pl = "Włóż ankietę do skrzynki."
paper_return.uk = "Покладіть анкету в скриньку."

[option_sets.frequency]
points = [100, 75, 50, 25, 0]
labels.da = ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig eller næsten aldrig"]
labels.en = ["Always", "Often", "Sometimes", "Rarely", "Never or hardly ever"]
labels.pl = ["Zawsze", "Często", "Czasami", "Rzadko", "Nigdy lub prawie nigdy"]
labels.uk = ["Завжди", "Часто", "Іноді", "Рідко", "Ніколи або майже ніколи"]
dont_know.da = "Ved ikke"
dont_know.en = "Don't know"
dont_know.pl = "Nie wiem"
dont_know.uk = "Не знаю"

[[themes]]
id = "social_support"
required = true
name.da = "Social støtte"
name.en = "Social support"
name.pl = "Wsparcie społeczne"
name.uk = "Соціальна підтримка"

[[themes.scales]]
id = "support_colleagues"
high_is_good = true
name.da = "Støtte fra kolleger"
name.en = "Support from colleagues"
name.pl = "Wsparcie od współpracowników"
name.uk = "Підтримка колег"

[[themes.scales.items]]
id = "ssc_practical"
options = "frequency"
text.da = "Når arbejdet hober sig op, giver mine kolleger en hånd med."
text.en = "When work piles up, my colleagues lend me a hand."
text.pl = "Kiedy pracy jest dużo, współpracownicy mi pomagają."
text.uk = "Коли роботи багато, колеги мені допомагають."

[[themes.scales.items]]
id = "ssc_listen"
options = "frequency"
text.da = """\
    Mine kolleger har tid til at lytte, når jeg har brug for at fortælle om noget \
    svært i arbejdet."""
text.en = "My colleagues make time to listen when I need to talk about something hard at work."
text.pl = "Współpracownicy mają czas mnie wysłuchać, gdy muszę porozmawiać o czymś trudnym w pracy."
text.uk = """\
    Колеги знаходять час вислухати мене, коли мені треба поговорити про щось важке \
    на роботі."""

[[themes.scales]]
id = "support_manager"
high_is_good = true
name.da = "Støtte fra nærmeste leder"
name.en = "Support from the nearest manager"
name.pl = "Wsparcie od bezpośredniego przełożonego"
name.uk = "Підтримка безпосереднього керівника"

[[themes.scales.items]]
id = "ssm_practical"
options = "frequency"
text.da = "Min nærmeste leder hjælper mig, når jeg har brug for det."
text.en = "My nearest manager helps me when I need it."
text.pl = "Mój bezpośredni przełożony pomaga mi, gdy tego potrzebuję."
text.uk = "Мій безпосередній керівник допомагає мені, коли мені це потрібно."

[[themes.scales.items]]
id = "ssm_feedback"
options = "frequency"
text.da = "Min nærmeste leder fortæller mig, hvor godt jeg klarer mit arbejde."
text.en = "My nearest manager tells me how well I do my work."
text.pl = "Mój bezpośredni przełożony mówi mi, jak dobrze wykonuję swoją pracę."
text.uk = "Мій безпосередній керівник каже мені, наскільки добре я виконую свою роботу."
'''


class FakeClock:
    """A monotonic clock the test moves by hand (the PIN wait)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def kiosk_bank() -> QuestionBank:
    return parse_bank(tomllib.loads(TEST_BANK), "kiosk test bank", complete=True)


def polish_bank() -> QuestionBank:
    """The shipped bank once it speaks Polish, else the test bank."""
    bank = shipped_bank()
    return bank if "pl" in bank.languages else kiosk_bank()


def make_store(
    path: Path,
    bank: QuestionBank,
    languages: list[str] | None = None,
    groups: int = 3,
    taking_part: int = 2,
    pin: str | None = PIN,
) -> tuple[WorkplaceStore, int]:
    """A workplace file whose round takes part with the first ``taking_part`` groups."""
    names = [("Vask", 4), ("Strygning", 3), ("Kontor", 2)][:groups]
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeri Nord"),
        [Group(name, count) for name, count in names],
        Round(
            "APV 2026",
            dt.date(2026, 3, 1),
            languages=languages or ["da", "en", "pl", "uk"],
            kiosk_pin_hash=hash_pin(pin) if pin else None,
        ),
        bank,
    )
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    apv_round.group_ids = [g.id for g in store.groups()[:taking_part] if g.id is not None]
    store.update_round(apv_round)
    return store, apv_round.id


def _leave_quietly(kiosk: KioskWindow) -> None:
    if kiosk.isVisible():
        kiosk._leave()


def open_kiosk(qtbot, store: WorkplaceStore, round_id: int, **kwargs) -> KioskWindow:
    kwargs = {"idle_timeout_s": 600, "thank_you_s": 600, "advance_ms": 0, "today": lambda: TODAY} | kwargs
    kiosk = KioskWindow(store, round_id, **kwargs)
    qtbot.addWidget(kiosk, before_close_func=_leave_quietly)
    kiosk.start()
    return kiosk


@pytest.fixture
def store(tmp_path: Path):
    store, round_id = make_store(tmp_path / "kiosk.apvdesk", kiosk_bank())
    yield store, round_id
    store.close()


@pytest.fixture
def kiosk(qtbot, store) -> KioskWindow:
    return open_kiosk(qtbot, *store)


def press(qtbot, kiosk: KioskWindow, *keys) -> None:
    for key in keys:
        qtbot.keyClick(kiosk, key)


def digit_key(digit: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + digit)


def respondent_columns(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return {row[1]: row[2] for row in db.execute("PRAGMA table_info(respondent)")}


# --- the acceptance test ----------------------------------------------------------------


def test_whole_questionnaire_in_polish_by_keyboard(qtbot, tmp_path: Path):
    bank = polish_bank()
    store, round_id = make_store(tmp_path / "pl.apvdesk", bank, languages=["da", "en", "pl", "ro", "uk"])
    try:
        [vask, strygning] = store.round_groups(round_id)
        store.set_group_names(strygning.id, {"pl": "Prasowanie", "ro": "Călcătorie"})
        kiosk = open_kiosk(qtbot, store, round_id)
        left: list[bool] = []
        kiosk.closed.connect(lambda: left.append(True))
        assert kiosk.isFullScreen()

        # Welcome: every language in its own name, Polish chosen by its digit
        offered = [lang for lang in ["da", "en", "pl", "ro", "uk"] if lang in bank.languages]
        names = [b.text() for b in kiosk.language_screen.buttons]
        assert names == [f"{i}    {bank.language_names[lang]}" for i, lang in enumerate(offered, start=1)]
        press(qtbot, kiosk, digit_key(offered.index("pl") + 1))

        # The promise of anonymity with the threshold (in Polish), before the group is asked
        assert kiosk.current_screen() is kiosk.promise_screen
        assert kiosk.promise_screen.text.text() == bank.text("anonymity_note", "pl").replace("%1", "5")
        press(qtbot, kiosk, Qt.Key.Key_Return)

        # Group (in Polish), then the instructions, then Enter starts
        assert kiosk.current_screen() is kiosk.group_screen
        assert kiosk.group_screen.title.text() == bank.text("choose_group", "pl")
        # Strygning has a Polish name; Vask has none, so its Danish name says so in Polish
        assert [b.text() for b in kiosk.group_screen.buttons] == [
            "1    Vask\n\u2007    (nazwa jest tylko po duńsku)",
            "2    Prasowanie",
        ]
        press(qtbot, kiosk, Qt.Key.Key_2)
        assert kiosk.current_screen() is kiosk.intro_screen
        assert not kiosk.intro_screen.anonymity.isVisibleTo(kiosk.intro_screen)  # said once, before
        press(qtbot, kiosk, Qt.Key.Key_Return)

        # One question per screen, answered by digits; "don't know" is the digit after the last
        expected: dict[str, int | None] = {}
        items = bank.items
        for number, item in enumerate(items, start=1):
            screen = kiosk.question_screen
            assert kiosk.current_screen() is screen
            assert screen.question_label.text() == item.text["pl"]
            progress = bank.text("progress", "pl").replace("%1", str(number)).replace("%2", str(len(items)))
            assert screen.progress_label.text() == progress
            assert screen.progress_bar.value() == number and screen.progress_bar.maximum() == len(items)
            options = bank.option_set(item).labels["pl"]
            assert screen.option_buttons[0].accessibleName() == f"1: {options[0]}"
            choice = [0, None, 2, len(options) - 1][number % 4]
            expected[item.id] = choice
            press(qtbot, kiosk, digit_key(len(options) + 1 if choice is None else choice + 1))

        # Confirm, then send with Enter
        assert kiosk.current_screen() is kiosk.confirm_screen
        assert kiosk.confirm_screen.text.text() == bank.text("ready_to_submit", "pl")
        assert store.respondent_count(round_id) == 0  # nothing stored before sending
        press(qtbot, kiosk, Qt.Key.Key_Return)
        assert kiosk.current_screen() is kiosk.thanks_screen
        assert kiosk.thanks_screen.title.text() == bank.text("thank_you", "pl")

        [response] = store.responses(round_id)
        assert response.group_id == strygning.id
        assert response.answers == expected
        assert None in response.answers.values()
        assert store.language_counts(round_id) == {"pl": 1}  # counted for the round, not kept per sheet

        # No day, no time, no language with the sheet: the respondent table holds its group only
        assert set(respondent_columns(store.path)) == {"id", "round_id", "group_id"}
        with sqlite3.connect(store.path) as db:
            assert TODAY.isoformat() not in str(db.execute("SELECT * FROM respondent").fetchall())

        # Any key: the next person starts blank
        press(qtbot, kiosk, Qt.Key.Key_Space)
        assert kiosk.current_screen() is kiosk.language_screen
        assert kiosk.session is None and kiosk.language is None and kiosk.group_id is None
        assert kiosk.language_screen.checked_keys() == [] and kiosk.group_screen.checked_keys() == []
        assert kiosk.question_screen.question_label.text() == ""
        assert kiosk.question_screen.checked() == []

        # Escape and closing the window do not leave
        press(qtbot, kiosk, Qt.Key.Key_Escape)
        assert not kiosk.close()
        assert kiosk.isVisible() and left == []

        # The right PIN leaves
        qtbot.keyClick(
            kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        dialog = kiosk.pin_dialog
        assert dialog is not None and dialog.isVisible()
        with qtbot.waitSignal(kiosk.closed, timeout=2000):
            qtbot.keyClicks(dialog.pin_edit, PIN)
            qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        assert left == [True] and not kiosk.isVisible()
        assert store.respondent_count(round_id) == 1
    finally:
        store.close()


# --- leaving --------------------------------------------------------------------------------


def test_wrong_pins_do_not_leave_and_slow_down(qtbot, store):
    clock = FakeClock()
    kiosk = open_kiosk(qtbot, *store, clock=clock)
    left: list[bool] = []
    kiosk.closed.connect(lambda: left.append(True))
    qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
    dialog = kiosk.pin_dialog
    assert dialog is not None
    for _attempt in range(3):
        qtbot.keyClicks(dialog.pin_edit, "1111")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and kiosk.isVisible()
    assert left == []
    assert dialog.is_waiting()
    assert not dialog.pin_edit.isEnabled() and not dialog.leave_button.isEnabled()
    assert "2" in dialog.status_label.text()

    # Reopening the dialog does not skip the wait
    dialog.reject()
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None and dialog.is_waiting()
    # Even a right PIN is refused while waiting
    dialog.pin_edit.setText(PIN)
    dialog.try_pin()
    assert left == [] and kiosk.isVisible()

    clock.now += 2.5
    dialog._tick.timeout.emit()
    assert not dialog.is_waiting()
    # A fourth wrong PIN waits longer
    qtbot.keyClicks(dialog.pin_edit, "9999")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.is_waiting() and "4" in dialog.status_label.text()
    clock.now += 4.5
    dialog._tick.timeout.emit()
    with qtbot.waitSignal(kiosk.closed, timeout=2000):
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert left == [True]


def test_alt_f4_and_escape_in_the_middle_keep_the_answers(qtbot, kiosk):
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2)
    assert kiosk.session is not None and kiosk.session.position == 1
    press(qtbot, kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not kiosk.close()
    assert kiosk.isVisible() and kiosk.session.position == 1


def test_a_round_without_pin_cannot_start_the_kiosk(qtbot, tmp_path: Path):
    store, round_id = make_store(tmp_path / "nopin.apvdesk", kiosk_bank(), pin=None)
    try:
        with pytest.raises(ValueError, match="PIN"):
            KioskWindow(store, round_id)
    finally:
        store.close()


# --- answering --------------------------------------------------------------------------------


def test_going_back_changes_the_stored_answer(qtbot, kiosk, store):
    _store, round_id = store
    press(
        qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return
    )  # Dansk, Vask, Start
    press(qtbot, kiosk, Qt.Key.Key_1)  # question 1: Altid
    press(qtbot, kiosk, Qt.Key.Key_Backspace)  # back to question 1, which shows the answer
    screen = kiosk.question_screen
    assert screen.progress_label.text() == "Spørgsmål 1 af 4"
    assert screen.checked() == [screen.option_buttons[0]]
    assert screen.primary_button().isEnabled()
    press(qtbot, kiosk, Qt.Key.Key_4)  # change to Sjældent
    press(qtbot, kiosk, Qt.Key.Key_2, Qt.Key.Key_2)
    press(qtbot, kiosk, Qt.Key.Key_Left)  # back from question 4 to 3: answer kept, Enter goes on
    assert screen.checked() == [screen.option_buttons[1]]
    press(qtbot, kiosk, Qt.Key.Key_Return, Qt.Key.Key_5, Qt.Key.Key_Return)
    [response] = _store.responses(round_id)
    assert response.answers == {"ssc_practical": 3, "ssc_listen": 1, "ssm_practical": 1, "ssm_feedback": 4}
    assert _store.language_counts(round_id) == {"da": 1}


def test_touch_answers_dont_know_as_none(qtbot, kiosk, store):
    _store, round_id = store
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(kiosk.language_screen.buttons[1], click)  # English
    qtbot.mouseClick(kiosk.promise_screen.primary_button(), click)
    qtbot.mouseClick(kiosk.group_screen.buttons[0], click)
    qtbot.mouseClick(kiosk.intro_screen.primary_button(), click)
    screen = kiosk.question_screen
    assert not screen.primary_button().isEnabled()  # an answer is needed to go on
    assert screen.dont_know_button.accessibleName() == "6: Don't know"
    for _item in range(4):
        qtbot.mouseClick(screen.dont_know_button, click)
    assert kiosk.current_screen() is kiosk.confirm_screen
    qtbot.mouseClick(kiosk.confirm_screen.primary_button(), click)
    [response] = _store.responses(round_id)
    assert _store.language_counts(round_id) == {"en": 1}
    assert response.answers == dict.fromkeys(["ssc_practical", "ssc_listen", "ssm_practical", "ssm_feedback"])


def test_each_person_sees_their_own_language(qtbot, kiosk):
    press(qtbot, kiosk, Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)  # Українська
    screen = kiosk.question_screen
    assert screen.progress_label.text() == "Запитання 1 з 4"
    assert screen.question_label.text() == "Коли роботи багато, колеги мені допомагають."
    assert screen.option_buttons[4].text() == "5    Ніколи або майже ніколи"
    assert screen.primary_button().accessibleName() == "Далі"
    # Back to the language screen; another language keeps nothing but the answers given
    press(qtbot, kiosk, Qt.Key.Key_2, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)
    press(qtbot, kiosk, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)
    assert kiosk.current_screen() is kiosk.language_screen
    press(qtbot, kiosk, Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert screen.progress_label.text() == "Pytanie 1 z 4"
    assert screen.checked() == [screen.option_buttons[1]]


def test_inactivity_discards_an_unfinished_session(qtbot, store):
    _store, round_id = store
    kiosk = open_kiosk(qtbot, *store, idle_timeout_s=0.1)
    press(
        qtbot,
        kiosk,
        Qt.Key.Key_3,
        Qt.Key.Key_Return,
        Qt.Key.Key_2,
        Qt.Key.Key_Return,
        Qt.Key.Key_1,
        Qt.Key.Key_2,
    )
    assert kiosk.session is not None and kiosk.session.position == 2
    kiosk.ask_pin()  # an operator who walked away from the PIN dialog
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.language_screen, timeout=3000)
    assert kiosk.session is None and kiosk.language is None and kiosk.group_id is None
    assert kiosk.question_screen.checked() == []
    assert kiosk.pin_dialog is None
    assert _store.respondent_count(round_id) == 0
    assert kiosk.isVisible()


def test_thank_you_screen_returns_by_itself(qtbot, store):
    kiosk = open_kiosk(qtbot, *store, thank_you_s=0.05)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_Return)
    assert kiosk.current_screen() is kiosk.thanks_screen
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.language_screen, timeout=2000)


def test_a_failed_save_keeps_the_answers_for_a_retry(qtbot, kiosk, store, no_modals, monkeypatch):
    _store, round_id = store
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_6)

    def disk_full(*_args, **_kwargs):
        raise CannotWrite(_store.path, "database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(_store, "add_responses", disk_full)
        press(qtbot, kiosk, Qt.Key.Key_Return)
    assert len(no_modals) == 1
    assert kiosk.current_screen() is kiosk.confirm_screen
    assert kiosk.confirm_screen.primary_button().isEnabled()
    press(qtbot, kiosk, Qt.Key.Key_Return)
    [response] = _store.responses(round_id)
    assert response.answers == {"ssc_practical": 0, "ssc_listen": 1, "ssm_practical": 2, "ssm_feedback": None}


def test_one_language_and_one_group_go_straight_to_the_promise_and_the_instructions(qtbot, tmp_path: Path):
    store, round_id = make_store(tmp_path / "one.apvdesk", kiosk_bank(), languages=["pl"], taking_part=1)
    try:
        kiosk = open_kiosk(qtbot, store, round_id)
        assert kiosk.current_screen() is kiosk.promise_screen
        assert not kiosk.promise_screen.back_button().isVisible()
        press(qtbot, kiosk, Qt.Key.Key_Return)
        assert kiosk.current_screen() is kiosk.intro_screen
        assert kiosk.language == "pl" and kiosk.group_id == store.groups()[0].id
        press(qtbot, kiosk, Qt.Key.Key_Backspace)  # back to the promise, the only screen before
        assert kiosk.current_screen() is kiosk.promise_screen
    finally:
        store.close()


def test_every_control_has_an_accessible_name(qtbot, kiosk):
    from PySide6.QtWidgets import QAbstractButton

    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    for button in kiosk.findChildren(QAbstractButton):
        if button.text():
            assert button.accessibleName(), button.text()
    assert kiosk.question_screen.progress_bar.accessibleName() == "Spørgsmål 1 af 4"


def test_the_event_filter_goes_with_the_kiosk(qtbot, kiosk):
    app = QApplication.instance()
    assert app is not None
    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    dialog.pin_edit.setText(PIN)
    dialog.try_pin()
    assert not kiosk.isVisible()
    # Keys no longer drive the (closed) kiosk
    press(qtbot, kiosk, Qt.Key.Key_1)
    assert kiosk.language is None


def test_any_input_restarts_the_inactivity_timer(qtbot, store):
    kiosk = open_kiosk(qtbot, *store, idle_timeout_s=0.5)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return)
    for step in range(8):  # 0.8 s in all, but never 0.5 s without input
        qtbot.wait(100)
        if step % 2:
            qtbot.keyClick(kiosk, Qt.Key.Key_Shift)
        else:
            qtbot.mouseMove(kiosk.group_screen.buttons[step % 2], delay=-1)
            qtbot.mousePress(kiosk, Qt.MouseButton.RightButton)
    assert kiosk.current_screen() is kiosk.group_screen and kiosk.language == "da"
    qtbot.waitUntil(lambda: kiosk.current_screen() is kiosk.language_screen, timeout=3000)


def test_tab_order_runs_down_the_options_then_next_and_back(qtbot, kiosk):
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    screen = kiosk.question_screen
    expected = [
        *screen.option_buttons,
        screen.dont_know_button,
        screen.primary_button(),
        screen.back_button(),
    ]
    chain, widget = [], expected[0]
    while len(chain) < len(expected):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == expected
    assert kiosk.leave_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_tapped_answer_shows_briefly_before_the_next_question(qtbot, store):
    kiosk = open_kiosk(qtbot, *store, advance_ms=40)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return)
    screen = kiosk.question_screen
    qtbot.mouseClick(screen.option_buttons[2], Qt.MouseButton.LeftButton)
    assert screen.checked() == [screen.option_buttons[2]]
    assert screen.progress_label.text() == "Spørgsmål 1 af 4"
    qtbot.waitUntil(lambda: screen.progress_label.text() == "Spørgsmål 2 af 4", timeout=2000)
    assert screen.checked() == []
