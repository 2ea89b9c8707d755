"""Making a workplace file from the main window: a new one from the wizard's answers, or the example.

The new file is created under its lock, so that no other copy of apvdesk takes it
meanwhile; the example workplace is written in the background the first time it is
asked for, to the documents folder, and opened from there after. Where OneDrive (or the
like) keeps the documents folder in step, a local folder is offered instead, and a new
file about to be saved in a synced folder is asked about first (:mod:`apvdesk.app.sync_notice`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpacerItem,
    QWidget,
)

from apvdesk.app.sync_notice import SyncNoticeTexts
from apvdesk.platform.paths import FILE_SUFFIX, local_folder, workplace_dir
from apvdesk.platform.synced_folders import sync_service
from apvdesk.store.errors import CannotLock, FileInUse, WorkplaceFileError
from apvdesk.ui import file_dialogs
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.tasks import run_task

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService
    from apvdesk.ui.dialogs.new_workplace import NewWorkplace

DEMO_FILE_NAME = "apvdesk-eksempel" + FILE_SUFFIX


def synced_folder_question(parent: QWidget, path: Path, service: str) -> tuple[QMessageBox, QPushButton]:
    """Return the question asked before a new file is saved in a synced folder, and its button "other"."""
    texts = SyncNoticeTexts()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        texts.new_file_title(),
        texts.new_file_question(path.parent, service),
        parent=parent,
    )
    other = box.addButton(texts.choose_other(), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(texts.save_anyway(), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(other)
    grid = box.layout()
    if isinstance(grid, QGridLayout):  # wide enough for a folder's name on one line
        grid.addItem(QSpacerItem(560, 0), grid.rowCount(), 0, 1, grid.columnCount())
    return box, other


def keep_out_of_synced_folder(parent: QWidget, path: Path) -> bool:
    """Ask whether to choose another folder when ``path`` is in a synced one; True: choose again."""
    service = sync_service(path)
    if service is None:
        return False
    box, other = synced_folder_question(parent, path, service)
    box.exec()
    return box.clickedButton() is other


def made(folder: Path) -> Path:
    """Create ``folder`` if it can be (so that the file dialog opens in it); return it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return folder


class FileCreation(QObject):
    """Creates workplace files for ``window``, then has it open them.

    ``open_file`` opens a file in the window; ``switch_to`` shows a store just created.
    """

    def __init__(
        self,
        window: QMainWindow,
        open_file: Callable[[Path], bool],
        switch_to: Callable[[WorkplaceService], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._open_file = open_file
        self._switch_to = switch_to

    def new_workplace(self) -> None:
        """Ask for the new workplace (the wizard), then where to save it, then create and open it."""
        from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard

        result = NewWorkplaceWizard.get_new_workplace(self._window)
        if result is None:
            return
        file_name = safe_file_stem(result.workplace.name) + FILE_SUFFIX
        suggested = made(workplace_dir()) / file_name
        while True:
            name, _filter = file_dialogs.ask_save_file(
                self._window,
                self.tr("Save the new workplace as"),
                str(suggested),
                self.tr("apvdesk workplaces (*.apvdesk)"),
            )
            if not name:
                return
            path = Path(name)
            if path.suffix != FILE_SUFFIX:
                path = path.with_name(path.name + FILE_SUFFIX)
            if self.keep_out_of_synced_folder(path):
                suggested = made(local_folder()) / path.name
                continue
            self.create_workplace(path, result)
            return

    def keep_out_of_synced_folder(self, path: Path) -> bool:
        """Ask whether to choose another folder when ``path`` is in a synced one; True: choose again."""
        return keep_out_of_synced_folder(self._window, path)

    def create_workplace(self, path: Path, result: NewWorkplace) -> bool:
        """Create the file from the wizard's answers and open it."""
        from apvdesk.app.resources import default_round_bank
        from apvdesk.store.sqlite.files import acquire, open_workplace
        from apvdesk.store.workplace_store import WorkplaceStore
        from apvdesk.ui.dialogs.message_boxes import show_error

        try:
            creating = acquire(path)  # keeps out another copy, and refuses a file it has open
        except FileInUse as exc:
            show_error(self._window, self.tr("Cannot create the workplace"), exc)
            return False
        except CannotLock:
            creating = None  # the create below says why it cannot write there
        try:
            WorkplaceStore.create(
                path, result.workplace, result.groups, result.first_round, default_round_bank()
            ).close()
            store = open_workplace(path)
        except WorkplaceFileError as exc:
            show_error(self._window, self.tr("Cannot create the workplace"), exc)
            return False
        finally:
            if creating is not None:
                creating.release()
        self._switch_to(store)
        return True

    def open_demo(self) -> None:
        """Open the example workplace, creating it the first time (documents, or a local folder)."""
        path = workplace_dir() / DEMO_FILE_NAME
        if path.exists():
            self._open_file(path)
            return

        def build() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            from apvdesk.app.demo_file import write_demo

            write_demo(path)
            return path

        status_bar = self._window.statusBar()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        status_bar.showMessage(self.tr("Creating the example workplace…"))

        def done(result: Path) -> None:
            QApplication.restoreOverrideCursor()
            status_bar.clearMessage()
            self._open_file(result)

        def failed(exc: Exception) -> None:
            from apvdesk.ui.dialogs.message_boxes import show_error

            QApplication.restoreOverrideCursor()
            status_bar.clearMessage()
            show_error(self._window, self.tr("Cannot create the example workplace"), exc)

        run_task(build, done, failed, owner=self._window)
