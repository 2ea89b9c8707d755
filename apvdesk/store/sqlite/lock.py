"""One writer per workplace file: a lock file beside it says who has it open, and since when.

``Firma.apvdesk`` opened for writing gets ``.~lock.Firma.apvdesk#`` in the same folder
(the name LibreOffice uses for its documents). The lock file is created atomically with
``O_CREAT | O_EXCL``, which works the same on Windows, Linux and network shares (SMB,
NFS), unlike ``fcntl``/``msvcrt`` locks. It holds a small JSON record
(:mod:`apvdesk.store.sqlite.lock_record`): user, host, process id and start time, program
version, the local time it was taken, and the round whose questionnaire kiosk is running (null when
none); :class:`~apvdesk.store.lock_owner.LockOwner` is who it names. Another copy of
apvdesk, on this PC or another one, finds the lock, tells its user who has the file open
and may open it read-only; while a kiosk is running, only with the kiosk's PIN
(:mod:`apvdesk.store.sqlite.kiosk_gate`).

A lock left behind by a crash is *stale*: on the same host its process is no longer
running (or a process with its id started at another time: the id was reused), or the
lock file cannot be read. The next writer takes a stale lock over
(:func:`acquire` names it in :attr:`WorkplaceLock.taken_over`, for the caller to say
so). A lock from another host is never judged stale here, because this PC cannot see
that host's processes: it is cleared only when the user asks (:func:`clear_lock`), as is
a lock on this host that still looks alive.

Within one process, opening the same file again shares the lock (it is counted), so the
lock file goes only when the last store on it closes.
"""

from __future__ import annotations

import atexit
import os
import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path

from apvdesk.store.errors import CannotLock, FileInUse
from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.sqlite.lock_record import (
    lock_owner,
    lock_path,
    parse_record,
    read_lock_file,
    record_of_this_process,
)
from apvdesk.store.this_pc import hide_file, process_running, this_host, this_user, unhide_file

# Callers import these here, with the lock: who holds a file, where its lock is, this PC.
__all__ = [
    "LockOwner",
    "WorkplaceLock",
    "acquire",
    "clear_lock",
    "clear_stale",
    "lock_owner",
    "lock_path",
    "process_running",
    "set_kiosk",
    "this_host",
    "this_user",
]

_FILE_TRIES = 5  # Windows refuses to delete or replace a file another program is reading

_held: dict[str, int] = {}  # lock file (normalised) -> how many stores of this process hold it


def _key(lock: Path) -> str:
    return os.path.normcase(os.path.abspath(lock))


class WorkplaceLock:
    """A process's hold on a workplace file; :meth:`release` it when the file is closed.

    ``taken_over`` is the stale lock this hold replaced (a crash's), None when there was none.
    """

    def __init__(self, path: Path, lock_file: Path, taken_over: LockOwner | None = None) -> None:
        self.path = path
        self.lock_file = lock_file
        self.taken_over = taken_over
        self._released = False

    @property
    def released(self) -> bool:
        return self._released

    def release(self) -> None:
        """Let go of the file; the lock file goes when this process's last hold is released.

        The lock file is removed only while it still names this process, so a lock that
        someone cleared and another copy took since is left alone. Calling it twice is harmless.
        """
        if self._released:
            return
        self._released = True
        key = _key(self.lock_file)
        count = _held.get(key, 0) - 1
        if count > 0:
            _held[key] = count
            return
        _held.pop(key, None)
        _remove_own(self.lock_file)


def _retry(action: Callable[..., object], *args: object) -> None:
    """Run a file operation, retrying briefly while Windows refuses because another copy reads the file."""
    for attempt in range(_FILE_TRIES):
        try:
            action(*args)
            return
        except PermissionError:
            if attempt == _FILE_TRIES - 1:
                raise
            time.sleep(0.05)


def _unlink(lock: Path) -> None:
    """Delete a lock file (gone already is fine)."""
    try:
        _retry(os.unlink, lock)
    except FileNotFoundError:
        pass


def _remove_own(lock: Path) -> None:
    """Remove a lock file if it names this process; a failure leaves a lock seen as stale later."""
    owner = read_lock_file(lock)
    if owner is not None and owner.is_this_process():
        try:
            _unlink(lock)
        except OSError:
            pass


@atexit.register
def _release_all() -> None:
    """At a normal exit, remove the lock files of stores that were never closed."""
    for key in list(_held):
        _remove_own(Path(key))
    _held.clear()


