"""A Qt table model of the response overview: answers, headcount and rate per group."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from apvdesk.core.mapping import GroupResponse
from apvdesk.ui.models.table import Index, RowsTableModel
from apvdesk.wording.formatting import format_percent

WARNING_COLOUR = QColor("#8a5a00")


class ResponseOverviewModel(RowsTableModel[GroupResponse]):
    """Columns: group, employees, answers, response rate, remark; the last row is the total."""

    def __init__(self, rows: list[GroupResponse], threshold: int, total_name: str = "") -> None:
        super().__init__(rows)
        self._threshold = threshold
        self._total_name = total_name  # the last row's name: a site's, or the whole round's

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Group"),
            self.tr("Employees"),
            self.tr("Answers"),
            self.tr("Response rate"),
            self.tr("Remark"),
        )

    def remark(self, row: GroupResponse) -> str:
        remarks = []
        if row.below_threshold:
            remarks.append(
                self.tr("Fewer than %1 answers: results will be withheld").replace("%1", str(self._threshold))
            )
        if row.over_headcount:
            remarks.append(
                self.tr(
                    "More answers than employees: someone answered twice, or the headcount is out of date"
                )
            )
        elif row.weak_rate:
            remarks.append(self.tr("Under %1 answered: the result is weak").replace("%1", format_percent(60)))
        return "; ".join(remarks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.group is None and self._total_name:
                    return self.tr("%1 in all").replace("%1", self._total_name)
                return row.group.name if row.group else self.tr("The whole round")
            if column == 1:
                return str(row.headcount)
            if column == 2:
                return str(row.respondents)
            if column == 3:
                return format_percent(100 * row.rate) if row.rate is not None else "–"
            return self.remark(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QBrush(WARNING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.group is None:
            font = QFont()
            font.setBold(True)
            return font
        return None
