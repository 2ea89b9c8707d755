"""The kiosk window: one person after another answers the round's questionnaire anonymously.

Full screen on every screen of the PC, above other windows, in large type, usable by
touch, mouse and keyboard. Each person chooses a language, reads the promise of
anonymity, chooses a group, reads the instructions, answers one question per screen and
sends the answers, which are stored only then, in one transaction. Nothing of one person
is left for the next: after a short pause without input the answers are covered
("continue" or "start over"), and once covered they are never shown again; a long pause
throws them away. While the kiosk runs its lock says so, and no other copy of apvdesk
shows the file without the PIN; leaving the kiosk needs the PIN too.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
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
    KioskSession,
    PinAttempts,
    kiosk_languages,
)
from apvdesk.platform.keep_awake import KeepAwake
from apvdesk.platform.system_keys import SystemKeyBlock
from apvdesk.store.errors import CannotWrite, FileReplaced
from apvdesk.store.service_collecting import CollectingService
from apvdesk.ui.kiosk.desktop_guard import DesktopGuard
from apvdesk.ui.kiosk.input_filter import KioskInputFilter
from apvdesk.ui.kiosk.keys import KioskKeys
from apvdesk.ui.kiosk.leave_dialog import LeaveKioskDialog
from apvdesk.ui.kiosk.leave_gesture import LeaveGesture
from apvdesk.ui.kiosk.look import LANGUAGE_TITLE_PT, STYLE_SHEET, set_point_size
from apvdesk.ui.kiosk.message_screens import CoverScreen, MessageScreen
from apvdesk.ui.kiosk.pauses import KioskPauses
from apvdesk.ui.kiosk.question_screen import QuestionScreen
from apvdesk.ui.kiosk.screen import Screen
from apvdesk.ui.kiosk.shields import KIOSK_FLAGS, ScreenShields
from apvdesk.ui.kiosk.start_screens import ChoiceScreen, IntroScreen
from apvdesk.wording.i18n import current_language


class KioskWindow(KioskPauses, QWidget):
    """A full-screen window in which one respondent after another answers a round.

    The steps from screen to screen are :class:`~apvdesk.ui.kiosk.steps.KioskSteps`, the
    pauses without input :class:`~apvdesk.ui.kiosk.pauses.KioskPauses`; the input is
    watched by :class:`~apvdesk.ui.kiosk.input_filter.KioskInputFilter`, and leaving asks
    for the PIN through :class:`~apvdesk.ui.kiosk.leave_gesture.LeaveGesture`.

    ``cover_after_s`` covers a person's answers after that long without input;
    ``idle_timeout_s`` discards an unfinished session after that long; ``thank_you_s``
    is how long the thank-you screen stays; ``advance_ms`` is the short pause that shows
    a chosen option before the next question (0: at once). ``today`` and ``clock`` are
    injectable for tests (``clock`` times the pauses and the PIN's waits), and so are
    ``keep_awake`` and ``system_keys`` (the PC kept awake and Windows' shortcut keys
    swallowed while the kiosk runs: :class:`~apvdesk.ui.kiosk.desktop_guard.DesktopGuard`).
    """

    closed = Signal()

    def __init__(
        self,
        store: CollectingService,
        round_id: int,
        parent: QWidget | None = None,
        *,
        idle_timeout_s: float = DISCARD_AFTER_S,
        cover_after_s: float = COVER_AFTER_S,
        thank_you_s: float = 8.0,
        advance_ms: int = 250,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
        keep_awake: KeepAwake | None = None,
        system_keys: SystemKeyBlock | None = None,
    ) -> None:
        super().__init__(parent, KIOSK_FLAGS)
        apv_round = store.round(round_id)
        if not apv_round.kiosk_pin_hash:
            raise ValueError(f"round {round_id} has no kiosk PIN; set one before starting kiosk mode")
        self._store = store
        self._round_id = round_id
        self._bank = store.round_bank(round_id)
        self._group_list = [g for g in store.round_groups(round_id) if g.id is not None]
        self._groups = [(g.id, g.name) for g in self._group_list if g.id is not None]
        self._group_names = store.group_names()
        self._languages = kiosk_languages(self._bank, apv_round.languages)
        if not self._groups:
            raise ValueError(f"round {round_id} has no groups to answer for")
        if not self._languages:
            raise ValueError(f"round {round_id} offers no language its question bank has")
        self._threshold = apv_round.anonymity_threshold
        self._today = today
        self._advance_ms = advance_ms
        self._left = False
        self._shields = ScreenShields(self)
        self._guard = DesktopGuard(self, keep_awake, system_keys)
        self._input = KioskInputFilter(self, KioskKeys(self), self.note_input)
        self._leaving = LeaveGesture(
            PinAttempts(apv_round.kiosk_pin_hash, clock), self, self._unfinished, self._pin_text
        )
        self._leaving.confirmed.connect(self._leave)
        self._idle = IdleGuard(clock, cover_after_s, idle_timeout_s)
        self._watching_idle = False
        self._covered_screen: Screen | None = None  # the screen under the cover while it is shown
        self._concealing = False  # after a cover, until the next person: no choice is shown marked
        self.language: str | None = None
        self.group_id: int | None = None
        self.session: KioskSession | None = None

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
        self.leave_button = QPushButton(self.tr("Leave (person in charge)"))
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
        self.promise_screen = MessageScreen(with_back=True)
        self.group_screen = ChoiceScreen(with_back=True)
        self.intro_screen = IntroScreen()
        self.question_screen = QuestionScreen()
        self.confirm_screen = MessageScreen(with_back=True)
        self.thanks_screen = MessageScreen(with_back=False)
        self.cover_screen = CoverScreen()
        for screen in (
            self.language_screen,
            self.promise_screen,
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
        self.promise_screen.go.connect(self.promise_read)
        self.promise_screen.back.connect(self._show_languages)
        self.group_screen.back.connect(self._show_promise)
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
        says a kiosk runs, so that no other copy of apvdesk shows the file without it. The
        PC is kept awake and Windows' shortcut keys are swallowed until the kiosk is left.
        """
        self._left = False
        self._store.mark_kiosk(self._round_id)
        self.reset()
        self._input.install()
        self._shields.raise_up()
        self._guard.take()
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

    # --- leaving ---------------------------------------------------------------------

    def ask_pin(self) -> None:
        """Open the PIN dialog; the right PIN leaves kiosk mode."""
        self._leaving.ask()

    @property
    def pin_dialog(self) -> LeaveKioskDialog | None:
        """The PIN dialog while it is open."""
        return self._leaving.dialog

    def _pin_text(self, key: str) -> str:
        """Return a text of the PIN box in the respondent's language (before one is chosen: the program's)."""
        lang = self.language
        if lang is None:
            program = current_language()
            lang = program if program in self._languages else self._languages[0]
        return self._text(key, lang)

    def _unfinished(self) -> tuple[int, int] | None:
        """Return (answered, questions) while someone has begun answering and not sent it."""
        if self.session is None or not self.session.answers:
            return None
        return len(self.session.answers), self.session.count

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
        self._input.remove()
        self._guard.give_back()
        self.close()
        self._shields.lower()
        self._store.mark_kiosk(None)
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Take the keyboard back when another program took it, full screen again if made smaller."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ActivationChange, QEvent.Type.WindowStateChange):
            self._guard.window_changed()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Refuse to close (Alt+F4, the window manager) unless left with the PIN."""
        if self._left:
            self._guard.give_back()
            super().closeEvent(event)
        else:
            event.ignore()
