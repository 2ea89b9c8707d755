"""The program's one colour scheme: light, whatever the system says.

Why: Qt follows the system. On Windows 10/11 with dark mode on, the platform theme hands Qt
a dark palette (white text, dark grey windows) and dark palettes for buttons, check boxes,
menus and tooltips of their own. apvdesk's own colours (the pale result cells, the yellow
bars, the muted help text, the kiosk) are made for a light background, so half-dark screens
came out: white text on pale yellow, grey help text on dark grey. One scheme the program
controls is simpler to check than two, so apvdesk is light everywhere:

- ``QStyleHints.setColorScheme(Light)`` asks the platform for light (Qt >= 6.8): on Windows
  the title bars, and the theme palettes Qt gets from the system, become light as well.
- The application palette sets every colour role in every colour group (Active, Inactive,
  Disabled, with PlaceholderText, ToolTip*, Link*, Accent), so no colour is left for the
  system to fill in; the class palettes Qt takes from the theme (buttons, check boxes,
  menus, ...) and the tooltip palette get the same palette.
- The style is Fusion on every system. Windows 11's own style ("windows11") paints frames,
  menus and control fills from a colour table it picks by the system's light/dark setting,
  not from the palette, and mixes it with the palette's text colours; if the light request
  is not honoured (or arrives late) it paints dark menus with our dark text. Fusion paints
  every pixel from the palette, so the colours the tests and the screenshots here check
  (offscreen, Fusion) are the colours a Windows PC shows (only the fonts differ).
- When the system switches between light and dark while the program runs, Qt resets the
  tooltip palette from the theme and sends ThemeChange; the keeper below puts the scheme
  back. (Windows high-contrast mode is not followed either: its colours would clash with
  our pale backgrounds in the same way.)

Every custom background in the program comes with an explicit text colour (black, or the
kiosk's #1d1d1d), so each pair is readable on its own (tests/ui/test_colour_scheme.py checks
the contrast). ``APVDESK_SIMULATE_DARK_SYSTEM=1`` makes the program start as on a Windows PC
in dark mode (see dark_system.py), for the screenshots and the tests.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWindow
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QToolTip

# The muted help text (style.muted): 7.7:1 on the window colour, 8.9:1 on white.
MUTED_TEXT = "#4a4a4a"

SIMULATE_DARK_ENV = "APVDESK_SIMULATE_DARK_SYSTEM"

_ROLE = QPalette.ColorRole
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)

# (Active, Inactive, Disabled) for every role: the colours Qt's Fusion style draws with on a
# light system, so the light screens look as they always have. "#AARRGGBB" has an alpha.
LIGHT_COLOURS: dict[QPalette.ColorRole, tuple[str, str, str]] = {
    _ROLE.WindowText: ("#000000", "#000000", "#bebebe"),
    _ROLE.Button: ("#efefef", "#efefef", "#efefef"),
    _ROLE.Light: ("#ffffff", "#ffffff", "#ffffff"),
    _ROLE.Midlight: ("#cacaca", "#cacaca", "#cacaca"),
    _ROLE.Dark: ("#9f9f9f", "#9f9f9f", "#bebebe"),
    _ROLE.Mid: ("#b8b8b8", "#b8b8b8", "#b8b8b8"),
    _ROLE.Text: ("#000000", "#000000", "#bebebe"),
    _ROLE.BrightText: ("#ffffff", "#ffffff", "#ffffff"),
    _ROLE.ButtonText: ("#000000", "#000000", "#bebebe"),
    _ROLE.Base: ("#ffffff", "#ffffff", "#efefef"),
    _ROLE.Window: ("#efefef", "#efefef", "#efefef"),
    _ROLE.Shadow: ("#767676", "#767676", "#b1b1b1"),
    _ROLE.Highlight: ("#308cc6", "#308cc6", "#919191"),
    _ROLE.HighlightedText: ("#ffffff", "#ffffff", "#ffffff"),
    _ROLE.Link: ("#0000ff", "#0000ff", "#0000ff"),
    _ROLE.LinkVisited: ("#ff00ff", "#ff00ff", "#ff00ff"),
    _ROLE.AlternateBase: ("#f7f7f7", "#f7f7f7", "#f7f7f7"),
    _ROLE.ToolTipBase: ("#ffffdc", "#ffffdc", "#ffffdc"),
    _ROLE.ToolTipText: ("#000000", "#000000", "#000000"),
    _ROLE.PlaceholderText: ("#80000000", "#80000000", "#80000000"),
    _ROLE.Accent: ("#308cc6", "#308cc6", "#919191"),
}

# The classes Qt gives a palette of their own from the platform theme
# (QApplicationPrivate::initializeWidgetPalettesFromTheme); on a dark Windows the buttons,
# check boxes, radio buttons, menus and the menu bar get dark ones.
THEMED_CLASSES = (
    "QToolButton",
    "QAbstractButton",
    "QCheckBox",
    "QRadioButton",
    "QHeaderView",
    "QAbstractItemView",
    "QMessageBoxLabel",
    "QTabBar",
    "QLabel",
    "QGroupBox",
    "QMenu",
    "QMenuBar",
    "QTextEdit",
    "QTextControl",
    "QLineEdit",
    "QComboBox",
)


def light_palette() -> QPalette:
    """Return the program's palette: every role of every colour group set explicitly."""
    palette = QPalette()
    for role, colours in LIGHT_COLOURS.items():
        for group, colour in zip(_GROUPS, colours, strict=True):
            palette.setColor(group, role, QColor(colour))
    return palette


