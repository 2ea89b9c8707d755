"""While a questionnaire kiosk holds a workplace file, nothing else reads it without the kiosk's PIN.

The kiosk marks its lock (:func:`apvdesk.store.sqlite.lock.set_kiosk`). Every read-only opening
(:meth:`WorkplaceStore.open_read_only`, and so every report, export and ``results``)
passes :func:`refuse_while_kiosk` first. The program running the kiosk may read its own
file; a kiosk that crashed leaves a stale lock, which keeps nobody out. The PIN is the
kiosk round's, kept in the file as a slow salted hash and read here with plain SQLite,
strictly read-only.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from apvdesk.core.pin import verify_pin
from apvdesk.store.errors import KioskRunning, WorkplaceFileError
from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.sqlite.lock_record import lock_owner
from apvdesk.store.sqlite.sqlite_file import read_only_connection, readable_state


def running_kiosk(path: Path | str) -> LockOwner | None:
    """Return the lock of a kiosk that keeps others out of ``path``; None when there is none.

    The kiosk of this very program does not count: it already guards the screen.
    """
    owner = lock_owner(path)
    if owner is None or not owner.kiosk_running() or owner.is_this_process():
        return None
    return owner


def kiosk_pin_hash(path: Path | str, round_id: int) -> str:
    """Return the stored PIN hash of round ``round_id`` in ``path``; "" when there is none to read."""
    try:
        with readable_state(Path(path)) as readable:
            with contextlib.closing(read_only_connection(readable)) as conn:
                query = "SELECT kiosk_pin_hash FROM apv_round WHERE id = ?"
                row = conn.execute(query, (round_id,)).fetchone()
    except (sqlite3.Error, OSError, WorkplaceFileError):
        return ""
    return str(row[0]) if row is not None and row[0] else ""


def refuse_while_kiosk(path: Path | str, pin: str | None = None) -> None:
    """Raise KioskRunning while another program's kiosk holds ``path``, unless ``pin`` is its PIN.

    A round without a PIN (which cannot run a kiosk) or an unreadable one lets no PIN in.
    """
    owner = running_kiosk(path)
    if owner is None or owner.kiosk_round is None:
        return
    if pin:
        stored = kiosk_pin_hash(path, owner.kiosk_round)
        if stored and verify_pin(pin, stored):
            return
    raise KioskRunning(path, owner)
