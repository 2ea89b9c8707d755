"""Import modules in a background thread and say so on the GUI thread when done.

Used once a window is shown, to load what the next steps will need (the store's
SQLAlchemy, say) while the user looks at the first page. A daemon thread, not the thread
pool: the program does not wait for it when it closes, and nothing is written by it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundImport(QObject):
    """Runs ``importer`` in a daemon thread; ``finished`` is emitted on the GUI thread after."""

    finished = Signal()

    def __init__(self, importer: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._importer = importer

    def start(self) -> None:
        threading.Thread(target=self._run, name="apvdesk-import", daemon=True).start()

    def _run(self) -> None:
        try:
            self._importer()
        except Exception:  # the GUI thread imports again when it needs the modules, and reports then
            log.exception("importing in the background failed")
        try:
            self.finished.emit()  # queued to the GUI thread, where this object lives
        except RuntimeError:
            pass  # the window has gone meanwhile