def set_class_palette(palette: QPalette, class_name: str) -> None:
    """Give the widgets of ``class_name`` (and its subclasses) ``palette``, if they have another."""
    # PySide takes the class name as a str at run time; its type stubs say bytes
    if QApplication.palette(class_name) != palette:  # type: ignore[call-overload]
        QApplication.setPalette(palette, class_name)  # type: ignore[arg-type]


def _is_fusion(style: QStyle) -> bool:
    """Whether ``style`` paints as Fusion (Fusion itself, or a proxy of it)."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name().lower() == "fusion"


def _apply_palettes(app: QApplication) -> None:
    """Put the light palette on the application, the themed classes and the tooltips."""
    palette = light_palette()
    app.setPalette(palette)
    for class_name in THEMED_CLASSES:
        set_class_palette(palette, class_name)
    if QToolTip.palette() != palette:
        QToolTip.setPalette(palette)


class _ChangeWatch(QWindow):
    """A window never shown: Qt sends ThemeChange and ApplicationPaletteChange to every window.

    Watching one window of our own costs nothing on other events, unlike an event filter on
    the whole application (which runs Python for every event of every widget).
    """

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        self._changed = changed

    def event(self, event: QEvent) -> bool:
        """Report a theme or application palette change; handle every event as a window does."""
        if event.type() in (QEvent.Type.ThemeChange, QEvent.Type.ApplicationPaletteChange):
            self._changed()
        return super().event(event)


class SchemeKeeper(QObject):
    """Put the light scheme back when the system's theme or the application palette changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._pending = False
        self._watch = _ChangeWatch(self._schedule)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._schedule)

    def _schedule(self, *_args: object) -> None:
        """Re-apply once, after Qt has finished handling the change (it resets tooltips last)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.reapply)

    def reapply(self) -> None:
        """Apply the light palettes again (the light request to the platform stays in force)."""
        self._pending = False
        _apply_palettes(self._app)


def use_light_scheme(app: QApplication) -> None:
    """Make the program light whatever the system says, and keep it so while it runs.

    Called by make_application, before any window exists. With APVDESK_SIMULATE_DARK_SYSTEM=1
    a dark Windows system is simulated first (for the screenshots and the tests).
    """
    if os.environ.get(SIMULATE_DARK_ENV) == "1":
        from apvdesk.ui.dark_system import simulate_dark_system

        simulate_dark_system(app)
    if QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Light:
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Light)
    if not _is_fusion(app.style()):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    _apply_palettes(app)
    if app.findChild(SchemeKeeper) is None:
        SchemeKeeper(app)
