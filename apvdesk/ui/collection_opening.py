"""Opening a collection file in its reduced window; when another copy holds it, clearing a lock left behind.

Collection files travel on USB sticks: a laptop that crashed or was switched off while
its kiosk ran leaves the lock beside the file, naming that laptop, and no other PC can
judge it stale. As for a workplace file, the user may then clear it, after a warning
(default No); a kiosk's lock only with the collection's kiosk PIN. Everything else that
is wrong with the file is said in one sentence, and the file is left untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from apvdesk.app.file_messages import describe
from apvdesk.store.collection.collection_store import CollectionStore, clear_collection_lock
from apvdesk.store.errors import FileInUse, WorkplaceFileError
from apvdesk.ui.collection_window import CollectionWindow
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.wording.i18n import fill

if TYPE_CHECKING:
    from apvdesk.platform.settings import Settings
    from apvdesk.store.lock_owner import LockOwner


class CollectionOpening(QObject):
    """The texts of opening a collection file (collected by lupdate under this class's name)."""

    def cannot_open(self) -> str:
        return self.tr("Cannot open the collection file")

    def in_use(self) -> str:
        return self.tr("Collection file in use")

    def may_clear(self, owner: LockOwner) -> str:
        return fill(
            self.tr(
                "If apvdesk is no longer running there (the computer %1 crashed or was switched "
                "off, or the file was taken out before apvdesk was closed), you can clear the lock "
                "and open the file. Clear the lock?"
            ),
            owner.host or "?",
        )

    def pin_prompt(self) -> str:
        return self.tr(
            "The lock says that a questionnaire kiosk is running there. To clear it, enter the kiosk PIN."
        )

    def pin_texts(self) -> tuple[str, str, str]:
        return self.tr("Kiosk PIN"), self.tr("Clear the lock"), self.tr("Cancel")


def _pin_given(parent: QWidget | None, path: Path, pin_hash: str | None) -> bool:
    """Ask for the collection's kiosk PIN (waits after wrong ones, as for the kiosk); True when right."""
    if not pin_hash:
        return True  # a collection without a PIN never ran a kiosk
    from apvdesk.ui.kiosk.leave_dialog import PinDialog
    from apvdesk.ui.kiosk.unlock_dialog import attempts_for

    texts = CollectionOpening()
    title, ok, cancel = texts.pin_texts()
    dialog = PinDialog(attempts_for(path, pin_hash), parent)
    dialog.set_texts(title, texts.pin_prompt(), ok, cancel)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.pin)
    dialog.deleteLater()
    return accepted


def _clear_asked(parent: QWidget | None, path: Path, error: FileInUse) -> bool:
    """Say who holds the file; return True when the user cleared the lock (after the PIN for a kiosk's)."""
    texts = CollectionOpening()
    owner = error.owner
    if owner.on_this_host() and not owner.damaged:  # a live copy on this PC: close it there
        show_error(parent, texts.in_use(), error)
        return False
    answer = QMessageBox.question(
        parent,
        texts.in_use(),
        describe(error) + "\n\n" + texts.may_clear(owner),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if owner.kiosk_round is not None:
        from apvdesk.store.collection.file import read_header

        if not _pin_given(parent, path, read_header(path).pin_hash):
            return False
    clear_collection_lock(path, owner)
    return True


def open_collection_file(
    parent: QWidget | None, path: Path, settings: Settings | None
) -> CollectionWindow | None:
    """Open ``path`` in a reduced window (remembered among the recent files when ``settings``).

    A damaged, foreign or newer collection file, or one another copy of apvdesk writes
    to, is refused with one sentence and left untouched; None then.
    """
    texts = CollectionOpening()
    try:
        try:
            store = CollectionStore.open(path)
        except FileInUse as exc:
            if not _clear_asked(parent, path, exc):
                return None
            store = CollectionStore.open(path)
    except WorkplaceFileError as exc:
        show_error(parent, texts.cannot_open(), exc)
        return None
    window = CollectionWindow(store, parent)
    if settings is not None:
        settings.add_recent_file(store.path)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
