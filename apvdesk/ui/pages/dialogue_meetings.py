"""On the Mapping page: the round's dialogue meetings, and the facilitator's window of the one open.

A dialogue meeting is for teams too small for an anonymous questionnaire. A new meeting
starts with the groups chosen and the proposed agenda; one meeting's window is open at a
time (:class:`~apvdesk.ui.meeting.facilitator.MeetingWindow`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.pages.base import PageContext
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date

if TYPE_CHECKING:
    from apvdesk.ui.meeting.facilitator import MeetingWindow


class DialogueMeetingsBox(QGroupBox):
    """The list of the round's meetings with New, Open and Delete; ``deleted`` after a meeting is deleted."""

    deleted = Signal()

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Dialogue meetings"))
        self.context = context
        self.meeting_window: MeetingWindow | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "For groups too small for an anonymous questionnaire: the group talks through "
                    "a few points together and agrees on a joint rating. Only the number of "
                    "participants is recorded, no names."
                )
            )
        )
        self.meetings_list = QTreeWidget()
        self.meetings_list.setRootIsDecorated(False)
        self.meetings_list.setHeaderLabels([self.tr("Date"), self.tr("Groups"), self.tr("Participants")])
        self.meetings_list.setMinimumHeight(110)
        self.meetings_list.setMaximumHeight(180)
        self.meetings_list.itemDoubleClicked.connect(lambda _item, _column: self.open_meeting())
        self.meetings_list.itemSelectionChanged.connect(self._update_meeting_buttons)
        layout.addWidget(self.meetings_list)
        buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.tr("New dialogue meeting…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_meeting_button = QPushButton(self.tr("Open meeting…"))
        self.open_meeting_button.clicked.connect(self.open_meeting)
        self.delete_meeting_button = QPushButton(self.tr("Delete meeting"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        for button in (self.new_meeting_button, self.open_meeting_button, self.delete_meeting_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    @property
    def store(self):
        return self.context.store

    def show_round(self, round_id: int | None) -> None:
        """List the meetings of round ``round_id`` (None: there is no round, nor a meeting)."""
        self.new_meeting_button.setEnabled(round_id is not None and self.context.editable)
        if round_id is None:
            self.meetings_list.clear()
            self._update_meeting_buttons()
        else:
            self._load_meetings(round_id)

    def _load_meetings(self, round_id: int, select_id: int | None = None) -> None:
        names = {g.id: g.name for g in self.store.groups()}
        self.meetings_list.clear()
        for meeting in self.store.meetings(round_id):
            item = QTreeWidgetItem(
                [
                    format_date(meeting.held_on),
                    ", ".join(names.get(g, "?") for g in meeting.group_ids),
                    str(meeting.participants),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings_list.addTopLevelItem(item)
            if meeting.id == select_id:
                self.meetings_list.setCurrentItem(item)
        for column in range(3):
            self.meetings_list.resizeColumnToContents(column)
        self._update_meeting_buttons()

    def _selected_meeting_id(self) -> int | None:
        item = self.meetings_list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_meeting_buttons(self) -> None:
        chosen = self._selected_meeting_id() is not None
        self.open_meeting_button.setEnabled(chosen)
        self.delete_meeting_button.setEnabled(chosen)

    def new_meeting(self) -> None:
        """Choose the groups, create a meeting with the proposed agenda, and open it."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        from apvdesk.app.resources import agenda_templates
        from apvdesk.core.dialogue import DialogueMeeting, propose_agenda
        from apvdesk.ui.meeting.dialogs import ChooseGroupsDialog, default_meeting_groups

        groups = self.store.round_groups(apv_round.id)
        proposed = default_meeting_groups(groups, apv_round.anonymity_threshold)
        group_ids, accepted = ChooseGroupsDialog.choose(self, groups, proposed)
        if not accepted or not group_ids:
            return
        points = propose_agenda(
            agenda_templates(), self.store.round_bank(apv_round.id), self.context.language()
        )
        meeting = self.store.create_meeting(
            DialogueMeeting(
                round_id=apv_round.id,
                group_ids=group_ids,
                held_on=dt.date.today(),
                participants=sum(g.headcount for g in groups if g.id in group_ids),
            ),
            points,
        )
        self._load_meetings(apv_round.id, meeting.id)
        assert meeting.id is not None
        self.show_meeting(meeting.id)

    def open_meeting(self) -> None:
        meeting_id = self._selected_meeting_id()
        if meeting_id is not None:
            self.show_meeting(meeting_id)

    def show_meeting(self, meeting_id: int) -> None:
        """Open the facilitator's window of a meeting (one at a time)."""
        from apvdesk.ui.meeting.facilitator import MeetingWindow

        if self.meeting_window is not None:
            self.meeting_window.close()
        window = MeetingWindow(self.store, meeting_id, self)
        window.closed.connect(self._meeting_closed)
        self.meeting_window = window
        window.show()
        window.raise_()

    def close_windows(self) -> None:
        """Close the facilitator's window, if one is open (its notes are saved)."""
        if self.meeting_window is not None:
            self.meeting_window.close()

    def _meeting_closed(self) -> None:
        window = self.sender()
        if window is self.meeting_window:
            self.meeting_window = None
        apv_round = self.context.current_round()
        if apv_round is not None and apv_round.id is not None:
            self._load_meetings(apv_round.id, self._selected_meeting_id())

    def delete_meeting(self) -> None:
        meeting_id = self._selected_meeting_id()
        if meeting_id is None:
            return
        if not confirm(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete this dialogue meeting with its agenda and notes? Problems and actions "
                "made from it stay in the action plan."
            ),
        ):
            return
        if self.meeting_window is not None and self.meeting_window.meeting.id == meeting_id:
            self.meeting_window.close()
        self.store.delete_meeting(meeting_id)
        self.deleted.emit()
