"""A lock that looks alive on this PC can be cleared from the dialog, after a plain warning.

Windows gives a crashed copy's process id to another program, and the lock file is
hidden, so the user could not get rid of such a lock. The dialog always offers to clear
it; for a lock whose process seems to run on this PC it first says what can go wrong,
with No as the default. The dialogs are real, driven by
:class:`tests.ui.modal_driver.ModalDriver`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from apvdesk.store.sqlite.lock import lock_owner, lock_path
from apvdesk.ui.dialogs.file_in_use import FileInUseDialog
from tests.ui.modal_driver import ModalDriver, click_button
from tests.ui.test_second_instance import HOLD_LOCK

WARNING = "Only clear the lock if you are sure that apvdesk is not open on this PC"


@pytest.fixture
def window(qtbot) -> Iterator:
    """A main window in English whose message boxes really show (for the driver to answer)."""
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


@pytest.fixture
def holder(demo_file: Path) -> Iterator[subprocess.Popen]:
    """Another process on this PC with the demo file open for writing."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "open"
    yield process
    if process.poll() is None:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


@pytest.fixture
def modals() -> Iterator[ModalDriver]:
    driver = ModalDriver()
    yield driver
    driver.stop()
    assert driver.unexpected == []


def test_a_live_lock_on_this_pc_is_cleared_after_a_warning_and_the_file_opens_for_changes(
    window, holder: subprocess.Popen, demo_file: Path, modals: ModalDriver
) -> None:
    warnings: list[str] = []

    def check_and_say_yes(box: QMessageBox) -> None:
        warnings.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).click()

    modals.expect(FileInUseDialog, lambda dialog: click_button(dialog, "Clear the lock and open…"))
    modals.expect(QMessageBox, check_and_say_yes)

    assert window.open_file(demo_file)

    assert modals.pending == 0
    [warning] = warnings
    assert WARNING in warning and "another user who is logged in on this PC" in warning
    assert "changes can be lost" in warning
    store = window.store
    assert store is not None and not store.read_only
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_this_process()
    assert not window.read_only_bar.isVisible()

    # the other copy closes the file later: the lock is ours now, and it leaves it alone
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_this_process()
    window.close_workplace()
    assert not lock_path(demo_file).exists()


def test_no_leaves_the_lock_and_asks_again(
    window, holder: subprocess.Popen, demo_file: Path, modals: ModalDriver
) -> None:
    lock_before = lock_path(demo_file).read_bytes()
    modals.expect(FileInUseDialog, lambda dialog: click_button(dialog, "Clear the lock and open…"))
    modals.expect(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    modals.expect(FileInUseDialog, lambda dialog: click_button(dialog, "Open read-only"))

    assert window.open_file(demo_file)

    assert modals.pending == 0
    assert window.store is not None and window.store.read_only
    assert lock_path(demo_file).read_bytes() == lock_before  # still the other copy's
    window.close_workplace()
    assert lock_path(demo_file).read_bytes() == lock_before


def test_a_lock_whose_id_another_program_now_has_is_taken_over_with_a_notice(
    window, demo_file: Path, modals: ModalDriver
) -> None:
    """A crashed copy's id now belongs to a live program that started later: no question, a notice."""
    from apvdesk.store.this_pc import process_start_time
    from tests.store.test_lock import write_lock

    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        started = process_start_time(other.pid)
        if started is None:
            pytest.skip("this PC cannot tell when a process started")
        write_lock(demo_file, pid=other.pid, started=started - 3600)

        assert window.open_file(demo_file)

        assert modals.boxes == []  # nothing asked
        notice = window.statusBar().currentMessage()
        assert f"process {other.pid} is gone or is now another program" in notice
        assert window.store is not None and not window.store.read_only
        assert other.poll() is None
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)
    window.close_workplace()
    assert not lock_path(demo_file).exists()
