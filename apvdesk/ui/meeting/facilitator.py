"""The facilitator's window of a dialogue meeting: the agenda, and per point the group's answers.

Everything is saved as it is entered: the meeting's details and a point's rating at once,
the notes after a short pause in typing or when the field is left. From any point one
click creates a problem (or an action under it) in the action plan. Only the number of
participants is kept, never names. Points move by a button or by dragging; "Done" closes it. The parts are
:class:`~apvdesk.ui.meeting.details.MeetingDetailsBox`, :class:`~apvdesk.ui.meeting.point_editor.PointEditor`
(its :mod:`~apvdesk.ui.meeting.rating` buttons) and :class:`~apvdesk.ui.meeting.decisions.PointDecisions`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.meeting.agenda_list import POINT_ID, AgendaButtons, AgendaList, in_order
from apvdesk.ui.meeting.decisions import PointDecisions
from apvdesk.ui.meeting.details import MeetingDetailsBox
from apvdesk.ui.meeting.dialogs import AddPointDialog
from apvdesk.ui.meeting.point_editor import PointEditor
from apvdesk.ui.meeting.presentation import PresentationWindow, place_on_other_screen
from apvdesk.ui.meeting.rating import RATING_STYLE, rating_of_key
from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.style import muted
from apvdesk.wording.labels import label

SAVE_DELAY_MS = 500


class MeetingWindow(QWidget):
    """The facilitator's view of one meeting; ``closed`` is emitted when the window closes."""

    closed = Signal()
    current_changed = Signal(int)

    def __init__(self, store: WorkplaceService, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._store = store
        self.meeting: DialogueMeeting = store.meeting(meeting_id)
        self.points: list[AgendaPoint] = store.points(meeting_id)
        self._groups = store.round_groups(self.meeting.round_id)
        extra = [g for g in store.groups() if g.id in self.meeting.group_ids and g not in self._groups]
        self._groups += extra
        self.current = 0
        self.presentation: PresentationWindow | None = None
        self._shown: AgendaPoint | None = None  # the point whose notes the fields hold
        self._sized = False

        self.setWindowTitle(self.tr("Dialogue meeting"))
        resize_to_fit(self, 1200, 780)
        self.setStyleSheet(RATING_STYLE)  # on the window, as its controls have always been drawn with it
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self.save_notes)
        self._facilitator_timer = QTimer(self)
        self._facilitator_timer.setSingleShot(True)
        self._facilitator_timer.setInterval(SAVE_DELAY_MS)
        self._facilitator_timer.timeout.connect(self.save_meeting)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_meeting_box())
        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_agenda_box())
        splitter.addWidget(self._build_point_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_navigation())
        self._fill_agenda()
        self.set_current(0)

    # --- building --------------------------------------------------------------------

    def _build_meeting_box(self) -> MeetingDetailsBox:
        box = MeetingDetailsBox(self.meeting, self._groups)
        box.changed.connect(self.save_meeting)
        box.typing.connect(self._facilitator_timer.start)
        self.details = box
        self.facilitator_edit = box.facilitator_edit
        self.participants_spin = box.participants_spin
        return box

    def _build_agenda_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agenda"))
        box.setMinimumWidth(260)
        layout = QVBoxLayout(box)
        self.agenda_list = AgendaList()
        self.agenda_list.setWordWrap(True)
        self.agenda_list.currentRowChanged.connect(self._agenda_row_changed)
        self.agenda_list.reordered.connect(self._dragged)
        self.agenda_list.installEventFilter(self)
        self.agenda_list.setToolTip(self.tr("Drag a point to move it"))
        layout.addWidget(self.agenda_list, 1)
        buttons = AgendaButtons()
        self.up_button, self.down_button = buttons.up_button, buttons.down_button
        self.top_button, self.bottom_button = buttons.top_button, buttons.bottom_button
        self.remove_button, self.add_button = buttons.remove_button, buttons.add_button
        self.up_button.clicked.connect(lambda: self.move_point(-1))
        self.down_button.clicked.connect(lambda: self.move_point(1))
        self.top_button.clicked.connect(lambda: self.move_point_to(0))
        self.bottom_button.clicked.connect(lambda: self.move_point_to(len(self.points) - 1))
        self.remove_button.clicked.connect(self.remove_point)
        self.add_button.clicked.connect(self.add_point)
        layout.addWidget(buttons)
        self.total_label = muted("")
        layout.addWidget(self.total_label)
        return box

    def _build_point_box(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        editor = self.editor = PointEditor()
        editor.rated.connect(self.set_rating)
        editor.notes_edited.connect(self._text_timer.start)
        editor.notes_left.connect(self.save_notes)
        layout.addWidget(editor, 1)
        self.decisions = PointDecisions(self._store, self.meeting, self._groups, self.save_notes)
        layout.addWidget(self.decisions)
        # the parts kept on the window by their names, where callers and tests reach for them
        self.title_label = editor.title_label
        self.rating_buttons = editor.ratings.buttons
        self.works_edit, self.not_works_edit, self.ideas_edit = (
            editor.works_edit,
            editor.not_works_edit,
            editor.ideas_edit,
        )
        self.problem_button = self.decisions.problem_button
        self.action_button = self.decisions.action_button
        self.decisions_list = self.decisions.decisions_list
        return panel

    def _build_navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("← Previous point"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.position_label = QLabel()
        self.next_button = QPushButton(self.tr("Next point →"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.present_button = QPushButton(self.tr("Show on screen (presentation)"))
        self.present_button.setToolTip(
            self.tr(
                "Opens a window for a TV or projector with the current point in large type. F11: full screen."
            )
        )
        self.present_button.clicked.connect(self.show_presentation)
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.present_button)
        self.saved_label = muted(self.tr("Everything is saved as you go."))
        self.saved_label.setWordWrap(False)
        row.addWidget(self.saved_label)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Close the meeting window; everything is saved already."))
        self.done_button.clicked.connect(self.done)
        row.addWidget(self.done_button)
        return row

    # --- the agenda ------------------------------------------------------------------

    def _fill_agenda(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for number, point in enumerate(self.points, start=1):
            text = self.tr("%1. %2 (%3 min)").replace("%1", str(number)).replace("%2", point.title)
            item = QListWidgetItem(text.replace("%3", str(point.minutes)))
            item.setData(POINT_ID, point.id)
            if point.rating is not None:
                item.setToolTip(label(point.rating))
            self.agenda_list.addItem(item)
        self.agenda_list.blockSignals(False)
        total = sum(p.minutes for p in self.points)
        self.total_label.setText(
            self.tr("%1 points, about %2 minutes")
            .replace("%1", str(len(self.points)))
            .replace("%2", str(total))
        )

    def _agenda_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.set_current(row)

    def move_point(self, delta: int) -> None:
        """Move the current point up (-1) or down (+1) the agenda."""
        self.move_point_to(self.current + delta)

    def move_point_to(self, target: int) -> None:
        """Move the current point to place ``target`` (0: the top) in one step, and save the order."""
        if not self.points or not 0 <= target < len(self.points) or target == self.current:
            return
        self.save_notes()
        self.points.insert(target, self.points.pop(self.current))
        self._store.reorder_points(self._meeting_id, [p.id for p in self.points if p.id is not None])
        self._fill_agenda()
        self.set_current(target)

    def _dragged(self, point_ids: list[int]) -> None:
        """Take the order the user dragged the points into, save it and stay on the point shown."""
        shown, points = self.current_point(), in_order(self.points, point_ids)
        if points is not None:
            self.save_notes()
            self.points = points
            self._store.reorder_points(self._meeting_id, point_ids)
            self._fill_agenda()
            self.current = -1  # shown afresh wherever it landed
            self.set_current(self.points.index(shown) if shown in self.points else 0)

    def remove_point(self) -> None:
        """Drop the current point from the agenda."""
        point = self.current_point()
        if point is None or point.id is None:
            return
        self._text_timer.stop()
        self._shown = None  # its notes go with it
        self._store.delete_point(point.id)
        del self.points[self.current]
        self._fill_agenda()
        self.set_current(min(self.current, len(self.points) - 1))

    def add_point(self) -> None:
        """Add a point of the facilitator's own at the end of the agenda."""
        point, accepted = AddPointDialog.get_point(self)
        if not accepted or not point.title:
            return
        self.save_notes()
        point.meeting_id = self._meeting_id
        self.points.append(self._store.save_point(point))
        self._fill_agenda()
        self.set_current(len(self.points) - 1)

    @property
    def _meeting_id(self) -> int:
        assert self.meeting.id is not None
        return self.meeting.id

    # --- the current point -------------------------------------------------------------

    def current_point(self) -> AgendaPoint | None:
        """Return the point the meeting is at, or None when the agenda is empty."""
        return self.points[self.current] if 0 <= self.current < len(self.points) else None

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) point."""
        self.set_current(self.current + delta)

    def set_current(self, index: int) -> None:
        """Show point ``index`` here and on the presentation screen."""
        self.save_notes()
        if self.points:
            index = max(0, min(index, len(self.points) - 1))
        else:
            index = 0
        changed = index != self.current
        self.current = index
        point = self.current_point()
        self.agenda_list.setCurrentRow(index if point is not None else -1)
        self.editor.show_point(point)
        self._shown = point
        has_point = point is not None
        self.editor.set_editable(has_point)
        self.remove_button.setEnabled(has_point)
        self.up_button.setEnabled(has_point and index > 0)
        self.down_button.setEnabled(has_point and index < len(self.points) - 1)
        self.top_button.setEnabled(self.up_button.isEnabled())
        self.bottom_button.setEnabled(self.down_button.isEnabled())
        self.previous_button.setEnabled(has_point and index > 0)
        self.next_button.setEnabled(has_point and index < len(self.points) - 1)
        self.position_label.setText(
            self.tr("Point %1 / %2").replace("%1", str(index + 1)).replace("%2", str(len(self.points)))
            if has_point
            else ""
        )
        self.decisions.show_point(point)
        self._update_presentation()
        if changed:
            self.current_changed.emit(index)

    def set_rating(self, rating: Rating | None) -> None:
        """Record the group's joint rating of the current point (None: not rated)."""
        point = self.current_point()
        if point is None:
            return
        self.editor.ratings.show_rating(rating)
        point.rating = rating
        self._save_point(point)
        item = self.agenda_list.item(self.current)
        if item is not None:
            item.setToolTip(label(rating) if rating is not None else "")
        if self.presentation is not None:
            self.presentation.show_rating(rating)

    def save_notes(self) -> None:
        """Save the current point's notes if they changed since the last save."""
        self._text_timer.stop()
        point = self._shown
        if point is None:
            return
        notes = self.editor.notes()
        if notes != (point.works, point.not_works, point.ideas):
            point.works, point.not_works, point.ideas = notes
            self._save_point(point)

    def _save_point(self, point: AgendaPoint) -> None:
        saved = self._store.save_point(point)
        point.position = saved.position

    def save_meeting(self) -> None:
        """Save the meeting's date, facilitator, number of participants and groups."""
        self._facilitator_timer.stop()
        self.details.read_into(self.meeting)
        self._store.save_meeting(self.meeting)

    # --- the presentation ------------------------------------------------------------

    def show_presentation(self) -> None:
        """Open (or bring forward) the presentation screen, in step with this window."""
        if self.presentation is None:
            self.presentation = PresentationWindow(self)
            self.presentation.step_requested.connect(self.step)
            self.presentation.closed.connect(self._back_from_presentation)
            self.presentation.resize(1280, 720)
            place_on_other_screen(self.presentation, self)
        self._update_presentation()
        self.presentation.show()
        self.presentation.raise_()
        self.presentation.activateWindow()

    def _back_from_presentation(self) -> None:
        """Bring the facilitator's view forward when the presentation closes."""
        self.raise_()
        self.activateWindow()

    def done(self) -> None:
        """Save what is typed, say that the meeting is saved, and close the window."""
        self.save_notes()
        self.save_meeting()
        saved = self.tr("The meeting is saved. Everything is saved as you go; you can open it again later.")
        QMessageBox.information(self, self.tr("Dialogue meeting"), saved)
        self.close()

    def _update_presentation(self) -> None:
        if self.presentation is not None:
            self.presentation.show_point(self.current_point(), self.current, len(self.points))

    # --- showing, keys and closing ------------------------------------------------------------

    def _rating_key(self, event: QKeyEvent) -> bool:
        """Rate the current point by a key 1 to 5; return whether the key was one."""
        rating = rating_of_key(event)
        if rating is None:
            return False
        self.set_rating(rating)
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the agenda takes a quarter of the width at first
            self._sized = True
            self._splitter.setSizes([self.width() // 4, self.width() - self.width() // 4])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._rating_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.agenda_list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._rating_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_notes()
        if self._facilitator_timer.isActive():
            self.save_meeting()
        if self.presentation is not None:
            self.presentation.closed.disconnect(self._back_from_presentation)  # nothing to come back to
            self.presentation.close()
        super().closeEvent(event)
        self.closed.emit()
