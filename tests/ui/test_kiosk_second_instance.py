"""While a kiosk holds a file, a second apvdesk window on the PC shows nothing of it without the PIN.

The first copy is the real kiosk window in its own process (offscreen); the second is
a main window in this process, opening the same file as a user would.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from apvdesk.store.sqlite.lock import lock_owner, lock_path
from apvdesk.ui.dialogs.file_in_use import FileInUseDialog

PIN = "4711"
KIOSK = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from apvdesk.core.pin import hash_pin\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "from apvdesk.ui.kiosk.window import KioskWindow\n"
    "app = QApplication([])\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "apv_round = store.latest_round()\n"
    "apv_round.kiosk_pin_hash = hash_pin(sys.argv[2])\n"
    "store.update_round(apv_round)\n"
    "kiosk = KioskWindow(store, apv_round.id)\n"
    "kiosk.start()\n"
    "print('open', flush=True)\n"
    "app.exec()\n"
)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def kiosk_process(demo_file: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", KIOSK, str(demo_file), PIN],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "open":
        process.kill()
        pytest.fail(process.communicate(timeout=30)[1])
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


@pytest.fixture
def window(qtbot, no_modals) -> Iterator:
    """A main window in English."""
    from apvdesk.ui.app import make_application
    from apvdesk.ui.main_window import MainWindow
    from apvdesk.ui.tasks import wait_for_tasks

    _app, settings = make_application("en")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    wait_for_tasks()
    main.close()


class Person:
    """Stands in for the user at the dialogs: read-only at "file in use", then these PINs in turn."""

    def __init__(self, *pins: str) -> None:
        self.pins = list(pins)
        self.file_in_use: list[FileInUseDialog] = []
        self.pin_dialogs: list[QDialog] = []
        self.statuses: list[str] = []

    def at_file_in_use(self, dialog: FileInUseDialog) -> int:
        self.file_in_use.append(dialog)
        dialog.read_only_button.click()
        return 0

    def at_pin_dialog(self, dialog: QDialog) -> int:
        self.pin_dialogs.append(dialog)
        edit = getattr(dialog, "pin_edit", None)
        assert edit is not None, f"an unexpected dialog: {dialog.windowTitle()}"
        while self.pins and dialog.result() != QDialog.DialogCode.Accepted:
            if not edit.isEnabled():
                break  # made to wait after wrong PINs
            edit.setText(self.pins.pop(0))
            dialog.try_pin()
            self.statuses.append(dialog.status_label.text())
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
        return int(dialog.result())


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch) -> Person:
    person = Person()
    monkeypatch.setattr(FileInUseDialog, "exec", lambda dialog: person.at_file_in_use(dialog))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: person.at_pin_dialog(dialog))
    return person


def test_without_the_pin_the_second_window_shows_nothing(
    window, kiosk_process, demo_file: Path, person: Person
) -> None:
    before = fingerprint(demo_file)
    lock_before = lock_path(demo_file).read_bytes()
    person.pins = ["0000"]

    opened = window.open_file(demo_file)

    assert not opened
    assert window.store is None and window.workplace_view is None
    assert [d.windowTitle() for d in person.pin_dialogs]  # the PIN was asked for
    assert person.statuses == ["Wrong PIN."]
    assert fingerprint(demo_file) == before
    assert lock_path(demo_file).read_bytes() == lock_before
    assert kiosk_process.poll() is None


def test_the_kiosk_pin_opens_the_file_read_only(
    window, kiosk_process, demo_file: Path, person: Person
) -> None:
    before = fingerprint(demo_file)
    person.pins = ["1234", PIN]

    assert window.open_file(demo_file)

    store = window.store
    assert store is not None and store.read_only
    assert "(read-only)" in window.windowTitle()
    assert window.read_only_bar.isVisible()
    window.close_workplace()
    assert fingerprint(demo_file) == before
    owner = lock_owner(demo_file)
    assert owner is not None and owner.pid == kiosk_process.pid


def test_wrong_pins_make_the_next_try_wait_as_in_the_kiosk(
    window, kiosk_process, demo_file: Path, person: Person, monkeypatch: pytest.MonkeyPatch
) -> None:
    try:
        from apvdesk.ui.kiosk import unlock_dialog
    except ImportError:  # before the fix: no PIN was asked for at all
        pass
    else:
        monkeypatch.setattr(unlock_dialog, "CLOCK", lambda: 1000.0)  # time stands still
    person.pins = ["1111", "2222", "3333", PIN]
    assert not window.open_file(demo_file)
    assert person.pins == [PIN]  # the right PIN could not even be typed: the dialog waits
    assert "Try again in 2 seconds" in person.statuses[-1]
    # asking again does not start the count afresh
    assert not window.open_file(demo_file)
    assert person.pins == [PIN] and window.store is None


def test_a_killed_kiosk_leaves_a_file_that_opens_as_usual(
    window, kiosk_process, demo_file: Path, person: Person
) -> None:
    kiosk_process.kill()
    kiosk_process.wait(timeout=30)

    assert window.open_file(demo_file)

    assert person.file_in_use == [] and person.pin_dialogs == []
    store = window.store
    assert store is not None and not store.read_only
    notice = window.statusBar().currentMessage()
    assert str(kiosk_process.pid) in notice and "taken over" in notice
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_this_process()
    window.close_workplace()


HOLDER = (
    "import sys\n"
    "from apvdesk.store.sqlite.lock import set_kiosk\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.readline()\n"
    "set_kiosk(store.path, store.latest_round().id)\n"
    "print('kiosk', flush=True)\n"
    "sys.stdin.readline()\n"
)


def test_a_window_opened_before_the_kiosk_started_closes_the_file(
    qtbot, window, demo_file: Path, person: Person, no_modals
) -> None:
    """Read-only while another copy has the file; that copy then starts the kiosk: closed here."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_file)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        assert window.open_file(demo_file)  # "file in use": the person opens it read-only
        assert window.store is not None and window.store.read_only
        window.read_only_bar.check_for_kiosk()
        assert window.store is not None  # no kiosk yet: it stays open
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "kiosk"
        window.read_only_bar.check_for_kiosk()  # what the bar's timer does every few seconds
        assert window.store is None and window.workplace_view is None
        assert [title for title, _text in no_modals] == ["The questionnaire kiosk has started"]
    finally:
        holder.kill()
        holder.wait(timeout=30)
