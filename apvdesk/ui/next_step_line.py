"""The "what now" line: one sentence about what to do next on a page, with a button where it is done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from apvdesk.core.next_step import NextStep
from apvdesk.wording.next_step_text import step_button, step_sentence


class NextStepLine(QFrame):
    """Shows a :class:`NextStep` (hidden when there is none); ``go`` carries the target of its button."""

    go = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_step_line")
        self.setStyleSheet(
            "#next_step_line { background: #eaf2fb; border: 1px solid #9dbbe0; border-radius: 3px; }"
            "#next_step_line QLabel { color: #000000; }"  # the text colour of the line, whatever the system
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.button = QPushButton()
        self.button.clicked.connect(self._go)
        layout.addWidget(self.button)
        self.step: NextStep | None = None
        self.setVisible(False)

    def show_step(self, step: NextStep | None) -> None:
        """Show ``step``'s sentence and button, or hide the line when there is nothing to do."""
        self.step = step
        if step is None:
            self.setVisible(False)
            return
        self.text.setText(step_sentence(step))
        label = step_button(step)
        self.button.setText(label)
        self.button.setVisible(bool(label))
        self.setVisible(True)

    def _go(self) -> None:
        if self.step is not None and self.step.page:
            self.go.emit(self.step.page)
