"""Simulate a Windows PC in dark mode, for the screenshots and the tests (never in normal use).

What Qt 6 gets from Windows with dark mode on (qwindowstheme.cpp): the colour scheme Dark, a
dark system palette that fills every role the program does not set itself, dark class
palettes for buttons, check boxes, radio buttons, menus and the menu bar, and a dark tooltip
palette; a switch while the program runs resets the tooltip palette and sends ThemeChange to
every window. ``simulate_dark_system`` does the same on any platform (offscreen too): the dark
system palette comes in through a Fusion proxy style that fills in unset roles, as the
platform theme's palette does under the application palette. Used through
APVDESK_SIMULATE_DARK_SYSTEM=1 (colour_scheme.use_light_scheme) and by the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QToolTip

_ROLE = QPalette.ColorRole
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)

# Windows 11 dark mode as Qt builds it (background #1e1e1e, white text, accent #0078d4).
_DARK: dict[QPalette.ColorRole, str] = {
    _ROLE.WindowText: "#ffffff",
    _ROLE.Button: "#3c3c3c",
    _ROLE.Light: "#787878",
    _ROLE.Midlight: "#5a5a5a",
    _ROLE.Dark: "#1e1e1e",
    _ROLE.Mid: "#282828",
    _ROLE.Text: "#ffffff",
    _ROLE.BrightText: "#99ebff",
    _ROLE.ButtonText: "#ffffff",
    _ROLE.Base: "#2d2d2d",
    _ROLE.Window: "#1e1e1e",
    _ROLE.Shadow: "#000000",
    _ROLE.Highlight: "#0078d4",
    _ROLE.HighlightedText: "#ffffff",
    _ROLE.Link: "#4cc2ff",
    _ROLE.LinkVisited: "#99ebff",
    _ROLE.AlternateBase: "#003e92",
    _ROLE.ToolTipBase: "#3c3c3c",
    _ROLE.ToolTipText: "#d4d4d4",
    _ROLE.PlaceholderText: "#80ffffff",
    _ROLE.Accent: "#4cc2ff",
}
_DARK_DISABLED_TEXT = "#8f8f8f"


def dark_system_palette() -> QPalette:
    """Return the palette a Windows PC in dark mode gives Qt (every role, every group)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        for group in _GROUPS:
            palette.setColor(group, role, QColor(colour))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED_TEXT))
    return palette


def _with(palette: QPalette, changes: dict[QPalette.ColorRole, str]) -> QPalette:
    result = QPalette(palette)
    for role, colour in changes.items():
        for group in _GROUPS:
            result.setColor(group, role, QColor(colour))
    return result


def _set_class_palette(palette: QPalette, class_name: str) -> None:
    # PySide takes the class name as a str at run time; its type stubs say bytes
    QApplication.setPalette(palette, class_name)  # type: ignore[arg-type]


class DarkSystemStyle(QProxyStyle):
    """Fusion, with the dark system palette under every role the program leaves unset."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def polish(self, target):  # type: ignore[no-untyped-def,override]  # noqa: ANN001,ANN201 - three Qt overloads
        """Fill the unset roles of a palette with the dark system colours; widgets as Fusion."""
        if isinstance(target, QPalette):
            dark = dark_system_palette()
            for role in _DARK:
                for group in _GROUPS:
                    if not target.isBrushSet(group, role):
                        target.setColor(group, role, dark.color(group, role))
            return None
        return super().polish(target)


def simulate_dark_system(app: QApplication) -> None:
    """Do to ``app`` what Windows' dark mode does to a Qt program, at start or while it runs."""
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    app.setStyle(DarkSystemStyle())  # the platform's dark palette under the application's
    dark = dark_system_palette()
    _set_class_palette(_with(dark, {_ROLE.Button: "#666666"}), "QAbstractButton")
    check_box = _with(dark, {_ROLE.Window: "#000080", _ROLE.Base: "#000080", _ROLE.Button: "#000080"})
    _set_class_palette(check_box, "QCheckBox")
    _set_class_palette(check_box, "QRadioButton")
    _set_class_palette(_with(dark, {_ROLE.Window: "#2b2b2b"}), "QMenu")
    _set_class_palette(_with(dark, {_ROLE.Window: "#2b2b2b", _ROLE.Button: "#2b2b2b"}), "QMenuBar")
    QToolTip.setPalette(_with(dark, {_ROLE.ToolTipBase: "#2b2b2b"}))
    for window in QGuiApplication.allWindows():
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.ThemeChange))
