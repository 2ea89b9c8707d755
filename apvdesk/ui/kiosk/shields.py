"""While the kiosk runs, nothing else of the PC shows: every other screen is covered as well.

The kiosk window fills the main screen; :class:`ScreenShields` puts a plain window,
frameless, full screen and above other windows, on every other screen, and follows
screens plugged in or out while the kiosk runs. A tap on a shield gives the keyboard
back to the kiosk. The program's own other windows are hidden meanwhile.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk.ui.screen_fit import screen_of

# The kiosk's windows: no frame, no title bar, above the windows of other programs.
KIOSK_FLAGS = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint


def cover_screen(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` full screen on ``screen``."""
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


class ScreenShield(QWidget):
    """A blank window over one screen; it cannot be closed but by the kiosk."""

    def __init__(self, kiosk: QWidget) -> None:
        super().__init__(None, KIOSK_FLAGS)
        self._kiosk = kiosk
        self._closing = False
        self.setWindowTitle(kiosk.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("ScreenShield { background: #f7f5f0; }")
        self.setCursor(Qt.CursorShape.BlankCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Hand the keyboard back to the kiosk."""
        self._kiosk.raise_()
        self._kiosk.activateWindow()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Refuse to close (Alt+F4) unless the kiosk is left."""
        if self._closing:
            super().closeEvent(event)
        else:
            event.ignore()

    def remove(self) -> None:
        self._closing = True
        self.close()
        self.deleteLater()


class ScreenShields:
    """The kiosk's covers of every screen but its own, and the program's windows it hid."""

    def __init__(self, kiosk: QWidget) -> None:
        self._kiosk = kiosk
        self._shields: dict[QScreen, ScreenShield] = {}
        self._hidden: list[QWidget] = []
        self._watching = False

    def raise_up(self) -> None:
        """Hide the program's other windows, show the kiosk on the main screen and cover the rest."""
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self._kiosk and widget.isVisible() and widget.isWindow()
        ]
        for widget in self._hidden:
            widget.hide()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._watching:
            app.screenAdded.connect(self._refresh)
            app.screenRemoved.connect(self._refresh)
            self._watching = True
        primary = QGuiApplication.primaryScreen()
        if primary is not None:
            cover_screen(self._kiosk, primary)
        else:
            self._kiosk.showFullScreen()
        self._refresh()

    def windows(self) -> list[QWidget]:
        """Return the shields now shown (one per screen other than the kiosk's)."""
        return list(self._shields.values())

    def _refresh(self, _screen: QScreen | None = None) -> None:
        """Cover every screen the kiosk is not on; drop the shields of screens gone."""
        kiosk_screen = screen_of(self._kiosk)  # not self._kiosk.screen(): see screen_of
        wanted = [screen for screen in QGuiApplication.screens() if screen is not kiosk_screen]
        for screen in list(self._shields):
            if screen not in wanted:
                self._shields.pop(screen).remove()
        for screen in wanted:
            if screen not in self._shields:
                shield = ScreenShield(self._kiosk)
                self._shields[screen] = shield
                cover_screen(shield, screen)
        self._kiosk.raise_()
        self._kiosk.activateWindow()

    def lower(self) -> None:
        """Remove the shields and show the program's hidden windows again."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._watching:
            app.screenAdded.disconnect(self._refresh)
            app.screenRemoved.disconnect(self._refresh)
            self._watching = False
        for shield in self._shields.values():
            shield.remove()
        self._shields.clear()
        for widget in self._hidden:
            if shiboken6.isValid(widget):  # a window closed and deleted meanwhile stays gone
                widget.show()
        self._hidden = []
