"""A panel that shows the assessment charts of a round: choose the chart and the group.

The data is read off the GUI thread. The matplotlib figures are built on the GUI thread
when the user changes the choice (a few tens of milliseconds), but drawn in the thread
pool (Agg, at the screen's device pixel ratio) and shown as an image
(:class:`~apvdesk.ui.chart_view.ChartView`), so that the window never waits for
matplotlib's layout and rasterising. The first chart of a round is built and drawn in the
background with its data (:func:`prepare_chart`). The charts themselves are made in
:mod:`apvdesk.ui.chart_figures`. Import this module lazily: it loads matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from apvdesk.reports import charts
from apvdesk.ui.chart_figures import (
    DISTRIBUTION,
    MAP,
    MATRIX,
    PROFILE,
    SUPPORT_CHOICE,
    TREND,
    ChartChoice,
    ChartData,
    build_chart,
    load_chart_data,
    render_figure,
)
from apvdesk.ui.chart_view import ChartView
from apvdesk.ui.tasks import run_task


@dataclass(frozen=True)
class PreparedChart:
    """A chart built and drawn off the GUI thread, ready to show."""

    choice: ChartChoice
    figure: Figure
    paper_size: tuple[float, float]  # inches, as built (before it was drawn at the screen's size)
    image: QImage
    drawn_for: tuple[QSize, float]  # the size and device pixel ratio it was drawn for


def first_choice(chart: str, data: ChartData) -> ChartChoice:
    """Return what :meth:`ChartsPanel.set_data` shows of ``data`` when ``chart`` is the chosen kind."""
    return ChartChoice(chart, items_scale=data.bank.scales[0].id if data.bank.scales else None)


def prepare_chart(
    data: ChartData, choice: ChartChoice, lang: str, size: QSize, ratio: float
) -> PreparedChart:
    """Build and draw a chart off the GUI thread (raises charts.ChartNotAvailable as :func:`build_chart`)."""
    figure = build_chart(data, choice, lang)
    width, height = figure.get_size_inches()
    image = render_figure(figure, size, ratio)
    return PreparedChart(choice, figure, (float(width), float(height)), image, (QSize(size), ratio))


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
        self.canvas = ChartView()
        self.area.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addWidget(self.area, 1)
        for combo in (self.chart, self.group, self.scale, self.items_scale):
            combo.currentIndexChanged.connect(lambda _index: self.redraw())
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

    def set_data(self, data: ChartData, prepared: PreparedChart | None = None) -> None:
        """Show the charts of already loaded data (also used by :meth:`set_round`).

        ``prepared`` is the first chart, built and drawn off the GUI thread with the data
        (see :func:`first_choice`); it is shown when it is still the chosen one.
        """
        self.data = data
        for combo in (self.group, self.scale, self.items_scale):
            combo.blockSignals(True)
            combo.clear()
        self.group.addItem(data.whole_name or self.tr("Whole workplace"), None)
        for group in data.groups:
            self.group.addItem(group.name, group.id)
        self.scale.addItem(self.tr("Social support (colleagues and manager)"), SUPPORT_CHOICE)
        for scale in data.bank.scales:
            self.scale.addItem(charts.scale_name(scale, self.lang), scale.id)
            self.items_scale.addItem(charts.scale_name(scale, self.lang), scale.id)
        for combo in (self.group, self.scale, self.items_scale):
            combo.blockSignals(False)
        self.loaded.emit()
        self.redraw(prepared)

    def view_size(self) -> QSize:
        """Return the size the chart is drawn at, the view's own once it has been laid out."""
        if self.canvas.isVisible():
            return self.canvas.size()
        return QSize(max(self.width() - 30, 560), max(self.height() - 80, 480))

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

    def current_choice(self) -> ChartChoice:
        """Return the chart chosen in the combo boxes."""
        group_id = self.group.currentData()
        items_scale = self.items_scale.currentData()
        return ChartChoice(
            self.current_chart(),
            group_id,
            self.group.currentText() if group_id is not None else "",
            str(self.scale.currentData() or SUPPORT_CHOICE),
            str(items_scale) if items_scale else None,
        )

    def build_figure(self) -> Figure:
        """Build the chosen chart; raise charts.ChartNotAvailable when the round cannot."""
        assert self.data is not None
        return build_chart(self.data, self.current_choice(), self.lang)

    def redraw(self, prepared: PreparedChart | None = None) -> None:
        """Replace the shown figure with the chosen chart; it is drawn in the background."""
        self._update_choosers()
        if self.data is None:
            return
        choice = self.current_choice()
        if prepared is not None and prepared.choice == choice:
            figure, paper_size = prepared.figure, prepared.paper_size
            image, drawn_for = prepared.image, prepared.drawn_for
        else:
            try:
                figure = build_chart(self.data, choice, self.lang)
            except charts.ChartNotAvailable as exc:
                self._show_message(str(exc))
                self.redrawn.emit()
                return
            width, height = figure.get_size_inches()
            paper_size, image, drawn_for = (float(width), float(height)), None, None
        self.canvas.show_figure(figure, paper_size, image, drawn_for)
        self.canvas.setAccessibleName(self.chart.currentText())
        self.figure = figure
        self.message.setVisible(False)
        self.area.setVisible(True)
        self.redrawn.emit()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.area.setVisible(False)
