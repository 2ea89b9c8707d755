"""A Qt table model of the sickness absence: a line per group and period, and the totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from apvdesk.core.absence import AbsenceLine, AbsenceWithheld
from apvdesk.ui.models.table import Index, RowsTableModel
from apvdesk.wording.formatting import format_number, format_percent

WITHHELD_MARK = "–"


class AbsenceModel(RowsTableModel[AbsenceLine]):
    """Columns: group, period, absence days, employees, working days, percentage, change."""

    GROUP, PERIOD, DAYS, EMPLOYEES, WORKING_DAYS, PERCENTAGE, CHANGE = range(7)
    NUMBERS = (DAYS, EMPLOYEES, WORKING_DAYS, PERCENTAGE, CHANGE)

    def __init__(self) -> None:
        super().__init__()
        self._names: dict[int, str] = {}

    def set_lines(self, lines: list[AbsenceLine], names: dict[int, str]) -> None:
        self._names = dict(names)
        self.set_rows(lines)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Group"),
            self.tr("Period"),
            self.tr("Absence days"),
            self.tr("Employees / FTE"),
            self.tr("Working days"),
            self.tr("Absence"),
            self.tr("Change"),
        )

    def group_name(self, line: AbsenceLine) -> str:
        if line.group_id is None:
            return self.tr("Whole workplace")
        return self._names.get(line.group_id, "?")

    def _text(self, line: AbsenceLine, column: int) -> str:
        if column == self.GROUP:
            return self.group_name(line)
        if column == self.PERIOD:
            return line.label
        if column == self.DAYS:
            return WITHHELD_MARK if line.absence_days is None else format_number(line.absence_days)
        if column == self.EMPLOYEES:
            return format_number(line.employees)
        if column == self.WORKING_DAYS:
            return "" if line.working_days is None else format_number(line.working_days)
        if column == self.PERCENTAGE:
            if line.percentage is None:
                return WITHHELD_MARK
            return format_percent(line.percentage, 1)
        if line.change is None:
            return ""
        sign = "+" if line.change > 0.05 else ("−" if line.change < -0.05 else "±")
        return self.tr("%1 percentage points").replace(
            "%1", sign + format_number(abs(line.change), 1, trim=False)
        )

    def _withheld_tooltip(self, line: AbsenceLine) -> str:
        if line.withheld is AbsenceWithheld.BELOW_THRESHOLD:
            return self.tr(
                "Withheld: fewer employees than the round's anonymity threshold, "
                "so the figure could point to a person."
            )
        if line.withheld is AbsenceWithheld.OVERLAPPING_PERIOD:
            return self.tr(
                "Withheld because it is withheld in a period that overlaps this one: "
                "one period minus the other would reveal it."
            )
        if line.group_id is None:
            return self.tr(
                "Withheld to protect a small group: the whole workplace minus the groups shown "
                "would reveal it."
            )
        return self.tr("Withheld to protect a smaller group: with the total, this figure would reveal it.")

    def _tooltip(self, line: AbsenceLine, column: int) -> str | None:
        if line.withheld is not None and column in (self.DAYS, self.PERCENTAGE):
            return self._withheld_tooltip(line)
        if column == self.CHANGE and line.previous_label:
            return self.tr("Compared with %1, in percentage points.").replace("%1", line.previous_label)
        if column == self.PERCENTAGE:
            return self.tr("Absence days as a share of employees × working days.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.group_id is None:
            font = QFont()
            font.setBold(True)
            return font
        return None
