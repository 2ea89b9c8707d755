"""The kiosk can be started and left again and again in one session, with Python's gc running between.

The Kortlægning page drops the kiosk window when it is left, and Python's cyclic garbage
collector frees it some time later. That must not take anything of Qt's with it: a
screen (``QScreen``) once freed with a kiosk window crashed the next one in its
constructor. The journey runs in a child process, so that a crash fails this test
instead of ending the test run; it runs with one screen and with two (the second one
covered by a shield while the kiosk runs).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from apvdesk.core.pin import hash_pin
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.kiosk.window import KioskWindow

PIN = "4321"
ROUNDS = 3
INNER = "APVDESK_KIOSK_GC_INNER"  # set in the child process that runs the journey


def _screen(name: str, x: int, width: int, height: int) -> dict[str, str | int]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
    }


TWO_SCREENS = {"screens": [_screen("Main", 0, 1280, 800), _screen("Side", 1280, 1024, 768)]}


@pytest.mark.skipif(not os.environ.get(INNER), reason="run in a child process by the tests below")
def test_journey_start_and_leave_the_kiosk_again_and_again(qtbot, main_window, demo_file, monkeypatch):
    monkeypatch.setattr(SetPinDialog, "get_pin_hash", classmethod(lambda cls, parent: (hash_pin(PIN), True)))
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    store = main_window.store
    round_id = store.latest_round().id
    before = store.respondent_count(round_id)
    names = [screen.name() for screen in QApplication.screens()]
    for started in range(1, ROUNDS + 1):
        qtbot.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)
        kiosk = page._kiosk  # noqa: SLF001 - the window the button opened
        assert isinstance(kiosk, KioskWindow) and kiosk.isVisible()
        assert len(kiosk.screen_shields()) == len(QApplication.screens()) - 1

        # one person answers and sends it, then the person in charge leaves with the PIN
        kiosk._advance_ms = 0  # noqa: SLF001 - no pause between questions in the test
        kiosk.choose_language("da")
        kiosk.choose_group(store.groups()[0].id)
        kiosk.start_questions()
        while kiosk.current_screen() is kiosk.question_screen:
            kiosk.answer(0)
        kiosk.submit()
        qtbot.mouseClick(kiosk.leave_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(kiosk.closed, timeout=5000):
            qtbot.keyClicks(kiosk.pin_dialog.pin_edit, PIN)
            qtbot.keyClick(kiosk.pin_dialog.pin_edit, Qt.Key.Key_Return)
        assert page._kiosk is None and main_window.isVisible()  # noqa: SLF001

        # the page has let the window go; Python's gc frees it whenever it runs: at once, and
        # after the event loop has deleted what was left to it (the shields)
        gone = weakref.ref(kiosk)
        del kiosk
        gc.collect()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the program's event loop does
        gc.collect()
        QApplication.processEvents()
        assert gone() is None, "the kiosk window is freed once left"
        assert [screen.name() for screen in QApplication.screens()] == names  # Qt's screens are intact
        assert store.respondent_count(round_id) == before + started
    print(json.dumps({"screens": names, "started": ROUNDS}))


@pytest.mark.parametrize("screens", ["one screen", "two screens"])
def test_the_kiosk_started_and_left_three_times_with_gc_between(tmp_path: Path, screens: str) -> None:
    env = {**os.environ, INNER: "1", "QT_QPA_PLATFORM": "offscreen"}
    if screens == "two screens":
        config = tmp_path / "screens.json"
        config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    root = Path(__file__).resolve().parents[2]
    test = f"{Path(__file__).resolve()}::test_journey_start_and_leave_the_kiosk_again_and_again"
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", "-p", "no:cacheprovider", "-q", "-s", test],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]  # a crash is a negative return code (-11: SIGSEGV)
    assert f'"started": {ROUNDS}' in result.stdout, output[-4000:]  # the journey ran (was not skipped)


def test_a_running_kiosk_ties_no_screen_of_qt_to_itself(qtbot, tmp_path: Path) -> None:
    """The cause of the crash, checked at once: no QScreen is a Python child of the kiosk window.

    Such a child is freed with the window by Python's gc, and with it Qt's own screen
    (see :func:`apvdesk.ui.screen_fit.screen_of`).
    """
    import shiboken6

    from tests.ui.test_kiosk import kiosk_bank, make_store, open_kiosk

    store, round_id = make_store(tmp_path / "k.apvdesk", kiosk_bank())
    try:
        kiosk = open_kiosk(qtbot, store, round_id)  # started: over the main screen
        assert kiosk.isVisible()
        for screen in QApplication.screens():
            assert "KioskWindow" not in shiboken6.dump(screen), shiboken6.dump(screen)
    finally:
        store.close()
