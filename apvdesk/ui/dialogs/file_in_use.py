"""Asked when the workplace file is open in another copy of apvdesk: read-only, clear, or cancel.

The dialog says who has the file open, on which computer and since when. It offers to
open the file read-only, or to clear the lock and open the file as usual. A lock left
over from a crash (its process on this PC is gone, or the lock file is unreadable) is
cleared at once; any other lock only after a warning (default No), because only the
user can know that the other computer crashed, or that the process this PC's lock names
is not apvdesk (a lock written by an older version names only a process id, which
Windows may have given to another program since). A lock left by a crash on this PC
does not usually come here: the next writer takes it over
(:func:`apvdesk.store.sqlite.lock.acquire`).

While a questionnaire kiosk holds the file, nothing opens without the kiosk's PIN: on
this PC the dialog is skipped and the PIN asked for at once (see
:mod:`apvdesk.ui.kiosk.unlock_dialog`); a kiosk's lock from another computer is cleared
only after its PIN too.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from apvdesk.store.lock_owner import LockOwner
from apvdesk.wording.formatting import format_date_time
from apvdesk.wording.i18n import fill


class FileInUseChoice(Enum):
    """What the user chose to do with a file another copy of apvdesk has open."""

    READ_ONLY = "read-only"
    CLEAR_LOCK = "clear-lock"
    CANCEL = "cancel"


class FileInUseDialog(QMessageBox):
    """Who has the file open and since when; buttons for the three choices."""

    def __init__(self, parent: QWidget | None, path: Path, owner: LockOwner) -> None:
        super().__init__(parent)
        self.owner = owner
        self.stale = owner.is_stale()
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Workplace in use"))
        self.setText(self._headline())
        self.setInformativeText(self._advice() + "\n\n" + fill(self.tr("File: %1"), path))
        self.read_only_button = self.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        self.clear_button: QAbstractButton | None = None
        if self.stale:
            self.clear_button = self.addButton(
                self.tr("Clear the old lock and open"), QMessageBox.ButtonRole.DestructiveRole
            )
        else:  # asked once more (confirm_clearing)
            self.clear_button = self.addButton(
                self.tr("Clear the lock and open…"), QMessageBox.ButtonRole.DestructiveRole
            )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def _fill(self, text: str) -> str:
        """Fill in %1 the user, %2 the computer and %3 since when."""
        return fill(text, self.owner.user, self.owner.host, format_date_time(self.owner.since))

    def _headline(self) -> str:
        if self.owner.damaged:
            return self.tr(
                "This workplace is marked as open in another copy of apvdesk, "
                "but the lock file beside it cannot be read."
            )
        if self.stale:
            return self._fill(
                self.tr(
                    "This workplace was left open by a copy of apvdesk that is no longer running: "
                    "%1 on %2, since %3."
                )
            )
        return self._fill(self.tr("This workplace is open in another copy of apvdesk: %1 on %2, since %3."))

    def _advice(self) -> str:
        if self.owner.damaged:
            return self.tr(
                "The lock file is probably left over from a crash. You can clear the old lock and open "
                "the file as usual, or open it read-only."
            )
        if self.stale:
            return self.tr(
                "It probably closed unexpectedly. Everything saved before then is in the file. "
                "You can clear the old lock and open the file as usual, or open it read-only."
            )
        if self.owner.on_this_host():
            text = self.tr(
                "You can open it read-only to look and print. To make changes, close the other "
                "apvdesk window first (look in the taskbar)."
            )
        else:
            text = self.tr(
                "You can open it read-only to look and print. To make changes, close apvdesk there first."
            )
        if self.owner.kiosk_round is not None:
            text += " " + self.tr(
                "A questionnaire kiosk is running there, so its PIN is needed to open the file."
            )
        if self.owner.on_this_host():
            text += " " + self.tr(
                "If you are sure that apvdesk is not open on this PC, you can clear the lock instead."
            )
        else:
            text += " " + fill(
                self.tr(
                    "If %1 crashed or was switched off while apvdesk was running, "
                    "you can clear the lock instead."
                ),
                self.owner.host,
            )
        return text

    def choice(self) -> FileInUseChoice:
        """Return what the user chose (after :meth:`exec`)."""
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return FileInUseChoice.READ_ONLY
        if clicked is not None and clicked is self.clear_button:
            return FileInUseChoice.CLEAR_LOCK
        return FileInUseChoice.CANCEL

    def clearing_warning(self) -> str:
        """Return what the question before clearing a lock that is not left over says."""
        if self.owner.on_this_host():
            return self.tr(
                "Only clear the lock if you are sure that apvdesk is not open on this PC: "
                "look in the taskbar, and remember that another user who is logged in on this PC "
                "may have it open. If two copies of apvdesk change the file at the same time, "
                "changes can be lost."
            )
        return fill(
            self.tr(
                "Only clear the lock if you are sure that apvdesk is no longer running on %1. "
                "If two copies of apvdesk change the file at the same time, changes can be lost."
            ),
            self.owner.host,
        )

    def confirm_clearing(self) -> bool:
        """Ask once more before clearing a lock that is not known to be left over (default: No)."""
        if self.stale:
            return True
        answer = QMessageBox.question(
            self.parentWidget(),
            self.tr("Clear the lock?"),
            self.clearing_warning(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, owner: LockOwner) -> FileInUseChoice:
        """Show the dialog and return the choice; clearing a lock that is not left over is confirmed.

        A kiosk running on this PC leaves only one way, read-only with its PIN (asked
        next), so nothing is asked here; clearing a kiosk's lock needs its PIN.
        """
        if owner.kiosk_running() and owner.on_this_host():
            return FileInUseChoice.READ_ONLY
        while True:
            dialog = cls(parent, path, owner)
            dialog.exec()
            choice = dialog.choice()
            if choice is not FileInUseChoice.CLEAR_LOCK:
                return choice
            if dialog.confirm_clearing():
                if not owner.kiosk_running():
                    return choice
                from apvdesk.ui.kiosk.unlock_dialog import KioskPinDialog

                return choice if KioskPinDialog.ask(parent, path, owner) else FileInUseChoice.CANCEL
