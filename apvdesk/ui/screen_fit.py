"""Open windows no larger than the screen, so their bottom buttons are always in sight.

A laptop of 1366×768 or an old 1024×768 screen leaves about 730 pixels above the taskbar;
a window that asks for more opens with its buttons under the screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# What the window system adds around a window: its title bar (top) and thin borders.
FRAME_HEIGHT = 40
FRAME_WIDTH = 16


def screen_of(widget: QWidget) -> QScreen | None:
    """Return the screen ``widget`` is on (its middle), else the primary screen; None without screens.

    Never ``widget.screen()``: PySide ties the QScreen it returns to the widget as a Python
    child (its return-value heuristic). When the widget is later freed by Python's cyclic
    garbage collector, as a kiosk window dropped after it was left is, the collector can
    hand that child to Python and delete it: Qt's own screen, which stays in
    ``QGuiApplication.screens()`` dangling, and the next window made crashes in its
    constructor. ``QGuiApplication``'s static functions return the screen without the tie.
    """
    middle = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(middle) or QGuiApplication.primaryScreen()


def screen_area(window: QWidget) -> QRect | None:
    """Return the part of the window's screen that windows may use (without the taskbar)."""
    screen = screen_of(window)
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
