"""The meeting's details in the facilitator's window: the date, who leads it, how many take part, the groups.

Only the number of participants is kept, never names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from apvdesk.core.dialogue import DialogueMeeting
from apvdesk.core.model import Group
from apvdesk.ui.date_field import DateField
from apvdesk.ui.style import muted


class MeetingDetailsBox(QGroupBox):
    """The date, the facilitator, the number of participants and the groups of a meeting.

    ``changed`` is emitted when a detail was changed (the facilitator's name once the field
    is left); ``typing`` while the facilitator's name is typed.
    """

    changed = Signal()
    typing = Signal()

    def __init__(self, meeting: DialogueMeeting, groups: list[Group]) -> None:
        super().__init__()
        self.setTitle(self.tr("Meeting"))
        grid = QGridLayout(self)
        self.date_edit = DateField(meeting.held_on or dt.date.today())
        self.date_edit.committed.connect(lambda *_args: self.changed.emit())
        grid.addWidget(QLabel(self.tr("Date:")), 0, 0)
        grid.addWidget(self.date_edit, 0, 1, Qt.AlignmentFlag.AlignLeft)
        self.facilitator_edit = QLineEdit(meeting.facilitator)
        self.facilitator_edit.setPlaceholderText(self.tr("Who leads the meeting"))
        self.facilitator_edit.textEdited.connect(lambda _text: self.typing.emit())
        self.facilitator_edit.editingFinished.connect(lambda *_args: self.changed.emit())
        grid.addWidget(QLabel(self.tr("Facilitator:")), 1, 0)
        grid.addWidget(self.facilitator_edit, 1, 1)
        self.participants_spin = QSpinBox()
        self.participants_spin.setRange(0, 999)
        self.participants_spin.setValue(meeting.participants)
        self.participants_spin.valueChanged.connect(lambda *_args: self.changed.emit())
        grid.addWidget(QLabel(self.tr("Participants:")), 2, 0)
        row = QHBoxLayout()
        row.addWidget(self.participants_spin)
        row.addWidget(muted(self.tr("Only the number — no names.")), 1)
        grid.addLayout(row, 2, 1)
        grid.addWidget(QLabel(self.tr("Groups:")), 0, 2, Qt.AlignmentFlag.AlignTop)
        self.groups_list = QListWidget()
        self.groups_list.setMaximumHeight(92)
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in meeting.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups_list.addItem(item)
        self.groups_list.itemChanged.connect(lambda *_args: self.changed.emit())
        grid.addWidget(self.groups_list, 0, 3, 3, 1)
        self.date_edit.setMinimumWidth(150)
        self.facilitator_edit.setMinimumWidth(320)
        grid.setColumnStretch(3, 1)

    def read_into(self, meeting: DialogueMeeting) -> None:
        """Put the details as entered into ``meeting``."""
        # A date that is not a date (shown in red under the field) keeps the one saved.
        meeting.held_on = self.date_edit.date() or meeting.held_on
        meeting.facilitator = self.facilitator_edit.text().strip()
        meeting.participants = self.participants_spin.value()
        meeting.group_ids = self.group_ids()

    def group_ids(self) -> list[int]:
        """Return the ids of the groups checked as taking part."""
        return [
            int(self.groups_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups_list.count())
            if self.groups_list.item(i).checkState() == Qt.CheckState.Checked
        ]
