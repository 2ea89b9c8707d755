"""Windows' shortcut keys swallowed while the kiosk runs: which keys, and the hook in and out."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import pytest

from apvdesk.platform import system_keys
from apvdesk.platform.system_keys import (
    KBDLLHOOKSTRUCT,
    LLKHF_ALTDOWN,
    WH_KEYBOARD_LL,
    SystemKeyBlock,
    swallows,
)

VK_A, VK_TAB, VK_ESCAPE, VK_F4, VK_LWIN, VK_RWIN, VK_RETURN, VK_DELETE = (
    0x41, 0x09, 0x1B, 0x73, 0x5B, 0x5C, 0x0D, 0x2E,
)  # fmt: skip
VK_1, VK_Q, VK_MENU = 0x31, 0x51, 0x12
WM_KEYDOWN, WM_KEYUP, WM_SYSKEYDOWN = 0x100, 0x101, 0x104


@pytest.mark.parametrize(
    ("vk", "alt", "ctrl"),
    [
        (VK_LWIN, False, False),  # the Start menu
        (VK_RWIN, False, False),
        (VK_LWIN, True, True),
        (VK_TAB, True, False),  # Alt+Tab
        (VK_ESCAPE, True, False),  # Alt+Esc
        (VK_F4, True, False),  # Alt+F4
        (VK_ESCAPE, False, True),  # Ctrl+Esc, and Ctrl+Shift+Esc (Task Manager)
    ],
)
def test_swallowed(vk: int, alt: bool, ctrl: bool) -> None:
    assert swallows(vk, LLKHF_ALTDOWN if alt else 0, ctrl) is True


@pytest.mark.parametrize(
    ("vk", "alt", "ctrl"),
    [
        (VK_TAB, False, False),  # Tab between the kiosk's buttons
        (VK_ESCAPE, False, False),  # the kiosk ignores it itself
        (VK_F4, False, False),
        (VK_F4, False, True),  # Ctrl+F4
        (VK_TAB, False, True),  # Ctrl+Tab
        (VK_A, False, False),
        (VK_1, False, False),  # the answers' digits
        (VK_RETURN, False, False),
        (VK_Q, False, True),  # Ctrl+Shift+Q asks the PIN
        (VK_MENU, True, False),  # Alt itself
        (VK_DELETE, True, True),  # Ctrl+Alt+Del never reaches a hook; it would not be swallowed
    ],
)
def test_let_through(vk: int, alt: bool, ctrl: bool) -> None:
    assert swallows(vk, LLKHF_ALTDOWN if alt else 0, ctrl) is False


class FakeUser32:
    """Stands in for user32: keeps the hook, calls it as Windows would, records the calls."""

    def __init__(self, refuse: bool = False, ctrl_down: bool = False) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.procedure: Any = None
        self.refuse = refuse
        self.ctrl_down = ctrl_down

    def SetWindowsHookExW(self, kind: int, procedure: Any, module: Any, thread: int) -> int:  # noqa: N802
        self.calls.append(("set", kind, module, thread))
        if self.refuse:
            return 0
        self.procedure = procedure
        return 4242

    def UnhookWindowsHookEx(self, hook: Any) -> int:  # noqa: N802
        self.calls.append(("unhook", hook))
        self.procedure = None
        return 1

    def CallNextHookEx(self, hook: Any, code: int, wparam: int, lparam: int) -> int:  # noqa: N802
        self.calls.append(("next", hook, code, wparam))
        return 0

    def GetAsyncKeyState(self, vk: int) -> int:  # noqa: N802
        return -32768 if self.ctrl_down and vk == 0x11 else 0  # the high bit: down

    def press(self, vk: int, alt: bool = False, message: int = WM_KEYDOWN) -> int:
        """Call the hook with one key event, as Windows does; return what it answered."""
        event = KBDLLHOOKSTRUCT(vkCode=vk, flags=LLKHF_ALTDOWN if alt else 0)
        return int(self.procedure(0, message, ctypes.addressof(event)))


class FakeKernel32:
    def GetModuleHandleW(self, name: str | None) -> int:  # noqa: N802
        assert name is None
        return 0x400000


def test_install_keeps_the_callback_and_remove_unhooks() -> None:
    user32 = FakeUser32()
    block = SystemKeyBlock(user32, FakeKernel32())
    assert block.install() is True
    assert block.installed
    assert user32.calls == [("set", WH_KEYBOARD_LL, 0x400000, 0)]
    assert block.install() is True  # once only
    assert len(user32.calls) == 1
    block.remove()
    assert not block.installed
    assert user32.calls[-1] == ("unhook", 4242)
    block.remove()  # twice is harmless
    assert [c[0] for c in user32.calls] == ["set", "unhook"]


def test_the_hook_swallows_windows_shortcuts_and_passes_the_rest_on() -> None:
    user32 = FakeUser32()
    block = SystemKeyBlock(user32, FakeKernel32())
    block.install()
    assert user32.press(VK_LWIN) == 1
    assert user32.press(VK_LWIN, message=WM_KEYUP) == 1
    assert user32.press(VK_TAB, alt=True, message=WM_SYSKEYDOWN) == 1
    assert user32.press(VK_F4, alt=True, message=WM_SYSKEYDOWN) == 1
    assert [c for c in user32.calls if c[0] == "next"] == []
    assert user32.press(VK_1) == 0
    assert user32.press(VK_TAB) == 0
    assert [c for c in user32.calls if c[0] == "next"] == [
        ("next", 4242, 0, WM_KEYDOWN),
        ("next", 4242, 0, WM_KEYDOWN),
    ]
    user32.ctrl_down = True
    assert user32.press(VK_ESCAPE) == 1  # Ctrl+Esc
    block.remove()


def test_the_hook_never_raises() -> None:
    user32 = FakeUser32()
    block = SystemKeyBlock(user32, FakeKernel32())
    block.install()

    def broken(vk: int) -> int:
        raise RuntimeError("broken")

    user32.GetAsyncKeyState = broken  # type: ignore[method-assign]
    assert user32.press(VK_LWIN) == 0  # passed on to the next hook, nothing raised
    assert user32.calls[-1][0] == "next"
    # a code below 0 goes straight on, without reading the event
    assert user32.procedure(-1, WM_KEYDOWN, 0) == 0
    block.remove()


def test_refused_hook_is_not_installed() -> None:
    user32 = FakeUser32(refuse=True)
    block = SystemKeyBlock(user32, FakeKernel32())
    assert block.install() is False
    assert not block.installed
    block.remove()
    assert [c[0] for c in user32.calls] == ["set"]


def test_off_windows_nothing_is_installed() -> None:
    if sys.platform == "win32":
        pytest.skip("this checks the guard elsewhere than on Windows")
    block = SystemKeyBlock()
    assert block.install() is False
    assert not block.installed
    with pytest.raises(OSError):
        system_keys.windows_user32()


def test_windows_without_user32_does_not_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user32() -> FakeUser32:
        raise OSError("no user32 here")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(system_keys, "windows_user32", no_user32)
    block = SystemKeyBlock()
    assert block.install() is False
