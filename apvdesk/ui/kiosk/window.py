"""The kiosk window: one person after another answers the round's questionnaire anonymously.

Full screen on every screen of the PC, above other windows, in large type, usable by
touch, mouse and keyboard. Each person chooses a language and a group, reads the
instructions, answers one question per screen and sends the answers, which are stored
only then, in one transaction. Nothing of one person is left for the next: after a
short pause without input the answers are covered ("continue" or "start over"), and
once covered they are never shown again; a long pause throws them away. While the
kiosk runs its lock says so, and no other copy of apvdesk shows the file without the
PIN; leaving the kiosk needs the PIN too.
"""

from __future__ import annotations

import datetime as dt
import math
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

from apvdesk.app.file_messages import describe
from apvdesk.core.kiosk_session import (
    COVER_AFTER_S,
    DISCARD_AFTER_S,
    IdleGuard,
    IdleStep,
    KioskSession,
    PinAttempts,
    kiosk_languages,
)
from apvdesk.store.errors import CannotWrite, FileReplaced
from apvdesk.store.sqlite.lock import set_kiosk
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.kiosk.keys import KioskKeys
from apvdesk.ui.kiosk.leave_dialog import LeaveKioskDialog
from apvdesk.ui.kiosk.message_screens import CoverScreen, MessageScreen
from apvdesk.ui.kiosk.screens import (
    LANGUAGE_TITLE_PT,
    STYLE_SHEET,
    ChoiceScreen,
    IntroScreen,
    QuestionScreen,
    Screen,
    set_point_size,
)
from apvdesk.ui.kiosk.shields import KIOSK_FLAGS, ScreenShields
from apvdesk.ui.kiosk.steps import KioskSteps

