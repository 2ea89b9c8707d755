"""The kiosk's question screen: progress, a note, one question, its options, "don't know", Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from apvdesk.core.kiosk_session import NOT_APPLICABLE, Answer, KioskQuestion
from apvdesk.ui.kiosk.look import (
    OPTION_HEIGHT,
    PROGRESS_PT,
    QUESTION_PT,
    big_button,
    big_label,
    set_button_text,
)
from apvdesk.ui.kiosk.screen import Screen


class QuestionScreen(Screen):
    """One question: progress, a note before some, the question, options, "don't know", Back and Next.

    An item that offers it has "does not apply to me" beside "don't know".
    """

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
        # said once before a theme's first question (that answers stay anonymous, for example)
        self.intro_note = big_label(PROGRESS_PT)
        self.intro_note.setProperty("role", "note")
        self.intro_note.setVisible(False)
        self.body.addWidget(self.progress_label)
        self.body.addWidget(self.progress_bar)
        self.body.addSpacing(6)
        self.body.addWidget(self.intro_note)
        self.body.addWidget(self.question_label)
        self.body.addSpacing(6)
        self.option_buttons: list[QPushButton] = []
        self._pool: list[QPushButton] = []
        self.dont_know_button = big_button("choice", OPTION_HEIGHT)
        self.dont_know_button.setCheckable(True)
        self.dont_know_button.clicked.connect(lambda: self.chosen.emit(None))
        self.not_applicable_button = big_button("choice", OPTION_HEIGHT)
        self.not_applicable_button.setCheckable(True)
        self.not_applicable_button.clicked.connect(lambda: self.chosen.emit(NOT_APPLICABLE))
        self.not_applicable_button.setVisible(False)
        others = QHBoxLayout()
        others.setSpacing(8)
        others.addWidget(self.dont_know_button, 1)
        others.addWidget(self.not_applicable_button, 1)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.options_box.addSpacing(8)
        self.options_box.addLayout(others)
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
        answer: Answer | bool,
        back: str,
        next_text: str,
        kept_note: str = "",
        intro: str = "",
    ) -> None:
        """Show a question; ``answer`` is as the session keeps it, or False if none.

        ``kept_note``, when given, says that an earlier answer is kept but not shown: no
        option is marked, and Next goes on with the kept answer. ``intro`` is a note shown
        above the question.
        """
        self.progress_label.setText(progress)
        self.progress_label.setAccessibleName(progress)
        self.progress_bar.setRange(0, count)
        self.progress_bar.setValue(number)
        self.progress_bar.setAccessibleName(progress)
        self.intro_note.setText(intro)
        self.intro_note.setAccessibleName(intro)
        self.intro_note.setVisible(bool(intro))
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
        self.not_applicable_button.setVisible(bool(question.not_applicable))
        if question.not_applicable:
            set_button_text(
                self.not_applicable_button, question.not_applicable, question.not_applicable_digit
            )
            self.not_applicable_button.setAccessibleDescription(question.text)
        self.show_answer(answer, kept_note)
        set_button_text(self._back, "‹  " + back)
        self._back.setAccessibleName(back)
        set_button_text(self._next, next_text + "  ›")
        self._next.setAccessibleName(next_text)

    def show_answer(self, answer: Answer | bool, kept_note: str = "") -> None:
        """Check the button of the given answer (False: none) and allow Next once answered.

        ``kept_note`` says that an answer is kept but not shown (see :meth:`show_question`).
        """
        for index, button in enumerate(self.option_buttons):
            button.setChecked(answer is not False and answer is not None and answer == index)
        self.dont_know_button.setChecked(answer is None)
        self.not_applicable_button.setChecked(answer is NOT_APPLICABLE)
        kept = bool(kept_note) and answer is False
        self.hidden_note.setText(kept_note if kept else "")
        self.hidden_note.setAccessibleName(kept_note if kept else "")
        self.hidden_note.setVisible(kept)
        self._next.setEnabled(answer is not False or kept)

    def clear(self) -> None:
        """Forget the question shown, so nothing of it is left for the next person."""
        self.question_label.clear()
        self.intro_note.clear()
        self.progress_label.clear()
        self.progress_bar.setValue(0)
        self.show_answer(False)

    def checked(self) -> list[QPushButton]:
        return [b for b in [*self.option_buttons, *self._others()] if b.isChecked()]

    def _others(self) -> list[QPushButton]:
        return [self.dont_know_button, self.not_applicable_button]

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
        chain: list[QWidget] = [*self.option_buttons, *self._others(), self._next, self._back]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
