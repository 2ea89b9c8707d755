"""What this PC can tell about itself: its name, its user, its running processes, hidden files.

Who holds a workplace open (:class:`~apvdesk.store.lock_owner.LockOwner`) is judged by
them, and the lock file beside a workplace file (:mod:`apvdesk.store.sqlite.lock`) is
hidden with them. The Windows parts use the Windows API through ctypes, so no extra
package is needed.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from pathlib import Path


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


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
    _ERROR_ACCESS_DENIED = 5
    _STILL_ACTIVE = 259
    _FILE_ATTRIBUTE_HIDDEN = 0x2
    _FILE_ATTRIBUTE_NORMAL = 0x80

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

    def hide_file(path: Path) -> None:
        """Give a file Windows' hidden mark, as dot files are hidden on Linux."""
        ctypes.windll.kernel32.SetFileAttributesW(str(path), _FILE_ATTRIBUTE_HIDDEN)

    def unhide_file(path: Path) -> None:
        """Take Windows' hidden mark off a file, so that it can be replaced by moving another over it."""
        ctypes.windll.kernel32.SetFileAttributesW(str(path), _FILE_ATTRIBUTE_NORMAL)

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

    def hide_file(path: Path) -> None:
        """Nothing to do: a leading dot hides the file."""

    def unhide_file(path: Path) -> None:
        """Nothing to do: files have no hidden mark here."""
