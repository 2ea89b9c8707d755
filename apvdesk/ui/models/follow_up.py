"""Qt table model of the follow-up list: overdue first, then what is due soon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from apvdesk.core.bank import QuestionBank
from apvdesk.core.follow_up import BeforeAfter, FollowUpRow, Urgency
from apvdesk.core.model import Group
from apvdesk.core.results import ScaleResult
from apvdesk.ui.models.plan import OVERDUE_COLOUR, status_text
from apvdesk.ui.models.table import Index, RowsTableModel
from apvdesk.wording.formatting import format_date, format_number
from apvdesk.wording.history_texts import needs_next_step_text


class FollowUpModel(RowsTableModel[FollowUpRow]):
    """Columns: when, what is due, the action, its problem, responsible, status."""

    def row_at(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("What is due"),
            self.tr("Action"),
            self.tr("Problem"),
            self.tr("Responsible"),
            self.tr("Status"),
        )

    def _due_text(self, row: FollowUpRow) -> str:
        if row.urgency == Urgency.OVERDUE:
            return self.tr("Overdue: deadline passed")
        if row.needs_next_step:
            return needs_next_step_text()
        if row.urgency == Urgency.FOLLOW_UP_DUE:
            return self.tr("Check the effect")
        if row.urgency == Urgency.DUE_SOON:
            return self.tr("Deadline within 14 days")
        if row.urgency == Urgency.LATER:
            return self.tr("Later")
        return self.tr("Finished")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                format_date(row.due),
                self._due_text(row),
                row.action.how,
                row.problem.kind,
                row.action.responsible,
                status_text(row.action),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() in (0, 1):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.urgency < Urgency.LATER and index.column() == 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class BeforeAfterModel(RowsTableModel[BeforeAfter]):
    """Columns: problem, theme, group, before, after, change (with better or worse in words)."""

    def __init__(self) -> None:
        super().__init__()
        self._scale_names: dict[str, str] = {}
        self._high_is_good: dict[str, bool] = {}
        self._group_names: dict[int, str] = {}

    def set_data(self, rows: list[BeforeAfter], bank: QuestionBank, groups: list[Group], lang: str) -> None:
        self._scale_names = {s.id: s.name.get(lang, s.id) for s in bank.scales}
        self._high_is_good = {s.id: s.high_is_good for s in bank.scales}
        self._group_names = {g.id: g.name for g in groups if g.id is not None}
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Problem"),
            self.tr("Theme"),
            self.tr("Group"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Change"),
        )

    def _score(self, result: ScaleResult | None) -> str:
        if result is None:
            return self.tr("not asked")
        if result.mean is None:
            return self.tr("withheld")
        return format_number(result.mean)

    def _change(self, row: BeforeAfter) -> str:
        change = row.change
        if change is None:
            return "–"
        sign = "+" if change > 0 else "−" if change < 0 else "±"
        text = f"{sign}{format_number(abs(change))}"
        if abs(change) < 0.05:
            return f"{text} ({self.tr('unchanged')})"
        better = (change > 0) == self._high_is_good.get(row.problem.scale_id, True)
        return f"{text} ({self.tr('better') if better else self.tr('worse')})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        group = (
            self.tr("Whole workplace") if row.group_id is None else self._group_names.get(row.group_id, "?")
        )
        values = (
            row.problem.kind,
            self._scale_names.get(row.problem.scale_id, row.problem.scale_id),
            group,
            self._score(row.before),
            self._score(row.after),
            self._change(row),
        )
        return values[index.column()]
