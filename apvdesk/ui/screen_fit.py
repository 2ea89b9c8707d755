"""Open windows no larger than the screen, so their bottom buttons are always in sight.

A laptop of 1366×768 or an old 1024×768 screen leaves about 730 pixels above the taskbar;
a window that asks for more opens with its buttons under the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window system adds around a window: its title bar (top) and thin borders.
FRAME_HEIGHT = 40
FRAME_WIDTH = 16


def screen_area(window: QWidget) -> QRect | None:
    """Return the part of the window's screen that windows may use (without the taskbar)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted(window: QWidget, width: int, height: int) -> tuple[int, int]:
    """Return ``width`` × ``height`` made small enough for the window's screen, frame included."""
    area = screen_area(window)
    if area is None:
        return width, height
    return min(width, area.width() - FRAME_WIDTH), min(height, area.height() - FRAME_HEIGHT)


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or to what its screen leaves room for."""
    window.resize(*fitted(window, width, height))


def minimum_to_fit(window: QWidget, width: int, height: int) -> None:
    """Set ``window``'s minimum size, but never larger than its screen leaves room for."""
    window.setMinimumSize(*fitted(window, width, height))
