"""The gesture that leaves the kiosk: the Leave button or Ctrl+Shift+Q opens the PIN dialog, one at a time.

Only the right PIN leaves; the wait after wrong PINs outlives the dialog, because the
attempts belong to the kiosk window. When someone has begun answering and not sent the
answers, the right PIN first asks whether to go back to the questionnaire or throw the
answers away. A PIN dialog (or that question) left open while nobody is at the PC is
closed with the person's answers (see :mod:`apvdesk.ui.kiosk.pauses`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from apvdesk.core.kiosk_session import PinAttempts
from apvdesk.ui.kiosk.leave_dialog import LeaveKioskDialog, UnfinishedAnswersBox


class LeaveGesture(QObject):
    """Asks for the PIN over the kiosk window; ``confirmed`` is emitted when the kiosk may be left.

    ``unfinished`` returns ``(answered, questions)`` while someone's answers are begun and
    not sent, else None; then the right PIN asks before ``confirmed`` throws them away.
    ``texts(key)`` gives the PIN box's texts in the respondent's language.
    """

    confirmed = Signal()

    def __init__(
        self,
        attempts: PinAttempts,
        kiosk: QWidget,
        unfinished: Callable[[], tuple[int, int] | None] = lambda: None,
        texts: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(kiosk)
        self._attempts = attempts
        self._kiosk = kiosk
        self._unfinished = unfinished
        self._texts = texts  # the PIN box's texts in the respondent's language
        self.dialog: LeaveKioskDialog | None = None  # the PIN dialog while it is open
        self.question: UnfinishedAnswersBox | None = None  # "go back or throw away?" while open

    def ask(self) -> None:
        """Open the PIN dialog, or bring forward the one already open."""
        shown = self.dialog or self.question
        if shown is not None:
            shown.raise_()
            shown.activateWindow()
            return
        dialog = LeaveKioskDialog(self._attempts, self._kiosk, texts=self._texts)
        dialog.accepted.connect(self._pin_given)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def dismiss(self) -> None:
        """Close an open PIN dialog or question without leaving (an operator who walked away)."""
        if self.dialog is not None:
            self.dialog.reject()
        if self.question is not None:
            self.question.done(0)

    def _pin_given(self) -> None:
        unfinished = self._unfinished()
        if unfinished is None:
            self.confirmed.emit()
            return
        question = UnfinishedAnswersBox(*unfinished, self._kiosk)
        question.finished.connect(lambda _result: self._answered(question))
        self.question = question
        question.open()

    def _answered(self, question: UnfinishedAnswersBox) -> None:
        throw_away = question.clickedButton() is question.throw_away_button
        question.deleteLater()
        self.question = None
        if throw_away:
            self.confirmed.emit()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
