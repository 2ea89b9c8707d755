"""Hjælp › Kom i gang: the APV's steps in apvdesk, what the rules ask, how long, a button to each page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.style import heading, muted
from apvdesk.wording.getting_started_text import GettingStarted


def _paragraph(label: str, text: str) -> QLabel:
    widget = QLabel(f"<b>{label}</b> {text}" if label else text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


class GettingStartedDialog(QDialog):
    """The guide; ``navigate`` (None without an open workplace) goes to a page, and the guide closes."""

    def __init__(self, parent: QWidget | None, navigate: Callable[[str], None] | None) -> None:
        super().__init__(parent)
        words = GettingStarted()
        self.setObjectName("getting_started")
        self.setWindowTitle(words.title())
        self._navigate = navigate
        self.page_buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(heading(words.title(), 1))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body_widget = QWidget()
        body = QVBoxLayout(body_widget)
        body.setContentsMargins(0, 0, 8, 0)
        body.addWidget(muted(words.introduction()))
        if navigate is None:
            body.addWidget(muted(self.tr("Open or create a workplace to go to its pages from here.")))
        for step in words.steps():
            box = QGroupBox(step.title)
            layout = QVBoxLayout(box)
            layout.addWidget(_paragraph("", step.what))
            layout.addWidget(_paragraph(words.law_label(), step.law))
            layout.addWidget(_paragraph(words.time_label(), step.time))
            row = QHBoxLayout()
            for key, text in step.pages:
                button = QPushButton(text)
                button.setEnabled(navigate is not None)
                button.clicked.connect(lambda _checked=False, k=key: self.go_to(k))
                self.page_buttons[key] = button
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            body.addWidget(box)
        body.addStretch(1)
        scroll.setWidget(body_widget)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        resize_to_fit(self, 760, 660)

    def go_to(self, key: str) -> None:
        """Show the page ``key`` in the main window and close the guide."""
        if self._navigate is not None:
            self._navigate(key)
            self.accept()
