"""Overblik: where the workplace's APV stands and what to do next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.deadlines import annual_discussion_due, summarise_deadlines
from apvdesk.core.next_step import next_step
from apvdesk.core.records import AnnualDiscussion
from apvdesk.core.round_people import groups_in_results, headcount_of
from apvdesk.ui.dialogs.annual_discussion_dialog import AnnualDiscussionDialog
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.checklist_box import ChecklistBox
from apvdesk.ui.pages.overview_records import OverviewRecords
from apvdesk.ui.style import clear_layout, muted
from apvdesk.wording.checklist_text import ReasonText
from apvdesk.wording.formatting import format_date, format_percent
from apvdesk.wording.labels import label


class OverviewPage(Page):
    """The first page: the workplace, the current round and the plan at a glance."""

    page_key = "overview"

    def title(self) -> str:
        return self.tr("Overview")

    def introduction(self) -> str:
        return self.tr("Where your workplace assessment stands, and what to do next.")

    def __init__(self, context) -> None:
        super().__init__(context)
        self.facts_box = QGroupBox(self.tr("The workplace and the current round"))
        self.facts = QFormLayout(self.facts_box)
        self.body.addWidget(self.facts_box)
        self.checklist = ChecklistBox()
        self.checklist.navigate.connect(self.context.navigate)
        self.body.addWidget(self.checklist)
        self.dates_box = QGroupBox(self.tr("Dates to keep"))
        self.dates = QFormLayout(self.dates_box)
        self.body.addWidget(self.dates_box)
        self.plan_box = QGroupBox(self.tr("Action plan"))
        self.plan_layout = QVBoxLayout(self.plan_box)
        self.body.addWidget(self.plan_box)
        self.next_box = QGroupBox(self.tr("Next steps"))
        self.next_layout = QVBoxLayout(self.next_box)
        self.body.addWidget(self.next_box)
        self.body.addStretch(1)
        self.records = OverviewRecords(lambda: self.store, lambda: self.context.editable, self.refresh, self)

    def refresh(self) -> None:
        for form in (self.facts, self.dates):
            while form.rowCount():
                form.removeRow(0)
        for layout in (self.plan_layout, self.next_layout):
            clear_layout(layout)
        facts = self.store.overview()  # plain SQL: shown at start-up before the store has loaded
        workplace, groups, apv_round = facts.workplace, facts.groups, facts.round
        self.next_step.show_step(next_step(self.page_key, facts))  # nothing done yet: the guide
        self.facts.addRow(self.tr("Workplace:"), QLabel(workplace.name))
        self.facts.addRow(
            self.tr("Groups:"),
            QLabel(", ".join(f"{g.name} ({g.headcount})" for g in groups) or self.tr("none yet")),
        )
        self.records.add_workplace_rows(self.facts, facts)
        self._add_annual_discussion(workplace.annual_discussion_on)
        self.records.add_changes_row(self.dates, facts)
        if apv_round is None or apv_round.id is None:
            self.facts.addRow(self.tr("Round:"), QLabel(self.tr("none yet")))
            self.checklist.setVisible(False)
            return
        self.checklist.setVisible(True)
        self._show_checklist(apv_round.id)
        in_round = groups_in_results(apv_round.group_ids, groups, facts.respondents_by_group)
        headcount = headcount_of(in_round)
        answers = sum(facts.respondents_by_group.get(g.id or -1, 0) for g in in_round)
        self.facts.addRow(self.tr("Round:"), QLabel(apv_round.title))
        self.facts.addRow(self.tr("Started:"), QLabel(format_date(apv_round.start_date)))
        self.facts.addRow(self.tr("Stage:"), QLabel(label(facts.phase or apv_round.status)))
        if headcount:
            rate = self.tr("%1 answers from %2 employees (%3)")
            rate = rate.replace("%1", str(answers)).replace("%2", str(headcount))
            rate = rate.replace("%3", format_percent(100 * answers / headcount))
        else:
            rate = self.tr("%1 answers").replace("%1", str(answers))
        self.facts.addRow(self.tr("Answers:"), QLabel(rate))
        self.records.add_participation_row(self.facts, facts)
        self.records.add_next_apv_row(self.dates, facts)

        problems = [problem for problem, _actions in facts.plan]
        actions = [action for _problem, action in facts.round_actions]
        summary = summarise_deadlines(actions, dt.date.today())
        if not problems:
            self.plan_layout.addWidget(
                muted(self.tr("No problems are registered yet. Add them on the Action plan page."))
            )
        else:
            text = self.tr("%1 problems, %2 actions: %3 open, %4 done, %5 overdue, %6 due within 14 days.")
            for i, value in enumerate(
                (
                    len(problems),
                    len(actions),
                    summary.open,
                    summary.done,
                    len(summary.overdue),
                    len(summary.due_soon),
                ),
                start=1,
            ):
                text = text.replace(f"%{i}", str(value))
            self.plan_layout.addWidget(QLabel(text))
            for action in summary.overdue[:5]:
                overdue = QLabel(
                    self.tr("Overdue since %1: %2")
                    .replace("%1", format_date(action.deadline))
                    .replace("%2", action.how)
                )
                overdue.setWordWrap(True)
                overdue.setStyleSheet("color: #a61b1b;")
                self.plan_layout.addWidget(overdue)
        self._add_next_steps(bool(groups), answers, bool(problems), bool(actions))

    def _show_checklist(self, round_id: int) -> None:
        """Show the round's checklist; at start-up, once the file's full store has loaded."""
        store = self.store
        if not getattr(store, "loaded", True):
            self.checklist.show_waiting()
            QTimer.singleShot(150, self, lambda: self._checklist_when_loaded(store, round_id))
            return
        groups = {g.id: g.name for g in self.store.groups() if g.id is not None}
        words = ReasonText(self.store.round_bank(round_id), groups)
        self.checklist.show_lines(self.store.apv_checklist(round_id), words)

    def _checklist_when_loaded(self, store: object, round_id: int) -> None:
        if self.context.store is store:  # still the same file: otherwise its own refresh shows it
            self._show_checklist(round_id)

    def _add_annual_discussion(self, held_on: dt.date | None) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        today = dt.date.today()
        if held_on is None:
            text = self.tr("Not recorded yet. It is due once a year.")
            overdue = True
        else:
            due = annual_discussion_due(held_on)
            overdue = due < today
            text = (
                self.tr("Last held on %1; the next is due by %2.")
                .replace("%1", format_date(held_on))
                .replace("%2", format_date(due))
            )
        label_widget = QLabel(text)
        label_widget.setWordWrap(True)
        if overdue:
            label_widget.setStyleSheet("color: #a61b1b;")
        layout.addWidget(label_widget, 1)
        button = QPushButton(self.tr("Write its record…"))
        button.setObjectName("annual_discussion_button")
        button.setEnabled(self.context.editable)
        button.clicked.connect(self.record_annual_discussion)
        layout.addWidget(button)
        self.dates.addRow(self.tr("Annual work environment discussion:"), row)

    def record_annual_discussion(self) -> None:
        """Write the record of this year's annual discussion (the one held this year, else a new one)."""
        today = dt.date.today()
        held = [d for d in self.store.annual_discussions() if d.held_on.year == today.year]
        record = AnnualDiscussionDialog.ask(self, held[0] if held else AnnualDiscussion(held_on=today))
        if record is not None:
            self.store.save_annual_discussion(record)
            self.refresh()

    def _add_next_steps(self, has_groups: bool, answers: int, has_problems: bool, has_actions: bool) -> None:
        steps = []
        if not has_groups:
            steps.append(
                (self.tr("Add the groups that take part."), "preparation", self.tr("Go to Preparation"))
            )
        if not answers:
            steps.append(
                (
                    self.tr(
                        "Collect the answers: on this PC in kiosk mode, on paper, or from a spreadsheet."
                    ),
                    "mapping",
                    self.tr("Go to Mapping"),
                )
            )
        else:
            steps.append(
                (self.tr("Look at the results for each group."), "assessment", self.tr("Go to Assessment"))
            )
        if not has_problems or not has_actions:
            steps.append(
                (
                    self.tr("Register the problems and decide on actions."),
                    "action-plan",
                    self.tr("Go to Action plan"),
                )
            )
        steps.append(
            (self.tr("Print the action plan to sign and pin up."), "reports", self.tr("Go to Reports"))
        )
        for text, key, button_text in steps:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            step = QLabel(text)
            step.setWordWrap(True)
            layout.addWidget(step, 1)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _checked=False, k=key: self.context.navigate.emit(k))
            layout.addWidget(button)
            self.next_layout.addWidget(row)
