"""The kiosk window: one person after another answers the round's questionnaire anonymously.

Full screen, large type, usable by touch, mouse and keyboard. Each person chooses a
language and a group, reads the instructions, answers one question per screen and sends
the answers, which are stored only then, in one transaction. Nothing of one person is
left for the next, and leaving the kiosk needs the round's PIN.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.kiosk_session import KioskSession, PinAttempts, kiosk_languages
from apvdesk.store.errors import CannotWrite
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.kiosk.pin_dialog import LeaveKioskDialog
from apvdesk.ui.kiosk.screens import (
    LANGUAGE_TITLE_PT,
    STYLE_SHEET,
    ChoiceScreen,
    IntroScreen,
    MessageScreen,
    QuestionScreen,
    Screen,
    set_point_size,
)

# Input that counts as someone being at the PC (restarts the inactivity timer).
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BACK = (Qt.Key.Key_Backspace, Qt.Key.Key_Left)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class KioskWindow(QWidget):
    """A full-screen window in which one respondent after another answers a round.

    ``idle_timeout_s`` discards an unfinished session after that long without input;
    ``thank_you_s`` is how long the thank-you screen stays; ``advance_ms`` is the short
    pause that shows a chosen option before the next question (0: at once). ``today``
    and ``clock`` are injectable for tests.
    """

    closed = Signal()

    def __init__(
        self,
        store: WorkplaceStore,
        round_id: int,
        parent: QWidget | None = None,
        *,
        idle_timeout_s: float = 180.0,
        thank_you_s: float = 8.0,
        advance_ms: int = 250,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        apv_round = store.round(round_id)
        if not apv_round.kiosk_pin_hash:
            raise ValueError(f"round {round_id} has no kiosk PIN; set one before starting kiosk mode")
        self._store = store
        self._round_id = round_id
        self._bank = store.round_bank(round_id)
        self._groups = [(g.id, g.name) for g in store.round_groups(round_id) if g.id is not None]
        self._languages = kiosk_languages(self._bank, apv_round.languages)
        if not self._groups:
            raise ValueError(f"round {round_id} has no groups to answer for")
        if not self._languages:
            raise ValueError(f"round {round_id} offers no language its question bank has")
        self._threshold = apv_round.anonymity_threshold
        self._attempts = PinAttempts(apv_round.kiosk_pin_hash, clock)
        self._today = today
        self._advance_ms = advance_ms
        self._left = False
        self._hidden_windows: list[QWidget] = []
        self.language: str | None = None
        self.group_id: int | None = None
        self.session: KioskSession | None = None
        self.pin_dialog: LeaveKioskDialog | None = None

        self.setWindowTitle(self.tr("Questionnaire"))
        self.setAccessibleName(self.tr("Questionnaire kiosk"))
        self.setStyleSheet(STYLE_SHEET)
        self._build()

        self._idle_timer = self._single_shot(int(idle_timeout_s * 1000), self._idle)
        self._thanks_timer = self._single_shot(int(thank_you_s * 1000), self.reset)
        self._advance_timer = self._single_shot(advance_ms, self._advance)

    # --- building ------------------------------------------------------------------

    def _single_shot(self, msecs: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(8, 4, 8, 0)
        top.addStretch(1)
        self.leave_button = QPushButton(self.tr("Leave"))
        self.leave_button.setProperty("role", "leave")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not in the respondents' Tab order
        self.leave_button.setToolTip(self.tr("Leave kiosk mode (Ctrl+Shift+Q); needs the PIN"))
        self.leave_button.setAccessibleName(self.tr("Leave kiosk mode"))
        self.leave_button.setAccessibleDescription(self.tr("For the person in charge; needs the PIN."))
        set_point_size(self.leave_button, 10)
        self.leave_button.clicked.connect(self.ask_pin)
        top.addWidget(self.leave_button)
        layout.addLayout(top)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.language_screen = ChoiceScreen(with_back=False, title_pt=LANGUAGE_TITLE_PT)
        self.group_screen = ChoiceScreen(with_back=True)
        self.intro_screen = IntroScreen()
        self.question_screen = QuestionScreen()
        self.confirm_screen = MessageScreen(with_back=True)
        self.thanks_screen = MessageScreen(with_back=False)
        for screen in (
            self.language_screen,
            self.group_screen,
            self.intro_screen,
            self.question_screen,
            self.confirm_screen,
            self.thanks_screen,
        ):
            self.stack.addWidget(screen)

        names = self._bank.language_names
        self.language_screen.set_texts(
            "\n".join(dict.fromkeys(self._bank.text("choose_language", lang) for lang in self._languages))
        )
        self.language_screen.set_choices(
            [(lang, names.get(lang, lang)) for lang in self._languages],
        )
        self.language_screen.chosen.connect(self.choose_language)
        self.group_screen.chosen.connect(self.choose_group)
        self.group_screen.back.connect(self._show_languages)
        self.intro_screen.back.connect(self._intro_back)
        self.intro_screen.start.connect(self.start_questions)
        self.question_screen.chosen.connect(self.answer)
        self.question_screen.back.connect(self.go_back)
        self.question_screen.next.connect(self.go_next)
        self.confirm_screen.back.connect(self.go_back)
        self.confirm_screen.go.connect(self.submit)
        self.thanks_screen.go.connect(self.reset)

    # --- public --------------------------------------------------------------------

    def start(self) -> None:
        """Show the kiosk full screen, ready for the first person."""
        self._left = False
        self.reset()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        # The program's other windows (results, the action plan) are hidden while the kiosk
        # runs, so that no Alt+Tab or taskbar click reaches them without the PIN.
        self._hidden_windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self and widget.isVisible() and widget.isWindow()
        ]
        for widget in self._hidden_windows:
            widget.hide()
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def current_screen(self) -> Screen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def reset(self) -> None:
        """Forget everything of the person before and show the first screen."""
        for timer in (self._advance_timer, self._thanks_timer):
            timer.stop()
        self.session = None
        self.language = None
        self.group_id = None
        self.language_screen.mark(None)
        self.group_screen.mark(None)
        self.question_screen.clear()
        self.confirm_screen.set_busy(False)
        self._show_languages()
        self._idle_timer.start()

    # --- the steps of one person ----------------------------------------------------

    def _text(self, key: str) -> str:
        assert self.language is not None
        return self._bank.text(key, self.language)

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
        self.language_screen.mark(self.language)
        self._show(self.language_screen)

    def choose_language(self, lang: str) -> None:
        """Take the person's language; every text they see from now on is in it."""
        self.language = lang
        self.language_screen.mark(lang)
        if len(self._groups) == 1:
            self.choose_group(self._groups[0][0])
            return
        self.group_screen.set_texts(self._text("choose_group"), back=self._text("back"))
        self.group_screen.set_choices(self._groups, self._text("choose_group"))
        self._show_back(self.group_screen, len(self._languages) > 1)
        self.group_screen.mark(self.group_id)
        self._show(self.group_screen)

    def _show_groups(self) -> None:
        if self.language is not None:
            self.choose_language(self.language)

    def choose_group(self, group_id: int) -> None:
        """Take the person's group and show the instructions."""
        self.group_id = group_id
        self.group_screen.mark(group_id)
        self.intro_screen.set_texts(
            self._text("kiosk_welcome"),
            self._text("instructions"),
            self._text("anonymity_note").replace("%1", str(self._threshold)),
            self._text("start"),
            self._text("back"),
        )
        can_go_back = len(self._groups) > 1 or len(self._languages) > 1
        self._show_back(self.intro_screen, can_go_back)
        self._show(self.intro_screen)

    def _intro_back(self) -> None:
        if len(self._groups) > 1:
            self._show_groups()
        else:
            self._show_languages()

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
        answer = session.answer_of() if session.is_answered() else False
        self.question_screen.show_question(
            session.current, progress, number, count, answer, self._text("back"), self._text("next")
        )
        self._show(self.question_screen)

    def answer(self, option: int | None) -> None:
        """Answer the question on screen (None: "don't know") and move on after a short pause."""
        session = self.session
        if session is None or session.at_confirm or self.current_screen() is not self.question_screen:
            return
        session.answer(option)
        self._answered(option)

    def _answered(self, option: int | None) -> None:
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

    def submit(self) -> None:
        """Store the person's answers in one transaction, then thank them."""
        session = self.session
        if session is None or not session.complete() or self.current_screen() is not self.confirm_screen:
            return
        self.confirm_screen.set_busy(True)
        try:
            self._store.add_responses(self._round_id, [session.response(self._today())])
        except CannotWrite:
            QMessageBox.warning(
                self,
                self.tr("Answers not saved"),
                self.tr(
                    "The answers could not be saved in the workplace file. Ask the person "
                    "in charge to check the PC (for example free disk space), then press the "
                    "send button again. The answers are kept until then."
                ),
            )
            return
        finally:
            self.confirm_screen.set_busy(False)
        lang = session.language
        self.reset()
        self._idle_timer.stop()
        self.thanks_screen.set_texts(
            self._bank.text("thank_you", lang),
            self._bank.text("thank_you_detail", lang),
            self._bank.text("next", lang),
        )
        self._show(self.thanks_screen)
        self._thanks_timer.start()

    def _idle(self) -> None:
        if self.pin_dialog is not None:
            self.pin_dialog.reject()
        if self.session is not None or self.language is not None or self.group_id is not None:
            self.reset()
        else:
            self._idle_timer.start()

    # --- leaving ---------------------------------------------------------------------

    def ask_pin(self) -> None:
        """Open the PIN dialog; the right PIN leaves kiosk mode."""
        if self.pin_dialog is not None:
            self.pin_dialog.raise_()
            self.pin_dialog.activateWindow()
            return
        dialog = LeaveKioskDialog(self._attempts, self)
        dialog.accepted.connect(self._leave)
        dialog.finished.connect(self._pin_dialog_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _pin_dialog_closed(self) -> None:
        if self.pin_dialog is not None:
            self.pin_dialog.deleteLater()
        self.pin_dialog = None

    def _leave(self) -> None:
        self._left = True
        for timer in (self._idle_timer, self._thanks_timer, self._advance_timer):
            timer.stop()
        self.session = None
        self.language = None
        self.group_id = None
        self.question_screen.clear()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        for widget in self._hidden_windows:
            widget.show()
        self._hidden_windows = []
        self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Refuse to close (Alt+F4, the window manager) unless left with the PIN."""
        if self._left:
            super().closeEvent(event)
        else:
            event.ignore()

    # --- input -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Restart the inactivity timer on any input, and handle the kiosk's keys."""
        if event.type() in _ACTIVITY and self._idle_timer.isActive():
            self._idle_timer.start()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is self
            and isinstance(event, QKeyEvent)
        ):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed in the kiosk; return True when it is used up here."""
        key = event.key()
        mods = event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Q and mods & ctrl_shift == ctrl_shift:
            self.ask_pin()
            return True
        if key == Qt.Key.Key_Escape:
            return True  # never leaves the kiosk
        screen = self.current_screen()
        if screen is self.thanks_screen:
            if key in _MODIFIER_KEYS or event.isAutoRepeat():
                return key not in _MODIFIER_KEYS
            self.reset()
            return True
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            if not event.isAutoRepeat():
                self._digit(screen, key - Qt.Key.Key_0)
            return True
        if key in _ENTER:
            if not event.isAutoRepeat():
                self._enter(screen)
            return True
        if key in _BACK:
            button = screen.back_button()
            if button is not None and button.isVisible() and button.isEnabled():
                button.click()
            return True
        if key == Qt.Key.Key_Right and screen is self.question_screen:
            self.go_next()
            return True
        return False

    def _digit(self, screen: Screen, digit: int) -> None:
        if screen is not self.question_screen:
            screen.digit_pressed(digit)
        elif self.session is not None and self.session.answer_digit(digit):
            self._answered(self.session.answer_of())

    def _enter(self, screen: Screen) -> None:
        """Press the focused button if the person moved to one with Tab, else go on."""
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QPushButton)
            and focused.window() is self
            and focused.isVisible()
            and focused.isEnabled()
            and focused is not self.leave_button
        ):
            focused.click()
            return
        button = screen.primary_button()
        if button is not None and button.isEnabled():
            button.click()
