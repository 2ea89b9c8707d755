"""The kiosk's screens: choices, instructions and one question.

Confirm, thanks and the cover are in :mod:`apvdesk.ui.kiosk.message_screens`. Screens
show only texts they are given (the question bank's, in the respondent's language) and
report what was pressed through signals; the kiosk window decides where to go next.
Every control carries an accessible name for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.kiosk_session import KioskQuestion

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
KioskWindow, KioskWindow QWidget#screen { background: #f7f5f0; }
QLabel { color: #1d1d1d; }
QLabel[role="muted"] { color: #3d3d3d; }
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
        button.setText(f"{digit}    {text}")
        button.setAccessibleName(f"{digit}: {text}")


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
    """Welcome, instructions and the promise of anonymity, with Start."""

    start = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(TITLE_PT, bold=True)
        self.instructions = big_label(TEXT_PT)
        self.anonymity = big_label(TEXT_PT, role="muted")
        self.body.addWidget(self.title)
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

    def set_texts(self, title: str, instructions: str, anonymity: str, start: str, back: str) -> None:
        self.title.setText(title)
        self.instructions.setText(instructions)
        self.anonymity.setText(anonymity)
        set_button_text(self._start, start)
        set_button_text(self._back, "‹  " + back)
        self._back.setAccessibleName(back)

    def primary_button(self) -> QPushButton | None:
        return self._start

    def back_button(self) -> QPushButton | None:
        return self._back


class QuestionScreen(Screen):
    """One question: progress, the question, numbered options, "don't know", Back and Next."""

    chosen = Signal(object)
    back = Signal()
    next = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_label = big_label(PROGRESS_PT, role="muted")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(12)
        self.question_label = big_label(QUESTION_PT, bold=True)
        # room for two lines, so the options do not jump between short questions
        self.question_label.setMinimumHeight(2 * QFontMetrics(self.question_label.font()).lineSpacing())
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body.addWidget(self.progress_label)
        self.body.addWidget(self.progress_bar)
        self.body.addSpacing(6)
        self.body.addWidget(self.question_label)
        self.body.addSpacing(6)
        self.option_buttons: list[QPushButton] = []
        self._pool: list[QPushButton] = []
        self.dont_know_button = big_button("choice", OPTION_HEIGHT)
        self.dont_know_button.setCheckable(True)
        self.dont_know_button.clicked.connect(lambda: self.chosen.emit(None))
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.options_box.addSpacing(8)
        self.options_box.addWidget(self.dont_know_button)
        self.body.addLayout(self.options_box)
        # said on a question whose earlier answer is kept but hidden (after a pause)
        self.hidden_note = big_label(PROGRESS_PT, role="muted")
        self.hidden_note.setVisible(False)
        self.body.addSpacing(4)
        self.body.addWidget(self.hidden_note)
        self._back = big_button("nav")
        self._next = big_button("primary")
        for button in (self._back, self._next):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._next.setMinimumWidth(280)
        self._back.clicked.connect(self.back)
        self._next.clicked.connect(self.next)
        self.foot.addWidget(self._back)
        self.foot.addStretch(1)
        self.foot.addWidget(self._next)
        self.finish_layout()
        self._labels: tuple[str, ...] = ()

    def show_question(
        self,
        question: KioskQuestion,
        progress: str,
        number: int,
        count: int,
        answer: int | None | bool,
        back: str,
        next_text: str,
        kept_note: str = "",
    ) -> None:
        """Show a question; ``answer`` is an option index, None for "don't know", False if none.

        ``kept_note``, when given, says that an earlier answer is kept but not shown: no
        option is marked, and Next goes on with the kept answer.
        """
        self.progress_label.setText(progress)
        self.progress_label.setAccessibleName(progress)
        self.progress_bar.setRange(0, count)
        self.progress_bar.setValue(number)
        self.progress_bar.setAccessibleName(progress)
        self.question_label.setText(question.text)
        self.question_label.setAccessibleName(question.text)
        if question.options != self._labels:
            self._build_options(question.options)
        for index, button in enumerate(self.option_buttons):
            set_button_text(button, question.options[index], index + 1 if index < 9 else None)
            button.setAccessibleDescription(question.text)
        digit = question.dont_know_digit
        set_button_text(self.dont_know_button, question.dont_know, digit if digit else None)
        self.dont_know_button.setAccessibleDescription(question.text)
        self.show_answer(answer, kept_note)
        set_button_text(self._back, "‹  " + back)
        self._back.setAccessibleName(back)
        set_button_text(self._next, next_text + "  ›")
        self._next.setAccessibleName(next_text)

    def show_answer(self, answer: int | None | bool, kept_note: str = "") -> None:
        """Check the button of the given answer (False: none) and allow Next once answered.

        ``kept_note`` says that an answer is kept but not shown (see :meth:`show_question`).
        """
        for index, button in enumerate(self.option_buttons):
            button.setChecked(answer is not False and answer is not None and answer == index)
        self.dont_know_button.setChecked(answer is None)
        kept = bool(kept_note) and answer is False
        self.hidden_note.setText(kept_note if kept else "")
        self.hidden_note.setAccessibleName(kept_note if kept else "")
        self.hidden_note.setVisible(kept)
        self._next.setEnabled(answer is not False or kept)

    def clear(self) -> None:
        """Forget the question shown, so nothing of it is left for the next person."""
        self.question_label.clear()
        self.progress_label.clear()
        self.progress_bar.setValue(0)
        self.show_answer(False)

    def checked(self) -> list[QPushButton]:
        return [b for b in [*self.option_buttons, self.dont_know_button] if b.isChecked()]

    def primary_button(self) -> QPushButton | None:
        return self._next

    def back_button(self) -> QPushButton | None:
        return self._back

    def _build_options(self, labels: tuple[str, ...]) -> None:
        """Show as many option buttons as the question has options (buttons are reused)."""
        while len(self._pool) < len(labels):
            button = big_button("choice", OPTION_HEIGHT)
            button.setCheckable(True)
            index = len(self._pool)
            button.clicked.connect(lambda _checked=False, i=index: self.chosen.emit(i))
            self.options_box.insertWidget(index, button)
            self._pool.append(button)
        for index, button in enumerate(self._pool):
            button.setVisible(index < len(labels))
        self.option_buttons = self._pool[: len(labels)]
        self._labels = labels
        chain: list[QWidget] = [*self.option_buttons, self.dont_know_button, self._next, self._back]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
