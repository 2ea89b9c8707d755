"""The facilitator's editor of one agenda point: its title and question, the group's rating and the notes.

The notes are what works, what does not work, and ideas. The editor only shows and
reports: the facilitator's window saves what it reports (see :mod:`apvdesk.ui.meeting.facilitator`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from apvdesk.core.dialogue import AgendaPoint
from apvdesk.ui.meeting.rating import RatingButtons
from apvdesk.ui.style import heading


class PointEditor(QWidget):
    """Shows an agenda point for the group to rate and take notes on.

    ``rated`` is emitted with the rating clicked (None: "not rated"); ``notes_edited``
    when the facilitator types in a note; ``notes_left`` when a note field loses the focus.
    """

    rated = Signal(object)
    notes_edited = Signal()
    notes_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        self.ratings = RatingButtons()
        self.ratings.rated.connect(self.rated)
        layout.addWidget(self.ratings)

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

    def show_point(self, point: AgendaPoint | None) -> None:
        """Show ``point`` with its rating and notes (None: the agenda is empty)."""
        self._loading = True
        try:
            self.title_label.setText(point.title if point else self.tr("The agenda is empty"))
            self.question_label.setText(point.question if point else self.tr("Add a point to start."))
            self.ratings.show_rating(point.rating if point else None)
            self.works_edit.setPlainText(point.works if point else "")
            self.not_works_edit.setPlainText(point.not_works if point else "")
            self.ideas_edit.setPlainText(point.ideas if point else "")
        finally:
            self._loading = False

    def set_editable(self, editable: bool) -> None:
        """Allow rating and notes (not while the agenda is empty)."""
        for widget in (*self._note_edits, *self.ratings.buttons.values()):
            widget.setEnabled(editable)

    def notes(self) -> tuple[str, str, str]:
        """Return the notes as typed: what works, what does not work, ideas."""
        return (
            self.works_edit.toPlainText(),
            self.not_works_edit.toPlainText(),
            self.ideas_edit.toPlainText(),
        )

    def _notes_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        edit.textChanged.connect(self._notes_changed)
        edit.installEventFilter(self)
        return edit

    def _notes_changed(self) -> None:
        if not self._loading:
            self.notes_edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Report a note field that loses the focus (its note is saved at once)."""
        if event.type() == QEvent.Type.FocusOut and watched in self._note_edits:
            self.notes_left.emit()
        return super().eventFilter(watched, event)
