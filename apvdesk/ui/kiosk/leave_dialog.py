"""The kiosk PIN dialogs, to leave kiosk mode or to open a file a kiosk holds; wrong PINs slow down.

After the right PIN, a half-filled questionnaire is not thrown away without asking
(:class:`UnfinishedAnswersBox`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.kiosk_session import PinAttempts


# The texts both PIN dialogs share keep their first home, the context LeaveKioskDialog.
class PinDialog(QDialog):
    """Asks for the kiosk PIN; accepted only with the right one, which :attr:`pin` then holds.

    The attempts object outlives the dialog (the kiosk window keeps it, or the program
    for a file), so the wait after wrong PINs survives closing and reopening the dialog.
    A subclass gives the title, the prompt and the two buttons' texts (:meth:`set_texts`).
    """

    def __init__(self, attempts: PinAttempts, parent: QWidget | None = None, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self._attempts = attempts
        self.pin = ""
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)

        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        font = QFont(self.pin_edit.font())
        font.setPointSize(max(font.pointSize(), 16))
        self.pin_edit.setFont(font)
        self.pin_edit.setAccessibleName(QCoreApplication.translate("LeaveKioskDialog", "PIN"))
        self.pin_edit.setAccessibleDescription(
            QCoreApplication.translate("LeaveKioskDialog", "The PIN set for this round's kiosk mode.")
        )
        self.prompt.setBuddy(self.pin_edit)
        layout.addWidget(self.pin_edit)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #9b1c1c;")
        self.status_label.setAccessibleName(QCoreApplication.translate("LeaveKioskDialog", "PIN status"))
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._show_wait)
        self._show_wait()
        self.pin_edit.setFocus()

    def set_texts(self, title: str, prompt: str, ok: str, cancel: str) -> None:
        """Give the dialog its title, the prompt above the PIN and the two buttons' texts."""
        self.setWindowTitle(title)
        self.prompt.setText(prompt)
        for button, text in ((self.ok_button, ok), (self.cancel_button, cancel)):
            button.setText(text)
            button.setAccessibleName(text)

    def try_pin(self) -> None:
        """Check the typed PIN: accept the dialog if right, otherwise say so and maybe wait."""
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if self._attempts.wait_seconds():
            self._show_wait()
            return
        if not pin:
            return
        if self._attempts.try_pin(pin):
            self.pin = pin
            self.accept()
            return
        self.status_label.setText(QCoreApplication.translate("LeaveKioskDialog", "Wrong PIN."))
        self._show_wait()

    def is_waiting(self) -> bool:
        """Return whether input is locked because of wrong PINs."""
        return not self.pin_edit.isEnabled()

    def _show_wait(self) -> None:
        wait = self._attempts.wait_seconds()
        self.pin_edit.setEnabled(wait == 0)
        self.ok_button.setEnabled(wait == 0)
        if wait:
            self.status_label.setText(
                QCoreApplication.translate("LeaveKioskDialog", "Wrong PIN. Try again in %1 seconds.").replace(
                    "%1", str(wait)
                )
            )
            if not self._tick.isActive():
                self._tick.start()
        else:
            if self._tick.isActive():
                self._tick.stop()
                self.status_label.setText(
                    QCoreApplication.translate("LeaveKioskDialog", "You can try again now.")
                )
            self.pin_edit.setFocus()


class LeaveKioskDialog(PinDialog):
    """The operator's PIN dialog that leaves kiosk mode."""

    def __init__(self, attempts: PinAttempts, parent: QWidget | None = None, tick_ms: int = 1000) -> None:
        super().__init__(attempts, parent, tick_ms)
        self.set_texts(
            self.tr("Leave kiosk mode"),
            self.tr("Enter the PIN to leave kiosk mode."),
            self.tr("Leave kiosk mode"),
            self.tr("Stay in kiosk mode"),
        )
        self.leave_button = self.ok_button


class UnfinishedAnswersBox(QMessageBox):
    """After the right PIN, while a questionnaire is half filled: go back to it, or throw it away.

    In the program's language, like the PIN dialog: it is read by the person who knows the
    PIN. Going back is the default and the Escape button; :attr:`throw_away_button` leaves.
    """

    def __init__(self, answered: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.setText(
            self.tr("Someone has answered %1 of %2 questions but has not sent the answers.")
            .replace("%1", str(answered))
            .replace("%2", str(total))
        )
        self.setInformativeText(
            self.tr("If you leave kiosk mode now, these answers are thrown away and not saved.")
        )
        self.back_button = self.addButton(
            self.tr("Go back to the questionnaire"), QMessageBox.ButtonRole.RejectRole
        )
        self.throw_away_button = self.addButton(
            self.tr("Throw the answers away and leave"), QMessageBox.ButtonRole.DestructiveRole
        )
        for button in (self.back_button, self.throw_away_button):
            button.setAccessibleName(button.text())
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)
