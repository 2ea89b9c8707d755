"""The presentation screen: one agenda point at a time, in very large type, for a TV or projector.

It shows only what the whole group may see: the point's title and question, how far the
meeting has come, and the joint rating once given. No names and no notes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.dialogue import AgendaPoint, Rating
from apvdesk.ui.screen_fit import screen_of
from apvdesk.wording.labels import label

# Point sizes at a full-HD height; smaller and larger windows scale them.
REFERENCE_HEIGHT = 1080
TITLE_PT = 48
QUESTION_PT = 36
PROGRESS_PT = 22
RATING_PT = 34

STYLE_SHEET = """
PresentationWindow { background: #101820; }
QLabel { color: #ffffff; }
QLabel#progress, QLabel#hint { color: #c8d2dc; }
QLabel#rating { color: #101820; background: #ffd166; border-radius: 18px; padding: 12px 36px; }
QLabel#rating[level="good"] { background: #8fd694; }
QLabel#rating[level="bad"] { background: #ff9e80; }
QPushButton#close {
    color: #ffffff; background: #2b3a48; border: 1px solid #c8d2dc; border-radius: 6px; padding: 6px 14px;
}
QPushButton#close:hover { background: #3d5063; }
"""

_BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down, Qt.Key.Key_Space)


class PresentationWindow(QWidget):
    """A window to show the group the current point; ``step_requested`` asks for the next or previous.

    Escape or the "Close the presentation" button closes it (``closed`` is emitted), so on
    a single screen the facilitator's window is always one key away.
    """

    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Dialogue meeting"))
        self.setStyleSheet(STYLE_SHEET)
        self.setMinimumSize(640, 400)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 48, 80, 48)
        top = QHBoxLayout()
        self.progress_label = self._label("progress")
        top.addWidget(self.progress_label, 1)
        self.close_button = QPushButton(self.tr("Close the presentation"))
        self.close_button.setObjectName("close")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrow keys stay with the window
        self.close_button.clicked.connect(self.close)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addStretch(1)
        self.title_label = self._label("title")
        layout.addWidget(self.title_label)
        layout.addSpacing(24)
        self.question_label = self._label("question")
        layout.addWidget(self.question_label)
        layout.addStretch(1)
        self.rating_label = self._label("rating")
        self.rating_label.setWordWrap(False)
        layout.addWidget(self.rating_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.hint_label = self._label("hint")
        self.hint_label.setText(
            self.tr("F11: full screen   ←/→: previous/next point   Esc: back to the facilitator's view")
        )
        layout.addWidget(self.hint_label)
        self.rating_label.hide()
        self._scale_fonts()

    def _label(self, name: str) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        return widget

    # --- what it shows -----------------------------------------------------------------

    def show_point(self, point: AgendaPoint | None, index: int, count: int) -> None:
        """Show ``point`` as number ``index`` (from 0) of ``count``; None shows an empty agenda."""
        if point is None:
            self.progress_label.setText("")
            self.title_label.setText(self.tr("The agenda is empty"))
            self.question_label.setText("")
            self.rating_label.hide()
            return
        self.progress_label.setText(
            self.tr("Point %1 / %2").replace("%1", str(index + 1)).replace("%2", str(count))
        )
        self.title_label.setText(point.title)
        self.question_label.setText(point.question)
        self.show_rating(point.rating)

    def show_rating(self, rating: Rating | None) -> None:
        """Show the group's joint rating of the current point, or nothing while unrated."""
        if rating is None:
            self.rating_label.hide()
            return
        level = "good" if rating <= Rating.MOSTLY_WORKS else "bad" if rating >= Rating.PROBLEM else ""
        self.rating_label.setProperty("level", level)
        self.rating_label.style().unpolish(self.rating_label)
        self.rating_label.style().polish(self.rating_label)
        self.rating_label.setText(self.tr("Our rating: %1").replace("%1", label(rating)))
        self.rating_label.show()

    # --- size and keys ---------------------------------------------------------------

    def _scale_fonts(self) -> None:
        factor = max(0.45, self.height() / REFERENCE_HEIGHT)
        for widget, points, bold in (
            (self.title_label, TITLE_PT, True),
            (self.question_label, QUESTION_PT, False),
            (self.progress_label, PROGRESS_PT, False),
            (self.rating_label, RATING_PT, True),
            (self.hint_label, PROGRESS_PT * 0.7, False),
            (self.close_button, PROGRESS_PT * 0.7, False),
        ):
            font = QFont(widget.font())
            font.setPointSizeF(max(9.0, points * factor))
            font.setBold(bold)
            widget.setFont(font)
        margin = int(80 * factor)
        self._layout.setContentsMargins(margin, int(48 * factor), margin, int(48 * factor))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scale_fonts()

    def toggle_full_screen(self) -> None:
        """Switch between full screen and a normal window (F11)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.isFullScreen():
            self.showNormal()  # opened again, it starts as a window
        super().closeEvent(event)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in _BACK:
            self.step_requested.emit(-1)
        elif key in _FORWARD:
            self.step_requested.emit(1)
        else:
            super().keyPressEvent(event)


def place_on_other_screen(window: QWidget, beside: QWidget) -> None:
    """Put ``window`` on a screen other than the one ``beside`` is on, when there is one.

    With a single screen it stays a normal window over the facilitator's view, which
    Escape or its close button brings back.
    """
    here = screen_of(beside)  # not beside.screen(): see screen_of
    others = [screen for screen in QGuiApplication.screens() if screen is not here]
    if others:
        window.move(others[0].availableGeometry().topLeft())
