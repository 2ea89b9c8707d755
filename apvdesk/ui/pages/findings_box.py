"""The Assessment page's findings: what still needs handling, made a problem or dismissed with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import problem_text_from_point
from apvdesk.core.findings import Dismissal, FindingKind
from apvdesk.core.model import OTHER_SCALE, Group, Problem
from apvdesk.store.checklist_methods import HandledFinding
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.dismiss_dialog import DismissDialog
from apvdesk.ui.meeting.decisions import seriousness_from_rating
from apvdesk.ui.problem_from_evidence import ProblemFromEvidence
from apvdesk.ui.style import muted
from apvdesk.wording.checklist_text import ReasonText
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import current_language

UNHANDLED_STYLE = "color: #a61b1b; font-weight: bold;"


class FindingsBox(QGroupBox):
    """Every red and yellow result and every meeting point rated a problem, and what handles it."""

    def __init__(
        self, store: WorkplaceService, evidence: ProblemFromEvidence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.evidence = evidence
        self.setTitle(self.tr("Findings to assess"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Each red or yellow result, and each meeting point rated a problem, must be assessed: "
                    "make it a problem in the action plan, or write why it is not one. Until then the "
                    "checklist on the Overview page is not met."
                )
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.only_unhandled = QCheckBox(self.tr("Show only the findings not handled yet"))
        self.only_unhandled.setChecked(True)
        self.only_unhandled.toggled.connect(self._fill)
        layout.addWidget(self.only_unhandled)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Finding"), self.tr("Handled by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(26)  # rows alike, also before the widths settle
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.problem_button = QPushButton(self.tr("Make it a problem…"))
        self.problem_button.clicked.connect(self.make_problem)
        self.dismiss_button = QPushButton(self.tr("Not a problem: write why…"))
        self.dismiss_button.setToolTip(
            self.tr("Select one or more findings; one reason is written for them all.")
        )
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.undo_button = QPushButton(self.tr("Take the reason back"))
        self.undo_button.clicked.connect(self.take_back_selected)
        for button in (self.problem_button, self.dismiss_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.round_id: int | None = None
        self.bank: QuestionBank | None = None
        self.groups: list[Group] = []
        self.findings: list[HandledFinding] = []
        self.shown: list[HandledFinding] = []
        self.editable = True

    def show_round(self, round_id: int, bank: QuestionBank, groups: Sequence[Group], editable: bool) -> None:
        self.round_id, self.bank, self.groups, self.editable = round_id, bank, list(groups), editable
        self.reload()

    def reload(self) -> None:
        if self.round_id is None:
            return
        self.findings = self.store.findings(self.round_id)
        self._fill()

    def _words(self) -> ReasonText:
        return ReasonText(self.bank, {g.id: g.name for g in self.store.groups() if g.id is not None})

    def _handled_text(self, handled: HandledFinding) -> str:
        if handled.problems:
            numbers = ", ".join(str(n) for n in handled.problems)
            return self.tr("Problem %1 in the action plan").replace("%1", numbers)
        if handled.dismissal is not None and handled.dismissal.valid:
            return (
                self.tr("Not a problem (%1): %2")
                .replace("%1", format_date(handled.dismissal.dismissed_on))
                .replace("%2", handled.dismissal.reason)
            )
        return self.tr("Not handled yet")

    def _fill(self) -> None:
        words = self._words()
        left = sum(1 for f in self.findings if not f.handled)
        if not self.findings:
            self.summary.setText(self.tr("No red or yellow results and no meeting points rated a problem."))
        elif left:
            self.summary.setText(
                self.tr("%1 of %2 findings are not handled yet.")
                .replace("%1", str(left))
                .replace("%2", str(len(self.findings)))
            )
        else:
            self.summary.setText(
                self.tr("Every finding is handled: %1 in all.").replace("%1", str(len(self.findings)))
            )
        self.summary.setStyleSheet(UNHANDLED_STYLE if left else "")
        only = self.only_unhandled.isChecked()
        self.shown = [f for f in self.findings if not (only and f.handled)]
        self.table.setRowCount(len(self.shown))
        for row, handled in enumerate(self.shown):
            what = QTableWidgetItem(words.finding(handled.finding))
            how = QTableWidgetItem(self._handled_text(handled))
            if not handled.handled:
                how.setForeground(Qt.GlobalColor.darkRed)
            self.table.setItem(row, 0, what)
            self.table.setItem(row, 1, how)
        self.table.setVisible(bool(self.shown))  # no empty grid when everything is handled
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + self.table.verticalHeader().length() + 4
        self.table.setFixedHeight(min(max(height, 60), 360))
        self._update_buttons()

    def selected(self) -> list[HandledFinding]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.shown[row] for row in rows if row < len(self.shown)]

    def select_row(self, row: int) -> None:
        self.table.clearSelection()
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.problem_button.setEnabled(self.editable and len(chosen) == 1)
        self.dismiss_button.setEnabled(self.editable and bool(chosen) and not any(f.problems for f in chosen))
        self.undo_button.setEnabled(self.editable and any(f.dismissal is not None for f in chosen))

    # --- the actions -------------------------------------------------------------------------

    def draft_problem(self, handled: HandledFinding) -> Problem | None:
        """Return a problem prefilled from a finding: its figures, or the meeting's judgement."""
        finding = handled.finding
        assert self.round_id is not None and self.bank is not None
        lang = self.evidence_language()
        if finding.kind == FindingKind.RESULT:
            results = self.store.results(self.round_id)
            if results is None or finding.scale_id is None:
                return None
            result = results.get(finding.scale_id, finding.group_id)
            return self.evidence.result_problem(self.round_id, self.bank, self.groups, result, lang)
        scale_ids = [scale.id for scale in self.bank.scales]
        # what the meeting wrote under "what does not work", never the point's question
        title, kind = problem_text_from_point(finding.point_title, finding.point_not_works)
        scale_id = finding.scale_id if finding.scale_id in scale_ids else OTHER_SCALE
        return Problem(
            round_id=self.round_id,
            scale_id=scale_id,
            title=title if scale_id == OTHER_SCALE else "",
            kind=kind,
            seriousness=seriousness_from_rating(finding.rating),
            extent=self.tr("Raised at a dialogue meeting."),
            group_ids=list(finding.group_ids),
            dialogue_point_id=finding.point_id,
        )

    def evidence_language(self) -> str:
        return current_language()

    def make_problem(self) -> Problem | None:
        chosen = self.selected()
        if len(chosen) != 1 or self.bank is None:
            return None
        draft = self.draft_problem(chosen[0])
        if draft is None:
            return None
        saved = self.evidence.create(self, draft, self.bank, self.evidence_language(), self.summary)
        self.reload()
        return saved

    def dismiss_selected(self) -> bool:
        chosen = [f for f in self.selected() if not f.problems]
        if not chosen or self.round_id is None:
            return False
        words = self._words()
        listed = "\n".join(words.finding(f.finding) for f in chosen)
        earlier = next((f.dismissal.reason for f in chosen if f.dismissal is not None), "")
        answer = DismissDialog.ask(
            self,
            listed,
            self.tr(
                "Write why the assessment does not make this a problem in the action plan. The reason "
                "and the date are kept in the APV and shown with the finding."
            ),
            earlier,
        )
        if answer is None:
            return False
        reason, day = answer
        for handled in chosen:
            self.store.save_dismissal(Dismissal(self.round_id, handled.finding.key, reason, day))
        self.reload()
        return True

    def take_back_selected(self) -> None:
        if self.round_id is None:
            return
        for handled in self.selected():
            if handled.dismissal is not None:
                self.store.delete_dismissal(self.round_id, handled.finding.key)
        self.reload()
