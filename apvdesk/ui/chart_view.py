"""A widget that shows a matplotlib figure as an image drawn in the thread pool, so the window never waits.

Import this module lazily: it loads matplotlib.
"""

from __future__ import annotations

from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from apvdesk.ui.chart_figures import SCREEN_DPI, render_figure
from apvdesk.ui.tasks import run_task

MIN_SCALE = 0.8  # the chart is never shown smaller than this share of its size on paper
RESIZE_DELAY_MS = 150  # a resize is drawn anew once the user has stopped resizing this long


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
