"""The SQLite workplace file as a store backend: the hooks of :mod:`apvdesk.store.backend`, filled.

A :class:`SqliteBackend` is made in one of four ways, each the file side of a
:class:`~apvdesk.store.workplace_store.WorkplaceStore` constructor: a file opened for
writing (checked, locked, backed up when due, rolled back or upgraded:
:meth:`SqliteBackend.open`), one that :class:`~apvdesk.store.sqlite.deferred_store.DeferredStore`
has opened already (:meth:`SqliteBackend.adopt`), one opened to be read only (past the
kiosk gate, perhaps through a temporary copy: :meth:`SqliteBackend.open_read_only`), and
a new file built under a temporary name (:meth:`SqliteBackend.create`).

The hooks are SQLite's own: every unit of work checks that the path still names the file
opened (:mod:`apvdesk.store.sqlite.file_identity`); SQLite's result codes become the
store's errors; the answer sheets are read with ``group_concat``
(:mod:`apvdesk.store.sqlite.answer_reads`) and the Overview's facts in plain SQL
(:mod:`apvdesk.store.sqlite.plain_reads`); deleted answers are overwritten
(``secure_delete``); the file is rebuilt (``VACUUM``) so that its pages keep no order of
answering; closing releases the lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Response
from apvdesk.core.overview import OverviewFacts
from apvdesk.core.scoring import AnswerSheets
from apvdesk.store.errors import OpenedReadOnly
from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.sqlite import answer_reads, plain_reads
from apvdesk.store.sqlite.backup_making import named_backups
from apvdesk.store.sqlite.backups import backup_on_opening, delete_backups
from apvdesk.store.sqlite.database import create_file, make_engine, open_engine, open_read_only
from apvdesk.store.sqlite.file_checks import inspect_file, write_failure
from apvdesk.store.sqlite.file_identity import IdentityCheck
from apvdesk.store.sqlite.kiosk_gate import refuse_while_kiosk
from apvdesk.store.sqlite.lock import WorkplaceLock, acquire, set_kiosk

# The file is rebuilt after every stored answer sheet while it is at most this big: about
# 2,500 sheets of the shipped questionnaire in all its rounds, far more than a small
# firm's. A larger file is rebuilt when the collection ends.
TIDY_SIZE_LIMIT = 4 * 1024 * 1024


def _driver(connection: Connection) -> sqlite3.Connection:
    """Return the ``sqlite3`` connection under an SQLAlchemy one (for the plain SQL reads)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


