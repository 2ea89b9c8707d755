"""Moving the open workplace file out of a synced folder to a folder on this PC, from the synced-folder bar.

The file is never copied while it is open: it is closed first, moved with
:func:`~apvdesk.store.sqlite.files.move_workplace` (copied, checked, then the original
removed) and opened again from its new place; when the move fails, the file is opened
again where it was, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from apvdesk.platform.paths import FILE_SUFFIX, local_folder
from apvdesk.platform.settings import Settings
from apvdesk.store.errors import WorkplaceFileError
from apvdesk.ui import file_dialogs
from apvdesk.ui.file_creation import keep_out_of_synced_folder, made
from apvdesk.wording.i18n import fill


class FileMoving(QObject):
    """Moves the workplace file open in ``window``; ``close`` closes it, ``open_file`` opens a file."""

    def __init__(
        self,
        window: QMainWindow,
        close: Callable[[], None],
        open_file: Callable[..., bool],
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._close = close
        self._open_file = open_file
        self._settings = settings

    def move(self, path: Path) -> bool:
        """Ask where to, then move the open file ``path`` there and open it; False when it stays."""
        target = self._ask_where(path)
        if target is None:
            return False
        from apvdesk.store.sqlite.files import move_workplace

        self._close()
        try:
            moved = move_workplace(path, target)
        except WorkplaceFileError as exc:
            from apvdesk.ui.dialogs.message_boxes import show_error

            show_error(self._window, self.tr("The workplace file was not moved"), exc)
            self._open_file(path, remember=False)
            return False
        self._settings.forget_recent_file(path)
        self._open_file(moved.path)
        if moved.original_left:
            text = fill(
                self.tr(
                    "The workplace file was copied to %1 and checked, but the old file %2 could not be "
                    "removed. Delete the old file yourself, so that no one goes on working in it."
                ),
                moved.path,
                path,
            )
        else:
            text = fill(self.tr("The workplace file was moved to %1."), moved.path)
        QMessageBox.information(self._window, self.tr("Move the workplace file"), text)
        return True

    def _ask_where(self, path: Path) -> Path | None:
        """Ask for the new name, in a folder on this PC; None when the user gives up."""
        suggested = made(local_folder()) / path.name
        while True:
            name, _filter = file_dialogs.ask_save_file(
                self._window,
                self.tr("Move the workplace file to"),
                str(suggested),
                self.tr("apvdesk workplaces (*.apvdesk)"),
            )
            if not name:
                return None
            target = Path(name)
            if target.suffix != FILE_SUFFIX:
                target = target.with_name(target.name + FILE_SUFFIX)
            if target.exists() or target.is_symlink():
                QMessageBox.warning(
                    self._window,
                    self.tr("Move the workplace file"),
                    fill(
                        self.tr("There is already a file called %1. Choose another name or folder."), target
                    ),
                )
                suggested = target
                continue
            if keep_out_of_synced_folder(self._window, target):
                suggested = made(local_folder()) / target.name
                continue
            return target
