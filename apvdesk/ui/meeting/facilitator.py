"""The facilitator's window of a dialogue meeting: the agenda, and per point the group's answers.

Everything is saved as it is entered: the meeting's details and a point's rating at once,
the notes after a short pause in typing or when the field is left. From any point one
click creates a problem (or an action under it) in the action plan. Only the number of
participants is kept, never names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating
from apvdesk.core.model import Action, Problem, Seriousness
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.meeting.dialogs import AddPointDialog
from apvdesk.ui.meeting.presentation import PresentationWindow
from apvdesk.ui.style import heading, muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.labels import label

SAVE_DELAY_MS = 500
NOT_RATED = 0  # the id of the "not rated" button in the rating button group
_RATING_KEYS = {Qt.Key.Key_0.value + r.value: r for r in Rating}  # the keys 1 to 5

RATING_STYLE = """
QPushButton[role="rating"] {
    min-height: 52px; padding: 4px 10px; border: 2px solid #8a8a8a; border-radius: 8px;
    background: #ffffff; color: #1d1d1d; font-weight: bold;
}
QPushButton[role="rating"]:checked { background: #1f4e8c; color: #ffffff; border-color: #1f4e8c; }
"""


def seriousness_from_rating(rating: Rating | None) -> Seriousness:
    """Return the seriousness a problem made from a point starts with: a real problem is high."""
    if rating == Rating.REAL_PROBLEM:
        return Seriousness.HIGH
    if rating == Rating.PROBLEM:
        return Seriousness.MEDIUM
    return Seriousness.LOW


class MeetingWindow(QWidget):
    """The facilitator's view of one meeting; ``closed`` is emitted when the window closes."""

    closed = Signal()
    current_changed = Signal(int)

    def __init__(self, store: WorkplaceStore, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._store = store
        self.meeting: DialogueMeeting = store.meeting(meeting_id)
        self.points: list[AgendaPoint] = store.points(meeting_id)
        self._groups = store.round_groups(self.meeting.round_id)
        extra = [g for g in store.groups() if g.id in self.meeting.group_ids and g not in self._groups]
        self._groups += extra
        self.current = 0
        self._loading = False
        self.presentation: PresentationWindow | None = None
        self._shown: AgendaPoint | None = None  # the point whose notes the fields hold
        self._note_edits: tuple[QPlainTextEdit, ...] = ()
        self._sized = False

        self.setWindowTitle(self.tr("Dialogue meeting"))
        self.resize(1200, 780)
        self.setStyleSheet(RATING_STYLE)
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

    def _build_meeting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting"))
        grid = QGridLayout(box)
        meeting = self.meeting
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        held = meeting.held_on or dt.date.today()
        self.date_edit.setDate(QDate(held.year, held.month, held.day))
        self.date_edit.dateChanged.connect(self.save_meeting)
        grid.addWidget(QLabel(self.tr("Date:")), 0, 0)
        grid.addWidget(self.date_edit, 0, 1, Qt.AlignmentFlag.AlignLeft)
        self.facilitator_edit = QLineEdit(meeting.facilitator)
        self.facilitator_edit.setPlaceholderText(self.tr("Who leads the meeting"))
        self.facilitator_edit.textEdited.connect(lambda _text: self._facilitator_timer.start())
        self.facilitator_edit.editingFinished.connect(self.save_meeting)
        grid.addWidget(QLabel(self.tr("Facilitator:")), 1, 0)
        grid.addWidget(self.facilitator_edit, 1, 1)
        self.participants_spin = QSpinBox()
        self.participants_spin.setRange(0, 999)
        self.participants_spin.setValue(meeting.participants)
        self.participants_spin.valueChanged.connect(self.save_meeting)
        grid.addWidget(QLabel(self.tr("Participants:")), 2, 0)
        row = QHBoxLayout()
        row.addWidget(self.participants_spin)
        row.addWidget(muted(self.tr("Only the number — no names.")), 1)
        grid.addLayout(row, 2, 1)
        grid.addWidget(QLabel(self.tr("Groups:")), 0, 2, Qt.AlignmentFlag.AlignTop)
        self.groups_list = QListWidget()
        self.groups_list.setMaximumHeight(92)
        for group in self._groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in meeting.group_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups_list.addItem(item)
        self.groups_list.itemChanged.connect(self.save_meeting)
        grid.addWidget(self.groups_list, 0, 3, 3, 1)
        self.date_edit.setMinimumWidth(150)
        self.facilitator_edit.setMinimumWidth(320)
        grid.setColumnStretch(3, 1)
        return box

    def _build_agenda_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agenda"))
        box.setMinimumWidth(260)
        layout = QVBoxLayout(box)
        self.agenda_list = QListWidget()
        self.agenda_list.setWordWrap(True)
        self.agenda_list.currentRowChanged.connect(self._agenda_row_changed)
        self.agenda_list.installEventFilter(self)
        layout.addWidget(self.agenda_list, 1)
        buttons = QGridLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_point(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_point(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_point)
        self.add_button = QPushButton(self.tr("Add point…"))
        self.add_button.clicked.connect(self.add_point)
        buttons.addWidget(self.up_button, 0, 0)
        buttons.addWidget(self.down_button, 0, 1)
        buttons.addWidget(self.remove_button, 1, 0)
        buttons.addWidget(self.add_button, 1, 1)
        layout.addLayout(buttons)
        self.total_label = muted("")
        layout.addWidget(self.total_label)
        return box

    def _build_point_box(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title_label = heading("", 1)
        layout.addWidget(self.title_label)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.question_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.question_label.setFont(font)
        layout.addWidget(self.question_label)

        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("The group's rating (keys 1–5)"), 3))
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        rating_row = QHBoxLayout()
        self.rating_buttons: dict[Rating | None, QPushButton] = {}
        for rating in Rating:
            button = self._rating_button(f"{rating.value}\n{label(rating)}", rating.value)
            self.rating_buttons[rating] = button
            rating_row.addWidget(button, 2)
        not_rated = self._rating_button(self.tr("Not rated"), NOT_RATED)
        self.rating_buttons[None] = not_rated
        rating_row.addWidget(not_rated, 1)
        self.rating_group.buttonClicked.connect(self._rating_clicked)
        layout.addLayout(rating_row)

        notes = QGridLayout()
        self.works_edit = self._notes_edit(self.tr("What helps the group; what should be kept."))
        self.not_works_edit = self._notes_edit(self.tr("What gets in the way; when and how often."))
        self.ideas_edit = self._notes_edit(self.tr("What could be done, and by whom."))
        for column, (title, edit) in enumerate(
            (
                (self.tr("What works"), self.works_edit),
                (self.tr("What does not work"), self.not_works_edit),
                (self.tr("Ideas"), self.ideas_edit),
            )
        ):
            notes.addWidget(heading(title, 3), 0, column)
            notes.addWidget(edit, 1, column)
            notes.setColumnStretch(column, 1)
        self._note_edits = (self.works_edit, self.not_works_edit, self.ideas_edit)
        layout.addLayout(notes, 1)

        decisions = QHBoxLayout()
        self.problem_button = QPushButton(self.tr("Create problem from this point…"))
        self.problem_button.clicked.connect(self.create_problem)
        self.action_button = QPushButton(self.tr("Add action…"))
        self.action_button.clicked.connect(self.add_action)
        decisions.addWidget(self.problem_button)
        decisions.addWidget(self.action_button)
        decisions.addStretch(1)
        layout.addLayout(decisions)
        self.decisions_list = QListWidget()
        self.decisions_list.setMaximumHeight(96)
        self.decisions_list.setWordWrap(True)
        layout.addWidget(self.decisions_list)
        self.decisions_note = muted(self.tr("Nothing in the action plan from this point yet."))
        layout.addWidget(self.decisions_note)
        return panel

    def _rating_button(self, text: str, button_id: int) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("role", "rating")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rating_group.addButton(button, button_id)
        return button

    def _notes_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        edit.textChanged.connect(self._notes_changed)
        edit.installEventFilter(self)
        return edit

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
        return row

    # --- the agenda ------------------------------------------------------------------

    def _fill_agenda(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for number, point in enumerate(self.points, start=1):
            text = self.tr("%1. %2 (%3 min)").replace("%1", str(number)).replace("%2", point.title)
            item = QListWidgetItem(text.replace("%3", str(point.minutes)))
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
        target = self.current + delta
        if not self.points or not 0 <= target < len(self.points):
            return
        self.save_notes()
        self.points.insert(target, self.points.pop(self.current))
        self._store.reorder_points(self._meeting_id, [p.id for p in self.points if p.id is not None])
        self._fill_agenda()
        self.set_current(target)

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
        self._loading = True
        try:
            self.agenda_list.setCurrentRow(index if point is not None else -1)
            self.title_label.setText(point.title if point else self.tr("The agenda is empty"))
            self.question_label.setText(point.question if point else self.tr("Add a point to start."))
            self.rating_buttons[point.rating if point else None].setChecked(True)
            self.works_edit.setPlainText(point.works if point else "")
            self.not_works_edit.setPlainText(point.not_works if point else "")
            self.ideas_edit.setPlainText(point.ideas if point else "")
        finally:
            self._loading = False
        self._shown = point
        has_point = point is not None
        for widget in (
            self.works_edit,
            self.not_works_edit,
            self.ideas_edit,
            self.problem_button,
            self.remove_button,
            *self.rating_buttons.values(),
        ):
            widget.setEnabled(has_point)
        self.up_button.setEnabled(has_point and index > 0)
        self.down_button.setEnabled(has_point and index < len(self.points) - 1)
        self.previous_button.setEnabled(has_point and index > 0)
        self.next_button.setEnabled(has_point and index < len(self.points) - 1)
        self.position_label.setText(
            self.tr("Point %1 / %2").replace("%1", str(index + 1)).replace("%2", str(len(self.points)))
            if has_point
            else ""
        )
        self._load_decisions()
        self._update_presentation()
        if changed:
            self.current_changed.emit(index)

    def set_rating(self, rating: Rating | None) -> None:
        """Record the group's joint rating of the current point (None: not rated)."""
        point = self.current_point()
        if point is None:
            return
        self.rating_buttons[rating].setChecked(True)
        point.rating = rating
        self._save_point(point)
        item = self.agenda_list.item(self.current)
        if item is not None:
            item.setToolTip(label(rating) if rating is not None else "")
        if self.presentation is not None:
            self.presentation.show_rating(rating)

    def _rating_clicked(self, button: QAbstractButton) -> None:
        button_id = self.rating_group.id(button)
        self.set_rating(None if button_id == NOT_RATED else Rating(button_id))

    def _notes_changed(self) -> None:
        if not self._loading:
            self._text_timer.start()

    def save_notes(self) -> None:
        """Save the current point's notes if they changed since the last save."""
        self._text_timer.stop()
        point = self._shown
        if point is None:
            return
        notes = (
            self.works_edit.toPlainText(),
            self.not_works_edit.toPlainText(),
            self.ideas_edit.toPlainText(),
        )
        if notes != (point.works, point.not_works, point.ideas):
            point.works, point.not_works, point.ideas = notes
            self._save_point(point)

    def _save_point(self, point: AgendaPoint) -> None:
        saved = self._store.save_point(point)
        point.position = saved.position

    def save_meeting(self) -> None:
        """Save the meeting's date, facilitator, number of participants and groups."""
        self._facilitator_timer.stop()
        qdate = self.date_edit.date()
        self.meeting.held_on = dt.date(qdate.year(), qdate.month(), qdate.day())
        self.meeting.facilitator = self.facilitator_edit.text().strip()
        self.meeting.participants = self.participants_spin.value()
        self.meeting.group_ids = self.group_ids()
        self._store.save_meeting(self.meeting)

    def group_ids(self) -> list[int]:
        """Return the ids of the groups checked as taking part."""
        return [
            int(self.groups_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups_list.count())
            if self.groups_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # --- into the action plan ----------------------------------------------------------

    def _load_decisions(self) -> None:
        self.decisions_list.clear()
        point = self.current_point()
        problems = self._store.point_problems(point.id) if point is not None and point.id else []
        for problem in problems:
            item = QListWidgetItem(self.tr("Problem: %1").replace("%1", _short(problem.kind)))
            item.setData(Qt.ItemDataRole.UserRole, problem.id)
            self.decisions_list.addItem(item)
            assert problem.id is not None
            for action in self._store.actions(problem.id):
                child = QListWidgetItem("    " + self.tr("Action: %1").replace("%1", _short(action.how)))
                child.setData(Qt.ItemDataRole.UserRole, problem.id)
                self.decisions_list.addItem(child)
        self.decisions_list.setVisible(bool(problems))
        self.decisions_note.setVisible(not problems)
        self.action_button.setEnabled(bool(problems))

    def prefilled_problem(self) -> Problem:
        """Return a new problem filled in from the current point, the groups and the notes."""
        point = self.current_point()
        assert point is not None
        self.save_notes()
        bank = self._store.round_bank(self.meeting.round_id)
        scale_ids = [scale.id for scale in bank.scales]
        scale_id = point.scale_id if point.scale_id in scale_ids else scale_ids[0]
        kind = "\n".join(text for text in (point.question, point.not_works.strip()) if text)
        names = [g.name for g in self._groups if g.id in self.meeting.group_ids]
        extent = (
            self.tr("Raised at the dialogue meeting of %1 on %2 (%3 participants).")
            .replace("%1", ", ".join(names))
            .replace("%2", format_date(self.meeting.held_on))
            .replace("%3", str(self.meeting.participants))
        )
        return Problem(
            round_id=self.meeting.round_id,
            scale_id=scale_id,
            kind=kind,
            seriousness=seriousness_from_rating(point.rating),
            extent=extent,
            causes="",
            group_ids=list(self.meeting.group_ids),
            dialogue_point_id=point.id,
        )

    def create_problem(self) -> None:
        """Create a problem in the action plan from the current point (the problem dialog, prefilled)."""
        point = self.current_point()
        if point is None:
            return
        draft = self.prefilled_problem()
        bank = self._store.round_bank(self.meeting.round_id)
        from apvdesk.wording.i18n import current_language

        problem, accepted = ProblemDialog.edit(self, draft, bank, self._store.groups(), current_language())
        if accepted and problem.kind:
            self._store.save_problem(problem)
            self._load_decisions()

    def _target_problem_id(self) -> int | None:
        item = self.decisions_list.currentItem()
        if item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        point = self.current_point()
        problems = self._store.point_problems(point.id) if point is not None and point.id else []
        return problems[-1].id if problems else None

    def add_action(self) -> None:
        """Add an action under the point's (chosen or latest) problem, prefilled with the ideas."""
        point = self.current_point()
        problem_id = self._target_problem_id()
        if point is None or problem_id is None:
            return
        self.save_notes()
        action, accepted = ActionDialog.edit(self, Action(how=point.ideas.strip(), problem_id=problem_id))
        if accepted and action.how:
            action.problem_id = problem_id
            self._store.save_action(action)
            self._load_decisions()

    # --- the presentation ------------------------------------------------------------

    def show_presentation(self) -> None:
        """Open (or bring forward) the presentation screen, in step with this window."""
        if self.presentation is None:
            self.presentation = PresentationWindow(self)
            self.presentation.step_requested.connect(self.step)
            self.presentation.resize(1280, 720)
        self._update_presentation()
        self.presentation.show()
        self.presentation.raise_()
        self.presentation.activateWindow()

    def _update_presentation(self) -> None:
        if self.presentation is not None:
            self.presentation.show_point(self.current_point(), self.current, len(self.points))

    # --- showing, keys and closing ------------------------------------------------------------

    def _rating_key(self, event: QKeyEvent) -> bool:
        rating = _RATING_KEYS.get(int(event.key()))
        if rating is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
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
        if event.type() == QEvent.Type.FocusOut and watched in self._note_edits:
            self.save_notes()
        elif (
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
            self.presentation.close()
        super().closeEvent(event)
        self.closed.emit()


def _short(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
