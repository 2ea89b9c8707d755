"""The kiosk covers every screen of the PC: full screen, frameless, above other windows.

Run in a child process whose offscreen platform has two screens side by side (Qt's
offscreen plugin reads them from a JSON file), as on a PC with a second monitor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {
    "screens": [
        {
            "name": "Main",
            "x": 0,
            "y": 0,
            "width": 1280,
            "height": 800,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "Side",
            "x": 1280,
            "y": 0,
            "width": 1024,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}
REPORT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from apvdesk.core.pin import hash_pin
from apvdesk.app.demo_file import write_demo
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.kiosk.window import KioskWindow

app = QApplication([])
path = Path(sys.argv[1])
write_demo(path, respondents=6)
store = WorkplaceStore.open(path)
apv_round = store.latest_round()
apv_round.kiosk_pin_hash = hash_pin("2468")
store.update_round(apv_round)
other = QWidget()
other.setWindowTitle("results")
other.show()


def windows():
    app.processEvents()
    found = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        flags = widget.windowFlags()
        rect = widget.geometry()
        found.append({
            "kind": type(widget).__name__,
            "title": widget.windowTitle(),
            "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
            "screen": widget.screen().name(),
            "frameless": bool(flags & Qt.WindowType.FramelessWindowHint),
            "on_top": bool(flags & Qt.WindowType.WindowStaysOnTopHint),
            "full_screen": widget.isFullScreen(),
        })
    return found


kiosk = KioskWindow(store, apv_round.id)
kiosk.start()
running = windows()
kiosk.ask_pin()
kiosk.pin_dialog.pin_edit.setText("2468")
kiosk.pin_dialog.try_pin()
left = windows()
store.close()
print(json.dumps({"running": running, "left": left}))
"""


def test_every_screen_is_covered_while_the_kiosk_runs(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", REPORT, str(tmp_path / "kiosk.apvdesk")],
        cwd=root,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    running = report["running"]

    # the program's other window is hidden; only the kiosk's windows are visible
    assert "results" not in [w["title"] for w in running]
    screens = {s["name"]: [s["x"], s["y"], s["width"], s["height"]] for s in SCREENS["screens"]}
    covering = {w["screen"]: w for w in running if w["rect"] == screens.get(w["screen"])}
    assert sorted(covering) == sorted(screens), running
    for window in running:
        assert window["frameless"] and window["on_top"], window
    [kiosk] = [w for w in running if w["kind"] == "KioskWindow"]
    assert kiosk["full_screen"] and kiosk["screen"] == "Main"

    # left with the PIN: the covers go, the program's window comes back
    assert [w["title"] for w in report["left"]] == ["results"]


def test_a_window_deleted_while_hidden_does_not_keep_the_kiosk_from_leaving(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.test_kiosk import PIN, kiosk_bank, make_store, open_kiosk

    store, round_id = make_store(tmp_path / "k.apvdesk", kiosk_bank())
    try:
        progress = QWidget()  # a window of the program, say a progress dialog of a background task
        progress.show()
        kiosk = open_kiosk(qtbot, store, round_id)
        assert not progress.isVisible()
        progress.deleteLater()  # its task ends while the kiosk runs
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left: list[bool] = []
        kiosk.closed.connect(lambda: left.append(True))
        kiosk.ask_pin()
        assert kiosk.pin_dialog is not None
        kiosk.pin_dialog.pin_edit.setText(PIN)
        kiosk.pin_dialog.try_pin()
        assert left == [True] and not kiosk.isVisible()
    finally:
        store.close()
