"""Answer the modal dialogs a GUI flow opens, one after another, the way a user would.

A dialog shown with ``exec()`` runs its own event loop, so a test cannot type into it from
the line after the click that opened it. :class:`ModalDriver` polls for the top modal
window while those loops run and hands each expected one to a function that types and
clicks in it. A dialog that was not expected fails the test instead of hanging it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


class ModalDriver:
    """Drive expected modal dialogs in order; record every message box's text."""

    def __init__(self) -> None:
        self._steps: list[tuple[type[QWidget], Callable[[QWidget], None]]] = []
        self.unexpected: list[str] = []
        self.errors: list[BaseException] = []
        self._busy: set[QWidget] = set()
        self.boxes: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(15)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def expect(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        """Run ``act`` on the next modal window of ``kind`` when it shows."""
        self._steps.append((kind, act))

    @property
    def pending(self) -> int:
        """How many expected dialogs have not shown yet."""
        return len(self._steps)

    def stop(self) -> None:
        """Stop watching; raise the first failure seen inside a dialog."""
        self._timer.stop()
        if self.errors:
            raise self.errors[0]

    def _act(self, window: QWidget, act: Callable[[QWidget], None]) -> None:
        try:
            act(window)
        except BaseException as exc:  # noqa: BLE001 - kept for the test; the dialog must not hang
            self.errors.append(exc)
            if window.isVisible():
                window.close()
        finally:
            self._busy.discard(window)

    def _poll(self) -> None:
        window = QApplication.activeModalWidget()
        if window is None or not window.isVisible():
            return
        if isinstance(window, QMessageBox) and window.text() not in self.boxes[-1:]:
            self.boxes.append(window.text())
        if self._steps and isinstance(window, self._steps[0][0]):
            _kind, act = self._steps.pop(0)
            self._busy.add(window)
            # Run outside this timer's slot, so that a box the act opens is polled too.
            QTimer.singleShot(0, lambda: self._act(window, act))
            return
        if window in self._busy:
            return
        # Not expected: close it so the test fails on its assertion instead of hanging.
        self.unexpected.append(f"{type(window).__name__}: {window.windowTitle()}")
        if isinstance(window, QMessageBox):
            window.reject()
        elif isinstance(window, QDialog):
            window.reject()
        else:
            window.close()


def click_button(box: QMessageBox, text: str) -> None:
    """Click the message box's button whose text is ``text`` (its shortcut ampersands ignored)."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")
