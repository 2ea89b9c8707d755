"""The last line of defence: an error nobody caught is shown, not lost on a console.

A failed write (a full disk, a file made read-only) raises CannotWrite from the store;
when it escapes a button's handler, the user gets one message saying what happened and
what to do. Any other unexpected error is shown too, with its details, and is still
printed for a bug report. The program keeps running: every edit before the failed one is
already saved.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox


class ErrorReporter:
    """Shows uncaught exceptions in a message box; its texts are in context ErrorReporter."""

    def __init__(self) -> None:
        self._showing = False

    def tr(self, text: str) -> str:
        return QApplication.translate("ErrorReporter", text)

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        from apvdesk.app.file_messages import describe  # here, not at start-up (docs/performance.md)
        from apvdesk.store.errors import WorkplaceFileError

        try:
            if isinstance(error, WorkplaceFileError):
                QMessageBox.warning(None, self.tr("The change was not saved"), describe(error))
            else:
                box = QMessageBox(
                    QMessageBox.Icon.Critical,
                    self.tr("Unexpected error"),
                    self.tr(
                        "Something went wrong in apvdesk. Your earlier changes are saved. If it happens "
                        "again, please report it and include the details below."
                    ),
                )
                box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
                box.exec()
        finally:
            self._showing = False


def install_error_hook() -> None:
    """Route uncaught exceptions of the GUI to :class:`ErrorReporter`."""
    sys.excepthook = ErrorReporter()
