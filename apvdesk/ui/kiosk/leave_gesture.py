"""The gesture that leaves the kiosk: the Leave button or Ctrl+Shift+Q opens the PIN dialog, one at a time.

Only the right PIN leaves; the wait after wrong PINs outlives the dialog, because the
attempts belong to the kiosk window. A PIN dialog left open while nobody is at the PC is
closed with the person's answers (see :mod:`apvdesk.ui.kiosk.pauses`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from apvdesk.core.kiosk_session import PinAttempts
from apvdesk.ui.kiosk.leave_dialog import LeaveKioskDialog


class LeaveGesture(QObject):
    """Asks for the PIN over the kiosk window; ``confirmed`` is emitted when the right one is given."""

    confirmed = Signal()

    def __init__(self, attempts: PinAttempts, kiosk: QWidget) -> None:
        super().__init__(kiosk)
        self._attempts = attempts
        self._kiosk = kiosk
        self.dialog: LeaveKioskDialog | None = None  # the PIN dialog while it is open

    def ask(self) -> None:
        """Open the PIN dialog, or bring forward the one already open."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = LeaveKioskDialog(self._attempts, self._kiosk)
        dialog.accepted.connect(self.confirmed)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def dismiss(self) -> None:
        """Close an open PIN dialog without leaving (an operator who walked away from it)."""
        if self.dialog is not None:
            self.dialog.reject()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
