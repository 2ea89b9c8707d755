"""Overblik: where the workplace's APV stands and what to do next."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.deadlines import next_apv_due, summarise_deadlines
from apvdesk.labels import label
from apvdesk.ui.formatting import format_date
from apvdesk.ui.pages.base import Page
from apvdesk.ui.style import clear_layout, muted


class OverviewPage(Page):
    """The first page: the workplace, the current round and the plan at a glance."""

    def title(self) -> str:
        return self.tr("Overview")

    def introduction(self) -> str:
        return self.tr("Where your workplace assessment stands, and what to do next.")

    def __init__(self, context) -> None:
        super().__init__(context)
        self.facts_box = QGroupBox(self.tr("The workplace and the current round"))
        self.facts = QFormLayout(self.facts_box)
        self.body.addWidget(self.facts_box)
        self.plan_box = QGroupBox(self.tr("Action plan"))
        self.plan_layout = QVBoxLayout(self.plan_box)
        self.body.addWidget(self.plan_box)
        self.next_box = QGroupBox(self.tr("Next steps"))
        self.next_layout = QVBoxLayout(self.next_box)
        self.body.addWidget(self.next_box)
        self.body.addStretch(1)

    def refresh(self) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for layout in (self.plan_layout, self.next_layout):
            clear_layout(layout)
        workplace = self.store.workplace()
        groups = self.store.groups()
        apv_round = self.context.current_round()
        self.facts.addRow(self.tr("Workplace:"), QLabel(workplace.name))
        self.facts.addRow(
            self.tr("Groups:"),
            QLabel(", ".join(f"{g.name} ({g.headcount})" for g in groups) or self.tr("none yet")),
        )
        if apv_round is None or apv_round.id is None:
            self.facts.addRow(self.tr("Round:"), QLabel(self.tr("none yet")))
            return
        headcount = sum(g.headcount for g in groups)
        answers = self.store.respondent_count(apv_round.id)
        self.facts.addRow(self.tr("Round:"), QLabel(apv_round.title))
        self.facts.addRow(self.tr("Started:"), QLabel(format_date(apv_round.start_date)))
        self.facts.addRow(self.tr("Stage:"), QLabel(label(apv_round.status)))
        if headcount:
            rate = self.tr("%1 answers from %2 employees (%3 %)")
            rate = rate.replace("%1", str(answers)).replace("%2", str(headcount))
            rate = rate.replace("%3", str(round(100 * answers / headcount)))
        else:
            rate = self.tr("%1 answers").replace("%1", str(answers))
        self.facts.addRow(self.tr("Answers:"), QLabel(rate))
        self.facts.addRow(
            self.tr("Next APV due by:"), QLabel(format_date(next_apv_due(apv_round.start_date)))
        )

        problems = self.store.problems(apv_round.id)
        actions = [a for p in problems if p.id is not None for a in self.store.actions(p.id)]
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
