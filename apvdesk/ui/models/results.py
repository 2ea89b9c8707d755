"""A Qt table model of a round's results: scales down, the workplace and groups across."""

from __future__ import annotations

import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group
from apvdesk.core.results import RoundResults, ScaleResult, Withheld
from apvdesk.labels import label

Index = QModelIndex | QPersistentModelIndex
WITHHELD_BACKGROUND = QColor("#ececec")
HEADER_WIDTH = 16  # characters per line of a group's column header


class ResultsModel(QAbstractTableModel):
    """Each cell shows a mean (0-100) and n, or says that and why it is withheld."""

    ResultRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, bank: QuestionBank, groups: list[Group], results: RoundResults, lang: str) -> None:
        super().__init__()
        self._scales = bank.scales
        self._columns: list[tuple[int | None, str]] = [(None, self.tr("Whole workplace"))]
        self._columns += [(g.id, g.name) for g in groups if g.id is not None]
        self._results = results
        self._lang = lang

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._scales)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            group_id, name = self._columns[section]
            count = self._results.respondents.get(group_id, 0)
            wrapped = "\n".join(textwrap.wrap(name, HEADER_WIDTH)) or name
            return self.tr("%1\n(%2 answers)").replace("%1", wrapped).replace("%2", str(count))
        scale = self._scales[section]
        name = scale.name.get(self._lang) or scale.name.get("en", scale.id)
        return name if scale.high_is_good else self.tr("%1 (high = heavy)").replace("%1", name)

    def result(self, index: Index) -> ScaleResult:
        scale = self._scales[index.row()]
        return self._results.get(scale.id, self._columns[index.column()][0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.result(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if result.shown:
                assert result.mean is not None
                return (
                    self.tr("%1   (n = %2)").replace("%1", f"{result.mean:.0f}").replace("%2", str(result.n))
                )
            if result.withheld == Withheld.NO_ANSWERS:
                return "–"
            return self.tr("withheld (n = %1)").replace("%1", str(result.n))
        if role == Qt.ItemDataRole.ToolTipRole:
            if result.shown:
                assert result.mean is not None and result.sd is not None
                return (
                    self.tr("Mean %1, standard deviation %2, %3 answers")
                    .replace("%1", f"{result.mean:.1f}")
                    .replace("%2", f"{result.sd:.1f}")
                    .replace("%3", str(result.n))
                )
            assert result.withheld is not None
            return label(result.withheld).replace("%1", str(self._results.threshold))
        if role == Qt.ItemDataRole.BackgroundRole and not result.shown:
            return QBrush(WITHHELD_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ResultRole:
            return result
        return None
