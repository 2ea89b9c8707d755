"""The kiosk's pauses without input: the person's answers are covered, and later thrown away.

Mixed into :class:`~apvdesk.ui.kiosk.window.KioskWindow`. After a short pause the cover
hides whatever the person chose ("continue" or "start over"), and once covered their
earlier answers are never shown again; after a long pause the unfinished session is
discarded. :class:`~apvdesk.core.kiosk_session.IdleGuard` decides which step is due; this
part times it and shows it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer

from apvdesk.core.kiosk_session import IdleGuard, IdleStep
from apvdesk.ui.kiosk.leave_gesture import LeaveGesture
from apvdesk.ui.kiosk.message_screens import CoverScreen
from apvdesk.ui.kiosk.screen import Screen
from apvdesk.ui.kiosk.steps import KioskSteps


class KioskPauses(KioskSteps):
    """Times the pauses without input, then covers or discards the answers; the window holds the rest."""

    cover_screen: CoverScreen
    _idle: IdleGuard
    _idle_timer: QTimer
    _watching_idle: bool
    _covered_screen: Screen | None  # the screen under the cover while it is shown
    _leaving: LeaveGesture

    def reset(self) -> None:
        """Forget everything of the person before and show the first screen (the window's own)."""
        raise NotImplementedError

    def _watch_idle(self, on: bool) -> None:
        """Start (from now) or stop timing the pauses without input."""
        self._watching_idle = on
        if on:
            self._idle.input()
            self._schedule_idle()
        else:
            self._idle_timer.stop()

    def note_input(self) -> None:
        """Count an input as someone at the PC: the pause starts again (not while the cover is shown)."""
        if self._watching_idle and not self.covered:
            self._idle.input()
            self._schedule_idle()

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
            self._leaving.dismiss()  # an operator who walked away from the PIN dialog
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
        elif screen in (self.intro_screen, self.promise_screen):
            self._show(screen)
        elif screen is self.group_screen:
            self._show_groups()
        else:
            self._show_languages()
        self._schedule_idle()
