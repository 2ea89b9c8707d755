"""One writer per workplace file: a lock file beside it says who has it open, and since when.

``Firma.apvdesk`` opened for writing gets ``.~lock.Firma.apvdesk#`` in the same folder
(the name LibreOffice uses for its documents). The lock file is created atomically with
``O_CREAT | O_EXCL``, which works the same on Windows, Linux and network shares (SMB,
NFS), unlike ``fcntl``/``msvcrt`` locks. It holds a small JSON record: user, host,
process id, program version and the local time it was taken. Another copy of apvdesk,
on this PC or another one, finds the lock, tells its user who has the file open and
may open it read-only.

A lock left behind by a crash is *stale*: on the same host its process is no longer
running, or the lock file cannot be read. A lock from another host is never judged stale
here, because this PC cannot see that host's processes; the user decides. Nothing is
cleared without the user asking for it (:func:`clear_lock`).

Within one process, opening the same file again shares the lock (it is counted), so the
lock file goes only when the last store on it closes.
"""

from __future__ import annotations

import atexit
import datetime as dt
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from apvdesk import __version__
from apvdesk.store.errors import CannotLock, FileInUse

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
APP_MARK = "apvdesk"
_REREAD_DELAY = 0.2  # seconds to wait before reading a lock again that was half-written
_UNLINK_TRIES = 5

_held: dict[str, int] = {}  # lock file (normalised) -> how many stores of this process hold it


