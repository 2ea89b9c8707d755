"""Open a workplace file at start-up and show its overview before SQLAlchemy is loaded.

Importing SQLAlchemy and the store's models takes about a third of a second on an office
PC, longer than everything else between the first window and the filled Overview page.
:class:`DeferredStore` opens the file exactly as :meth:`WorkplaceStore.open` does (the
checks, the lock, the backup when due, recovery of an interrupted write) with the standard
library only, answers what the Overview page and the reminder bar ask through plain SQL
(:mod:`apvdesk.store.sqlite.plain_reads`), and loads the full :class:`WorkplaceStore` (holding the
same lock) when anything else is asked of it, or when :meth:`load` is called once the
modules have been imported in the background (:func:`import_store_modules`). It is a
:class:`~apvdesk.store.service.WorkplaceService` like the full store: every other request
is passed on to the loaded store (:class:`~apvdesk.store.service_proxy.ServiceProxy`).
"""

from __future__ import annotations

import contextlib
import importlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from apvdesk.store import migrate
from apvdesk.store.service_proxy import ServiceProxy
from apvdesk.store.sqlite import plain_reads
from apvdesk.store.sqlite.backups import backup_on_opening
from apvdesk.store.sqlite.file_checks import inspect_file, ready_for_writing, write_failure
from apvdesk.store.sqlite.file_identity import IdentityCheck
from apvdesk.store.sqlite.lock import WorkplaceLock, acquire
from apvdesk.store.sqlite.sqlite_file import apply_pragmas

if TYPE_CHECKING:
    from apvdesk.core.model import Action, Problem, Round, Workplace
    from apvdesk.core.overview import OverviewFacts
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.service import WorkplaceService

STORE_MODULE = "apvdesk.store.workplace_store"
BACKEND_MODULE = "apvdesk.store.sqlite.backend"  # the file side of the full store


def import_store_modules() -> None:
    """Import SQLAlchemy and the store, and ready the models (safe in a worker thread).

    Imports are locked per module, so a thread that needs the store meanwhile waits for
    this one to finish importing it. The SQLite dialect and the mapper configuration are
    otherwise done by the first engine and the first query.
    """
    importlib.import_module(STORE_MODULE)
    importlib.import_module(BACKEND_MODULE)
    importlib.import_module("sqlalchemy.dialects.sqlite.pysqlite")
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


class DeferredStore(ServiceProxy):
    """A workplace file open for changes whose full store is loaded when first needed.

    Every request it does not answer itself is passed on to the loaded
    :class:`WorkplaceStore`, so the window and the pages treat this as one
    :class:`~apvdesk.store.service.WorkplaceService`.
    """

    read_only = False

    def __init__(self, path: Path, lock: WorkplaceLock) -> None:
        self.path = path
        self._lock: WorkplaceLock | None = lock
        self._store: WorkplaceService | None = None
        self._identity = IdentityCheck(path)  # the file opened, watched as the full store does

    @classmethod
    def open(
        cls, path: Path | str, on_takeover: Callable[[LockOwner], None] | None = None
    ) -> DeferredStore | None:
        """Open ``path`` for changes as :meth:`WorkplaceStore.open` would, without SQLAlchemy.

        A lock left by a crash is taken over (and the change the crash cut short rolled
        back), and ``on_takeover`` is called with it once the file is open. Returns None
        for a file of an older revision, whose upgrade needs the full store (and Alembic):
        open that with :meth:`WorkplaceStore.open`. Raises what that raises.
        """
        path = Path(path)
        if inspect_file(path) != migrate.SCHEMA_HEAD:
            return None
        lock = acquire(path)
        try:
            backup_on_opening(path)  # when due; never raises for a backup it cannot write
            ready_for_writing(path)
        except BaseException:
            lock.release()
            raise
        if lock.taken_over is not None and on_takeover is not None:
            on_takeover(lock.taken_over)
        return cls(path, lock)

    @property
    def loaded(self) -> bool:
        """True once the full store has been loaded."""
        return self._store is not None

    def load(self) -> WorkplaceService:
        """Return the full store, loading it (and SQLAlchemy) the first time."""
        if self._store is None:
            if self._lock is None:
                raise RuntimeError(f"{self.path} has been closed")
            from apvdesk.store.sqlite.backend import SqliteBackend  # SQLAlchemy: only now
            from apvdesk.store.workplace_store import WorkplaceStore

            self._store = WorkplaceStore(SqliteBackend.adopt(self.path, self._lock, self._identity))
            self._lock = None  # the store holds it now
        return self._store

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.load(), name)

    def close(self) -> None:
        """Release the file and its lock (all work is already committed)."""
        if self._store is not None:
            self._store.close()
        elif self._lock is not None:
            self._lock.release()
            self._lock = None

    # --- what the Overview page and the reminder bar ask, in plain SQL -------------------

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        self._identity.verify()  # FileReplaced when the path no longer names the file opened
        try:
            connection = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise write_failure(self.path, exc) from exc
        try:
            apply_pragmas(connection)
            yield connection
        finally:
            connection.close()

    def overview(self) -> OverviewFacts:
        """Return the facts of the Overview page."""
        if self._store is not None:
            return self._store.overview()
        with self._connection() as connection:
            return plain_reads.overview(connection)

    def workplace(self) -> Workplace:
        """Return the workplace."""
        if self._store is not None:
            return self._store.workplace()
        with self._connection() as connection:
            return plain_reads.workplace(connection)

    def latest_round(self) -> Round | None:
        """Return the latest APV round, or None before the first."""
        if self._store is not None:
            return self._store.latest_round()
        with self._connection() as connection:
            return plain_reads.latest_round(connection)

    def round_actions(self, round_id: int) -> list[tuple[Problem, Action]]:
        """Return every action of a round with its problem, in the plan's order."""
        if self._store is not None:
            return self._store.round_actions(round_id)
        with self._connection() as connection:
            return [(p, a) for p, actions in plain_reads.plan(connection, round_id) for a in actions]
