"""Dropping a file on the main window opens it: a workplace file, or a collection file (its reduced window).

An event filter on the window (:class:`FileDrop`) accepts one local file named ``.apvdesk``
or ``.apvcollect`` dragged from Explorer (or a desktop's file manager) and hands it to
the window's own opening, as File › Open would; anything else is not accepted, so the
pointer shows that it cannot be dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

OPENED_SUFFIXES = (".apvdesk", ".apvcollect")
_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def dropped_file(data: QMimeData) -> Path | None:
    """Return the one local workplace or collection file ``data`` carries, else None."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in OPENED_SUFFIXES else None


class FileDrop(QObject):
    """Lets ``window`` take a dropped file and open it with ``open_file``."""

    def __init__(self, window: QWidget, open_file: Callable[[Path], object]) -> None:
        super().__init__(window)
        self._open_file = open_file
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QDropEvent) and event.type() in _DRAG_EVENTS:  # entering, moving, dropping
            path = dropped_file(event.mimeData())
            if path is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._open_file(path)
            return True
        return False
