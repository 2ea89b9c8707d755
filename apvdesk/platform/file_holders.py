"""Which programs hold a file open, so that a message can name them ("Adobe Acrobat Reader").

On Windows the Restart Manager (``rstrtmgr.dll``, Windows Vista and later) is asked, the
way installers find the programs to close: a session is started, the file registered,
the list of processes using it read, the session ended. On Linux the open files of the
processes this user may see are looked through in ``/proc``. Anywhere else, or whenever
the answer cannot be had, the list is empty: the caller then speaks of "another program".
apvdesk itself is never named. Nothing Windows-only runs at import; only the standard
library is imported here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import Any

ERROR_SUCCESS = 0
ERROR_MORE_DATA = 234
CCH_RM_SESSION_KEY = 32  # a GUID written as 32 hexadecimal digits
CCH_RM_MAX_APP_NAME = 255
CCH_RM_MAX_SVC_NAME = 63
_MAX_NAMES = 5  # a message names at most this many programs


class FILETIME(ctypes.Structure):
    _fields_ = [("dwLowDateTime", ctypes.c_uint32), ("dwHighDateTime", ctypes.c_uint32)]


class RM_UNIQUE_PROCESS(ctypes.Structure):  # noqa: N801 - the Windows SDK's name
    _fields_ = [("dwProcessId", ctypes.c_uint32), ("ProcessStartTime", FILETIME)]


class RM_PROCESS_INFO(ctypes.Structure):  # noqa: N801 - the Windows SDK's name
    _fields_ = [
        ("Process", RM_UNIQUE_PROCESS),
        ("strAppName", ctypes.c_wchar * (CCH_RM_MAX_APP_NAME + 1)),
        ("strServiceShortName", ctypes.c_wchar * (CCH_RM_MAX_SVC_NAME + 1)),
        ("ApplicationType", ctypes.c_int),
        ("AppStatus", ctypes.c_ulong),
        ("TSSessionId", ctypes.c_uint32),
        ("bRestartable", ctypes.c_int),
    ]


def programs_holding(path: Path | str, *, restart_manager: Any = None) -> list[str]:
    """Return the names of the programs that hold ``path`` open, or [] when that cannot be told.

    ``restart_manager`` stands in for ``rstrtmgr.dll`` (tests); given, the Windows way is
    taken on any system. Never raises.
    """
    try:
        if restart_manager is not None or sys.platform == "win32":
            manager = restart_manager if restart_manager is not None else _load_restart_manager()
            return [] if manager is None else _ask_restart_manager(manager, str(path))
        if sys.platform.startswith("linux"):
            return _linux_holders(Path(path))
    except Exception:  # noqa: BLE001 - naming the program is a courtesy; the message stands without it
        return []
    return []


def _load_restart_manager() -> Any:
    """Return ``rstrtmgr.dll`` with its functions' argument types set (None when it cannot load)."""
    try:
        dll = ctypes.WinDLL("rstrtmgr")  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    dword, uint, wstr = ctypes.c_uint32, ctypes.c_uint, ctypes.c_wchar_p
    dll.RmStartSession.argtypes = [ctypes.POINTER(dword), dword, wstr]
    dll.RmRegisterResources.argtypes = [
        dword,
        uint,
        ctypes.POINTER(wstr),
        uint,
        ctypes.POINTER(RM_UNIQUE_PROCESS),
        uint,
        ctypes.POINTER(wstr),
    ]
    dll.RmGetList.argtypes = [
        dword,
        ctypes.POINTER(uint),
        ctypes.POINTER(uint),
        ctypes.POINTER(RM_PROCESS_INFO),
        ctypes.POINTER(dword),
    ]
    dll.RmEndSession.argtypes = [dword]
    for function in (dll.RmStartSession, dll.RmRegisterResources, dll.RmGetList, dll.RmEndSession):
        function.restype = dword
    return dll


def _ask_restart_manager(manager: Any, path: str) -> list[str]:
    """Ask a Restart Manager session which processes use the file ``path``."""
    session = ctypes.c_uint32(0)
    key = ctypes.create_unicode_buffer(CCH_RM_SESSION_KEY + 1)
    if manager.RmStartSession(ctypes.pointer(session), 0, key) != ERROR_SUCCESS:
        return []
    try:
        files = (ctypes.c_wchar_p * 1)(path)
        if manager.RmRegisterResources(session.value, 1, files, 0, None, 0, None) != ERROR_SUCCESS:
            return []
        infos = _process_list(manager, session.value)
    finally:
        manager.RmEndSession(session.value)
    own = os.getpid()
    names = [info.strAppName or info.strServiceShortName for info in infos if info.Process.dwProcessId != own]
    return _distinct(name for name in names if name)


def _process_list(manager: Any, session: int) -> list[RM_PROCESS_INFO]:
    """Return the RM_PROCESS_INFO of each process using the registered file (asked for their number first)."""
    needed, count, reasons = ctypes.c_uint(0), ctypes.c_uint(0), ctypes.c_uint32(0)
    infos = (RM_PROCESS_INFO * 1)()
    for _attempt in range(3):  # the number may grow between the two calls
        count.value = len(infos)
        result = manager.RmGetList(
            session, ctypes.pointer(needed), ctypes.pointer(count), infos, ctypes.pointer(reasons)
        )
        if result == ERROR_SUCCESS:
            return list(infos[: count.value])
        if result != ERROR_MORE_DATA:
            return []
        infos = (RM_PROCESS_INFO * max(needed.value, 1))()
    return []


def _linux_holders(path: Path) -> list[str]:
    """Return the names of this user's other processes that have ``path`` open (from ``/proc``)."""
    try:
        target = path.resolve()
        processes = [entry for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return []
    own = str(os.getpid())
    names: list[str] = []
    for process in processes:
        if process.name == own:
            continue
        try:
            links = [os.readlink(fd.path) for fd in os.scandir(f"{process.path}/fd")]
        except OSError:  # another user's process, or one that just ended
            continue
        if str(target) in links:
            try:
                names.append(Path(process.path, "comm").read_text(encoding="utf-8").strip())
            except OSError:
                continue
    return _distinct(names)


def _distinct(names: Any) -> list[str]:
    """Return the names once each, in their order, at most :data:`_MAX_NAMES`."""
    unique = list(dict.fromkeys(names))
    return unique[:_MAX_NAMES]
