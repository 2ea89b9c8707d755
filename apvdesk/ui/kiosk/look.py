"""The kiosk's look: large type, large buttons for touch, and the style sheet of its window.

Every kiosk screen is built from these, so that the sizes and colours are set in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

TITLE_PT = 28
LANGUAGE_TITLE_PT = 24  # one line per language
QUESTION_PT = 26
TEXT_PT = 20
PROGRESS_PT = 18
BUTTON_PT = 20
BUTTON_HEIGHT = 64
OPTION_HEIGHT = 54
CONTENT_WIDTH = 1040

STYLE_SHEET = """
KioskWindow, KioskWindow QWidget#screen { background: #f7f5f0; color: #1d1d1d; }
QLabel { color: #1d1d1d; }
QLabel[role="muted"] { color: #3d3d3d; }
QLabel[role="note"] {
    background: #e8eef7; color: #1d1d1d; border-left: 6px solid #1f4e8c; border-radius: 6px;
    padding: 10px 14px;
}
QPushButton[role="choice"], QPushButton[role="nav"], QPushButton[role="primary"] {
    background: #ffffff; color: #1d1d1d; border: 2px solid #6b6b6b; border-radius: 10px;
    padding: 10px 24px;
}
QPushButton[role="choice"] { text-align: left; }
QPushButton[role="choice"]:hover, QPushButton[role="nav"]:hover { background: #eef3fb; }
QPushButton[role="choice"]:checked { background: #1f4e8c; color: #ffffff; border-color: #1f4e8c; }
QPushButton[role="primary"] { background: #1f4e8c; color: #ffffff; border-color: #1f4e8c; }
QPushButton[role="primary"]:disabled { background: #9aa8bb; border-color: #9aa8bb; }
QPushButton[role="nav"]:disabled { color: #9a9a9a; border-color: #c4c4c4; }
QPushButton[role="choice"]:focus, QPushButton[role="nav"]:focus, QPushButton[role="primary"]:focus {
    border: 4px solid #d97a00;
}
QPushButton[role="leave"] {
    background: transparent; color: #8a8a8a; border: none; padding: 4px 8px;
}
QProgressBar { border: 1px solid #6b6b6b; border-radius: 6px; background: #ffffff; }
QProgressBar::chunk { background: #1f4e8c; border-radius: 5px; }
"""


def set_point_size(widget: QWidget, points: int, bold: bool = False) -> None:
    """Give a widget a font of ``points`` size (and bold if asked)."""
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


def big_label(points: int = TEXT_PT, bold: bool = False, role: str = "") -> QLabel:
    """Return an empty word-wrapped label in a large font."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    set_point_size(label, points, bold)
    if role:
        label.setProperty("role", role)
    return label


def big_button(role: str, height: int = BUTTON_HEIGHT) -> QPushButton:
    """Return a large button for touch and mouse; ``role`` picks its look in STYLE_SHEET."""
    button = QPushButton()
    button.setProperty("role", role)
    button.setAutoDefault(False)
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    set_point_size(button, BUTTON_PT, bold=role == "primary")
    return button


def set_button_text(button: QPushButton, text: str, digit: int | None = None) -> None:
    """Show ``text`` on a button, led by its key digit, and name it for screen readers."""
    if digit is None:
        button.setText(text)
        button.setAccessibleName(text)
    else:
        # a second line (a group name's note) starts under the first line's text, not its digit
        button.setText(f"{digit}    " + text.replace("\n", "\n\u2007    "))
        button.setAccessibleName(f"{digit}: " + text.replace("\n", " "))
