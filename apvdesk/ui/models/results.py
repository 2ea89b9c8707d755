"""A Qt table model of a round's results: scales down, the workplace and groups across."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from apvdesk.core.bank import QuestionBank
from apvdesk.core.dialogue import ScaleJudgement
from apvdesk.core.model import Group
from apvdesk.core.results import Light, RoundResults, ScaleResult, Withheld, versus_workplace
from apvdesk.wording.formatting import format_mean, format_number, format_percent, format_signed
from apvdesk.wording.labels import label

Index = QModelIndex | QPersistentModelIndex
WITHHELD_BACKGROUND = QColor("#ececec")
# Pale enough to read black text on, and each light also has its own symbol for
# colour-blind readers and black-and-white printouts.
LIGHT_BACKGROUNDS = {
    Light.GREEN: QColor("#dff0d8"),
    Light.YELLOW: QColor("#fcf3cf"),
    Light.RED: QColor("#f8d7da"),
}
LIGHT_SYMBOLS = {Light.GREEN: "●", Light.YELLOW: "▲", Light.RED: "■"}
DIALOGUE_BACKGROUND = QColor("#e8f0f8")
CELL_TEXT = QColor("#000000")  # on every background above, whatever the system's colours
HEADER_WIDTH = 16  # characters per line of a group's column header


@dataclass(frozen=True)
class MeetingColumn:
    """A dialogue meeting shown beside the questionnaire: its groups, date and judgements."""

    groups: str
    held_on: str
    judgements: dict[str, ScaleJudgement]


class ResultsModel(QAbstractTableModel):
    """Each cell shows a mean (0-100) and n, or says that and why it is withheld.

    Columns after the questionnaire's hold the ratings of dialogue meetings: a group's
    joint judgement, shaded and labelled so that nobody takes it for an anonymous score.
    """

    ResultRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        bank: QuestionBank,
        groups: list[Group],
        results: RoundResults,
        lang: str,
        meetings: list[MeetingColumn] | None = None,
        changes: dict[tuple[str, int | None], float | None] | None = None,
        whole_name: str = "",
    ) -> None:
        super().__init__()
        self._whole_name = whole_name  # a site's name when its figures stand in for the workplace
        self._changes = changes or {}
        self._versus = versus_workplace(results)
        self._scales = bank.scales
        self._columns: list[tuple[int | None, str]] = [(None, whole_name or self.tr("Whole workplace"))]
        self._columns += [(g.id, g.name) for g in groups if g.id is not None]
        self._meetings = meetings or []
        self._results = results
        self._lang = lang

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._scales)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns) + len(self._meetings)

    def meeting_at(self, column: int) -> MeetingColumn | None:
        """Return the dialogue meeting shown in ``column``, or None for a questionnaire column."""
        offset = column - len(self._columns)
        return self._meetings[offset] if offset >= 0 else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            meeting = self.meeting_at(section)
            if meeting is not None:
                wrapped = "\n".join(textwrap.wrap(meeting.groups, HEADER_WIDTH)) or meeting.groups
                return (
                    self.tr("%1\ndialogue meeting\n%2").replace("%1", wrapped).replace("%2", meeting.held_on)
                )
            group_id, name = self._columns[section]
            count = self._results.respondents.get(group_id, 0)
            wrapped = "\n".join(textwrap.wrap(name, HEADER_WIDTH)) or name
            return self.tr("%1\n(%2 answers)").replace("%1", wrapped).replace("%2", str(count))
        scale = self._scales[section]
        name = scale.name.get(self._lang) or scale.name.get("en", scale.id)
        return name if scale.high_is_good else self.tr("%1\n(high = heavy)").replace("%1", name)

    def _mean_text(self, result: ScaleResult) -> str:
        """Return a shown mean as printed everywhere: whole, unless that would cross a limit."""
        assert result.mean is not None
        high_is_good = next((s.high_is_good for s in self._scales if s.id == result.scale_id), True)
        results = self._results
        return format_mean(result.mean, high_is_good, results.green_from, results.red_below)

    def result(self, index: Index) -> ScaleResult:
        scale = self._scales[index.row()]
        return self._results.get(scale.id, self._columns[index.column()][0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self.meeting_at(index.column())
        if meeting is not None:
            return self._meeting_data(meeting, self._scales[index.row()].id, role)
        result = self.result(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if result.shown:
                assert result.mean is not None
                symbol = LIGHT_SYMBOLS[result.light] if result.light else ""
                return (
                    self.tr("%1  (n = %2)")
                    .replace("%1", f"{symbol} {self._mean_text(result)}".strip())
                    .replace("%2", str(result.n))
                )
            if result.withheld == Withheld.NO_ANSWERS:
                return "–"
            return self.tr("withheld")  # not even its n: that could tell who skipped the scale
        if role == Qt.ItemDataRole.ToolTipRole:
            if result.shown:
                assert result.mean is not None and result.sd is not None
                lines = [
                    self.tr("Mean %1, standard deviation %2, %3 answers")
                    .replace("%1", format_number(result.mean, 1, trim=False))
                    .replace("%2", format_number(result.sd, 1, trim=False))
                    .replace("%3", str(result.n))
                ]
                if result.share_unfavourable is not None:
                    lines.append(
                        self.tr("%1 have an unfavourable score").replace(
                            "%1", format_percent(result.share_unfavourable)
                        )
                    )
                if result.light is not None:
                    lines.append(label(result.light))
                versus = self._versus.get((result.scale_id, result.group_id)) if result.group_id else None
                if versus is not None:
                    lines.append(self._versus_text().replace("%1", format_signed(versus)))
                change = self._changes.get((result.scale_id, result.group_id))
                if change is not None:
                    lines.append(
                        self.tr("Change since the previous round: %1").replace("%1", format_signed(change))
                    )
                return "\n".join(lines)
            assert result.withheld is not None
            return label(result.withheld).replace("%1", str(self._results.threshold))
        if role == Qt.ItemDataRole.BackgroundRole:
            if not result.shown:
                return QBrush(WITHHELD_BACKGROUND)
            if result.light is not None:
                return QBrush(LIGHT_BACKGROUNDS[result.light])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CELL_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ResultRole:
            return result
        return None

    def _meeting_data(self, meeting: MeetingColumn, scale_id: str, role: int) -> Any:
        judgement = meeting.judgements.get(scale_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return label(judgement.rating) if judgement else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("The group's joint judgement at a dialogue meeting, not an anonymous score.")]
            if judgement:
                lines += [
                    f"{point.title}: {label(point.rating)}" for point in judgement.points if point.rating
                ]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DIALOGUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CELL_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _versus_text(self) -> str:
        if self._whole_name:
            return self.tr("Compared with %2 as a whole: %1").replace("%2", self._whole_name)
        return self.tr("Compared with the whole workplace: %1")
