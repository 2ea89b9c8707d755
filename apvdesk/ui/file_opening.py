"""Opening a workplace file in the window: for changes when its lock can be taken, else read-only.

When another copy of apvdesk has the file open, :class:`FileInUseDialog` asks whether to
open it read-only or (for a lock left by a crash) to clear the lock. Where no lock can be
taken (a read-only folder or file), or the file is a backup copy, it opens read-only; while
a kiosk holds it, only with the kiosk's PIN. The first file after start-up may open with
:class:`~apvdesk.store.sqlite.deferred_store.DeferredStore`, which shows the overview
before SQLAlchemy is loaded and loads the full store in the background after.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from apvdesk.platform.writable import can_write
from apvdesk.store.errors import BackupCopy, CannotLock, CannotWrite, FileInUse, WorkplaceFileError

if TYPE_CHECKING:
    # The store (SQLAlchemy) is imported when a file is opened, so that the window comes
    # up first (see docs/performance.md).
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.service import WorkplaceService
    from apvdesk.store.sqlite.files import DeferredStore

# What opening gives: the store, and why it is read-only (None: open for changes).
Opened = tuple["WorkplaceService", WorkplaceFileError | None]


def open_workplace_file(
    parent: QWidget,
    path: Path,
    deferred: bool = False,
    on_takeover: Callable[[LockOwner], None] | None = None,
    still_open: Callable[[WorkplaceService], bool] | None = None,
) -> Opened | None:
    """Open ``path`` for writing, or read-only with the reason; None when the user cancels.

    ``on_takeover`` is told of a lock a crash left, which opening took over. ``deferred``
    opens the file with the deferred store when it can; the full store is then loaded in
    the background, unless ``still_open`` says by then that the window has let it go.
    Raises :class:`WorkplaceFileError` (a damaged file, say) when the file cannot be opened.
    """
    from apvdesk.store.sqlite.files import clear_lock

    while True:
        try:
            return _open_for_writing(parent, path, deferred, on_takeover, still_open), None
        except FileInUse as exc:
            from apvdesk.ui.dialogs.file_in_use import FileInUseChoice, FileInUseDialog

            choice = FileInUseDialog.ask(parent, path, exc.owner)
            if choice is FileInUseChoice.CANCEL:
                return None
            if choice is FileInUseChoice.READ_ONLY:
                return _open_read_only(path, exc, parent)
            try:
                clear_lock(path, exc.owner)
            except FileInUse:
                pass  # a third copy took the file meanwhile: ask again about that one
            except CannotLock as cannot:
                return _open_read_only(path, cannot, parent)
        except CannotLock as exc:
            return _open_read_only(path, exc, parent)
        except BackupCopy as exc:
            return _open_read_only(path, exc, parent)  # looked at, not worked on: restored instead
        except CannotWrite as exc:
            if exc.path != path or can_write(path):
                raise
            return _open_read_only(path, exc, parent)  # the file itself is read-only


def _open_read_only(path: Path, reason: WorkplaceFileError, parent: QWidget) -> Opened | None:
    """Open ``path`` read-only for ``reason``; while a kiosk holds it, only with its PIN (else None)."""
    from apvdesk.ui.kiosk.unlock_dialog import open_read_only_with_pin

    store = open_read_only_with_pin(parent, path)
    return None if store is None else (store, reason)


def _open_for_writing(
    parent: QWidget,
    path: Path,
    deferred: bool,
    on_takeover: Callable[[LockOwner], None] | None,
    still_open: Callable[[WorkplaceService], bool] | None,
) -> WorkplaceService:
    from apvdesk.store.sqlite.files import DeferredStore, open_workplace

    # deferred: the overview without SQLAlchemy; an older file, which the full store
    # upgrades, is opened by the full store at once
    opened = open_workplace(path, on_takeover, deferred=deferred)
    if isinstance(opened, DeferredStore):
        _load_store_in_background(opened, parent, still_open)
    return opened


def _load_store_in_background(
    opened: DeferredStore, parent: QWidget, still_open: Callable[[WorkplaceService], bool] | None
) -> None:
    """Import the full store in the background, then load it (unless closed meanwhile)."""
    from apvdesk.store.sqlite.files import import_store_modules
    from apvdesk.ui.background_import import BackgroundImport

    def load() -> None:
        if (still_open is None or still_open(opened)) and not opened.loaded:
            opened.load()

    loading = BackgroundImport(import_store_modules, parent)
    loading.finished.connect(load)
    loading.finished.connect(loading.deleteLater)
    QTimer.singleShot(0, loading.start)  # after the overview has been built and shown
