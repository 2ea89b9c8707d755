"""What this PC can tell about itself: its name, its user, its running processes, hidden files.

Who holds a workplace open (:class:`~apvdesk.store.lock_owner.LockOwner`) is judged by
them, and the lock file beside a workplace file (:mod:`apvdesk.store.sqlite.lock`) is
hidden with them. A process is told by its id *and* its start time, because Windows
soon gives a dead process's id to another program. The Windows parts use the Windows
API through ctypes, so no extra package is needed; none of them runs at import elsewhere.
"""

from __future__ import annotations

import ctypes
import functools
import getpass
import os
import socket
import sys
from ctypes import wintypes
from pathlib import Path
from typing import Any

_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
# FILETIME counts 100-nanosecond steps since 1601-01-01 (UTC); this many lie before 1970.
_FILETIME_AT_EPOCH = 116_444_736_000_000_000
_FILETIME_STEPS_PER_SECOND = 10_000_000
_MAX_PID = 2**31 - 1  # larger ids (from a damaged lock file) name no process and would overflow the calls


def this_user() -> str:
    """Return the login name of the user running apvdesk ("?" when it cannot be told)."""
    try:
        return getpass.getuser()
    except Exception:  # no USER/USERNAME variable and no password entry
        return "?"


def this_host() -> str:
    """Return the name of this computer."""
    return socket.gethostname()


def same_host(host: str) -> bool:
    """Return True when ``host`` names this computer (Windows names ignore case)."""
    return host.casefold() == this_host().casefold()


def process_start_time(pid: int) -> float | None:
    """Return when process ``pid`` of this PC started, in seconds; None when it cannot be told.

    The number is only compared with another one read on this PC, to tell a process from
    a later one that was given the same id. Windows: the creation time (GetProcessTimes),
    in seconds since 1970. Linux: the start in clock ticks after boot (/proc/PID/stat), in
    seconds after boot, which a later change of the clock leaves alone. Elsewhere, or for
    a process that is gone or may not be asked: None. Cheap: no program is started.
    """
    if not 0 < pid <= _MAX_PID:
        return None
    if sys.platform == "win32":
        try:
            return _windows_start_time(pid, _kernel32())
        except (OSError, AttributeError, ctypes.ArgumentError):
            return None
    if sys.platform.startswith("linux"):
        return _linux_start_time(pid)
    return None


@functools.cache
def _kernel32() -> Any:
    """Load kernel32 once, with the signatures the process calls need (Windows only)."""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    filetime = ctypes.POINTER(wintypes.FILETIME)
    kernel32.GetProcessTimes.restype = wintypes.BOOL
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, filetime, filetime, filetime, filetime)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def _windows_start_time(pid: int, kernel32: Any) -> float | None:
    """Return process ``pid``'s creation time through ``kernel32`` (seconds since 1970), or None."""
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:  # gone, or a process we may not ask
        return None
    try:
        created, ended, in_kernel, in_user = (wintypes.FILETIME() for _ in range(4))
        pointers = [ctypes.pointer(time) for time in (created, ended, in_kernel, in_user)]
        if not kernel32.GetProcessTimes(handle, *pointers):
            return None
    finally:
        kernel32.CloseHandle(handle)
    steps = (created.dwHighDateTime << 32) | created.dwLowDateTime
    if steps == 0:
        return None
    return (steps - _FILETIME_AT_EPOCH) / _FILETIME_STEPS_PER_SECOND


def _linux_start_time(pid: int, proc: Path = Path("/proc")) -> float | None:
    """Return process ``pid``'s start in seconds after boot, from ``proc``/PID/stat; or None."""
    try:
        stat = (proc / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
        # "pid (name) state ppid ...": the name may hold spaces and ")", so split after the last ")".
        fields = stat[stat.rindex(")") + 1 :].split()
        ticks = int(fields[19])  # field 22 of the line, starttime; fields[0] is field 3
        tick_rate = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    return ticks / tick_rate if tick_rate > 0 else None


if sys.platform == "win32":
    _ERROR_ACCESS_DENIED = 5
    _STILL_ACTIVE = 259
    _FILE_ATTRIBUTE_HIDDEN = 0x2
    _FILE_ATTRIBUTE_NORMAL = 0x80

    def process_running(pid: int) -> bool:
        """Return True when a process with ``pid`` is running on this PC (Windows API)."""
        if not 0 < pid <= _MAX_PID:  # an odd lock file's id is no process
            return False
        kernel32 = _kernel32()
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
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

    def hide_file(path: Path) -> None:
        """Give a file Windows' hidden mark, as dot files are hidden on Linux."""
        ctypes.windll.kernel32.SetFileAttributesW(str(path), _FILE_ATTRIBUTE_HIDDEN)

    def unhide_file(path: Path) -> None:
        """Take Windows' hidden mark off a file, so that it can be replaced by moving another over it."""
        ctypes.windll.kernel32.SetFileAttributesW(str(path), _FILE_ATTRIBUTE_NORMAL)

else:

    def process_running(pid: int) -> bool:
        """Return True when a process with ``pid`` is running on this PC (signal 0 probes it)."""
        if not 0 < pid <= _MAX_PID:  # an odd lock file's id is no process
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # it exists but belongs to another user
            return True
        return True

    def hide_file(path: Path) -> None:
        """Nothing to do: a leading dot hides the file."""

    def unhide_file(path: Path) -> None:
        """Nothing to do: files have no hidden mark here."""
