"""On the Mapping page: whether the round collects answers or has released its results, and what to do.

The owner ends the collection here (the results are then worked out once and released),
reopens it for more answers, and is told how many answers wait for the next release and
where a group has more answers than employees (someone answered twice, or the headcount
is out of date).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.mapping import GroupResponse
from apvdesk.ui import answer_collection
from apvdesk.ui.pages.base import PageContext
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date


class CollectionStatus(QWidget):
    """The collection's state, the end and reopen buttons, and the flag of more answers than people.

    ``changed`` is emitted once the collection was ended or reopened; ``buttons`` is the
    row of buttons, where the page may add its own.
    """

    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._round_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headcount_note = muted("")
        self.headcount_note.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.headcount_note)
        self.collection_note = QLabel()
        self.collection_note.setWordWrap(True)
        self.collection_note.setStyleSheet(
            "background: #eef4fb; color: #000000;"  # a text colour with every background
            " border: 1px solid #b7cde6; padding: 8px;"
        )
        layout.addWidget(self.collection_note)
        self.buttons = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End the collection and show the results…"))
        self.end_button.clicked.connect(self.end_collection)
        self.buttons.addWidget(self.end_button)
        self.reopen_button = QPushButton(self.tr("Reopen the collection…"))
        self.reopen_button.clicked.connect(self.reopen_collection)
        self.buttons.addWidget(self.reopen_button)
        self.headcount_button = QPushButton(self.tr("Correct the headcount…"))
        self.headcount_button.setToolTip(
            self.tr("The groups and their employees are set on the Preparation page.")
        )
        self.headcount_button.clicked.connect(lambda: self.context.navigate.emit("preparation"))
        self.buttons.addWidget(self.headcount_button)
        layout.addLayout(self.buttons)

    @property
    def store(self):
        return self.context.store

    def show_round(self, round_id: int, rows: list[GroupResponse], answers_kept: bool) -> None:
        """Show the state of round ``round_id``, whose response overview is ``rows`` (the total last)."""
        self._round_id = round_id
        self._show_headcount(rows)
        self._show_collection(round_id, answers_kept)

    def _show_headcount(self, rows: list[GroupResponse]) -> None:
        over = [row for row in rows[:-1] if row.over_headcount]
        self.headcount_button.setVisible(bool(over))
        self.headcount_button.setEnabled(self.context.editable)
        if not over:
            self.headcount_note.setVisible(False)
            return
        groups = ", ".join(
            self.tr("%1 (%2 answers, %3 employees)")
            .replace("%1", row.group.name if row.group else "")
            .replace("%2", str(row.respondents))
            .replace("%3", str(row.headcount))
            for row in over
        )
        self.headcount_note.setText(
            self.tr(
                "More answers than employees in: %1. Someone may have answered twice, or the "
                "headcount is out of date. Correct the headcount, or keep in mind that the results "
                "may hold a double answer."
            ).replace("%1", groups)
        )
        self.headcount_note.setVisible(True)

    def _show_collection(self, round_id: int, answers_kept: bool) -> None:
        """Say whether the round collects answers or has released its results, with the buttons for it."""
        store = self.store
        collecting = store.is_collecting(round_id)
        released_on = store.released_on(round_id)
        editable = self.context.editable and answers_kept
        self.end_button.setVisible(collecting)
        self.end_button.setEnabled(editable and store.respondent_count(round_id) > 0)
        self.reopen_button.setVisible(not collecting and answers_kept)
        self.reopen_button.setEnabled(editable)
        threshold = store.round(round_id).anonymity_threshold
        if not answers_kept:
            self.collection_note.setVisible(False)
            return
        if collecting and released_on is None:
            text = self.tr(
                "The collection is open. While it is, only the number of answers is shown: the "
                "results are worked out and shown when you end the collection."
            )
        elif collecting:
            text = self.tr(
                "The collection was reopened. The results shown are those released on %1; new "
                "answers are added when you end the collection again."
            ).replace("%1", format_date(released_on))
        elif released_on is not None:
            text = self.tr("The collection ended on %1, and the results are released.").replace(
                "%1", format_date(released_on)
            )
        else:
            text = self.tr("The collection has ended, and the results are released.")
        waiting = store.waiting_answers(round_id)
        if waiting:
            names = {g.id: g.name for g in store.groups()}
            text += " " + (
                self.tr(
                    "%1 answers came in after the release and are waiting: they are added when every "
                    "group they belong to has at least %2 new answers (now: %3)."
                )
                .replace("%1", str(sum(waiting.values())))
                .replace("%2", str(threshold))
                .replace("%3", ", ".join(f"{names.get(g, '?')} {n}" for g, n in sorted(waiting.items())))
            )
        self.collection_note.setText(text)
        self.collection_note.setVisible(True)

    def end_collection(self) -> None:
        if self._round_id is not None and answer_collection.end_collection(self, self.store, self._round_id):
            self.changed.emit()

    def reopen_collection(self) -> None:
        if self._round_id is not None and answer_collection.reopen_collection(
            self, self.store, self._round_id
        ):
            self.changed.emit()
