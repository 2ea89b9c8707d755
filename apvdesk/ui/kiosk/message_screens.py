"""The kiosk's screens of one message: confirm, thanks, and the cover that hides answers after a pause."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from apvdesk.ui.kiosk.look import TEXT_PT, TITLE_PT, big_button, big_label, set_button_text
from apvdesk.ui.kiosk.screen import Screen


class MessageScreen(Screen):
    """A heading, a text and one main button (the confirm and the thank-you screens)."""

    go = Signal()
    back = Signal()

    def __init__(self, with_back: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addStretch(1)
        self.title = big_label(TITLE_PT, bold=True)
        self.text = big_label(TEXT_PT)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.body.addWidget(label)
        self.body.addSpacing(24)
        self._go = big_button("primary", 80)
        self._go.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._go.setMinimumWidth(360)
        self._go.clicked.connect(self.go)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._go)
        row.addStretch(1)
        self.body.addLayout(row)
        self._back: QPushButton | None = None
        if with_back:
            self._back = big_button("nav")
            self._back.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._back.clicked.connect(self.back)
            self.foot.addWidget(self._back)
        self.foot.addStretch(1)
        self.finish_layout()
        if self._back is not None:
            QWidget.setTabOrder(self._go, self._back)

    def set_texts(self, title: str, text: str, go: str, back: str = "") -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.text.setVisible(bool(text))
        set_button_text(self._go, go)
        if self._back is not None:
            set_button_text(self._back, "‹  " + back)
            self._back.setAccessibleName(back)

    def set_busy(self, busy: bool) -> None:
        """Disable the main button while its work runs (no double submit)."""
        self._go.setEnabled(not busy)

    def primary_button(self) -> QPushButton | None:
        return self._go

    def back_button(self) -> QPushButton | None:
        return self._back


class CoverScreen(Screen):
    """Covers a person's answers after a pause: "continue" (1) or "start over" (2).

    Nothing else is on it: no way back to the questions but "continue", after which the
    earlier answers are no longer shown. Enter chooses nothing, so that a chance key
    press does not decide for the person; the digits and the buttons do.
    """

    resume = Signal()
    start_over = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body.addStretch(1)
        self.title = big_label(TITLE_PT, bold=True)
        self.text = big_label(TEXT_PT)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.body.addWidget(label)
        self.body.addSpacing(24)
        self.continue_button = big_button("primary", 80)
        self.start_over_button = big_button("nav", 80)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addStretch(1)
        for button in (self.continue_button, self.start_over_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(320)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.continue_button.clicked.connect(self.resume)
        self.start_over_button.clicked.connect(self.start_over)
        self.finish_layout()
        QWidget.setTabOrder(self.continue_button, self.start_over_button)

    def set_texts(self, title: str, text: str, resume: str, start_over: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.text.setText(text)
        self.text.setAccessibleName(text)
        set_button_text(self.continue_button, resume, 1)
        self.continue_button.setAccessibleName(resume)
        set_button_text(self.start_over_button, start_over, 2)
        self.start_over_button.setAccessibleName(start_over)

    def digit_pressed(self, digit: int) -> bool:
        buttons = {1: self.continue_button, 2: self.start_over_button}
        if digit in buttons:
            buttons[digit].click()
            return True
        return False
