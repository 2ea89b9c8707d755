"""The one date field: type the date (dd-mm-åååå) or pick it from a calendar beside it.

Typing is forgiving (see :mod:`apvdesk.wording.date_input`); on leaving the field the text
is shown again in the language's one style (:func:`apvdesk.wording.formatting.format_date`).
A text that is not a date gets a red frame and a short line saying what is expected, and
:func:`dates_are_valid` lets a dialog's OK refuse it. A date that may be left unset is an
empty field with a small × to clear it: no check box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.wording.date_input import DateProblem, DateTextError, parse_date
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import current_language

ERROR_COLOUR = "#b3261e"
EXAMPLE = dt.date(2026, 12, 6)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def calendar_icon(colour: QColor, size: int = 16) -> QIcon:
    """Draw a small calendar sheet in ``colour`` (no icon file, no emoji font needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(colour)
    painter.drawRect(QRect(1, 2, size - 3, size - 4))
    painter.fillRect(QRect(1, 2, size - 2, 4), colour)
    cell = (size - 6) // 4
    for row in range(2):
        for column in range(4):
            painter.fillRect(QRect(3 + column * (cell + 1), 8 + row * (cell + 1), cell, cell - 1), colour)
    painter.end()
    return QIcon(pixmap)


def calendar_locale() -> QLocale:
    """Return the calendar's locale: Danish, or British English (day first, weeks from Monday)."""
    if current_language() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


class CalendarPopup(QFrame):
    """The calendar under a date field: weeks start on Monday, weekday names fully shown."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        locale = calendar_locale()
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(False)
        self.calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        metrics = self.calendar.fontMetrics()
        names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        column = max(widest, metrics.horizontalAdvance("00")) + 14
        self.calendar.setMinimumSize(column * 8 + 12, metrics.height() * 10 + 24)
        # The grid of days (Qt's own view inside the calendar), where a click or Enter picks.
        self.days = self.calendar.findChild(QAbstractItemView) or self.calendar
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(_date(day))

    def show_under(self, anchor: QWidget, day: dt.date) -> None:
        """Open below ``anchor`` with ``day`` selected."""
        self.calendar.setSelectedDate(_qdate(day))
        self.adjustSize()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed as dd-mm-åååå or picked from the calendar; optionally left empty.

    ``date()`` is the date typed or picked (None when empty or not a date); ``is_valid()``
    says whether the field can be saved as it stands.
    """

    dateChanged = Signal(object)  # noqa: N815 (as QDateEdit's) dt.date | None, also while typing
    committed = Signal(object)  # dt.date | None: the field was left, or a day picked or cleared

    def __init__(
        self,
        value: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        latest: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._latest = latest
        self._calendar_start: Callable[[], dt.date] = dt.date.today
        self._last: dt.date | None = None
        self._committed: dt.date | None = value
        self.popup: CalendarPopup | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        outer.addLayout(row)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("dd-mm-yyyy"))
        metrics = self.line.fontMetrics()
        self.line.setFixedWidth(metrics.horizontalAdvance("30 Sep 00000") + 18)
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self.normalise)
        row.addWidget(self.line)
        self.calendar_button = QToolButton()
        self.calendar_button.setIcon(calendar_icon(self.palette().color(self.foregroundRole())))
        self.calendar_button.setToolTip(self.tr("Choose the date in a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        row.addWidget(self.calendar_button)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem_label.hide()
        outer.addWidget(self.problem_label)
        self.set_date(value)

    # --- the value ------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """Return the date in the field; None when it is empty or not a date."""
        try:
            return parse_date(self.line.text())
        except DateTextError:
            return None

    def set_date(self, value: dt.date | None) -> None:
        """Show ``value`` (None empties the field) and clear any complaint."""
        self.line.setText(format_date(value) if value is not None else "")
        self.show_problem("")

    def setDate(self, value: dt.date | QDate | None) -> None:  # noqa: N802 (as QDateEdit's)
        """Like :meth:`set_date`; takes a QDate too."""
        self.set_date(_date(value) if isinstance(value, QDate) else value)

    def set_calendar_start(self, start: Callable[[], dt.date]) -> None:
        """Set the day the calendar opens on while the field is empty (today unless set)."""
        self._calendar_start = start

    def problem(self) -> str:
        """Say what is wrong with the text, as one short line; "" when it can be saved."""
        try:
            value = parse_date(self.line.text())
        except DateTextError as error:
            if error.problem is DateProblem.NO_SUCH_DAY:
                return self.tr("There is no such day. Type the date as dd-mm-yyyy, e.g. %1.").replace(
                    "%1", format_date(EXAMPLE, "da")
                )
            return self.tr("Type the date as dd-mm-yyyy, e.g. %1.").replace("%1", format_date(EXAMPLE, "da"))
        if value is None:
            return (
                ""
                if self._optional
                else self.tr("Type a date, e.g. %1.").replace("%1", format_date(EXAMPLE, "da"))
            )
        if self._latest is not None and value > self._latest:
            return self.tr("The date cannot be later than %1.").replace("%1", format_date(self._latest))
        return ""

    def is_valid(self) -> bool:
        return not self.problem()

    # --- what the user does ------------------------------------------------------------

    def normalise(self) -> None:
        """On leaving the field: show a date in the one style, or say what is wrong."""
        problem = self.problem()
        value = self.date()
        if value is not None and not problem:
            self.line.blockSignals(True)
            self.line.setText(format_date(value))
            self.line.blockSignals(False)
        self.show_problem(problem)
        self._commit(problem)

    def clear(self) -> None:
        """Empty the field (the × button)."""
        self.set_date(None)
        self._commit(self.problem())

    def _commit(self, problem: str) -> None:
        value = self.date()
        if not problem and value != self._committed:
            self._committed = value
            self.committed.emit(value)

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        if self._latest is not None:
            self.popup.calendar.setMaximumDate(_qdate(self._latest))
        self.popup.show_under(self.line, self.date() or self._calendar_start())

    def _picked(self, value: dt.date) -> None:
        self.set_date(value)
        self._commit(self.problem())
        self.line.setFocus()

    def _text_changed(self, _text: str) -> None:
        if self.problem_label.isVisible() and not self.problem():
            self.show_problem("")
        value = self.date()
        if value != self._last:
            self._last = value
            self.dateChanged.emit(value)

    def show_problem(self, problem: str) -> None:
        """Show ``problem`` under the field with a red frame; "" takes both away."""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.line.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOUR}; }}" if problem else "")


def dates_are_valid(parent: QWidget, fields: Sequence[tuple[str, DateField]]) -> bool:
    """Return True when every date can be saved; else say which is not, and go to it.

    ``fields`` are (the field's name as its label says it, the field); an OK button calls
    this first so a mistyped date is never saved as something else.
    """
    for name, field in fields:
        problem = field.problem()
        if problem:
            field.show_problem(problem)
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("DateField", "Check the date"),
                QCoreApplication.translate("DateField", "The date in “%1” cannot be saved. %2")
                .replace("%1", name.rstrip(":"))
                .replace("%2", problem),
            )
            field.line.setFocus()
            return False
    return True
