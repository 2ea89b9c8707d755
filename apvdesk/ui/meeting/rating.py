"""The group's joint rating of an agenda point: five large buttons and "not rated", or the keys 1 to 5."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from apvdesk.core.dialogue import Rating
from apvdesk.wording.labels import label

NOT_RATED = 0  # the id of the "not rated" button in the rating button group
_RATING_KEYS = {Qt.Key.Key_0.value + r.value: r for r in Rating}  # the keys 1 to 5

RATING_STYLE = """
QPushButton[role="rating"] {
    min-height: 52px; padding: 4px 10px; border: 2px solid #8a8a8a; border-radius: 8px;
    background: #ffffff; color: #1d1d1d; font-weight: bold;
}
QPushButton[role="rating"]:checked { background: #1f4e8c; color: #ffffff; border-color: #1f4e8c; }
"""


def rating_of_key(event: QKeyEvent) -> Rating | None:
    """Return the rating a key press of 1 to 5 gives (with no modifier but the keypad), else None."""
    rating = _RATING_KEYS.get(int(event.key()))
    if rating is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    return rating


def _two_lines(text: str, longest: int = 14) -> str:
    """Break a long label at the space nearest its middle, so the row fits a small screen."""
    if len(text) <= longest or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class RatingButtons(QWidget):
    """A row of one button per rating and "not rated"; ``rated`` is emitted with the one clicked.

    ``rated`` carries the :class:`Rating`, or None for "not rated". :attr:`buttons` holds
    the buttons by rating (None: "not rated"). Their look is :data:`RATING_STYLE`, which
    the window that holds them sets on itself.
    """

    rated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Rating | None, QPushButton] = {}
        for rating in Rating:
            button = self._button(f"{rating.value}\n{_two_lines(label(rating))}", rating.value)
            self.buttons[rating] = button
            row.addWidget(button, 2)
        not_rated = self._button(self.tr("Not rated"), NOT_RATED)
        self.buttons[None] = not_rated
        row.addWidget(not_rated, 1)
        self._group.buttonClicked.connect(self._clicked)

    def show_rating(self, rating: Rating | None) -> None:
        """Check the button of ``rating`` (None: "not rated")."""
        self.buttons[rating].setChecked(True)

    def _button(self, text: str, button_id: int) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("role", "rating")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._group.addButton(button, button_id)
        return button

    def _clicked(self, button: QAbstractButton) -> None:
        button_id = self._group.id(button)
        self.rated.emit(None if button_id == NOT_RATED else Rating(button_id))
