"""The reminder shown when a workplace file opens: what is overdue or due soon, overdue first.

No e-mail and no network: the file itself knows the deadlines, so the reminder comes
when the file is opened.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.follow_up import FollowUpRow, Urgency, follow_up_list, needs_attention
from apvdesk.wording.formatting import format_date

MAX_LINES = 3


class ReminderBar(QFrame):
    """A yellow bar above the pages; "Show follow-up" goes to the Follow-up page."""

    show_follow_up = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setStyleSheet(
            "#reminderBar { background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; }"
            "#reminderBar QLabel { color: #000000; }"  # the text colour of the bar, whatever the system
        )
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 8, 8)
        text = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setStyleSheet("font-weight: bold;")
        self.headline.setWordWrap(True)
        text.addWidget(self.headline)
        self.lines: list[QLabel] = []
        for _ in range(MAX_LINES):
            line = QLabel()
            line.setWordWrap(True)
            text.addWidget(line)
            self.lines.append(line)
        outer.addLayout(text, 1)
        self.show_button = QPushButton(self.tr("Show follow-up"))
        self.show_button.clicked.connect(self.show_follow_up)
        outer.addWidget(self.show_button)
        self.close_button = QPushButton(self.tr("Hide"))
        self.close_button.clicked.connect(self.dismiss)
        outer.addWidget(self.close_button)
        self._dismissed = False
        self.rows: list[FollowUpRow] = []
        self.setVisible(False)

    def dismiss(self) -> None:
        self._dismissed = True
        self.setVisible(False)

    def update_from(self, store, round_id: int | None, today: dt.date | None = None) -> None:
        """Read the round's actions and show the reminder when anything needs attention."""
        if round_id is None:
            self.rows = []
        else:
            self.rows = needs_attention(
                follow_up_list(store.round_actions(round_id), today or dt.date.today())
            )
        if not self.rows:
            self.setVisible(False)
            return
        overdue = sum(1 for row in self.rows if row.overdue)
        waiting = sum(1 for row in self.rows if row.needs_next_step)  # effect recorded: nothing due
        headline = (
            self.tr("Reminder – overdue: %1, due within 14 days: %2")
            .replace("%1", str(overdue))
            .replace("%2", str(len(self.rows) - overdue - waiting))
        )
        if waiting:
            headline += ", " + self.tr("waiting for the next step: %1").replace("%1", str(waiting))
        self.headline.setText(headline)
        for line, row in zip(self.lines, [*self.rows, *([None] * MAX_LINES)], strict=False):
            line.setVisible(row is not None)
            if row is not None:
                line.setText(self._line(row))
                line.setStyleSheet("color: #a61b1b;" if row.overdue else "")
        self.setVisible(not self._dismissed)

    def _line(self, row: FollowUpRow) -> str:
        if row.needs_next_step:  # the effect is recorded (partly, or not): what now, not a check
            text = self.tr("Choose the next step for: %2 (effect recorded %1)")
        elif row.urgency == Urgency.OVERDUE:
            text = self.tr("Overdue since %1: %2")
        elif row.urgency == Urgency.FOLLOW_UP_DUE:
            text = self.tr("Check the effect by %1: %2")
        else:
            text = self.tr("Deadline %1: %2")
        text = text.replace("%1", format_date(row.due)).replace("%2", row.action.how)
        if row.action.responsible:
            text += " – " + row.action.responsible
        return text