def acquire(path: Path | str) -> WorkplaceLock:
    """Take the lock on the workplace file ``path`` for this process.

    A stale lock (:meth:`LockOwner.may_take_over`) is taken over and named in the returned
    lock's ``taken_over``. Raises FileInUse (naming the owner) when another process holds
    it, or when its lock is from another host or too fresh to judge, and CannotLock when no
    lock file can be written beside the file (a read-only folder). This process taking the
    same file again shares its lock. A lock that names this very process but is not held
    (left by an earlier process that had the same id, and whose start time could not be
    told apart) is taken over without a word.
    """
    path = Path(path)
    lock = lock_path(path)
    key = _key(lock)
    if key in _held:
        _held[key] += 1
        return WorkplaceLock(path, lock)
    record = record_of_this_process()
    taken_over: LockOwner | None = None
    for _attempt in range(3):
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            owner = read_lock_file(lock)
            if owner is None:
                if isinstance(exc, FileExistsError):
                    continue  # it went away between the two calls
                raise CannotLock(path, exc.strerror or str(exc)) from exc
            if owner.is_this_process():
                _remove(path, owner)
                continue
            if owner.may_take_over():
                _remove(path, owner)  # FileInUse when another copy took it meanwhile
                taken_over = owner
                continue
            raise FileInUse(path, owner) from exc
        try:
            try:
                os.write(handle, record)
                os.fsync(handle)
            finally:
                os.close(handle)
        except OSError as exc:
            lock.unlink(missing_ok=True)
            raise CannotLock(path, exc.strerror or str(exc)) from exc
        hide_file(lock)
        _held[key] = 1
        return WorkplaceLock(path, lock, taken_over)
    owner = read_lock_file(lock)
    raise FileInUse(path, owner or LockOwner("", "", 0, "", None, damaged=True))


def _remove(path: Path, seen: LockOwner) -> None:
    """Remove the lock on ``path`` if it still holds what ``seen`` describes; else raise FileInUse.

    The lock file is first moved aside under a name of this process's own, and deleted
    only if what was moved is what ``seen`` describes. Had another copy replaced it in
    the meantime (two copies taking over one stale lock at once), the moved file is put
    back, so that copy keeps the file.
    """
    lock = lock_path(path)
    current = read_lock_file(lock)
    if current is None:
        return
    if current.raw != seen.raw:
        raise FileInUse(path, current)
    aside = lock.with_name(f"{lock.name}{os.getpid()}-{secrets.token_hex(4)}.old")
    try:
        _retry(os.rename, lock, aside)
    except FileNotFoundError:
        return  # another copy removed it first
    except OSError as exc:
        raise CannotLock(path, exc.strerror or str(exc)) from exc
    try:
        moved = aside.read_bytes()
    except OSError:
        moved = seen.raw  # cannot be read back: it was the unreadable lock seen
    if moved == seen.raw:
        _unlink(aside)
        return
    _put_back(aside, lock)
    raise FileInUse(path, read_lock_file(lock) or parse_record(moved, None))


def _put_back(aside: Path, lock: Path) -> None:
    """Move a lock file back in place unless yet another lock has been taken there since."""
    try:
        if sys.platform == "win32":
            os.rename(aside, lock)  # never replaces a file on Windows
        else:
            os.link(aside, lock)  # never replaces a file
    except FileExistsError:
        pass  # a third copy holds the file now; its lock stands
    except OSError:
        if not lock.exists():  # no hard links here (FAT): a plain move
            os.replace(aside, lock)
    aside.unlink(missing_ok=True)


def clear_lock(path: Path | str, seen: LockOwner) -> None:
    """Remove the lock on ``path`` that the user was shown as ``seen`` (their decision).

    Raises FileInUse with the new owner when the lock has changed since it was shown (a
    third copy took the file meanwhile), and CannotLock when it cannot be removed.
    """
    _remove(Path(path), seen)


def clear_stale(path: Path | str) -> bool:
    """Remove the lock on ``path`` if it is stale; return True when there is no lock left."""
    owner = lock_owner(path)
    if owner is None:
        return True
    if not owner.is_stale():
        return False
    clear_lock(path, owner)
    return True


def set_kiosk(path: Path | str, round_id: int | None) -> bool:
    """Mark this process's lock on ``path``: a kiosk runs for ``round_id`` (None: no kiosk).

    The lock file is rewritten whole (a new file moved over it), so readers see either
    the old record or the new one; who and since stay as they were. Returns False when
    this process does not hold the file's lock, or the lock cannot be rewritten.
    """
    lock = lock_path(path)
    if _key(lock) not in _held:
        return False
    owner = read_lock_file(lock)
    if owner is None or not owner.is_this_process() or owner.since is None:
        return False
    fresh = lock.with_name(f"{lock.name}{os.getpid()}-{secrets.token_hex(4)}.new")
    try:
        flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
        handle = os.open(fresh, flags, 0o644)
        try:
            os.write(handle, record_of_this_process(round_id, owner.since.isoformat(timespec="seconds")))
            os.fsync(handle)
        finally:
            os.close(handle)
        hide_file(fresh)
        unhide_file(lock)  # Windows may refuse to replace a hidden file
        _retry(os.replace, fresh, lock)
    except OSError:
        fresh.unlink(missing_ok=True)
        return False
    return True
