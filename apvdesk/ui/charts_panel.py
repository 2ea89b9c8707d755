"""A panel that shows the assessment charts of a round: choose the chart and the group.

The data is read off the GUI thread; the matplotlib figures are small and are built and
drawn on the GUI thread. Import this module lazily: it loads matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Round
from apvdesk.core.results import RoundResults
from apvdesk.core.support_matrix import SUPPORT_SCALES, SupportMatrix, support_matrices
from apvdesk.reports import charts
from apvdesk.ui.tasks import run_task

PROFILE, MATRIX, MAP, TREND = "profile", "matrix", "map", "trend"
DISTRIBUTION = "distribution"
SUPPORT_CHOICE = "__support__"


@dataclass(frozen=True)
class ChartData:
    """What the charts of one round need, read in one go off the GUI thread."""

    apv_round: Round
    bank: QuestionBank
    groups: list[Group]
    results: RoundResults
    matrices: dict[int | None, SupportMatrix]
    history: list[charts.RoundData]


def load_chart_data(store, round_id: int) -> ChartData:
    """Read the round, its results and support matrices, and every round's results."""
    apv_round = store.round(round_id)
    bank = store.round_bank(round_id)
    results = store.results(round_id)
    history = []
    for other in store.rounds():
        if other.id == round_id:
            history.append(charts.RoundData(apv_round, bank, results))
        elif other.id is not None and store.respondent_count(other.id):
            history.append(charts.RoundData(other, store.round_bank(other.id), store.results(other.id)))
    return ChartData(
        apv_round,
        bank,
        store.round_groups(round_id),
        results,
        support_matrices(bank, results, store.responses(round_id)),
        history,
    )


class ChartsPanel(QWidget):
    """A chart chooser, a group (or scale) chooser and the chart itself."""

    loaded = Signal()
    redrawn = Signal()

    def __init__(self, store, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.data: ChartData | None = None
        self.figure: Figure | None = None
        self.chart = QComboBox()
        for key, text in (
            (PROFILE, self.tr("Theme profile")),
            (MATRIX, self.tr("Support matrix")),
            (MAP, self.tr("Demands, influence and support")),
            (TREND, self.tr("Development across rounds")),
            (DISTRIBUTION, self.tr("Answer distribution")),
        ):
            self.chart.addItem(text, key)
        self.group = QComboBox()
        self.scale = QComboBox()
        self.group_label = QLabel(self.tr("Group:"))
        self.scale_label = QLabel(self.tr("Questions:"))
        self.items_scale = QComboBox()  # the scale whose items the answer distribution shows
        self.items_scale_label = QLabel(self.tr("Theme:"))
        for combo in (self.chart, self.group, self.scale, self.items_scale):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Chart:")))
        choices.addWidget(self.chart)
        choices.addSpacing(12)
        for widget in (
            self.group_label,
            self.group,
            self.scale_label,
            self.scale,
            self.items_scale_label,
            self.items_scale,
        ):
            choices.addWidget(widget)
        choices.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.canvas: FigureCanvasQTAgg | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addWidget(self.area, 1)
        self.chart.currentIndexChanged.connect(self.redraw)
        self.group.currentIndexChanged.connect(self.redraw)
        self.scale.currentIndexChanged.connect(self.redraw)
        self.items_scale.currentIndexChanged.connect(self.redraw)
        self._update_choosers()

    # --- data ------------------------------------------------------------------------

    def set_round(self, round_id: int | None) -> None:
        """Read the round's data in the background, then draw the chosen chart."""
        if round_id is None:
            self.data = None
            self._show_message(self.tr("There is no round yet."))
            return
        self._show_message(self.tr("Drawing the charts…"))
        store = self.store
        run_task(lambda: load_chart_data(store, round_id), self.set_data, self._failed, owner=self)

    def set_data(self, data: ChartData) -> None:
        """Show the charts of already loaded data (also used by :meth:`set_round`)."""
        self.data = data
        for combo in (self.group, self.scale, self.items_scale):
            combo.blockSignals(True)
            combo.clear()
        self.group.addItem(self.tr("Whole workplace"), None)
        for group in data.groups:
            self.group.addItem(group.name, group.id)
        self.scale.addItem(self.tr("Social support (colleagues and manager)"), SUPPORT_CHOICE)
        for scale in data.bank.scales:
            self.scale.addItem(charts.scale_name(scale, self.lang), scale.id)
            self.items_scale.addItem(charts.scale_name(scale, self.lang), scale.id)
        for combo in (self.group, self.scale, self.items_scale):
            combo.blockSignals(False)
        self.loaded.emit()
        self.redraw()

    def _failed(self, exc: Exception) -> None:
        self._show_message(self.tr("The charts could not be drawn: %1").replace("%1", str(exc)))

    # --- drawing ---------------------------------------------------------------------

    def current_chart(self) -> str:
        return str(self.chart.currentData())

    def _update_choosers(self) -> None:
        chart = self.current_chart()
        for widget in (self.group_label, self.group):
            widget.setVisible(chart in (PROFILE, MATRIX, DISTRIBUTION))
        for widget in (self.scale_label, self.scale):
            widget.setVisible(chart == TREND)
        for widget in (self.items_scale_label, self.items_scale):
            widget.setVisible(chart == DISTRIBUTION)

    def build_figure(self) -> Figure:
        """Build the chosen chart; raise charts.ChartNotAvailable when the round cannot."""
        data = self.data
        assert data is not None
        group_id = self.group.currentData()
        lang = self.lang
        chart = self.current_chart()
        if chart == PROFILE:
            return charts.theme_profile(data.bank, data.results, data.apv_round, data.groups, group_id, lang)
        if chart == MATRIX:
            name = self.group.currentText() if group_id is not None else ""
            return charts.support_matrix_chart(data.matrices[group_id], name, lang, data.results.threshold)
        if chart == MAP:
            return charts.strain_map(data.bank, data.results, data.groups, lang)
        if chart == DISTRIBUTION:
            scale_id = self.items_scale.currentData() or data.bank.scales[0].id
            return charts.answer_distribution(
                data.bank, data.results, str(scale_id), group_id, lang, data.groups
            )
        choice = self.scale.currentData()
        scale_ids = list(SUPPORT_SCALES) if choice in (None, SUPPORT_CHOICE) else [str(choice)]
        return charts.trend_chart(data.history, scale_ids, lang)

    def redraw(self) -> None:
        """Replace the shown figure with the chosen chart."""
        self._update_choosers()
        if self.data is None:
            return
        try:
            figure = self.build_figure()
        except charts.ChartNotAvailable as exc:
            self._show_message(str(exc))
            self.redrawn.emit()
            return
        canvas = FigureCanvasQTAgg(figure)
        width, height = figure.get_size_inches()
        canvas.setMinimumSize(int(width * 80), int(height * 80))
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.area.setWidget(canvas)
        self.canvas, self.figure = canvas, figure
        self.message.setVisible(False)
        self.area.setVisible(True)
        canvas.draw_idle()
        self.redrawn.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.area.setVisible(False)
