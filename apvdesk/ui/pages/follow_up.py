"""Opfølgning: overdue and due actions first, progress and effect in one dialog, before and after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core.follow_up import FollowUpRow, Urgency, follow_up_list, needs_attention
from apvdesk.ui.dialogs.action_dialog import ProgressDialog
from apvdesk.ui.models.follow_up import FollowUpModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.follow_up_round import FollowUpRoundBox
from apvdesk.ui.style import muted


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
            self.summary.setText(
                self.tr("Overdue: %1. Due within 14 days (deadlines and effect checks): %2.")
                .replace("%1", str(overdue))
                .replace("%2", str(len(attention) - overdue))
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
        self.progress_button.setEnabled(self.context.editable and self._selected() is not None)

    def record_progress(self) -> None:
        row = self._selected()
        if row is None:
            return
        action, accepted = ProgressDialog.edit(self, row.action, row.problem.kind)
        if accepted:
            self.store.save_action(action)
            self.refresh(select_action_id=action.id)
            self.context.plan_changed.emit()

    def close_windows(self) -> None:
        self.round_box.close_windows()
