"""The kiosk PIN dialogs, to leave kiosk mode or to open a file a kiosk holds; wrong PINs slow down.

The kiosk's own box speaks the respondent's language first: whoever opened it by mistake
reads what it is and goes back to the questions with one large button (the default, and
Enter or Escape); the person in charge types the PIN below.

After the right PIN, a half-filled questionnaire is not thrown away without asking
(:class:`UnfinishedAnswersBox`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
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
        self.status_label.setText(self._wrong_text())
        self._show_wait()

    def _wrong_text(self) -> str:
        return QCoreApplication.translate("LeaveKioskDialog", "Wrong PIN.")

    def _wait_text(self, seconds: int) -> str:
        return QCoreApplication.translate("LeaveKioskDialog", "Wrong PIN. Try again in %1 seconds.").replace(
            "%1", str(seconds)
        )

    def _again_text(self) -> str:
        return QCoreApplication.translate("LeaveKioskDialog", "You can try again now.")

    def is_waiting(self) -> bool:
        """Return whether input is locked because of wrong PINs."""
        return not self.pin_edit.isEnabled()

    def _show_wait(self) -> None:
        wait = self._attempts.wait_seconds()
        self.pin_edit.setEnabled(wait == 0)
        self.ok_button.setEnabled(wait == 0)
        if wait:
            self.status_label.setText(self._wait_text(wait))
            if not self._tick.isActive():
                self._tick.start()
        else:
            if self._tick.isActive():
                self._tick.stop()
                self.status_label.setText(self._again_text())
            self.pin_edit.setFocus()


class LeaveKioskDialog(PinDialog):
    """The kiosk's PIN box: "back to the questions" for the respondent, the PIN for the person in charge.

    ``texts(key)`` returns a kiosk text of the question bank (``pin_title``, ``pin_text``,
    ``pin_back``, ``pin_wrong``, ``pin_wait``, ``pin_again``) in the respondent's language;
    without it the box speaks the program's language only. :attr:`back_button` is the
    default; Escape, and Enter in an empty PIN field, go back too.
    """

    def __init__(
        self,
        attempts: PinAttempts,
        parent: QWidget | None = None,
        tick_ms: int = 1000,
        texts: Callable[[str], str] | None = None,
    ) -> None:
        self._texts = texts
        super().__init__(attempts, parent, tick_ms)
        title = texts("pin_title") if texts else self.tr("Leave kiosk mode")
        self.set_texts(
            title,
            self.tr("Enter the PIN to leave kiosk mode."),
            self.tr("Leave kiosk mode"),
            self.tr("Stay in kiosk mode"),
        )
        self.leave_button = self.ok_button
        self.leave_button.setAutoDefault(False)
        self.cancel_button.hide()  # the large button below does its work

        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self._set_size(self.heading, 18, bold=True)
        self.message = QLabel(texts("pin_text") if texts else "")
        self.message.setWordWrap(True)
        self.message.setVisible(texts is not None)
        self._set_size(self.message, 16)
        back = texts("pin_back") if texts else self.tr("Stay in kiosk mode")
        self.back_button = QPushButton("‹  " + back)
        self.back_button.setAccessibleName(back)
        self.back_button.setMinimumHeight(72)
        self._set_size(self.back_button, 20, bold=True)
        self.back_button.setStyleSheet(
            "QPushButton { background: #1f4e8c; color: white; border-radius: 10px; padding: 10px 28px; }"
            "QPushButton:focus { border: 4px solid #d97a00; }"
        )
        self.back_button.clicked.connect(self.reject)
        self.back_button.setDefault(True)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        items: tuple[QWidget | int, ...] = (self.heading, self.message, 10, self.back_button, 16, rule, 8)
        for index, item in enumerate(items):
            if isinstance(item, int):
                layout.insertSpacing(index, item)
            else:
                layout.insertWidget(index, item)
        layout.setContentsMargins(20, 18, 20, 14)
        self.prompt.setStyleSheet("color: #4a4a4a;")
        self.pin_edit.installEventFilter(self)
        self.setMinimumWidth(520)

    @staticmethod
    def _set_size(widget: QWidget, points: int, bold: bool = False) -> None:
        font = QFont(widget.font())
        font.setPointSize(points)
        font.setBold(bold)
        widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Enter in the PIN field tries the PIN (an empty field goes back to the questions)."""
        if (
            watched is self.pin_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.pin_edit.text():
                self.try_pin()
            else:
                self.reject()
            return True
        return super().eventFilter(watched, event)

    def _wrong_text(self) -> str:
        return self._texts("pin_wrong") if self._texts else super()._wrong_text()

    def _wait_text(self, seconds: int) -> str:
        if self._texts:
            return self._texts("pin_wait").replace("%1", str(seconds))
        return super()._wait_text(seconds)

    def _again_text(self) -> str:
        return self._texts("pin_again") if self._texts else super()._again_text()


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
