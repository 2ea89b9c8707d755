"""Keeping the PC awake while the kiosk runs: the calls to Windows, in order, and given back."""

from __future__ import annotations

import sys

import pytest

from apvdesk.platform import keep_awake
from apvdesk.platform.keep_awake import ES_CONTINUOUS, KeepAwake


class FakeKernel32:
    """Records SetThreadExecutionState's flags; answers like Windows (the previous state, 0 on failure)."""

    def __init__(self, answer: int = ES_CONTINUOUS) -> None:
        self.calls: list[int] = []
        self.answer = answer

    def SetThreadExecutionState(self, flags: int) -> int:  # noqa: N802
        self.calls.append(flags)
        return self.answer


def test_hold_asks_for_system_and_display_then_release_gives_back() -> None:
    kernel32 = FakeKernel32()
    awake = KeepAwake(kernel32)
    assert awake.hold() is True
    assert awake.held
    # ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED = 0x80000000 + 1 + 2
    assert kernel32.calls == [0x80000003]
    awake.release()
    assert not awake.held
    assert kernel32.calls == [0x80000003, 0x80000000]


def test_hold_and_release_are_idempotent() -> None:
    kernel32 = FakeKernel32()
    awake = KeepAwake(kernel32)
    awake.hold()
    awake.hold()
    awake.release()
    awake.release()
    assert kernel32.calls == [0x80000003, 0x80000000]


def test_refused_by_windows_is_not_held_and_not_given_back() -> None:
    kernel32 = FakeKernel32(answer=0)
    awake = KeepAwake(kernel32)
    assert awake.hold() is False
    awake.release()
    assert kernel32.calls == [0x80000003]


def test_context_manager_gives_back_on_an_error() -> None:
    kernel32 = FakeKernel32()
    with pytest.raises(RuntimeError), KeepAwake(kernel32):
        assert kernel32.calls == [0x80000003]
        raise RuntimeError("the kiosk broke")
    assert kernel32.calls == [0x80000003, 0x80000000]


def test_windows_without_kernel32_does_not_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, kernel32 is loaded when holding; if that fails the kiosk runs anyway."""

    def no_kernel32() -> FakeKernel32:
        raise OSError("no kernel32 here")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(keep_awake, "windows_kernel32", no_kernel32)
    awake = KeepAwake()
    assert awake.hold() is False
    awake.release()


def test_windows_loads_its_own_kernel32_when_holding(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = FakeKernel32()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(keep_awake, "windows_kernel32", lambda: kernel32)
    awake = KeepAwake()
    awake.hold()
    awake.release()
    assert kernel32.calls == [0x80000003, 0x80000000]


def test_loading_kernel32_off_windows_is_refused() -> None:
    if sys.platform == "win32":
        pytest.skip("this checks the guard elsewhere than on Windows")
    with pytest.raises(OSError):
        keep_awake.windows_kernel32()


def test_linux_without_a_session_bus_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-apvdesk-test")
    awake = KeepAwake()
    assert awake.hold() is False
    awake.release()
    assert not awake.held
