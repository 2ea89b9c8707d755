"""The APV checklist on the Overview page: each element met or not, why not, and where to fix it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.checklist import ChecklistLine, Element, checklist_complete
from apvdesk.ui.style import clear_layout
from apvdesk.wording.checklist_text import ReasonText, element_title

DONE_STYLE = "color: #1d6b33; font-weight: bold;"
MISSING_STYLE = "color: #a61b1b; font-weight: bold;"
REASON_STYLE = "color: #7a1414;"
BASIS_STYLE = "color: #555555;"
MAX_REASONS = 4  # per element on screen; `apvdesk checklist` lists them all


class ChecklistBox(QGroupBox):
    """One row per element: what it asks, met or not (with the reasons), and a button to fix it."""

    navigate = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The APV checklist"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.status_labels: dict[Element, QLabel] = {}
        self.reason_labels: dict[Element, QLabel] = {}
        self.summary = QLabel()

    def _button_text(self, page: str) -> str:
        pages = {
            "mapping": self.tr("Go to Mapping"),
            "assessment": self.tr("Go to Assessment"),
            "absence": self.tr("Go to Sickness absence"),
            "action-plan": self.tr("Go to Action plan"),
            "follow-up": self.tr("Go to Follow-up"),
        }
        return pages[page]

    def show_waiting(self) -> None:
        """Say that the checklist is being worked out (the file's store is still loading)."""
        clear_layout(self.grid)
        self.status_labels, self.reason_labels = {}, {}
        self.grid.addWidget(QLabel(self.tr("Checking the APV…")), 0, 0)

    def show_lines(self, lines: Sequence[ChecklistLine], words: ReasonText) -> None:
        clear_layout(self.grid)
        self.status_labels, self.reason_labels = {}, {}
        complete = checklist_complete(lines)
        met = sum(1 for line in lines if line.met)
        self.summary = QLabel(
            self.tr("The APV is complete by this checklist.")
            if complete
            else self.tr("%1 of %2 elements are met. What is missing is listed below.")
            .replace("%1", str(met))
            .replace("%2", str(len(lines)))
        )
        self.summary.setStyleSheet(DONE_STYLE if complete else MISSING_STYLE)
        self.summary.setWordWrap(True)
        self.grid.addWidget(self.summary, 0, 0, 1, 4)
        for row, line in enumerate(lines, start=1):
            self.grid.addWidget(QLabel(f"{row}."), row, 0, Qt.AlignmentFlag.AlignTop)
            cell = QVBoxLayout()
            cell.setSpacing(1)
            title = QLabel(element_title(line.element))
            title.setWordWrap(True)
            cell.addWidget(title)
            detail = self._detail(line, words)
            if detail is not None:
                cell.addWidget(detail)
                self.reason_labels[line.element] = detail
            self.grid.addLayout(cell, row, 1)
            mark = QLabel(self.tr("✔ Met") if line.met else self.tr("✘ Not met"))
            mark.setStyleSheet(DONE_STYLE if line.met else MISSING_STYLE)
            self.grid.addWidget(mark, row, 2, Qt.AlignmentFlag.AlignTop)
            self.status_labels[line.element] = mark
            if not line.met and line.page != "overview":  # what the Overblik records is just below
                button = QPushButton(self._button_text(line.page))
                button.clicked.connect(lambda _checked=False, key=line.page: self.navigate.emit(key))
                self.grid.addWidget(button, row, 3, Qt.AlignmentFlag.AlignTop)

    def _detail(self, line: ChecklistLine, words: ReasonText) -> QLabel | None:
        """Return what a met element rests on (muted), or why it is not met (red); None for nothing."""
        if line.met:
            basis = words.basis(line)
            if not basis:
                return None
            detail = QLabel(basis)
            detail.setStyleSheet(BASIS_STYLE)
        else:
            reasons = [words.reason(reason) for reason in line.reasons]
            shown = reasons[:MAX_REASONS]
            if len(reasons) > MAX_REASONS:
                shown.append(self.tr("… and %1 more.").replace("%1", str(len(reasons) - MAX_REASONS)))
            detail = QLabel("\n".join(f"• {reason}" for reason in shown))
            detail.setStyleSheet(REASON_STYLE)
        detail.setWordWrap(True)
        return detail