# Input that counts as someone being at the PC (restarts the pause).
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class KioskWindow(KioskSteps, QWidget):
    """A full-screen window in which one respondent after another answers a round.

    ``cover_after_s`` covers a person's answers after that long without input;
    ``idle_timeout_s`` discards an unfinished session after that long; ``thank_you_s``
    is how long the thank-you screen stays; ``advance_ms`` is the short pause that shows
    a chosen option before the next question (0: at once). ``today`` and ``clock`` are
    injectable for tests (``clock`` times the pauses and the PIN's waits).
    """

    closed = Signal()

    def __init__(
        self,
        store: WorkplaceStore,
        round_id: int,
        parent: QWidget | None = None,
        *,
        idle_timeout_s: float = DISCARD_AFTER_S,
        cover_after_s: float = COVER_AFTER_S,
        thank_you_s: float = 8.0,
        advance_ms: int = 250,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent, KIOSK_FLAGS)
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
        self._shields = ScreenShields(self)
        self._keys = KioskKeys(self)
        self._idle = IdleGuard(clock, cover_after_s, idle_timeout_s)
        self._watching_idle = False
        self._covered_screen: Screen | None = None  # the screen under the cover while it is shown
        self._concealing = False  # after a cover, until the next person: no choice is shown marked
        self.language: str | None = None
        self.group_id: int | None = None
        self.session: KioskSession | None = None
        self.pin_dialog: LeaveKioskDialog | None = None

        self.setWindowTitle(self.tr("Questionnaire"))
        self.setAccessibleName(self.tr("Questionnaire kiosk"))
        self.setStyleSheet(STYLE_SHEET)
        self._build()

        self._idle_timer = self._single_shot(0, self.check_idle)
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
        self.cover_screen = CoverScreen()
        for screen in (
            self.language_screen,
            self.group_screen,
            self.intro_screen,
            self.question_screen,
            self.confirm_screen,
            self.thanks_screen,
            self.cover_screen,
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
        self.cover_screen.resume.connect(self.resume)
        self.cover_screen.start_over.connect(self.reset)

    # --- public --------------------------------------------------------------------

    def start(self) -> None:
        """Show the kiosk over every screen, ready for the first person, and mark the file's lock.

        The program's other windows (results, the action plan) are hidden while the kiosk
        runs, so that no Alt+Tab or taskbar click reaches them without the PIN; the lock
        says a kiosk runs, so that no other copy of apvdesk shows the file without it.
        """
        self._left = False
        set_kiosk(self._store.path, self._round_id)
        self.reset()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._shields.raise_up()
        self.raise_()
        self.activateWindow()

    def screen_shields(self) -> list[QWidget]:
        """Return the windows that cover the PC's other screens while the kiosk runs."""
        return self._shields.windows()

    def reset(self) -> None:
        """Forget everything of the person before and show the first screen."""
        for timer in (self._advance_timer, self._thanks_timer):
            timer.stop()
        self.session = None
        self.language = None
        self.group_id = None
        self._covered_screen = None
        self._concealing = False
        self.language_screen.mark(None)
        self.group_screen.mark(None)
        self.question_screen.clear()
        self.confirm_screen.set_busy(False)
        self._show_languages()
        self._watch_idle(True)

    def submit(self) -> None:
        """Store the person's answers in one transaction, then thank them."""
        session = self.session
        if session is None or not session.complete() or self.current_screen() is not self.confirm_screen:
            return
        self.confirm_screen.set_busy(True)
        try:
            self._store.add_responses(self._round_id, [session.response(self._today())])
        except FileReplaced as exc:  # sending again cannot help: the person in charge must act
            QMessageBox.warning(
                self,
                self.tr("Answers not saved"),
                self.tr(
                    "The answers could not be saved: the workplace file is no longer where it was. "
                    "Ask the person in charge. The answers are kept on this screen until then."
                )
                + "\n\n"
                + describe(exc),
            )
            return
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
        self._watch_idle(False)
        self.thanks_screen.set_texts(
            self._bank.text("thank_you", lang),
            self._bank.text("thank_you_detail", lang),
            self._bank.text("next", lang),
        )
        self._show(self.thanks_screen)
        self._thanks_timer.start()

    # --- pauses: cover, then throw away ----------------------------------------------------

    def _watch_idle(self, on: bool) -> None:
        """Start (from now) or stop timing the pauses without input."""
        self._watching_idle = on
        if on:
            self._idle.input()
            self._schedule_idle()
        else:
            self._idle_timer.stop()

    def _schedule_idle(self) -> None:
        seconds = self._idle.seconds_to_next_step(personal=self._personal(), covered=self.covered)
        self._idle_timer.start(max(1, math.ceil(seconds * 1000)))

    def _personal(self) -> bool:
        """Return whether anything the person chose is on or behind the screen."""
        if self.session is not None and self.session.answers:
            return True
        chose_language = self.language is not None and len(self._languages) > 1
        chose_group = self.group_id is not None and len(self._groups) > 1
        return chose_language or chose_group

    @property
    def covered(self) -> bool:
        """Whether the cover hides the person's answers now."""
        return self._covered_screen is not None

    def check_idle(self) -> None:
        """Look at the time since the last input: cover the answers, or throw them away."""
        if not self._watching_idle:
            return
        step = self._idle.step(personal=self._personal(), covered=self.covered)
        if step is IdleStep.COVER:
            self._cover()
        elif step is IdleStep.DISCARD:
            if self.pin_dialog is not None:
                self.pin_dialog.reject()  # an operator who walked away from the PIN dialog
            if self.session is not None or self.language is not None or self.group_id is not None:
                self.reset()
            else:
                self._idle.input()
        self._schedule_idle()

    def _cover(self) -> None:
        """Hide the person's answers behind "continue" or "start over"; never show them again."""
        self._advance_timer.stop()
        self._covered_screen = self.current_screen()
        self._concealing = True
        if self.session is not None:
            self.session.conceal()
        self.question_screen.clear()
        self.language_screen.mark(None)
        self.group_screen.mark(None)
        lang = self.language or self._languages[0]
        self.cover_screen.set_texts(
            self._text("cover_title", lang),
            self._text("cover_text", lang),
            self._text("cover_continue", lang),
            self._text("cover_start_over", lang),
        )
        self._show(self.cover_screen)

    def resume(self) -> None:
        """Take the cover away and go on where the person was, with earlier answers hidden."""
        screen, self._covered_screen = self._covered_screen, None
        self._idle.input()
        if screen in (self.question_screen, self.confirm_screen) and self.session is not None:
            self._show_question()
        elif screen is self.intro_screen:
            self._show(self.intro_screen)
        elif screen is self.group_screen:
            self._show_groups()
        else:
            self._show_languages()
        self._schedule_idle()

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
        self._watch_idle(False)
        for timer in (self._thanks_timer, self._advance_timer):
            timer.stop()
        self.session = None
        self.language = None
        self.group_id = None
        self._covered_screen = None
        self.question_screen.clear()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()
        self._shields.lower()
        set_kiosk(self._store.path, None)
        self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Refuse to close (Alt+F4, the window manager) unless left with the PIN."""
        if self._left:
            super().closeEvent(event)
        else:
            event.ignore()

    # --- input -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Note any input as someone at the PC (not on the cover), and handle the kiosk's keys."""
        if event.type() in _ACTIVITY and self._watching_idle and not self.covered:
            self._idle.input()
            self._schedule_idle()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is self
            and isinstance(event, QKeyEvent)
        ):
            return self._keys.handle(event)
        return False
