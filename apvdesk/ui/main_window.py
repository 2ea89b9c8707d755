"""The main window: the start page or an open workplace, menus, language and files."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from apvdesk import __version__
from apvdesk.platform.paths import FILE_SUFFIX, documents_dir
from apvdesk.platform.settings import Settings
from apvdesk.store.errors import (
    BackupCopy,
    CannotLock,
    CannotWrite,
    DamagedFile,
    FileInUse,
    WorkplaceFileError,
)
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.read_only_bar import ReadOnlyBar
from apvdesk.ui.start_page import StartPage
from apvdesk.ui.tasks import run_task, wait_for_tasks
from apvdesk.wording import i18n

if TYPE_CHECKING:
    # The store (SQLAlchemy) and the pages are imported when a file is opened, so that the
    # window comes up first (see docs/performance.md).
    from apvdesk.store.sqlite.deferred_store import DeferredStore
    from apvdesk.store.sqlite.lock import LockOwner
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.workplace_view import WorkplaceView

DEMO_FILE_NAME = "apvdesk-eksempel" + FILE_SUFFIX
# At start-up a file given on the command line opens once the window has been painted, or
# after this many milliseconds if no paint comes (a window started minimised).
OPEN_AFTER_SHOWING_LATEST_MS = 500
TAKEOVER_NOTICE_MS = 120_000  # how long the status bar says that a crash's lock was taken over


def _open_read_only(
    path: Path, reason: WorkplaceFileError, parent: QWidget
) -> tuple[WorkplaceStore, WorkplaceFileError] | None:
    """Open ``path`` read-only for ``reason``; while a kiosk holds it, only with its PIN (else None)."""
    from apvdesk.ui.kiosk.unlock_dialog import open_read_only_with_pin

    store = open_read_only_with_pin(parent, path)
    return None if store is None else (store, reason)


class MainWindow(QMainWindow):
    """One window: the start page until a workplace file is open, then its APV steps."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self._settings = settings
        self._store: WorkplaceStore | None = None
        self._read_only_reason: WorkplaceFileError | None = None
        self._view: WorkplaceView | None = None
        self._open_after_showing: Path | None = None
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
        layout.addWidget(self._bar_holder)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(960, 640)
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._build()

    # --- building and language ----------------------------------------------------

    def _build(self) -> None:
        """(Re)build menus and pages in the current language."""
        self._close_view_windows()
        self.menuBar().clear()
        self._build_menus()
        current_page = self._view.current_page() if self._view else None
        while (widget := self._stack.widget(0)) is not None:
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._start = StartPage(self._settings.recent_files())
        self._start.new_requested.connect(self.new_workplace)
        self._start.open_requested.connect(self.choose_file)
        self._start.demo_requested.connect(self.open_demo)
        self._start.recent_chosen.connect(self.open_file)
        self._stack.addWidget(self._start)
        self._view = None
        if self._store is not None:
            self._show_workplace(current_page)
        self.read_only_bar.show_reason(self._read_only_reason if self._store is not None else None)
        self._bar_holder.setVisible(self.read_only_bar.reason is not None)
        self._update_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(
            file_menu, self.tr("&New workplace…"), self.new_workplace, QKeySequence.StandardKey.New
        )
        self._add_action(file_menu, self.tr("&Open…"), self.choose_file, QKeySequence.StandardKey.Open)
        recent = file_menu.addMenu(self.tr("Open &recent"))
        files = self._settings.recent_files()
        for path in files:
            action = recent.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        recent.setEnabled(bool(files))
        self._add_action(file_menu, self.tr("Try with &example data"), self.open_demo)
        file_menu.addSeparator()
        restore = self._add_action(file_menu, self.tr("Restore a &backup…"), self.restore_backup)
        restore.setEnabled(self._store is not None and not self._store.read_only)
        close = self._add_action(file_menu, self.tr("&Close workplace"), self.close_workplace)
        close.setEnabled(self._store is not None)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self._settings.language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("How the &results are computed"), self.show_results_help)
        self._add_action(help_menu, self.tr("&About apvdesk"), self._about)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

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

    def results_help_text(self) -> str:
        """Return the definitions behind every figure on the Assessment page."""
        return self.tr(
            "Each answer scores 100, 75, 50, 25 or 0 points, from the most to the least "
            'favourable option; "don\'t know" and blank answers do not count.\n\n'
            "A person's score on a scale is the mean of the questions they answered; with fewer "
            "than half answered, they have no score on that scale.\n\n"
            "A group's result is n (people with a score), the mean and the standard deviation. "
            "Unfavourable: a score below 50 (for demands, where high means heavy: above 50).\n\n"
            "Traffic light: ● green from 66.7, ▲ yellow from 50, ■ red below 50; for demands "
            "mirrored: green at 33.3 or less, red above 50. A round may use other limits; they "
            "are printed with the results.\n\n"
            "Anonymity: a result with fewer answers than the round's threshold (5 unless changed, "
            "never below 3) is withheld, and so is another group's where the total would "
            "otherwise reveal it."
        )

    def show_results_help(self) -> None:
        QMessageBox.information(self, self.tr("How the results are computed"), self.results_help_text())

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About apvdesk"),
            self.tr(
                "apvdesk %1\n\nAn offline workplace assessment (APV) of the psychosocial "
                "work environment, with social support at its centre."
            ).replace("%1", __version__),
        )

    # --- files ----------------------------------------------------------------------

    def choose_file(self) -> None:
        start = str(
            self._settings.recent_files()[0].parent if self._settings.recent_files() else documents_dir()
        )
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open workplace"), start, self.tr("apvdesk workplaces (*.apvdesk)")
        )
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
        if deferred is None:
            deferred = "sqlalchemy" not in sys.modules
        try:
            taken_over: list[LockOwner] = []  # the lock a crash left, taken over on opening
            opened = self._open_store(path, deferred, taken_over.append)
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

    def _open_store(
        self, path: Path, deferred: bool = False, on_takeover: Callable[[LockOwner], None] | None = None
    ) -> tuple[WorkplaceStore, WorkplaceFileError | None] | None:
        """Open ``path`` for writing, or read-only with the reason; None when the user cancels.

        ``on_takeover`` is told of a lock a crash left, which opening took over.
        """
        from apvdesk.store.sqlite.lock import clear_lock

        while True:
            try:
                return self._open_for_writing(path, deferred, on_takeover), None
            except FileInUse as exc:
                from apvdesk.ui.dialogs.file_in_use import FileInUseChoice, FileInUseDialog

                choice = FileInUseDialog.ask(self, path, exc.owner)
                if choice is FileInUseChoice.CANCEL:
                    return None
                if choice is FileInUseChoice.READ_ONLY:
                    return _open_read_only(path, exc, self)
                try:
                    clear_lock(path, exc.owner)
                except FileInUse:
                    pass  # a third copy took the file meanwhile: ask again about that one
                except CannotLock as cannot:
                    return _open_read_only(path, cannot, self)
            except CannotLock as exc:
                return _open_read_only(path, exc, self)
            except BackupCopy as exc:
                return _open_read_only(path, exc, self)  # looked at, not worked on: restored instead
            except CannotWrite as exc:
                if exc.path != path or os.access(path, os.W_OK):
                    raise
                return _open_read_only(path, exc, self)  # the file itself is read-only

    def _open_for_writing(
        self, path: Path, deferred: bool, on_takeover: Callable[[LockOwner], None] | None = None
    ) -> WorkplaceStore:
        if deferred:
            from apvdesk.store.sqlite.deferred_store import DeferredStore

            # None for an older file, which the full store upgrades
            opened = DeferredStore.open(path, on_takeover)
            if opened is not None:
                self._load_store_in_background(opened)
                # It stands in for the full store, passing on whatever it does not answer itself.
                return cast("WorkplaceStore", opened)
        from apvdesk.store.workplace_store import WorkplaceStore

        return WorkplaceStore.open(path, on_takeover)

    def _load_store_in_background(self, opened: DeferredStore) -> None:
        """Import the full store in the background, then load it (unless closed meanwhile)."""
        from apvdesk.store.sqlite.deferred_store import import_store_modules
        from apvdesk.ui.background_import import BackgroundImport

        def load() -> None:
            if self._store is cast("WorkplaceStore", opened) and not opened.loaded:
                opened.load()

        loading = BackgroundImport(import_store_modules, self)
        loading.finished.connect(load)
        loading.finished.connect(loading.deleteLater)
        QTimer.singleShot(0, loading.start)  # after the overview has been built and shown

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
        self, store: WorkplaceStore, remember: bool = True, read_only_reason: WorkplaceFileError | None = None
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
        from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard

        result = NewWorkplaceWizard.get_new_workplace(self)
        if result is None:
            return
        suggested = documents_dir() / (safe_file_stem(result.workplace.name) + FILE_SUFFIX)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new workplace as"),
            str(suggested),
            self.tr("apvdesk workplaces (*.apvdesk)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        self.create_workplace(path, result)

    def create_workplace(self, path: Path, result) -> bool:
        """Create the file from the wizard's answers and open it."""
        from apvdesk.app.resources import default_round_bank
        from apvdesk.store.sqlite.lock import acquire
        from apvdesk.store.workplace_store import WorkplaceStore
        from apvdesk.ui.dialogs.message_boxes import show_error

        try:
            creating = acquire(path)  # keeps out another copy, and refuses a file it has open
        except FileInUse as exc:
            show_error(self, self.tr("Cannot create the workplace"), exc)
            return False
        except CannotLock:
            creating = None  # the create below says why it cannot write there
        try:
            WorkplaceStore.create(
                path, result.workplace, result.groups, result.first_round, default_round_bank()
            ).close()
            store = WorkplaceStore.open(path)
        except WorkplaceFileError as exc:
            show_error(self, self.tr("Cannot create the workplace"), exc)
            return False
        finally:
            if creating is not None:
                creating.release()
        self._switch_to(store)
        return True

    def open_demo(self) -> None:
        """Open the example workplace in the documents folder, creating it the first time."""
        path = documents_dir() / DEMO_FILE_NAME
        if path.exists():
            self.open_file(path)
            return

        def build() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            from apvdesk.app.demo_file import write_demo

            write_demo(path)
            return path

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.statusBar().showMessage(self.tr("Creating the example workplace…"))

        def done(result: Path) -> None:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self.open_file(result)

        def failed(exc: Exception) -> None:
            from apvdesk.ui.dialogs.message_boxes import show_error

            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            show_error(self, self.tr("Cannot create the example workplace"), exc)

        run_task(build, done, failed, owner=self)

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

    # --- for tests and screenshots ------------------------------------------------------

    @property
    def store(self) -> WorkplaceStore | None:
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
