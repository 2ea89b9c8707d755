"""The kiosk's watch over the program's input while it runs: any input means someone is at the PC.

Installed on the application, so that it sees the input of every window (the PIN dialog's
too): every key press, click, move, wheel turn or touch restarts the pause without
input, and the key presses in the kiosk window go to :class:`~apvdesk.ui.kiosk.keys.KioskKeys`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk.ui.kiosk.keys import KioskKeys

# Input that counts as someone being at the PC (restarts the pause).
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}


class KioskInputFilter(QObject):
    """Tells the kiosk of every input (``on_input``) and hands its key presses to ``keys``."""

    def __init__(self, kiosk: QWidget, keys: KioskKeys, on_input: Callable[[], None]) -> None:
        super().__init__(kiosk)
        self._kiosk = kiosk
        self._keys = keys
        self._on_input = on_input

    def install(self) -> None:
        """Start watching the input of the whole program."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        """Stop watching the input."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Note any input as someone at the PC, and handle the keys pressed in the kiosk window."""
        if event.type() in ACTIVITY:
            self._on_input()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is self._kiosk
            and isinstance(event, QKeyEvent)
        ):
            return self._keys.handle(event)
        return False
