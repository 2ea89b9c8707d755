"""The APV checklist on the Overview page: each point of BEK 1838/2023, done or missing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from apvdesk.core.checklist import ChecklistLine, ChecklistPoint
from apvdesk.ui.style import clear_layout

DONE_STYLE = "color: #1d6b33; font-weight: bold;"
MISSING_STYLE = "color: #a61b1b; font-weight: bold;"


class ChecklistBox(QGroupBox):
    """One row per point: the requirement, done or missing (and why), and a button to fix it."""

    navigate = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The APV checklist (BEK 1838/2023)"))
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.status_labels: dict[ChecklistPoint, QLabel] = {}

    def requirement(self, point: ChecklistPoint) -> str:
        texts = {
            ChecklistPoint.MAPPING: self.tr(
                "The working conditions are mapped (questionnaire or dialogue meeting)."
            ),
            ChecklistPoint.PROBLEMS_DESCRIBED: self.tr(
                "Each problem is described: its kind, seriousness, extent and causes."
            ),
            ChecklistPoint.ABSENCE_CONSIDERED: self.tr(
                "The sickness absence is considered: can conditions at work contribute to it?"
            ),
            ChecklistPoint.ACTIONS_PLANNED: self.tr(
                "Every problem not solved at once has actions saying how, by when and who is responsible."
            ),
            ChecklistPoint.PLAN_APPROVED: self.tr(
                "The action plan is approved by the AMO, or by the employer and an employee representative."
            ),
            ChecklistPoint.FOLLOW_UP_PLANNED: self.tr(
                "Follow-up is planned: when and how the effect of each action is checked."
            ),
        }
        return texts[point]

    def _status(self, line: ChecklistLine) -> str:
        if line.done:
            return self.tr("✔ Done")
        if line.no_problems:
            return self.tr("✘ Missing: no problems are registered yet")
        if line.changed_since_approval:
            return self.tr("✘ Changed since approval: approve it again")
        if line.problems:
            numbers = ", ".join(str(n) for n in line.problems)
            return self.tr("✘ Missing for problem %1").replace("%1", numbers)
        if line.point == ChecklistPoint.PLAN_APPROVED:
            return self.tr("✘ Not approved yet")
        return self.tr("✘ Missing")

    def _button_text(self, line: ChecklistLine) -> str:
        pages = {
            "mapping": self.tr("Go to Mapping"),
            "absence": self.tr("Go to Sickness absence"),
            "action-plan": self.tr("Go to Action plan"),
            "follow-up": self.tr("Go to Follow-up"),
        }
        return pages[line.page]

    def show_lines(self, lines: Sequence[ChecklistLine]) -> None:
        clear_layout(self.grid)
        self.status_labels = {}
        for row, line in enumerate(lines):
            mark = QLabel(self._status(line))
            mark.setStyleSheet(DONE_STYLE if line.done else MISSING_STYLE)
            mark.setWordWrap(True)
            text = QLabel(self.requirement(line.point))
            text.setWordWrap(True)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(mark, row, 2)
            self.status_labels[line.point] = mark
            if not line.done:
                button = QPushButton(self._button_text(line))
                button.clicked.connect(lambda _checked=False, key=line.page: self.navigate.emit(key))
                self.grid.addWidget(button, row, 3)
            number = QLabel(f"{row + 1}.")
            self.grid.addWidget(number, row, 0)
