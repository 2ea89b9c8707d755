"""The kiosk's keys: digits answer and choose, Enter goes on, Backspace goes back, Ctrl+Shift+Q asks the PIN.

Escape never leaves the kiosk. On the thank-you screen any key starts afresh for the next
person. On the cover after a pause only its two digits (and its buttons) do anything.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from apvdesk.ui.kiosk.screen import Screen

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_BACK = (Qt.Key.Key_Backspace, Qt.Key.Key_Left)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class KeyedKiosk(Protocol):
    """What the keys need of the kiosk window: its screens, its Leave button and its steps."""

    @property
    def thanks_screen(self) -> QWidget: ...

    @property
    def question_screen(self) -> QWidget: ...

    @property
    def leave_button(self) -> QPushButton: ...

    def current_screen(self) -> Screen: ...

    def ask_pin(self) -> None: ...

    def reset(self) -> None: ...

    def answer_digit(self, digit: int) -> None: ...

    def go_next(self) -> None: ...


class KioskKeys:
    """Turns the key presses in a kiosk window into its steps."""

    def __init__(self, kiosk: KeyedKiosk) -> None:
        self._kiosk = kiosk

    def handle(self, event: QKeyEvent) -> bool:
        """Handle a key pressed in the kiosk; return True when it is used up here."""
        kiosk = self._kiosk
        key = event.key()
        mods = event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Q and mods & ctrl_shift == ctrl_shift:
            kiosk.ask_pin()
            return True
        if key == Qt.Key.Key_Escape:
            return True  # never leaves the kiosk
        screen = kiosk.current_screen()
        if screen is kiosk.thanks_screen:
            if key in _MODIFIER_KEYS or event.isAutoRepeat():
                return key not in _MODIFIER_KEYS
            kiosk.reset()
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
        if key == Qt.Key.Key_Right and screen is kiosk.question_screen:
            kiosk.go_next()
            return True
        return False

    def _digit(self, screen: Screen, digit: int) -> None:
        if screen is self._kiosk.question_screen:
            self._kiosk.answer_digit(digit)
        else:
            screen.digit_pressed(digit)

    def _enter(self, screen: Screen) -> None:
        """Press the focused button if the person moved to one with Tab, else go on."""
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QPushButton)
            and focused.window() is self._kiosk
            and focused.isVisible()
            and focused.isEnabled()
            and focused is not self._kiosk.leave_button
        ):
            focused.click()
            return
        button = screen.primary_button()
        if button is not None and button.isEnabled():
            button.click()
