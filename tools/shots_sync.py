"""Screenshots of what apvdesk says about synced folders and recent files out of reach.

- ``sync-bar``: an open workplace whose file is in OneDrive, with the calm bar above it;
- ``sync-new-file``: the question before a new workplace is saved in a OneDrive folder;
- ``start-recent-not-found``: the start page with a recent file that cannot be reached.

The paths are those of a Windows PC (a user Anna on drive C:), whatever system draws them.
``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import Any, cast

from PySide6.QtWidgets import QVBoxLayout, QWidget

PROFILE = PureWindowsPath(r"C:\Users\Anna")
SYNCED = PROFILE / "OneDrive - Vaskeriet Sol ApS" / "Dokumenter" / "Vaskeriet Sol.apvdesk"


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write sync-bar, sync-new-file and start-recent-not-found."""
    from apvdesk.app import sync_notice
    from apvdesk.platform.synced_folders import ONEDRIVE
    from apvdesk.ui import synced_folder_bar
    from apvdesk.ui.file_creation import synced_folder_question
    from apvdesk.ui.start_page import StartPage
    from apvdesk.ui.workplace_view import WorkplaceView

    real_folder, real_service = sync_notice.local_folder, synced_folder_bar.sync_service
    sync_notice.local_folder = lambda: cast(Path, PROFILE / "apvdesk")  # as on the owner's PC
    synced_folder_bar.sync_service = lambda _path: ONEDRIVE
    try:
        window = QWidget()
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(12, 8, 12, 0)
        bar = synced_folder_bar.SyncedFolderBar()
        holder_layout.addWidget(bar)
        bar.show_for(cast(Path, SYNCED), movable=True)  # a file open for changes
        layout.addWidget(holder)
        view = WorkplaceView(store)
        layout.addWidget(view, 1)
        save(window, "sync-bar", (1280, 800))
        window.close()

        box, _other = synced_folder_question(cast(QWidget, None), cast(Path, SYNCED), ONEDRIVE)
        box.setWindowTitle(box.windowTitle())
        save(box, "sync-new-file", (box.sizeHint().width(), box.sizeHint().height()))
        box.close()
    finally:
        sync_notice.local_folder, synced_folder_bar.sync_service = real_folder, real_service

    recent = [
        PROFILE / "apvdesk" / "Vaskeriet Sol.apvdesk",
        PureWindowsPath(r"\\kontor-nas\fælles\APV\Rens Øst.apvdesk"),
        PROFILE / "Documents" / "apvdesk-eksempel.apvdesk",
    ]
    page = StartPage(cast(list[Path], recent))
    page.mark_found(str(recent[0]), True)
    page.mark_found(str(recent[1]), False)
    page.mark_found(str(recent[2]), True)
    save(page, "start-recent-not-found", (1100, 700))
    page.close()