class SqliteBackend:
    """One workplace file open in this process: its engine, its lock, and the file it is.

    ``scratch`` is a temporary copy read in place of the file (a read-only opening of a
    file that needed a rollback or an upgrade), deleted on :meth:`close`; ``lock`` the
    file's lock, released on :meth:`close`; ``identity`` the file as it was when opened.
    """

    def __init__(
        self,
        engine: Engine,
        path: Path,
        read_only: bool = False,
        scratch: Path | None = None,
        lock: WorkplaceLock | None = None,
        identity: IdentityCheck | None = None,
    ) -> None:
        self.engine = engine
        self.path = Path(path)
        self.read_only = read_only
        self._scratch = scratch
        self._lock = lock
        # The file the engine works on, checked by every unit of work (docs/storage.md).
        self._identity = identity or IdentityCheck(scratch or self.path)

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> SqliteBackend:
        """Open an existing file to work on it, holding its lock until :meth:`close`.

        The file is checked first, only reading; then the lock is taken, before anything
        (an upgrade, or the rollback of a change a crash cut short) is written; then the
        "opened" backup is made when due. Raises FileInUse, CannotLock and the errors of
        :func:`apvdesk.store.sqlite.database.open_engine`; the lock is then let go.
        """
        inspect_file(path)
        lock = acquire(path)
        try:
            backup_on_opening(path)  # when due; never raises for a backup it cannot write
            return cls(open_engine(path), path, lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def adopt(cls, path: Path, lock: WorkplaceLock, identity: IdentityCheck | None = None) -> SqliteBackend:
        """Take over a file that has passed the checks and is current, with its ``lock`` and ``identity``."""
        return cls(make_engine(path), path, lock=lock, identity=identity)

    @classmethod
    def open_read_only(cls, path: Path, kiosk_pin: str | None = None) -> SqliteBackend:
        """Open a file only to read it; its lock is never taken, nothing is ever written.

        Raises KioskRunning while another program's kiosk holds the file, unless
        ``kiosk_pin`` is the kiosk's PIN (:mod:`apvdesk.store.sqlite.kiosk_gate`), and the
        errors of :func:`apvdesk.store.sqlite.database.open_read_only`.
        """
        refuse_while_kiosk(path, kiosk_pin)
        engine, scratch = open_read_only(path)
        return cls(engine, path, read_only=True, scratch=scratch)

    @classmethod
    def create(cls, path: Path, fill: Callable[[SqliteBackend], None]) -> SqliteBackend:
        """Create a new file at ``path``, filled by ``fill`` under a temporary name, and open it.

        See :func:`apvdesk.store.sqlite.database.create_file`: a failure leaves any file
        already at ``path`` as it was.
        """
        return cls(create_file(path, lambda engine: fill(cls(engine, path))), path)

    @property
    def taken_over(self) -> LockOwner | None:
        """The lock a crash left, which opening took over (None: there was none)."""
        return self._lock.taken_over if self._lock is not None else None

    # --- the hooks of apvdesk.store.backend.StoreBackend ---------------------------------

    def check_in_place(self) -> None:
        """Raise FileReplaced when the path no longer names the file opened."""
        self._identity.verify()

    def failure(self, error: OperationalError) -> Exception:
        """Return CannotWrite (DiskFull), or OpenedReadOnly for a write to a file opened read-only."""
        self._identity.verify()  # a failure because the file went away is said as such
        code = getattr(error.orig, "sqlite_errorcode", 0)  # SQLITE_READONLY and its extended codes
        if self.read_only and code & 0xFF == sqlite3.SQLITE_READONLY:
            return OpenedReadOnly(self.path, str(error.orig))
        return write_failure(self.path, error)

    def read_answer_sheets(self, connection: Connection, round_id: int, bank: QuestionBank) -> AnswerSheets:
        """Read the answer sheets of a round with one ``group_concat`` query."""
        return answer_reads.read_answer_sheets(_driver(connection), round_id, bank)

    def read_responses(self, connection: Connection, round_id: int) -> list[Response]:
        """Read every answer sheet of a round, one row per answer."""
        return answer_reads.read_responses(_driver(connection), round_id)

    def read_overview(self, connection: Connection) -> OverviewFacts:
        """Read the Overview's facts in plain SQL, as the deferred opening does."""
        return plain_reads.overview(_driver(connection))

    def overwrite_deleted(self, connection: Connection) -> None:
        """Switch on SQLite's ``secure_delete`` for the connection: deleted content is zeroed."""
        connection.exec_driver_sql("PRAGMA secure_delete = ON")

    def rebuild(self) -> None:
        """Rebuild the file (``VACUUM``): its pages in key order, no free page left."""
        with self.engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")

    def rebuild_is_cheap(self) -> bool:
        """Return True while the file being written is at most :data:`TIDY_SIZE_LIMIT` bytes."""
        database = self.engine.url.database  # the file being written (a new file's temporary name)
        if not database:
            return False
        return Path(database).stat().st_size <= TIDY_SIZE_LIMIT

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Mark the lock file: a kiosk runs for ``round_id`` (see :func:`.lock.set_kiosk`)."""
        return set_kiosk(self.path, round_id)

    def backup_count(self) -> int:
        """Return how many backups of the file are in its backup folders (by their names: none is read)."""
        return len(named_backups(self.path))

    def delete_backups(self) -> int:
        """Delete the file's backups (see :func:`~apvdesk.store.sqlite.backups.delete_backups`)."""
        return delete_backups(self.path)

    def close(self) -> None:
        """Close the engine, delete the temporary copy, release the lock; twice is harmless."""
        self.engine.dispose()
        if self._scratch is not None:
            self._scratch.unlink(missing_ok=True)
            self._scratch = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
