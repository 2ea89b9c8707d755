"""A panel that shows the assessment charts of a round: choose the chart and the group.

The data is read off the GUI thread. The matplotlib figures are built on the GUI thread
when the user changes the choice (a few tens of milliseconds), but drawn in the thread
pool (Agg, at the screen's device pixel ratio) and shown as an image, so that the window
never waits for matplotlib's layout and rasterising. The first chart of a round is built
and drawn in the background with its data (:func:`prepare_chart`). Import this module
lazily: it loads matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Round
from apvdesk.core.results import RoundResults
from apvdesk.core.support_matrix import SUPPORT_SCALES, SupportMatrix, support_matrices
from apvdesk.reports import charts
from apvdesk.ui.tasks import run_task

PROFILE, MATRIX, MAP, TREND = "profile", "matrix", "map", "trend"
DISTRIBUTION = "distribution"
SUPPORT_CHOICE = "__support__"
SCREEN_DPI = 100  # dots per inch at a device pixel ratio of 1, as matplotlib's own Qt canvas
MIN_SCALE = 0.8  # the chart is never shown smaller than this share of its size on paper
RESIZE_DELAY_MS = 150  # a resize is drawn anew once the user has stopped resizing this long


@dataclass(frozen=True)
class ChartData:
    """What the charts of one round need, read in one go off the GUI thread."""

    apv_round: Round
    bank: QuestionBank
    groups: list[Group]
    results: RoundResults
    matrices: dict[int | None, SupportMatrix]
    history: list[charts.RoundData]


@dataclass(frozen=True)
class ChartChoice:
    """Which chart to build: the kind, and the group, scales or theme the kind asks for."""

    chart: str = PROFILE
    group_id: int | None = None  # profile, matrix, distribution; None for the whole workplace
    group_name: str = ""  # the matrix's title names the group
    trend_scale: str = SUPPORT_CHOICE  # trend: a scale id, or both support scales
    items_scale: str | None = None  # distribution: the scale whose items are shown (None: the first)


@dataclass(frozen=True)
class PreparedChart:
    """A chart built and drawn off the GUI thread, ready to show."""

    choice: ChartChoice
    figure: Figure
    paper_size: tuple[float, float]  # inches, as built (before it was drawn at the screen's size)
    image: QImage
    drawn_for: tuple[QSize, float]  # the size and device pixel ratio it was drawn for


def load_chart_data(store, round_id: int) -> ChartData:
    """Read the round, its released results and support matrices, and every round's released results.

    Raises ValueError while the round's results are not released (its collection is open).
    """
    apv_round = store.round(round_id)
    bank = store.round_bank(round_id)
    results = store.results(round_id)
    if results is None:
        raise ValueError(f"the results of round {round_id} are not released yet")
    history = []
    for other in store.rounds():
        if other.id == round_id:
            history.append(charts.RoundData(apv_round, bank, results))
        elif other.id is not None:
            earlier = store.results(other.id) if store.respondent_count(other.id) else None
            if earlier is not None:
                history.append(charts.RoundData(other, store.round_bank(other.id), earlier))
    matrices = support_matrices(bank, results)  # drawn from the released answers to the items
    return ChartData(apv_round, bank, store.round_groups(round_id), results, matrices, history)


def build_chart(data: ChartData, choice: ChartChoice, lang: str) -> Figure:
    """Build the chosen chart; raise charts.ChartNotAvailable when the round cannot have it."""
    group_id = choice.group_id
    if choice.chart == PROFILE:
        return charts.theme_profile(data.bank, data.results, data.apv_round, data.groups, group_id, lang)
    if choice.chart == MATRIX:
        name = choice.group_name if group_id is not None else ""
        return charts.support_matrix_chart(data.matrices[group_id], name, lang, data.results.threshold)
    if choice.chart == MAP:
        return charts.strain_map(data.bank, data.results, data.groups, lang)
    if choice.chart == DISTRIBUTION:
        scale_id = choice.items_scale or data.bank.scales[0].id
        return charts.answer_distribution(data.bank, data.results, scale_id, group_id, lang, data.groups)
    scale_ids = list(SUPPORT_SCALES) if choice.trend_scale == SUPPORT_CHOICE else [choice.trend_scale]
    return charts.trend_chart(data.history, scale_ids, lang)


def render_figure(figure: Figure, size: QSize, ratio: float) -> QImage:
    """Draw ``figure`` filling ``size`` (device-independent pixels) at the device pixel ratio ``ratio``.

    Runs in any thread, as long as no other thread touches the figure meanwhile.
    """
    figure.set_dpi(SCREEN_DPI * ratio)
    figure.set_size_inches(max(size.width(), 1) / SCREEN_DPI, max(size.height(), 1) / SCREEN_DPI)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    height, width = pixels.shape[:2]
    image = QImage(width, height, QImage.Format.Format_RGBA8888)  # owns its pixels; copied in
    np.frombuffer(image.bits(), np.uint8).reshape(height, image.bytesPerLine())[:, : width * 4] = (
        pixels.reshape(height, width * 4)
    )
    image.setDevicePixelRatio(ratio)
    return image


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


class ChartView(QWidget):
    """Shows a matplotlib figure as an image drawn in the thread pool; a resize draws it anew.

    At most one drawing runs at a time, so only one thread touches the figure. Until the
    drawing at a new size arrives, the last image is shown scaled.
    """

    rendered = Signal()  # a drawing of the current figure has arrived

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        self.image: QImage | None = None  # the current figure's last drawing
        self._drawn_for: tuple[QSize, float] | None = None  # the image's size and pixel ratio
        self.painted = False  # the current figure's drawing has been painted on the screen
        self._figure_number = 0  # counts figures, so that a late drawing of an old one is dropped
        self._drawing = False
        self._again = False  # asked to draw while a drawing ran
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.timeout.connect(self.draw)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_figure(
        self,
        figure: Figure,
        paper_size: tuple[float, float],
        image: QImage | None = None,
        drawn_for: tuple[QSize, float] | None = None,
    ) -> None:
        """Show ``figure`` (built at ``paper_size`` inches), with a drawing of it if there is one.

        ``drawn_for`` is the size and device pixel ratio ``image`` was drawn for.
        """
        self.figure = figure
        self._figure_number += 1
        self.image, self._drawn_for = (image, drawn_for) if image is not None else (None, None)
        self.painted = False
        width, height = paper_size
        self.setMinimumSize(int(width * SCREEN_DPI * MIN_SCALE), int(height * SCREEN_DPI * MIN_SCALE))
        self.update()
        self._delay.start(0)  # once the layout has given the view its size

    def draw(self) -> None:
        """Draw the figure at the view's size in the background (unless the shown image fits)."""
        self._delay.stop()
        if self.figure is None:
            return
        if self._drawing:
            self._again = True
            return
        size, ratio = self.size(), self.devicePixelRatioF()
        if size.isEmpty() or self._fits(size, ratio):
            return
        figure, number = self.figure, self._figure_number
        self._drawing = True

        def done(image: QImage) -> None:
            self._drawing = False
            if number == self._figure_number:
                self.image, self._drawn_for = image, (size, ratio)
                self.update()
                self.rendered.emit()
            if self._again or not self._fits(self.size(), self.devicePixelRatioF()):
                self._again = False
                self.draw()

        def failed(exc: Exception) -> None:  # not expected: the figure was built already
            self._drawing = False
            if number != self._figure_number:
                self.draw()

        run_task(lambda: render_figure(figure, size, ratio), done, failed, owner=self)

    def _fits(self, size: QSize, ratio: float) -> bool:
        """Return True when the shown image was drawn for ``size`` at ``ratio``."""
        return self.image is not None and self._drawn_for == (size, ratio)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.figure is not None:
            self._delay.start(RESIZE_DELAY_MS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self.figure is not None:
            self._delay.start(0)  # moved to a screen of another scale: drawn anew at its ratio
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            if self._fits(self.size(), self.devicePixelRatioF()):
                painter.drawImage(QPointF(0, 0), self.image)  # pixel for pixel, as matplotlib's canvas
            else:  # the last drawing, scaled, until the drawing at this size arrives
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(self.rect()), self.image)
            self.painted = True
        painter.end()


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
