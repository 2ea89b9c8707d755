"""The steps of one person through the kiosk: language, the promise, group, instructions, the questions.

The promise of anonymity comes before the group is asked for, in the chosen language; the
groups are named in that language where the workplace gave a name in it, else by their own
name with a small note saying so (:mod:`apvdesk.core.group_names`).

Mixed into :class:`~apvdesk.ui.kiosk.window.KioskWindow`, which owns the screens, the
session and the timers named below; this part only moves between the screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QStackedWidget

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank
from apvdesk.core.group_names import GroupNames, shown_name
from apvdesk.core.kiosk_session import Answer, KioskSession
from apvdesk.core.model import Group
from apvdesk.core.questionnaire_length import EXPECTED_TIME_KEY, expected_minutes, intro_keys
from apvdesk.ui.kiosk.message_screens import MessageScreen
from apvdesk.ui.kiosk.question_screen import QuestionScreen
from apvdesk.ui.kiosk.screen import Screen
from apvdesk.ui.kiosk.start_screens import ChoiceScreen, IntroScreen


class KioskSteps:
    """Moves one person from screen to screen; the kiosk window holds what is named here."""

    stack: QStackedWidget
    language_screen: ChoiceScreen
    promise_screen: MessageScreen
    group_screen: ChoiceScreen
    intro_screen: IntroScreen
    question_screen: QuestionScreen
    confirm_screen: MessageScreen
    session: KioskSession | None
    language: str | None
    group_id: int | None
    _bank: QuestionBank
    _groups: list[tuple[int, str]]
    _group_list: list[Group]
    _group_names: GroupNames
    _languages: list[str]
    _threshold: int
    _advance_ms: int
    _advance_timer: QTimer
    _concealing: bool

    def current_screen(self) -> Screen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def _text(self, key: str, lang: str | None = None) -> str:
        """Return a kiosk text in ``lang`` (the person's language by default).

        A round's bank snapshot made before a text existed lacks it; the shipped bank's is used.
        """
        lang = lang or self.language
        assert lang is not None
        if key in self._bank.texts:
            return self._bank.text(key, lang)
        return shipped_bank().text(key, lang)

    def _optional_text(self, key: str) -> str:
        """Return a kiosk text as :meth:`_text` does, or "" when neither bank has it."""
        if key in self._bank.texts or key in shipped_bank().texts:
            return self._text(key)
        return ""

    def _show(self, screen: Screen) -> None:
        self._advance_timer.stop()
        self.stack.setCurrentWidget(screen)
        screen.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _show_back(screen: Screen, visible: bool) -> None:
        button = screen.back_button()
        if button is not None:
            button.setVisible(visible)

    def _show_languages(self) -> None:
        if len(self._languages) == 1:
            self.choose_language(self._languages[0])
            return
        self.language_screen.mark(None if self._concealing else self.language)
        self._show(self.language_screen)

    def choose_language(self, lang: str) -> None:
        """Take the person's language; every text they see from now on is in it."""
        self.language = lang
        self.language_screen.mark(lang)
        self._show_promise()

    def _show_promise(self) -> None:
        """Show the promise of anonymity, before the person says where they work."""
        self.promise_screen.set_texts(
            self._text("kiosk_welcome"),
            self._text("anonymity_note").replace("%1", str(self._threshold)),
            self._text("next"),
            self._text("back"),
        )
        self._show_back(self.promise_screen, len(self._languages) > 1)
        self._show(self.promise_screen)

    def promise_read(self) -> None:
        """Go on from the promise to the choice of group (straight on when there is one group)."""
        if len(self._groups) == 1:
            self.choose_group(self._groups[0][0])
            return
        self.group_screen.set_texts(self._text("choose_group"), back=self._text("back"))
        self.group_screen.set_choices(self.group_labels(), self._text("choose_group"))
        self._show_back(self.group_screen, True)
        self.group_screen.mark(None if self._concealing else self.group_id)
        self._show(self.group_screen)

    def group_labels(self) -> list[tuple[int, str]]:
        """Return (group id, label) in the person's language; a name not given there says so."""
        assert self.language is not None
        labels = []
        for group in self._group_list:
            assert group.id is not None
            name = shown_name(group, self._group_names, self.language)
            text = name.text if name.translated else f"{name.text}\n{self._text('group_name_missing')}"
            labels.append((group.id, text))
        return labels

    def _show_groups(self) -> None:
        if self.language is not None:
            self.promise_read()

    def choose_group(self, group_id: int) -> None:
        """Take the person's group and show the instructions."""
        self.group_id = group_id
        self.group_screen.mark(group_id)
        # the same figure as the round setup shows: the slowest of the languages offered
        minutes = expected_minutes(self._bank, self._languages)
        self.intro_screen.set_texts(
            self._text("how_to_answer"),
            self._text("instructions"),
            "",  # the promise had its own screen before the choice of group
            self._text("start"),
            self._text("back"),
            self._optional_text(EXPECTED_TIME_KEY).replace("%1", str(minutes)),
        )
        self._show_back(self.intro_screen, True)  # to the groups, or to the promise
        self._show(self.intro_screen)

    def _intro_back(self) -> None:
        if len(self._groups) > 1:
            self._show_groups()
        else:
            self._show_promise()

    def start_questions(self) -> None:
        """Begin (or resume, after going back) the questions in the chosen language and group."""
        assert self.language is not None and self.group_id is not None
        if self.session is None:
            self.session = KioskSession(self._bank, self.language, self.group_id)
        else:
            self.session.change(self._bank, self.language, self.group_id)
        self._show_question()

    def _show_question(self) -> None:
        session = self.session
        assert session is not None
        if session.at_confirm:
            self.confirm_screen.set_texts(
                "", self._text("ready_to_submit"), self._text("submit"), self._text("back")
            )
            self._show(self.confirm_screen)
            return
        number, count = session.progress()
        progress = self._text("progress").replace("%1", str(number)).replace("%2", str(count))
        kept_note = self._text("answer_hidden") if session.is_concealed() else ""
        intro_key = intro_keys(self._bank).get(session.current.item_id)
        self.question_screen.show_question(
            session.current,
            progress,
            number,
            count,
            session.shown_answer(),
            self._text("back"),
            self._text("next"),
            kept_note,
            self._optional_text(intro_key) if intro_key else "",
        )
        self._show(self.question_screen)

    def answer(self, option: Answer) -> None:
        """Answer the question on screen (see :meth:`KioskSession.answer`) and move on after a pause."""
        session = self.session
        if session is None or session.at_confirm or self.current_screen() is not self.question_screen:
            return
        session.answer(option)
        self._answered(option)

    def answer_digit(self, digit: int) -> None:
        """Answer the question on screen by a typed digit (see :meth:`KioskSession.answer_digit`)."""
        if self.session is not None and self.session.answer_digit(digit):
            self._answered(self.session.answer_of())

    def _answered(self, option: Answer) -> None:
        self.question_screen.show_answer(option)
        if self._advance_ms <= 0:
            self._advance()
        else:
            self._advance_timer.start()

    def _advance(self) -> None:
        if self.current_screen() is self.question_screen:
            self.go_next()

    def go_next(self) -> None:
        """Go to the next question, or to the confirm screen after the last one."""
        if self.session is not None and self.session.go_next():
            self._show_question()

    def go_back(self) -> None:
        """Go back one question (from the first one, to the instructions)."""
        self._advance_timer.stop()
        session = self.session
        if session is None:
            return
        if session.go_back():
            self._show_question()
        else:
            self._show(self.intro_screen)
