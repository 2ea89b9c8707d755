"""Keeping the PC awake while the kiosk runs: no sleep, no dark screen, no lock after idle time.

**Windows** (where the program runs): ``SetThreadExecutionState(ES_CONTINUOUS |
ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)`` while it is held, ``ES_CONTINUOUS`` alone when
it is given back. Windows keeps that state per thread and drops it when the thread or
the process ends, so a kiosk that crashes leaves nothing behind; :meth:`KeepAwake.hold`
and :meth:`KeepAwake.release` must be called on the same thread (the GUI thread).

**Linux** (for trying the program only): the freedesktop screen saver's ``Inhibit`` over
the session D-Bus, through QtDBus, on a connection of its own that is closed on release.
The screen saver drops the inhibition of a connection that is gone (``UnInhibit`` would
need an unsigned cookie, which PySide6 sends as a signed one). Without QtDBus (the
bundle leaves it out) or without a session bus, nothing is done. Elsewhere: nothing.

Nothing here fails the kiosk: when the PC cannot be kept awake, :meth:`KeepAwake.hold`
returns False and the kiosk runs all the same.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
AWAKE = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED

_BUS_NAME = "apvdesk-keep-awake"
_SCREEN_SAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")


class Kernel32(Protocol):
    """The part of Windows' kernel32 used here (a fake one in the tests)."""

    def SetThreadExecutionState(self, flags: int) -> int: ...  # noqa: N802 (Windows' name)


def windows_kernel32() -> Kernel32:
    """Return Windows' kernel32 with the argument types set (on Windows only)."""
    if sys.platform != "win32":
        raise OSError("kernel32 exists on Windows only")
    import ctypes
    from ctypes import wintypes

    kernel32: Any = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.SetThreadExecutionState.argtypes = [wintypes.DWORD]
    kernel32.SetThreadExecutionState.restype = wintypes.DWORD
    kernel32.GetModuleHandleW.argtypes = [wintypes.LPCWSTR]
    kernel32.GetModuleHandleW.restype = wintypes.HMODULE
    return kernel32  # type: ignore[no-any-return]


class KeepAwake:
    """Keeps the PC from sleeping, darkening the screen or locking while held; idempotent both ways.

    ``kernel32`` replaces Windows' own (tests: a fake one makes it act as on Windows);
    otherwise the platform is read when holding.
    Also a context manager.
    """

    def __init__(self, kernel32: Kernel32 | None = None) -> None:
        self._kernel32 = kernel32
        self._held_by: Kernel32 | str | None = None  # kernel32, or the D-Bus connection's name

    @property
    def held(self) -> bool:
        """Whether the PC is kept awake now."""
        return self._held_by is not None

    def hold(self) -> bool:
        """Keep the PC awake from now on; return whether the system agreed."""
        if self._held_by is not None:
            return True
        try:
            if self._kernel32 is not None or sys.platform == "win32":
                kernel32 = self._kernel32 or windows_kernel32()
                if kernel32.SetThreadExecutionState(AWAKE):  # the previous state, 0 on failure
                    self._held_by = kernel32
            elif sys.platform.startswith("linux") and _inhibit_screen_saver():
                self._held_by = _BUS_NAME
        except (OSError, AttributeError, ValueError) as exc:
            log.warning("cannot keep the PC awake: %s", exc)
        return self._held_by is not None

    def release(self) -> None:
        """Let the PC sleep, darken and lock by its own settings again."""
        held_by, self._held_by = self._held_by, None
        try:
            if isinstance(held_by, str):
                _close_bus(held_by)
            elif held_by is not None:
                held_by.SetThreadExecutionState(ES_CONTINUOUS)
        except (OSError, AttributeError, ValueError) as exc:
            log.warning("cannot give back the PC's sleep settings: %s", exc)

    def __enter__(self) -> KeepAwake:
        self.hold()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _session_bus_known() -> bool:
    """Whether a session bus is said to exist (so that D-Bus never starts one of its own)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and runtime != "" and Path(runtime, "bus").exists()


def _inhibit_screen_saver() -> bool:
    """Ask the freedesktop screen saver not to start, on a D-Bus connection of our own."""
    if not _session_bus_known():
        return False
    try:
        from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
    except ImportError:
        return False
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, _BUS_NAME)
    if not bus.isConnected():
        QDBusConnection.disconnectFromBus(_BUS_NAME)
        return False
    call = QDBusMessage.createMethodCall(*_SCREEN_SAVER, "Inhibit")
    call.setArguments(["apvdesk", "The questionnaire kiosk is running"])
    reply = bus.call(call, QDBus.CallMode.Block, 2000)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        QDBusConnection.disconnectFromBus(_BUS_NAME)
        return False
    return True


def _close_bus(name: str) -> None:
    from PySide6.QtDBus import QDBusConnection

    QDBusConnection.disconnectFromBus(name)
