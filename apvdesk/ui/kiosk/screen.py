"""The frame every kiosk screen shares: a centred column of content and a row of buttons at its foot.

Screens show only texts they are given (the question bank's, in the respondent's
language) and report what was pressed through signals; the kiosk window decides where to
go next. Every control carries an accessible name for screen readers. The screens
themselves are in :mod:`~apvdesk.ui.kiosk.start_screens`,
:mod:`~apvdesk.ui.kiosk.question_screen` and :mod:`~apvdesk.ui.kiosk.message_screens`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from apvdesk.ui.kiosk.look import CONTENT_WIDTH


class Screen(QWidget):
    """A page of the kiosk: a centred column of content with a row of buttons at the foot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 12, 40, 20)
        column = QWidget()
        column.setMaximumWidth(CONTENT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        self.body = QVBoxLayout(column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        self.foot = QHBoxLayout()
        self.foot.setSpacing(24)

    def finish_layout(self) -> None:
        """Push the content up and put the button row at the foot."""
        self.body.addStretch(1)
        self.body.addLayout(self.foot)

    def primary_button(self) -> QPushButton | None:
        """Return the button Enter presses when no button has the keyboard focus."""
        return None

    def back_button(self) -> QPushButton | None:
        """Return the button Backspace and Left press, if the screen has one."""
        return None

    def digit_pressed(self, digit: int) -> bool:
        """Handle a typed digit; return whether it meant something here."""
        return False
