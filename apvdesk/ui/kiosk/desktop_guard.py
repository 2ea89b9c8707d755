"""The kiosk's hold on the PC while it runs: awake, the system's shortcut keys swallowed, always in front.

:class:`DesktopGuard` keeps the PC from sleeping or locking after idle time
(:class:`~apvdesk.platform.keep_awake.KeepAwake`), swallows the Windows keys, Alt+Tab and
the like (:class:`~apvdesk.platform.system_keys.SystemKeyBlock`), and takes the keyboard
back when another program takes it (a notification, a program that starts), full screen
again if the kiosk was made smaller. :meth:`DesktopGuard.take` when the kiosk starts,
:meth:`DesktopGuard.give_back` whenever it ends; the holds are given back too when the
kiosk window is let go without being left, and Windows drops both when the program
ends, however it ends.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk.platform.keep_awake import KeepAwake
from apvdesk.platform.system_keys import SystemKeyBlock

# How long after losing the keyboard the kiosk takes it back (the other program's window is up by then).
REFOCUS_MS = 300


class _Holds:
    """The holds on the PC; a plain object, so that it outlives the window it guards."""

    def __init__(self, awake: KeepAwake, keys: SystemKeyBlock) -> None:
        self.awake = awake
        self.keys = keys

    def take(self) -> None:
        self.awake.hold()
        self.keys.install()

    def give_back(self) -> None:
        self.keys.remove()
        self.awake.release()


class DesktopGuard(QObject):
    """Holds the PC for the kiosk window ``kiosk`` between :meth:`take` and :meth:`give_back`.

    The window tells :meth:`window_changed` when its activation or its state changes (from
    its own ``changeEvent``: an event filter could outlive the Python side of the guard
    while the window is being destroyed).
    """

    def __init__(
        self,
        kiosk: QWidget,
        awake: KeepAwake | None = None,
        keys: SystemKeyBlock | None = None,
        refocus_ms: int = REFOCUS_MS,
    ) -> None:
        super().__init__(kiosk)
        self._kiosk = kiosk
        self._holds = _Holds(awake or KeepAwake(), keys or SystemKeyBlock())
        self._running = False
        self._refocus_timer = QTimer(self)
        self._refocus_timer.setSingleShot(True)
        self._refocus_timer.setInterval(refocus_ms)
        self._refocus_timer.timeout.connect(self.refocus)
        # A window let go without being left gives the holds back when Python collects it
        # (a slot on its ``destroyed`` signal could be called from a half-collected cycle);
        # at the program's exit Windows drops them by itself.
        self.on_window_gone = weakref.finalize(kiosk, self._holds.give_back)
        self.on_window_gone.atexit = False

    @property
    def running(self) -> bool:
        """Whether the guard holds the PC now."""
        return self._running

    def take(self) -> None:
        """Keep the PC awake and swallow the shortcut keys (on the GUI thread)."""
        self._running = True
        self._holds.take()

    def give_back(self) -> None:
        """Let the PC sleep and the keys through again; idempotent (on the GUI thread)."""
        self._running = False
        self._refocus_timer.stop()
        self._holds.give_back()

    def window_changed(self) -> None:
        """Take the keyboard back soon if the kiosk lost it or is no longer full screen."""
        if self._running and (not self._kiosk.isActiveWindow() or not _full_screen(self._kiosk)):
            self._refocus_timer.start()

    def refocus(self) -> None:
        """Bring the kiosk (or its open dialog) to the front, full screen, with the keyboard.

        Nothing is done while a window of the program has the keyboard (the PIN dialog, a
        message): only another program's window is pushed back.
        """
        if not self._running or QApplication.activeWindow() is not None:
            return
        kiosk = self._kiosk
        if not _full_screen(kiosk):
            kiosk.showFullScreen()
        target = QApplication.activeModalWidget() or kiosk
        target.raise_()
        target.activateWindow()


def _full_screen(window: QWidget) -> bool:
    """Whether ``window`` fills its screen now (full screen and not minimised)."""
    return window.isFullScreen() and not window.isMinimized()
