"""Small helpers for a consistent look: headings, muted help text, empty states."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLayout

from apvdesk.ui.colour_scheme import MUTED_TEXT

_HEADING_SIZES = {1: 20, 2: 15, 3: 12}


def heading(text: str, level: int = 2) -> QLabel:
    """Return a bold heading label (level 1 largest)."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(_HEADING_SIZES.get(level, 12))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def muted(text: str) -> QLabel:
    """Return a word-wrapped explanatory label in a softer colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_TEXT};")  # 7.7:1 on the window colour (colour_scheme.py)
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in a layout, and in the layouts nested in it."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        nested = item.layout()
        if nested is not None:
            clear_layout(nested)
            nested.deleteLater()