def lock_path(path: Path | str) -> Path:
    """Return the lock file that belongs to the workplace file ``path``."""
    path = Path(path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def this_user() -> str:
    """Return the login name of the user running apvdesk ("?" when it cannot be told)."""
    try:
        return getpass.getuser()
    except Exception:  # no USER/USERNAME variable and no password entry
        return "?"


def this_host() -> str:
    """Return the name of this computer."""
    return socket.gethostname()


def _same_host(host: str) -> bool:
    return host.casefold() == this_host().casefold()


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _ERROR_ACCESS_DENIED = 5
    _STILL_ACTIVE = 259
    _FILE_ATTRIBUTE_HIDDEN = 0x2

    def process_running(pid: int) -> bool:
        """Return True when a process with ``pid`` is running on this PC (Windows API)."""
        if pid <= 0:
            return False
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:  # no such process, unless it belongs to someone we may not ask
            return ctypes.get_last_error() == _ERROR_ACCESS_DENIED
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

    def _hide(path: Path) -> None:
        """Give the lock file Windows' hidden mark, as dot files are hidden on Linux."""
        ctypes.windll.kernel32.SetFileAttributesW(str(path), _FILE_ATTRIBUTE_HIDDEN)

else:

    def process_running(pid: int) -> bool:
        """Return True when a process with ``pid`` is running on this PC (signal 0 probes it)."""
        if pid <= 0:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # it exists but belongs to another user
            return True
        return True

    def _hide(path: Path) -> None:
        """Nothing to do: the leading dot hides the lock file."""


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workplace file open for writing, as its lock file says.

    ``damaged`` is True when the lock file could not be read; then only ``since`` (the
    lock file's modification time) is known. ``raw`` is the lock file's content, so that a
    lock is cleared only if it is still the one the user was told about.
    """

    user: str
    host: str
    pid: int
    version: str
    since: dt.datetime | None
    damaged: bool = False
    raw: bytes = field(default=b"", repr=False)

    def on_this_host(self) -> bool:
        """Return True when the lock was taken on this computer."""
        return not self.damaged and _same_host(self.host)

    def is_this_process(self) -> bool:
        """Return True when the lock names this very process (same host and process id)."""
        return self.on_this_host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Return True when the lock is left over: unreadable, or its process on this PC is gone.

        A lock from another host is never stale here: this PC cannot see whether that
        copy of apvdesk is still running.
        """
        if self.damaged:
            return True
        return self.on_this_host() and not process_running(self.pid)


def _record() -> bytes:
    """Return the lock file's content for this process."""
    record = {
        "app": APP_MARK,
        "user": this_user(),
        "host": this_host(),
        "pid": os.getpid(),
        "version": __version__,
        "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _parse(raw: bytes, modified: dt.datetime | None) -> LockOwner:
    """Return the owner a lock file's content names (``damaged`` when it cannot be read)."""
    try:
        record = json.loads(raw.decode("utf-8"))
        if not isinstance(record, dict) or record.get("app") != APP_MARK:
            raise ValueError("not an apvdesk lock")
        since = dt.datetime.fromisoformat(str(record["since"]))
        return LockOwner(
            user=str(record["user"]),
            host=str(record["host"]),
            pid=int(record["pid"]),
            version=str(record.get("version", "")),
            since=since,
            raw=raw,
        )
    except (ValueError, KeyError, TypeError):
        return LockOwner(user="", host="", pid=0, version="", since=modified, damaged=True, raw=raw)


def _read(lock: Path) -> LockOwner | None:
    """Read a lock file; None when there is none. A half-written one is read a second time."""
    owner = None
    for attempt in range(2):
        try:
            raw = lock.read_bytes()
            modified = dt.datetime.fromtimestamp(lock.stat().st_mtime).astimezone()
        except FileNotFoundError:
            return None
        except OSError:
            raw, modified = b"", None
        owner = _parse(raw, modified)
        if not owner.damaged or attempt:
            break
        time.sleep(_REREAD_DELAY)  # another copy may be writing it this very moment
    return owner


def lock_owner(path: Path | str) -> LockOwner | None:
    """Return who holds the workplace file ``path`` open for writing; None when nobody does."""
    return _read(lock_path(path))


def _key(lock: Path) -> str:
    return os.path.normcase(os.path.abspath(lock))


class WorkplaceLock:
    """A process's hold on a workplace file; :meth:`release` it when the file is closed."""

    def __init__(self, path: Path, lock_file: Path) -> None:
        self.path = path
        self.lock_file = lock_file
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


def _unlink(lock: Path) -> None:
    """Delete a lock file, retrying briefly while Windows refuses because another copy is reading it."""
    for attempt in range(_UNLINK_TRIES):
        try:
            lock.unlink()
            return
        except FileNotFoundError:
            return
        except PermissionError:
            if attempt == _UNLINK_TRIES - 1:
                raise
            time.sleep(0.05)


def _remove_own(lock: Path) -> None:
    """Remove a lock file if it names this process; a failure leaves a lock seen as stale later."""
    owner = _read(lock)
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

    Raises FileInUse (naming the owner) when another process holds it, stale or not, and
    CannotLock when no lock file can be written beside the file (a read-only folder).
    This process taking the same file again shares its lock. A lock that names this very
    process but is not held (left by an earlier process that had the same id) is taken over.
    """
    path = Path(path)
    lock = lock_path(path)
    key = _key(lock)
    if key in _held:
        _held[key] += 1
        return WorkplaceLock(path, lock)
    record = _record()
    for _attempt in range(2):
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            owner = _read(lock)
            if owner is None:
                if isinstance(exc, FileExistsError):
                    continue  # it went away between the two calls
                raise CannotLock(path, exc.strerror or str(exc)) from exc
            if owner.is_this_process():
                _remove(path, owner)
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
        _hide(lock)
        _held[key] = 1
        return WorkplaceLock(path, lock)
    owner = _read(lock)
    raise FileInUse(path, owner or LockOwner("", "", 0, "", None, damaged=True))


def _remove(path: Path, seen: LockOwner) -> None:
    """Remove the lock on ``path`` if it still holds what ``seen`` describes; else raise FileInUse."""
    lock = lock_path(path)
    current = _read(lock)
    if current is None:
        return
    if current.raw != seen.raw:
        raise FileInUse(path, current)
    try:
        _unlink(lock)
    except OSError as exc:
        raise CannotLock(path, exc.strerror or str(exc)) from exc


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
