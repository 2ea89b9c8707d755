"""The calm bar shown while a workplace file from a folder that OneDrive (or the like) keeps in step is open.

It says once per file and session what the synced folder means and where the file had
better be (:mod:`apvdesk.app.sync_notice`); "Got it" hides it until the program starts
again. "Move to a folder on this PC…" (for a file open for changes) closes the file and
moves it, checked (:mod:`apvdesk.ui.file_moving`): a file is never copied while open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from apvdesk.app.sync_notice import SyncNoticeTexts
from apvdesk.platform.synced_folders import sync_service


class SyncedFolderBar(QFrame):
    """A bar above the pages for a file in a synced folder; :meth:`show_for` shows or hides it."""

    dismissed = Signal()
    move_requested = Signal()  # "Move to a folder on this PC…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncedFolderBar")
        self.setStyleSheet(
            "#syncedFolderBar { background: #eaf2fb; border: 1px solid #a9c4e4; border-radius: 4px; }"
            " #syncedFolderBar QLabel { color: #1f2d3d; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_requested)
        layout.addWidget(self.move_button)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(self.dismiss_button)
        self.service: str | None = None
        self._path: Path | None = None
        self._services: dict[Path, str | None] = {}  # looked up once per file and session
        self._dismissed: set[Path] = set()
        self.setVisible(False)

    def show_for(self, path: Path | None, movable: bool = False) -> None:
        """Show the bar for the open file ``path`` if it is in a synced folder (None: no file).

        ``movable`` (a file open for changes) offers to move it to a folder on this PC.
        """
        self._path = path
        if path is not None and path not in self._services:
            self._services[path] = sync_service(path)
        self.service = self._services.get(path) if path is not None else None
        if self.service is None or path in self._dismissed:
            self.setVisible(False)
            return
        self.label.setText(SyncNoticeTexts().bar(self.service))
        self.move_button.setText(self.tr("Move to a folder on this PC…"))
        self.move_button.setToolTip(
            self.tr(
                "Close the file, copy it to a folder you choose, check the copy, then remove the old one."
            )
        )
        self.move_button.setVisible(movable)
        self.dismiss_button.setText(self.tr("Got it"))
        self.dismiss_button.setToolTip(self.tr("Hide this note until apvdesk is started again."))
        self.setVisible(True)

    def dismiss(self) -> None:
        """Hide the bar for this file until the program starts again."""
        if self._path is not None:
            self._dismissed.add(self._path)
        self.setVisible(False)
        self.dismissed.emit()
