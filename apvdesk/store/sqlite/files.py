"""The front door of the SQLite room: what the windows and the command line do with a workplace file.

Everything above the store that opens, creates, checks or rescues a *file* imports it
from here, and from nowhere else in :mod:`apvdesk.store.sqlite`; an open workplace is
then asked through :class:`~apvdesk.store.service.WorkplaceService` only. Here are:

- opening a file as a service: :func:`open_workplace` (at start-up without loading
  SQLAlchemy first: :class:`DeferredStore`), :func:`open_workplace_read_only`;
- checking a file without opening it: :func:`inspect_file`, :func:`content_faults`,
  :func:`integrity_check`, :func:`carries_workplace_mark`, :func:`journal_path`;
- who holds a file (its lock): :func:`lock_owner`, :func:`lock_path`, :func:`acquire`,
  :func:`holding_lock`, :func:`clear_lock`, :func:`set_kiosk`; the kiosk gate:
  :func:`running_kiosk`, :func:`refuse_while_kiosk`, :func:`kiosk_pin_hash`;
- moving a closed file to another folder, checked: :func:`move_workplace`;
- its backups: :func:`list_backups`, :func:`restore_backup`, :func:`delete_backup`,
  :func:`delete_backups`, :func:`backup_folder`, :func:`make_backup`;
- the rescue of a damaged file: :func:`rescue_file`, :func:`rescue_target`,
  :func:`can_rescue`, :class:`RescueReport`.

Importing this module loads neither SQLAlchemy nor Alembic: the window imports it on the
way to its first paint. Who holds a workplace (:class:`~apvdesk.store.lock_owner.LockOwner`)
is a concept of the store, not of the file: import it from :mod:`apvdesk.store.lock_owner`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.store.errors import CannotLock
from apvdesk.store.sqlite.backups import (
    Backup,
    BackupReason,
    backup_folder,
    delete_backup,
    delete_backups,
    list_backups,
    make_backup,
    restore_backup,
)
from apvdesk.store.sqlite.content_check import content_faults
from apvdesk.store.sqlite.deferred_store import DeferredStore, import_store_modules
from apvdesk.store.sqlite.file_checks import inspect_file
from apvdesk.store.sqlite.file_moving import Moved, move_workplace
from apvdesk.store.sqlite.kiosk_gate import kiosk_pin_hash, refuse_while_kiosk, running_kiosk
from apvdesk.store.sqlite.lock import WorkplaceLock, acquire, clear_lock, set_kiosk
from apvdesk.store.sqlite.lock_record import lock_owner, lock_path
from apvdesk.store.sqlite.rescue_report import RescueReport, TableRescue, rescue_target
from apvdesk.store.sqlite.rescue_source import can_rescue
from apvdesk.store.sqlite.sqlite_file import carries_workplace_mark, integrity_check, journal_path

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.service import WorkplaceService

__all__ = [
    "Backup",
    "BackupReason",
    "DeferredStore",
    "RescueReport",
    "TableRescue",
    "Moved",
    "WorkplaceLock",
    "acquire",
    "backup_folder",
    "can_rescue",
    "carries_workplace_mark",
    "clear_lock",
    "content_faults",
    "delete_backup",
    "delete_backups",
    "holding_lock",
    "import_store_modules",
    "inspect_file",
    "integrity_check",
    "journal_path",
    "kiosk_pin_hash",
    "list_backups",
    "lock_owner",
    "lock_path",
    "make_backup",
    "move_workplace",
    "open_workplace",
    "open_workplace_read_only",
    "refuse_while_kiosk",
    "rescue_file",
    "rescue_target",
    "restore_backup",
    "running_kiosk",
    "set_kiosk",
]


def open_workplace(
    path: Path | str, on_takeover: Callable[[LockOwner], None] | None = None, *, deferred: bool = False
) -> WorkplaceService:
    """Open the workplace file ``path`` to work on it, holding its lock until it is closed.

    With ``deferred`` (start-up), a current file is opened without SQLAlchemy: the
    :class:`DeferredStore` returned loads the full store when first needed (or when its
    ``load`` is called, once :func:`import_store_modules` has run in the background). An
    older file, whose upgrade needs the full store, is opened by it at once. Raises what
    :meth:`apvdesk.store.workplace_store.WorkplaceStore.open` raises.
    """
    if deferred:
        opened = DeferredStore.open(path, on_takeover)
        if opened is not None:
            return opened
    from apvdesk.store.workplace_store import WorkplaceStore  # SQLAlchemy: only now

    return WorkplaceStore.open(path, on_takeover)


def open_workplace_read_only(path: Path | str, kiosk_pin: str | None = None) -> WorkplaceService:
    """Open the workplace file ``path`` only to read it (see ``WorkplaceStore.open_read_only``)."""
    from apvdesk.store.workplace_store import WorkplaceStore  # SQLAlchemy: only now

    return WorkplaceStore.open_read_only(path, kiosk_pin)


@contextmanager
def holding_lock(path: Path | str) -> Iterator[WorkplaceLock | None]:
    """Hold the lock on ``path`` while a new file is written there, as any writer does.

    Raises FileInUse when another copy of apvdesk has a file of that name open. Where no
    lock can be taken at all (a folder apvdesk may not write in), nothing is held and
    None is yielded: writing the file then says why it cannot be written.
    """
    try:
        holding: WorkplaceLock | None = acquire(path)
    except CannotLock:
        holding = None
    try:
        yield holding
    finally:
        if holding is not None:
            holding.release()


def rescue_file(damaged: Path, target: Path, banks: Sequence[QuestionBank] = ()) -> RescueReport:
    """Copy what can still be read of ``damaged`` into a new file ``target`` (see :mod:`.rescue`).

    ``damaged`` is left byte for byte as it was; ``banks`` are the shipped question banks,
    for a round whose kept bank cannot be read. Raises what
    :func:`apvdesk.store.sqlite.rescue.rescue_file` raises.
    """
    from apvdesk.store.sqlite import rescue  # SQLAlchemy: only when a file is rescued

    return rescue.rescue_file(damaged, target, banks)
