"""A second apvdesk on a file a questionnaire kiosk holds: only the kiosk's PIN opens it, read-only.

The wrong PINs count per file for as long as this program runs, with the same growing
wait as the kiosk's own PIN dialog, so closing the dialog and opening the file again
does not start the count afresh.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from apvdesk.core.kiosk_session import PinAttempts
from apvdesk.store.errors import KioskRunning
from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.sqlite.files import kiosk_pin_hash
from apvdesk.ui.kiosk.leave_dialog import PinDialog
from apvdesk.wording.formatting import format_date_time
from apvdesk.wording.i18n import fill

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService

CLOCK: Callable[[], float] = time.monotonic  # replaced by tests
_attempts: dict[tuple[str, str], PinAttempts] = {}  # (file, PIN hash) -> its wrong PINs so far


def attempts_for(path: Path, pin_hash: str) -> PinAttempts:
    """Return the PIN attempts kept for ``path`` and its kiosk PIN in this program."""
    key = (os.path.normcase(os.path.abspath(path)), pin_hash)
    if key not in _attempts:
        _attempts[key] = PinAttempts(pin_hash, CLOCK)
    return _attempts[key]


class KioskPinDialog(PinDialog):
    """Says that a kiosk holds the file and asks for its PIN to open the file read-only."""

    def __init__(
        self, attempts: PinAttempts, path: Path, owner: LockOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(attempts, parent)
        since = format_date_time(owner.since)
        if owner.on_this_host():
            where = fill(
                self.tr("A questionnaire kiosk on this PC has this workplace open (since %1)."), since
            )
        else:
            where = fill(
                self.tr("A questionnaire kiosk on the computer %1 has this workplace open (since %2)."),
                owner.host,
                since,
            )
        prompt = "{} {}\n\n{}".format(
            where,
            self.tr("Its answers are kept private: to look at the file read-only, enter the kiosk PIN."),
            fill(self.tr("File: %1"), path),
        )
        self.set_texts(
            self.tr("Questionnaire kiosk running"), prompt, self.tr("Open read-only"), self.tr("Cancel")
        )
        self.open_button = self.ok_button

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, owner: LockOwner) -> str | None:
        """Ask for the PIN of the kiosk ``owner`` runs on ``path``; return it if right, else None."""
        if owner.kiosk_round is None:
            return None
        pin_hash = kiosk_pin_hash(path, owner.kiosk_round)
        dialog = cls(attempts_for(path, pin_hash), path, owner, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        pin = dialog.pin  # set only when the right PIN was typed
        dialog.deleteLater()
        return pin if accepted and pin else None


def open_read_only_with_pin(parent: QWidget | None, path: Path) -> WorkplaceService | None:
    """Open ``path`` read-only; while a kiosk holds it, only after its PIN. None when not given."""
    from apvdesk.store.sqlite.files import open_workplace_read_only

    try:
        return open_workplace_read_only(path)
    except KioskRunning as exc:
        pin = KioskPinDialog.ask(parent, path, exc.owner)
        if pin is None:
            return None
        return open_workplace_read_only(path, kiosk_pin=pin)
