"""The kiosk's hold on the PC: kept awake, Windows' shortcut keys swallowed, the keyboard taken back.

Windows' kernel32 and user32 are fakes that record the calls, so the holds can be seen
taken when the kiosk starts and given back on every way out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk.platform.keep_awake import KeepAwake
from apvdesk.platform.system_keys import SystemKeyBlock
from apvdesk.ui.kiosk.desktop_guard import DesktopGuard
from apvdesk.ui.kiosk.window import KioskWindow
from tests.ui.test_kiosk import PIN, kiosk_bank, make_store, open_kiosk

AWAKE, BACK = 0x80000003, 0x80000000


class FakeWindows:
    """kernel32 and user32 in one: the calls in order."""

    def __init__(self) -> None:
        self.calls: list[Any] = []

    def SetThreadExecutionState(self, flags: int) -> int:  # noqa: N802
        self.calls.append(("state", flags))
        return BACK

    def GetModuleHandleW(self, name: str | None) -> int:  # noqa: N802
        return 1

    def SetWindowsHookExW(self, kind: int, procedure: Any, module: Any, thread: int) -> int:  # noqa: N802
        self.calls.append(("hook", kind))
        return 77

    def UnhookWindowsHookEx(self, hook: Any) -> int:  # noqa: N802
        self.calls.append(("unhook", hook))
        return 1

    def CallNextHookEx(self, hook: Any, code: int, wparam: int, lparam: int) -> int:  # noqa: N802
        return 0

    def GetAsyncKeyState(self, vk: int) -> int:  # noqa: N802
        return 0


TAKEN = [("state", AWAKE), ("hook", 13)]
GIVEN_BACK = [*TAKEN, ("unhook", 77), ("state", BACK)]


@pytest.fixture
def store(tmp_path: Path):
    store, round_id = make_store(tmp_path / "kiosk.apvdesk", kiosk_bank())
    yield store, round_id
    store.close()


def faked(windows: FakeWindows) -> dict[str, Any]:
    return {"keep_awake": KeepAwake(windows), "system_keys": SystemKeyBlock(windows, windows)}


def test_started_kiosk_holds_the_pc_and_the_pin_gives_it_back(qtbot, store) -> None:
    windows = FakeWindows()
    kiosk = KioskWindow(store[0], store[1], advance_ms=0, **faked(windows))
    qtbot.addWidget(kiosk, before_close_func=lambda k: k._leave() if k.isVisible() else None)
    assert windows.calls == []  # nothing before the kiosk starts
    kiosk.start()
    assert windows.calls == TAKEN

    # Escape and closing the window neither leave nor give anything back
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert not kiosk.close()
    assert windows.calls == TAKEN

    kiosk.ask_pin()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    with qtbot.waitSignal(kiosk.closed, timeout=2000):
        qtbot.keyClicks(dialog.pin_edit, PIN)
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert windows.calls == GIVEN_BACK
    assert not kiosk.isVisible()


def test_started_again_holds_again(qtbot, store) -> None:
    windows = FakeWindows()
    kiosk = open_kiosk(qtbot, *store, **faked(windows))
    kiosk._leave()
    kiosk.start()
    assert windows.calls == [*GIVEN_BACK, *TAKEN]
    kiosk._leave()
    assert windows.calls == [*GIVEN_BACK, *GIVEN_BACK]


def test_a_kiosk_window_let_go_without_leaving_gives_back(qtbot, store) -> None:
    """The crash path: the window is collected without the PIN; its finalizer gives back.

    The finalizer is called here by hand: collecting a KioskWindow with gc.collect() in a
    test crashes PySide (seen before this change too).
    """
    windows = FakeWindows()
    kiosk = open_kiosk(qtbot, *store, **faked(windows))
    guard = kiosk.findChild(DesktopGuard)
    assert guard is not None and windows.calls == TAKEN
    assert guard.on_window_gone.peek()[0] is kiosk  # attached to the window
    guard.on_window_gone()  # what Python does when the window is collected
    assert windows.calls == GIVEN_BACK
    kiosk._leave()  # nothing held any more: nothing more given back
    assert windows.calls == GIVEN_BACK


class GuardedWindow(QWidget):
    """A window that tells its guard of its changes, as the kiosk window does."""

    guard: DesktopGuard | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if self.guard is not None and event.type() == QEvent.Type.ActivationChange:
            self.guard.window_changed()


def test_the_guard_takes_the_keyboard_back_from_another_program(qtbot, monkeypatch) -> None:
    """A deactivated kiosk (another program took the keyboard) is brought forward, full screen."""
    windows = FakeWindows()
    kiosk = GuardedWindow()
    qtbot.addWidget(kiosk)
    guard = DesktopGuard(kiosk, KeepAwake(windows), SystemKeyBlock(windows, windows), refocus_ms=10)
    kiosk.guard = guard
    kiosk.show()
    activated: list[QWidget] = []
    monkeypatch.setattr(kiosk, "activateWindow", lambda: activated.append(kiosk))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))  # another program's

    QApplication.sendEvent(kiosk, QEvent(QEvent.Type.ActivationChange))
    qtbot.wait(50)
    assert activated == []  # not before the kiosk runs

    guard.take()
    QApplication.sendEvent(kiosk, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: activated == [kiosk], timeout=1000)
    assert kiosk.isFullScreen()

    guard.give_back()
    QApplication.sendEvent(kiosk, QEvent(QEvent.Type.ActivationChange))
    qtbot.wait(50)
    assert activated == [kiosk]  # not after it was left
    assert windows.calls == GIVEN_BACK


def test_the_guard_leaves_the_programs_own_dialog_alone(qtbot, monkeypatch) -> None:
    """The PIN dialog has the keyboard: nothing is taken from it."""
    kiosk = QWidget()
    qtbot.addWidget(kiosk)
    windows = FakeWindows()
    guard = DesktopGuard(kiosk, KeepAwake(windows), SystemKeyBlock(windows, windows), refocus_ms=10)
    kiosk.show()
    dialog = QWidget()
    qtbot.addWidget(dialog)
    activated: list[QWidget] = []
    monkeypatch.setattr(kiosk, "activateWindow", lambda: activated.append(kiosk))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: dialog))
    guard.take()
    guard.refocus()
    assert activated == []
    guard.give_back()


def test_the_running_kiosk_refocuses_after_being_made_smaller(qtbot, store, monkeypatch) -> None:
    windows = FakeWindows()
    kiosk = open_kiosk(qtbot, *store, **faked(windows))
    guard = kiosk.findChild(DesktopGuard)
    assert guard is not None and guard.running
    raised: list[bool] = []
    monkeypatch.setattr(kiosk, "activateWindow", lambda: raised.append(True))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    kiosk.showNormal()  # made smaller (Windows' own keys, a program that moves windows)
    qtbot.waitUntil(lambda: raised != [], timeout=2000)
    assert kiosk.isFullScreen()
    kiosk._leave()
    assert not guard.running


def test_the_running_kiosk_refocuses_after_losing_the_keyboard(qtbot, store, monkeypatch) -> None:
    windows = FakeWindows()
    kiosk = open_kiosk(qtbot, *store, **faked(windows))
    raised: list[bool] = []
    monkeypatch.setattr(kiosk, "activateWindow", lambda: raised.append(True))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))  # another program's
    QApplication.sendEvent(kiosk, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: raised != [], timeout=2000)
    kiosk._leave()
