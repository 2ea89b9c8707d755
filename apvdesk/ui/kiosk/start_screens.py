"""The kiosk's screens before the questions: the choice of language, the choice of group, the instructions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from apvdesk.ui.kiosk.look import TEXT_PT, TITLE_PT, big_button, big_label, set_button_text
from apvdesk.ui.kiosk.screen import Screen


class ChoiceScreen(Screen):
    """A heading and a column of numbered choices (languages or groups)."""

    chosen = Signal(object)
    back = Signal()

    def __init__(self, with_back: bool, title_pt: int = TITLE_PT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(title_pt, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = big_label(TEXT_PT, role="muted")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)
        self.body.addSpacing(12)
        self.choice_box = QGridLayout()
        self.choice_box.setSpacing(12)
        self.body.addLayout(self.choice_box)
        self.buttons: list[QPushButton] = []
        self._pool: list[QPushButton] = []
        self._keys: list[Any] = []
        self._back: QPushButton | None = None
        if with_back:
            self._back = big_button("nav")
            self._back.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self._back.clicked.connect(self.back)
            self.foot.addWidget(self._back)
        self.foot.addStretch(1)
        self.finish_layout()

    def set_texts(self, title: str, subtitle: str = "", back: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        if self._back is not None:
            set_button_text(self._back, "‹  " + back)
            self._back.setAccessibleName(back)

    def set_choices(self, choices: Sequence[tuple[Any, str]], accessible_description: str = "") -> None:
        """Show one numbered button per (key, label); pressing one emits ``chosen(key)``."""
        while len(self._pool) < len(choices):
            button = big_button("choice", 72)
            button.setCheckable(True)
            index = len(self._pool)
            button.clicked.connect(lambda _checked=False, i=index: self._choose(i))
            self._pool.append(button)
        self._keys = [key for key, _label in choices]
        self.buttons = self._pool[: len(choices)]
        # one column for a few choices; more columns (filled down first) for many
        columns = 1 if len(choices) <= 5 else 2 if len(choices) <= 12 else 3
        rows = -(-len(choices) // columns)
        for index, button in enumerate(self._pool):
            self.choice_box.removeWidget(button)
            button.setVisible(index < len(choices))
            if index < len(choices):
                self.choice_box.addWidget(button, index % rows, index // rows)
        for index, (button, (_key, label)) in enumerate(zip(self.buttons, choices, strict=True), start=1):
            set_button_text(button, label, index if index <= 9 else None)
            button.setAccessibleDescription(accessible_description)
        self._order_tabs()

    def _choose(self, index: int) -> None:
        if index < len(self._keys):
            self.chosen.emit(self._keys[index])

    def mark(self, key: Any) -> None:
        """Show ``key`` as the current choice (None: no choice)."""
        for button, button_key in zip(self.buttons, self._keys, strict=True):
            button.setChecked(key is not None and button_key == key)

    def checked_keys(self) -> list[Any]:
        return [k for b, k in zip(self.buttons, self._keys, strict=True) if b.isChecked()]

    def back_button(self) -> QPushButton | None:
        return self._back

    def digit_pressed(self, digit: int) -> bool:
        if 1 <= digit <= min(len(self.buttons), 9):
            self.buttons[digit - 1].click()
            return True
        return False

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [*self.buttons]
        if self._back is not None:
            chain.append(self._back)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)


class IntroScreen(Screen):
    """How to answer and how long it takes (and a note, e.g. of anonymity, when given), with Start."""

    start = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(TITLE_PT, bold=True)
        self.duration = big_label(TEXT_PT, bold=True)
        self.instructions = big_label(TEXT_PT)
        self.anonymity = big_label(TEXT_PT, role="muted")
        self.body.addWidget(self.title)
        self.body.addSpacing(8)
        self.body.addWidget(self.duration)
        self.body.addSpacing(8)
        self.body.addWidget(self.instructions)
        self.body.addSpacing(16)
        self.body.addWidget(self.anonymity)
        self._back = big_button("nav")
        self._back.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._start = big_button("primary")
        self._start.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._start.setMinimumWidth(280)
        self._back.clicked.connect(self.back)
        self._start.clicked.connect(self.start)
        self.foot.addWidget(self._back)
        self.foot.addStretch(1)
        self.foot.addWidget(self._start)
        self.finish_layout()
        QWidget.setTabOrder(self._start, self._back)

    def set_texts(
        self, title: str, instructions: str, anonymity: str, start: str, back: str, duration: str = ""
    ) -> None:
        self.title.setText(title)
        self.duration.setText(duration)
        self.duration.setVisible(bool(duration))
        self.instructions.setText(instructions)
        self.anonymity.setText(anonymity)
        self.anonymity.setVisible(bool(anonymity))
        set_button_text(self._start, start)
        set_button_text(self._back, "‹  " + back)
        self._back.setAccessibleName(back)

    def primary_button(self) -> QPushButton | None:
        return self._start

    def back_button(self) -> QPushButton | None:
        return self._back
