"""The main window: the start page or an open workplace, with its menus, language and files.

The window shows one workplace file at a time and switches between them; its menus are
:mod:`apvdesk.ui.main_menus`, opening a file (the lock, read-only) is
:mod:`apvdesk.ui.file_opening`, and making a new or the example file is
:mod:`apvdesk.ui.file_creation`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from apvdesk.platform.own_files import apvdesk_file_kind
from apvdesk.platform.paths import documents_dir
from apvdesk.platform.settings import Settings
from apvdesk.store.errors import DamagedFile, WorkplaceFileError
from apvdesk.ui import file_dialogs
from apvdesk.ui.file_creation import FileCreation
from apvdesk.ui.file_drop import FileDrop
from apvdesk.ui.file_moving import FileMoving
from apvdesk.ui.file_opening import open_workplace_file
from apvdesk.ui.main_menus import MainMenus
from apvdesk.ui.read_only_bar import ReadOnlyBar
from apvdesk.ui.recent_check import RecentFileCheck
from apvdesk.ui.screen_fit import resize_to_fit
from apvdesk.ui.start_page import StartPage
from apvdesk.ui.synced_folder_bar import SyncedFolderBar
from apvdesk.ui.tasks import wait_for_tasks
from apvdesk.wording import i18n

if TYPE_CHECKING:
    # The store (SQLAlchemy) and the pages are imported when a file is opened, so that the
    # window comes up first (see docs/performance.md).
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.service import WorkplaceService
    from apvdesk.ui.workplace_view import WorkplaceView

# At start-up a file given on the command line opens once the window has been painted, or
# after this many milliseconds if no paint comes (a window started minimised).
OPEN_AFTER_SHOWING_LATEST_MS = 500
TAKEOVER_NOTICE_MS = 120_000  # how long the status bar says that a crash's lock was taken over
SAVED_NOTICE_MS = 6_000  # how long the status bar says that everything is saved (Ctrl+S)


class MainWindow(QMainWindow):
    """One window: the start page until a workplace file is open, then its APV steps."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self._settings = settings
        self._store: WorkplaceService | None = None
        self._read_only_reason: WorkplaceFileError | None = None
        self._view: WorkplaceView | None = None
        self._open_after_showing: Path | None = None
        self._saved_explained = False  # Ctrl+S explains automatic saving the first time only
        self.guide: QDialog | None = None
        self._recent_check = RecentFileCheck(self)  # whether the recent files are there, off the GUI thread
        self._menus = MainMenus(self, self, settings)
        self._creation = FileCreation(self, self.open_file, self._switch_to)
        FileDrop(self, self.open_file)  # a workplace or collection file dropped on the window
        self._stack = QStackedWidget()
        self.read_only_bar = ReadOnlyBar()
        self.read_only_bar.reopen_requested.connect(self._reopen_for_editing)
        self.read_only_bar.kiosk_started.connect(self._leave_for_kiosk)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._bar_holder = QWidget()
        holder_layout = QVBoxLayout(self._bar_holder)
        holder_layout.setContentsMargins(12, 8, 12, 0)
        holder_layout.addWidget(self.read_only_bar)
        self.synced_bar = SyncedFolderBar()  # a file in a folder OneDrive (or the like) keeps in step
        self.synced_bar.dismissed.connect(self._show_bars)
        self._moving = FileMoving(self, self.close_workplace, self.open_file, settings)
        self.synced_bar.move_requested.connect(
            lambda: self._store is not None and self._moving.move(self._store.path)
        )
        holder_layout.addWidget(self.synced_bar)
        layout.addWidget(self._bar_holder)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(960, 640)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            resize_to_fit(self, 1280, 800)
        self._build()

    # --- building and language ----------------------------------------------------

    def _build(self) -> None:
        """(Re)build menus and pages in the current language."""
        self._close_view_windows()
        self._menus.build(
            can_restore=self._store is not None and not self._store.read_only,
            can_close=self._store is not None,
        )
        current_page = self._view.current_page() if self._view else None
        while (widget := self._stack.widget(0)) is not None:
            self._stack.removeWidget(widget)
            widget.deleteLater()
        recent = self._settings.recent_files()
        self._start = StartPage(recent)
        for path in recent:
            if (found := self._recent_check.found(path)) is not None:
                self._start.mark_found(str(path), found)
        self._recent_check.checked.connect(self._start.mark_found)
        self._recent_check.check(recent)
        self._start.new_requested.connect(self.new_workplace)
        self._start.open_requested.connect(self.choose_file)
        self._start.demo_requested.connect(self.open_demo)
        self._start.recent_chosen.connect(self.open_file)
        self._stack.addWidget(self._start)
        self._view = None
        if self._store is not None:
            self._show_workplace(current_page)
        self.read_only_bar.show_reason(self._read_only_reason if self._store is not None else None)
        store = self._store
        self.synced_bar.show_for(
            store.path if store is not None else None, movable=store is not None and not store.read_only
        )
        self._show_bars()
        self._update_title()

    def _show_bars(self) -> None:
        self._bar_holder.setVisible(not self.read_only_bar.isHidden() or not self.synced_bar.isHidden())

    def set_language(self, lang: str) -> None:
        """Switch the whole window to ``lang`` at once and remember the choice."""
        if lang == self._settings.language:
            return
        self._settings.language = lang
        i18n.install(lang)
        self._build()

    def _update_title(self) -> None:
        if self._store is None:
            self.setWindowTitle("apvdesk")
        else:
            name = self._store.workplace().name or self._store.path.stem
            if self._read_only_reason is not None:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{name} – apvdesk")

    # --- files ----------------------------------------------------------------------

    def choose_file(self) -> None:
        # the folder of the newest recent file known to be there (a folder on a share that
        # cannot be reached would keep the dialog from opening), else the documents folder
        reachable = [path for path in self._settings.recent_files() if self._recent_check.found(path)]
        start = str(reachable[0].parent if reachable else documents_dir())
        kinds = self.tr("apvdesk workplaces and collection files (*.apvdesk *.apvcollect)")
        name = file_dialogs.ask_open_file(self, self.tr("Open workplace"), start, kinds)
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, remember: bool = True, deferred: bool | None = None) -> bool:
        """Open a workplace file; on a user error, say what to do and keep what is open.

        ``deferred`` opens it with :class:`~apvdesk.store.sqlite.deferred_store.DeferredStore`, so
        that the overview is shown before SQLAlchemy is loaded (in the background after);
        by default, when SQLAlchemy has not been loaded yet (the first file after start).

        When another copy of apvdesk has the file open, :class:`FileInUseDialog` asks
        whether to open it read-only or (for a lock left by a crash) to clear the lock.
        Where no lock can be taken (a read-only folder or file) the file opens read-only.
        Read-only, the bar above the pages says why. Returns False when nothing was opened.
        """
        path = Path(path)
        if path.suffix.lower() == ".apvcollect" or apvdesk_file_kind(path) == "collection":
            from apvdesk.ui.collection_opening import open_collection_file  # its own, reduced window

            open_collection_file(self, path, self._settings if remember else None)
            return False  # nothing opened in this window, which keeps what it shows (the start page)
        if deferred is None:
            deferred = "sqlalchemy" not in sys.modules
        try:
            taken_over: list[LockOwner] = []  # the lock a crash left, taken over on opening
            opened = open_workplace_file(self, path, deferred, taken_over.append, self._is_open)
        except DamagedFile as exc:
            if not exc.can_rescue:
                self._cannot_open(exc)
                return False
            from apvdesk.ui.dialogs.rescue_file import RescueFileDialog

            rescued = RescueFileDialog.offer(self, exc.path)
            return rescued is not None and self.open_file(rescued, remember)
        except WorkplaceFileError as exc:
            self._cannot_open(exc)
            return False
        if opened is None:
            return False
        store, reason = opened
        self._switch_to(store, remember, read_only_reason=reason)
        if taken_over:  # said in the status bar, without a question
            from apvdesk.app.lock_notice import window_takeover_notice

            self.statusBar().showMessage(window_takeover_notice(taken_over[-1]), TAKEOVER_NOTICE_MS)
        return True

    def _cannot_open(self, exc: WorkplaceFileError) -> None:
        from apvdesk.ui.dialogs.message_boxes import show_error  # only on an error: not at every start

        show_error(self, self.tr("Cannot open the workplace"), exc)

    def open_file_after_showing(self, path: Path) -> None:
        """Open ``path`` once the window has been painted: the window first, then the file.

        Used at start-up for a file named on the command line. Until the file is open the
        window shows an empty frame (not the start page, which would flash); if the file
        cannot be opened, the start page.
        """
        self._open_after_showing = Path(path)
        self._stack.addWidget(QWidget())
        self._stack.setCurrentIndex(self._stack.count() - 1)
        QTimer.singleShot(OPEN_AFTER_SHOWING_LATEST_MS, self._open_pending_file)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._open_after_showing is not None:
            QTimer.singleShot(0, self._open_pending_file)  # after this paint reaches the screen

    def _open_pending_file(self) -> None:
        path, self._open_after_showing = self._open_after_showing, None
        if path is None:
            return
        if not self.open_file(path):
            self._build()  # the start page in place of the empty frame

    def _is_open(self, store: WorkplaceService) -> bool:
        """Return whether ``store`` is the one the window shows (not closed meanwhile)."""
        return self._store is store

    def _reopen_for_editing(self) -> None:
        """Try to open the read-only file for changes (the other copy may have closed it)."""
        if self._store is not None:
            self.open_file(self._store.path, remember=False)

    def _leave_for_kiosk(self) -> None:
        """Close a file shown read-only once the copy that has it starts a kiosk: nothing without the PIN."""
        self.close_workplace()
        QMessageBox.information(
            self,
            self.tr("The questionnaire kiosk has started"),
            self.tr(
                "The copy of apvdesk that has this file open has started the questionnaire kiosk, so "
                "the file is closed here. Open it again with the kiosk's PIN if you need it meanwhile."
            ),
        )

    def _close_view_windows(self) -> None:
        """Let windows opened from the pages save and close before the pages go."""
        if self._view is not None:
            self._view.close_windows()

    def _switch_to(
        self,
        store: WorkplaceService,
        remember: bool = True,
        read_only_reason: WorkplaceFileError | None = None,
    ) -> None:
        """Show ``store``; ``read_only_reason`` (for a read-only store) is shown in the bar."""
        self._open_after_showing = None  # a file opened by hand wins over the start-up file
        self._close_view_windows()
        if self._store is not None:
            self._store.close()
        self._store = store
        self._read_only_reason = read_only_reason
        if remember:
            self._settings.add_recent_file(store.path)
        self._build()

    def _show_workplace(self, page: str | None = None) -> None:
        from apvdesk.ui.workplace_view import WorkplaceView

        assert self._store is not None
        self._view = WorkplaceView(self._store)
        self._view.workplace_renamed.connect(self._update_title)
        self._stack.addWidget(self._view)
        self._stack.setCurrentWidget(self._view)
        if page:
            self._view.show_page(page)

    def new_workplace(self) -> None:
        """Create a new workplace file (the wizard, then where to save it) and open it."""
        self._creation.new_workplace()

    def open_demo(self) -> None:
        """Open the example workplace in the documents folder, creating it the first time."""
        self._creation.open_demo()

    def restore_backup(self) -> None:
        """Put a backup of the open file in its place (after asking), then open the file again."""
        from apvdesk.ui.dialogs.restore_backup import RestoreBackupDialog

        if self._store is None or self._store.read_only:
            return
        path = self._store.path
        RestoreBackupDialog.run(self, path, release=self.close_workplace)
        if self._store is None:  # closed for the restore, whether or not it succeeded
            self.open_file(path, remember=False)

    def close_workplace(self) -> None:
        """Close the open workplace (releasing its lock) and show the start page."""
        self._close_view_windows()
        if self._store is not None:
            self._store.close()
            self._store = None
        self._read_only_reason = None
        self._build()

    # --- help and Ctrl+S ------------------------------------------------------------------

    def show_guide(self) -> None:
        """Open Hjælp › Kom i gang; its buttons go to the open workplace's pages."""
        from apvdesk.ui.dialogs.getting_started import GettingStartedDialog

        navigate = self._view.show_page if self._view is not None else None
        self.guide = GettingStartedDialog(self, navigate)
        self.guide.open()

    def show_saved(self) -> None:
        """Ctrl+S: every change is saved at once, so say so (or that the file is read-only).

        An edit still in the field that has the focus is saved first, as on leaving the field.
        """
        if self._store is None:
            return
        if self._store.read_only:
            self.statusBar().showMessage(
                self.tr("This file is open read-only: changes cannot be made or saved here."), SAVED_NOTICE_MS
            )
            return
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # the field saves what was typed, as when the user leaves it
            focused.setFocus()
        if self._saved_explained:
            text = self.tr("Everything is saved.")
        else:
            text = self.tr(
                "Everything is saved. apvdesk saves every change at once, so there is no need to save."
            )
            self._saved_explained = True
        self.statusBar().showMessage(text, SAVED_NOTICE_MS)

    # --- for tests and screenshots ------------------------------------------------------

    @property
    def store(self) -> WorkplaceService | None:
        return self._store

    @property
    def workplace_view(self) -> WorkplaceView | None:
        return self._view

    @property
    def start_page(self) -> StartPage:
        return self._start

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._open_after_showing = None
        self._settings.set_window_geometry(self.saveGeometry())
        self._close_view_windows()
        wait_for_tasks()
        if self._store is not None:
            self._store.close()
            self._store = None
        super().closeEvent(event)
