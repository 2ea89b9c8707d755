"""Swallowing Windows' own shortcut keys while the kiosk runs: a low-level keyboard hook.

While installed, the hook (``SetWindowsHookExW(WH_KEYBOARD_LL)``) swallows the Windows
keys, Alt+Tab, Alt+Esc, Alt+F4, Ctrl+Esc and Ctrl+Shift+Esc (:func:`swallows`) before
Explorer sees them, and passes every other key on. Ctrl+Alt+Del never reaches a hook:
Windows keeps it for itself, and no program can block it.

Windows calls the hook on the thread that installed it, through that thread's message
loop, so :meth:`SystemKeyBlock.install` and :meth:`SystemKeyBlock.remove` must be called on
the GUI thread. Windows removes the hook when the thread or the process ends, so a kiosk
that crashes leaves no hook behind. Elsewhere than on Windows nothing is installed.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any, Protocol

from apvdesk.platform.keep_awake import windows_kernel32

log = logging.getLogger(__name__)

WH_KEYBOARD_LL = 13
HC_ACTION = 0
LLKHF_ALTDOWN = 0x20  # KBDLLHOOKSTRUCT.flags: Alt is held

VK_TAB = 0x09
VK_CONTROL = 0x11
VK_ESCAPE = 0x1B
VK_LWIN = 0x5B
VK_RWIN = 0x5C
VK_F4 = 0x73

_PRESSED = 0x8000  # GetAsyncKeyState: the key is down now

LRESULT = ctypes.c_ssize_t
WPARAM = ctypes.c_size_t
LPARAM = ctypes.c_ssize_t
# Windows calls the hook with its own calling convention; CFUNCTYPE stands in elsewhere (tests).
HOOKPROC = getattr(ctypes, "WINFUNCTYPE", ctypes.CFUNCTYPE)(LRESULT, ctypes.c_int, WPARAM, LPARAM)


class KBDLLHOOKSTRUCT(ctypes.Structure):
    """What Windows tells a low-level keyboard hook of one key event."""

    _fields_ = [
        ("vkCode", ctypes.c_uint32),
        ("scanCode", ctypes.c_uint32),
        ("flags", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
        ("dwExtraInfo", ctypes.c_size_t),
    ]


def swallows(vk: int, flags: int, ctrl_down: bool) -> bool:
    """Return whether the kiosk swallows a key event: ``vk`` its key, ``flags`` the hook's flags.

    The Windows keys (alone or with others: the Start menu, Win+Tab, Win+D …), Alt+Tab,
    Alt+Esc and Alt+F4 (other windows, closing), Ctrl+Esc (the Start menu) and
    Ctrl+Shift+Esc (Task Manager). Every other key reaches the program in front.
    """
    if vk in (VK_LWIN, VK_RWIN):
        return True
    if flags & LLKHF_ALTDOWN and vk in (VK_TAB, VK_ESCAPE, VK_F4):
        return True
    return ctrl_down and vk == VK_ESCAPE


class User32(Protocol):
    """The parts of Windows' user32 used here (a fake one in the tests)."""

    def SetWindowsHookExW(self, kind: int, procedure: Any, module: Any, thread: int) -> Any: ...  # noqa: N802

    def UnhookWindowsHookEx(self, hook: Any) -> int: ...  # noqa: N802

    def CallNextHookEx(self, hook: Any, code: int, wparam: int, lparam: int) -> int: ...  # noqa: N802

    def GetAsyncKeyState(self, vk: int) -> int: ...  # noqa: N802


class ModuleHandles(Protocol):
    """The part of Windows' kernel32 used here."""

    def GetModuleHandleW(self, name: str | None) -> Any: ...  # noqa: N802


def windows_user32() -> User32:
    """Return Windows' user32 with the argument types set (on Windows only)."""
    if sys.platform != "win32":
        raise OSError("user32 exists on Windows only")
    from ctypes import wintypes

    user32: Any = ctypes.WinDLL("user32", use_last_error=True)
    user32.SetWindowsHookExW.argtypes = [ctypes.c_int, HOOKPROC, wintypes.HINSTANCE, wintypes.DWORD]
    user32.SetWindowsHookExW.restype = wintypes.HHOOK
    user32.UnhookWindowsHookEx.argtypes = [wintypes.HHOOK]
    user32.UnhookWindowsHookEx.restype = wintypes.BOOL
    user32.CallNextHookEx.argtypes = [wintypes.HHOOK, ctypes.c_int, WPARAM, LPARAM]
    user32.CallNextHookEx.restype = LRESULT
    user32.GetAsyncKeyState.argtypes = [ctypes.c_int]
    user32.GetAsyncKeyState.restype = ctypes.c_short
    return user32  # type: ignore[no-any-return]


class SystemKeyBlock:
    """Installs and removes the hook that swallows the system's shortcut keys; idempotent both ways.

    ``user32`` and ``kernel32`` replace Windows' own (tests: a fake ``user32`` makes it act
    as on Windows); otherwise the platform is read when installing.
    """

    def __init__(self, user32: User32 | None = None, kernel32: ModuleHandles | None = None) -> None:
        self._user32 = user32
        self._kernel32 = kernel32
        self._hook: Any = None
        self._procedure: Any = None  # the C callback: Windows calls it while the hook is installed
        self._installed_in: User32 | None = None

    @property
    def installed(self) -> bool:
        """Whether the hook is installed now."""
        return self._hook is not None

    def install(self) -> bool:
        """Start swallowing the shortcut keys; return whether Windows took the hook."""
        if self._hook is not None:
            return True
        if self._user32 is None and sys.platform != "win32":
            return False
        try:
            user32 = self._user32 or windows_user32()
            kernel32: Any = self._kernel32 or windows_kernel32()
            procedure = HOOKPROC(self._on_key)
            hook = user32.SetWindowsHookExW(WH_KEYBOARD_LL, procedure, kernel32.GetModuleHandleW(None), 0)
        except (OSError, AttributeError, ValueError) as exc:
            log.warning("cannot block the system's shortcut keys: %s", exc)
            return False
        if not hook:
            log.warning("Windows refused the keyboard hook")
            return False
        self._hook, self._procedure, self._installed_in = hook, procedure, user32
        return True

    def remove(self) -> None:
        """Stop swallowing keys: every key reaches Windows again."""
        hook, user32 = self._hook, self._installed_in
        self._hook = None
        self._installed_in = None
        if hook is not None and user32 is not None:
            try:
                user32.UnhookWindowsHookEx(hook)
            except (OSError, AttributeError, ValueError) as exc:
                log.warning("cannot remove the keyboard hook: %s", exc)
        self._procedure = None  # only now: Windows no longer calls it

    def _on_key(self, code: int, wparam: int, lparam: int) -> int:
        """Answer Windows for one key event: 1 swallows it, else the next hook has it. Never raises."""
        user32 = self._installed_in
        try:
            if code == HC_ACTION and user32 is not None:
                event = ctypes.cast(lparam, ctypes.POINTER(KBDLLHOOKSTRUCT)).contents
                ctrl_down = bool(user32.GetAsyncKeyState(VK_CONTROL) & _PRESSED)
                if swallows(event.vkCode, event.flags, ctrl_down):
                    return 1
        except BaseException:  # noqa: BLE001 - nothing may escape into Windows' keyboard input
            pass
        try:
            return int(user32.CallNextHookEx(self._hook, code, wparam, lparam)) if user32 else 0
        except BaseException:  # noqa: BLE001
            return 0
