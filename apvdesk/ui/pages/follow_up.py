"""Opfølgning: overdue and due actions first, progress and effect in one dialog, before and after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core import action_history as history
from apvdesk.core.action_history import needs_next_step, to_reconsider
from apvdesk.core.follow_up import FollowUpRow, Urgency, follow_up_list, needs_attention
from apvdesk.core.model import Action
from apvdesk.ui.dialogs.action_dialog import ProgressDialog
from apvdesk.ui.dialogs.follow_up_steps import MoveDeadlineDialog, NoteDialog
from apvdesk.ui.models.follow_up import FollowUpModel
from apvdesk.ui.next_step_flow import ask_next_step
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.follow_up_round import FollowUpRoundBox
from apvdesk.ui.style import muted
from apvdesk.wording.history_texts import dated_event_text


def history_html(action: Action) -> str:
    """Return the action's history as a short list, the latest last ("" when it has none)."""
    if not action.history:
        return ""
    lines = "".join(f"<li>{_escape(dated_event_text(event))}</li>" for event in action.history)
    title = QCoreApplication.translate("FollowUpPage", "History of the chosen action:")
    return f"<b>{_escape(title)}</b><ul style='margin-top:2px'>{lines}</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FollowUpPage(Page):
    """What needs doing now, how the actions went, and whether the scores moved."""

    page_key = "follow-up"

    def title(self) -> str:
        return self.tr("Follow-up")

    def introduction(self) -> str:
        return self.tr(
            "Check that the actions are carried out and that they work. Overdue actions and effect "
            "checks that are due come first."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        box = QGroupBox(self.tr("Actions to follow up"))
        layout = QVBoxLayout(box)
        self.summary = muted("")
        layout.addWidget(self.summary)
        self.model = FollowUpModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(220)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 200)
        header.setHighlightSections(False)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.progress_button = QPushButton(self.tr("Record progress and effect…"))
        self.progress_button.clicked.connect(self.record_progress)
        row.addWidget(self.progress_button)
        self.note_button = QPushButton(self.tr("Add a note…"))
        self.note_button.clicked.connect(self.add_note)
        row.addWidget(self.note_button)
        self.move_button = QPushButton(self.tr("Move the deadline…"))
        self.move_button.clicked.connect(self.move_deadline)
        row.addWidget(self.move_button)
        self.next_step_button = QPushButton(self.tr("Choose the next step…"))
        self.next_step_button.clicked.connect(self.choose_next_step)
        row.addWidget(self.next_step_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.history_label)
        row = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Go to the action plan"))
        self.plan_button.clicked.connect(lambda: self.context.navigate.emit("action-plan"))
        row.addWidget(self.plan_button)
        row.addStretch(1)
        self.show_finished = QCheckBox(self.tr("Show finished and cancelled actions"))
        self.show_finished.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.show_finished)
        layout.addLayout(row)
        self.body.addWidget(box)
        self.round_box = FollowUpRoundBox(context)
        self.body.addWidget(self.round_box)
        self.body.addStretch(1)
        self.view.doubleClicked.connect(lambda _index: self.record_progress())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def rows(self) -> list[FollowUpRow]:
        """Return the actions of the current round in follow-up order."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return []
        return follow_up_list(self.store.round_actions(apv_round.id), dt.date.today())

    def refresh(self, select_action_id: int | None = None) -> None:
        self.show_next_step()
        rows = self.rows()
        shown = rows if self.show_finished.isChecked() else [r for r in rows if r.urgency != Urgency.CLOSED]
        self.model.set_rows(shown)
        attention = needs_attention(rows)
        overdue = sum(1 for r in rows if r.overdue)
        if not rows:
            self.summary.setText(
                self.tr("There are no actions yet. Add them to the problems on the Action plan page.")
            )
        elif not attention:
            self.summary.setText(self.tr("Nothing is overdue or due within the next 14 days."))
        else:
            waiting = sum(1 for r in rows if r.needs_next_step)
            text = (
                self.tr("Overdue: %1. Due within 14 days (deadlines and effect checks): %2.")
                .replace("%1", str(overdue))
                .replace("%2", str(len(attention) - overdue - waiting))
            )
            if waiting:
                text += " " + self.tr("Waiting for the next step: %1.").replace("%1", str(waiting))
            self.summary.setText(text)
        reconsider = to_reconsider((r.problem, r.action) for r in rows)
        if reconsider:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("To be reconsidered: %1.").replace("%1", "; ".join(p.kind for p in reconsider))
            )
        self.view.setVisible(bool(shown))
        for index, row in enumerate(shown):
            if row.action.id == select_action_id:
                self.view.selectRow(index)
                break
        else:
            if shown:
                self.view.selectRow(0)
        self._update_buttons()
        self.round_box.refresh()

    def _selected(self) -> FollowUpRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        chosen = self.context.editable and row is not None
        for button in (self.progress_button, self.note_button, self.move_button):
            button.setEnabled(chosen)
        self.next_step_button.setVisible(row is not None and row.needs_next_step)
        self.next_step_button.setEnabled(chosen)
        self.history_label.setText(history_html(row.action) if row is not None else "")

    def _save(self, action: Action) -> None:
        saved = self.store.save_action(action)
        self.refresh(select_action_id=saved.id)
        self.context.plan_changed.emit()

    def record_progress(self) -> None:
        """Record status and effect; an effect that is partly or not there asks for the next step."""
        row = self._selected()
        if row is None:
            return
        action, accepted = ProgressDialog.edit(self, row.action, row.problem.kind)
        if accepted:
            self._save(action)
            if needs_next_step(action):
                self.choose_next_step()

    def add_note(self) -> None:
        """Add a dated progress note to the chosen action, whatever its status."""
        row = self._selected()
        note = NoteDialog.ask(self, row.action) if row is not None else None
        if row is not None and note:
            self._save(history.add_note(row.action, note, dt.date.today()))

    def move_deadline(self) -> None:
        """Give the chosen action a new deadline; the old one and the reason go into its history."""
        row = self._selected()
        answer = MoveDeadlineDialog.ask(self, row.action) if row is not None else None
        if row is not None and answer is not None:
            self._save(history.move_deadline(row.action, answer[0], answer[1], dt.date.today()))

    def choose_next_step(self) -> None:
        """Ask what now for an action that worked partly or not at all; "later" keeps it on the list."""
        row = self._selected()
        if row is None or not row.needs_next_step:
            return
        saved = ask_next_step(self, self.store, row.action)
        if saved is not None:
            self.refresh(select_action_id=saved.id)
            self.context.plan_changed.emit()

    def close_windows(self) -> None:
        self.round_box.close_windows()
