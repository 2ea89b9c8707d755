"""Sygefravær: absence per group and period, and whether conditions at work contribute.

Only group totals are entered, never a person's absence. Every change is saved at once;
the reasons in the assessment are saved shortly after typing stops.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core.absence import (
    AbsenceAssessment,
    AbsenceLine,
    AbsencePeriod,
    Contributes,
)
from apvdesk.core.holidays import working_days_less_holidays
from apvdesk.core.model import Group, Problem
from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.models.absence import AbsenceModel
from apvdesk.ui.pages.absence_link import AbsenceLink
from apvdesk.ui.pages.absence_period_dialog import AbsencePeriodDialog
from apvdesk.ui.pages.base import Page
from apvdesk.ui.problem_from_evidence import ProblemFromEvidence
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date

SAVE_DELAY_MS = 700
MAX_VISIBLE_LINES = 15


class AbsencePage(Page):
    """Absence per group and period, compared with the previous period, and the assessment."""

    page_key = "absence"

    def title(self) -> str:
        return self.tr("Sickness absence")

    def introduction(self) -> str:
        return self.tr(
            "BEK 1838/2023 asks the APV to include the sickness absence: can conditions at work "
            "contribute to it? Enter each group's totals per period, never a person's absence. "
            "Changes are saved at once."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        self._loading = False
        self._round_id: int | None = None
        self._groups: list[Group] = []
        self.evidence = ProblemFromEvidence(self.store, self)
        self._build_table_box()
        self._build_assessment_box()
        self.body.addStretch(1)

    # --- the figures ------------------------------------------------------------------

    def _build_table_box(self) -> None:
        box = QGroupBox(self.tr("Absence per group"))
        layout = QVBoxLayout(box)
        self.empty_label = muted(
            self.tr(
                "No absence figures yet. Add a period for each group: the sickness absence "
                "days, the number of employees (or FTE) and the working days, e.g. last year "
                "and the year before, so you can see the development."
            )
        )
        layout.addWidget(self.empty_label)
        self.model = AbsenceModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AbsenceModel.GROUP, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(lambda *_: self.edit_period())
        layout.addWidget(self.view)
        self.note_label = muted("")
        layout.addWidget(self.note_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add period…"))
        self.add_button.clicked.connect(self.add_period)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_period)
        self.delete_button = QPushButton(self.tr("Delete period"))
        self.delete_button.clicked.connect(self.delete_period)
        self.problem_button = QPushButton(self.tr("Create problem from this finding…"))
        self.problem_button.setToolTip(
            self.tr("Add the selected line's absence to the action plan as a problem, with its figures.")
        )
        self.problem_button.clicked.connect(self.create_problem)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.problem_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = muted("")
        self.status_label.setVisible(False)
        layout.addWidget(self.status_label)
        self.body.addWidget(box)

    def _selected_line(self) -> AbsenceLine | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        line = self._selected_line()
        editable = line is not None and line.period is not None
        self.add_button.setEnabled(self._round_id is not None and bool(self._groups))
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.problem_button.setEnabled(self._round_id is not None and line is not None and line.shown)

    def _new_period(self) -> AbsencePeriod:
        """Return a new period: the latest period's dates for a group lacking it, else last year."""
        assert self._round_id is not None
        periods = self.store.absence_periods(self._round_id)
        if periods:
            latest = periods[-1]
            label, start, end = latest.label, latest.start, latest.end
            working_days = latest.working_days
            entered = {p.group_id for p in periods if (p.start, p.end) == (start, end)}
        else:
            year = dt.date.today().year - 1
            label, start, end = str(year), dt.date(year, 1, 1), dt.date(year, 12, 31)
            working_days = working_days_less_holidays(start, end)
            entered = set()
        group = next((g for g in self._groups if g.id not in entered), self._groups[0])
        assert group.id is not None
        return AbsencePeriod(
            round_id=self._round_id,
            group_id=group.id,
            label=label,
            start=start,
            end=end,
            absence_days=0.0,
            employees=float(group.headcount),
            working_days=working_days,
        )

    def add_period(self) -> None:
        if self._round_id is None or not self._groups:
            return
        period, ok = AbsencePeriodDialog.edit(self, self._new_period(), self._groups)
        if ok:
            saved = self.store.save_absence_period(period)
            self.refresh(select_period_id=saved.id)

    def edit_period(self) -> None:
        line = self._selected_line()
        if line is None or line.period is None:
            return
        period, ok = AbsencePeriodDialog.edit(self, line.period, self._groups, not line.shown)
        if ok:
            self.store.save_absence_period(period)
            self.refresh(select_period_id=period.id)

    def delete_period(self) -> None:
        line = self._selected_line()
        if line is None or line.period is None or line.period.id is None:
            return
        if confirm(
            self,
            self.tr("Delete period"),
            self.tr("Delete the absence of %1 for %2?")
            .replace("%1", self.model.group_name(line))
            .replace("%2", line.label),
        ):
            self.store.delete_absence_period(line.period.id)
            self.refresh()

    def create_problem(self) -> Problem | None:
        """Open the problem dialog prefilled from the selected line; save it if accepted."""
        line = self._selected_line()
        if line is None or self._round_id is None:
            return None
        self.flush()
        bank = self.store.round_bank(self._round_id)
        groups = self.store.round_groups(self._round_id)
        causes = self.store.absence_assessment(self._round_id).why
        draft = self.evidence.absence_problem(self._round_id, bank, groups, line, causes)
        if draft is None:
            return None
        saved = self.evidence.create(self, draft, bank, self.context.language(), self.status_label)
        self.status_label.setVisible(saved is not None)
        assessment = self.store.absence_assessment(self._round_id)
        self.link.show_round(self._round_id, assessment.contributes, self.context.editable)
        self.show_next_step()
        return saved

    # --- the assessment ---------------------------------------------------------------

    def _build_assessment_box(self) -> None:
        box = QGroupBox(self.tr("Assessment"))
        layout = QVBoxLayout(box)
        question = QLabel(self.tr("Could conditions at work contribute to the sickness absence?"))
        question.setWordWrap(True)
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        layout.addWidget(question)
        radios = QHBoxLayout()
        self.contributes_group = QButtonGroup(self)
        self.contributes_buttons: dict[Contributes, QRadioButton] = {
            Contributes.YES: QRadioButton(self.tr("Yes")),
            Contributes.PARTLY: QRadioButton(self.tr("Partly")),
            Contributes.NO: QRadioButton(self.tr("No")),
        }
        for button in self.contributes_buttons.values():
            self.contributes_group.addButton(button)
            radios.addWidget(button)
            button.toggled.connect(self._contributes_toggled)
        radios.addStretch(1)
        layout.addLayout(radios)
        layout.addWidget(QLabel(self.tr("Why? What in the work could contribute, and what not?")))
        self.why_edit = QPlainTextEdit()
        self.why_edit.setPlaceholderText(
            self.tr("e.g. a high pace, working alone, conflicts, or illness that has nothing to do with work")
        )
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setFixedHeight(84)
        layout.addWidget(self.why_edit)
        self.considered_label = muted("")
        layout.addWidget(self.considered_label)
        self.link = AbsenceLink(self.store)
        self.link.reason_button.clicked.connect(lambda: self.refresh())
        layout.addWidget(self.link)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_assessment)
        self.why_edit.textChanged.connect(lambda: None if self._loading else self._save_timer.start())
        self.assessment_box = box
        self.body.addWidget(box)

    def _contributes_toggled(self, checked: bool) -> None:
        if checked:
            self._save_assessment()

    def _chosen(self) -> Contributes | None:
        for value, button in self.contributes_buttons.items():
            if button.isChecked():
                return value
        return None

    def _save_assessment(self) -> None:
        self._save_timer.stop()
        if self._loading or self._round_id is None:
            return
        old = self.store.absence_assessment(self._round_id)
        new = AbsenceAssessment(
            round_id=self._round_id,
            contributes=self._chosen(),
            why=self.why_edit.toPlainText(),
            considered_on=old.considered_on,
        )
        if (new.contributes, new.why) == (old.contributes, old.why):
            return
        new.considered_on = dt.date.today()
        self.store.save_absence_assessment(new)
        self._show_considered(new)
        self.link.show_round(self._round_id, new.contributes, self.context.editable)
        self.show_next_step()

    def flush(self) -> None:
        """Save typing that is still waiting for its delay."""
        if self._save_timer.isActive():
            self._save_assessment()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)

    def _show_considered(self, assessment: AbsenceAssessment) -> None:
        self.considered_label.setText(
            self.tr("Assessed on %1.").replace("%1", format_date(assessment.considered_on))
            if assessment.considered_on
            else self.tr("Not assessed yet.")
        )

    # --- loading ----------------------------------------------------------------------

    def refresh(self, select_period_id: int | None = None) -> None:
        self.flush()
        self.show_next_step()
        self.status_label.setVisible(False)
        self._loading = True
        try:
            apv_round = self.context.current_round()
            self._round_id = apv_round.id if apv_round else None
            self._groups = self.store.groups()
            names = {g.id: g.name for g in self._groups if g.id is not None}
            lines = self.store.absence_lines(self._round_id) if self._round_id is not None else []
            self.model.set_lines(lines, names)
            self.empty_label.setVisible(not lines)
            self.view.setVisible(bool(lines))
            self._fit_table_height(len(lines))
            self._show_note(lines, apv_round.anonymity_threshold if apv_round else 0)
            assessment = (
                self.store.absence_assessment(self._round_id)
                if self._round_id is not None
                else AbsenceAssessment(0)
            )
            self.contributes_group.setExclusive(False)
            for value, button in self.contributes_buttons.items():
                button.setChecked(assessment.contributes == value)
            self.contributes_group.setExclusive(True)
            if self.why_edit.toPlainText() != assessment.why:
                self.why_edit.setPlainText(assessment.why)
            self._show_considered(assessment)
            self.link.show_round(self._round_id, assessment.contributes, self.context.editable)
            self.assessment_box.setEnabled(self._round_id is not None)
        finally:
            self._loading = False
        if select_period_id is not None:
            for row, line in enumerate(lines):
                if line.period is not None and line.period.id == select_period_id:
                    self.view.selectRow(row)
        self._update_buttons()

    def _fit_table_height(self, rows: int) -> None:
        """Show every line without a scroll bar (up to MAX_VISIBLE_LINES; the page scrolls)."""
        row_height = self.view.verticalHeader().defaultSectionSize()
        lines_height = row_height * max(1, min(rows, MAX_VISIBLE_LINES))
        height = self.view.horizontalHeader().sizeHint().height() + lines_height + 2 * self.view.frameWidth()
        self.view.setFixedHeight(height)

    def _show_note(self, lines: list[AbsenceLine], threshold: int) -> None:
        parts = []
        if lines:
            parts.append(
                self.tr(
                    "Absence is absence days ÷ (employees × working days). Change is in "
                    "percentage points from the group's previous period. Double-click a line "
                    "to change it."
                )
            )
        if any(not line.shown for line in lines):
            parts.append(
                self.tr(
                    "– marks figures withheld so that no one's absence can be worked out: a group "
                    "with fewer than %1 employees (the round's anonymity threshold), and the "
                    "figures that would reveal it by subtraction (another group, the whole "
                    "workplace, or a period that overlaps). Withheld groups are included in the "
                    "whole workplace."
                ).replace("%1", str(threshold))
            )
        self.note_label.setText(" ".join(parts))
        self.note_label.setVisible(bool(parts))
