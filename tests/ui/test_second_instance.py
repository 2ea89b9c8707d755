"""Two copies of apvdesk on one file: the second opens it read-only, says so, and never writes.

A lock a crash left on this PC is taken over with a notice, without a question.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from apvdesk.store.errors import CannotLock, FileInUse, OpenedReadOnly
from apvdesk.store.sqlite.backups import BACKUP_FOLDER_NAME, list_backups
from apvdesk.store.sqlite.lock import LockOwner, lock_owner, lock_path, this_host, this_user
from apvdesk.ui.dialogs.file_in_use import FileInUseChoice, FileInUseDialog
from apvdesk.ui.workplace_view import PAGE_KEYS

HOLD_LOCK = (
    "import sys\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
    "store.close()\n"
)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def wait_for_lock(path: Path, process: subprocess.Popen, log: Path) -> LockOwner:
    """Wait until ``process`` holds the lock on ``path``; return the owner its lock names."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        owner = lock_owner(path)
        if owner is not None and not owner.damaged and owner.pid == process.pid:
            return owner
        if process.poll() is not None:
            pytest.fail(f"the first apvdesk ended early:\n{log.read_text(errors='replace')}")
        time.sleep(0.05)
    pytest.fail("the first apvdesk did not open the file")


@pytest.fixture
def first_instance(demo_file: Path, tmp_path: Path) -> Iterator[subprocess.Popen]:
    """``apvdesk FILE`` itself, offscreen, with the demo file open; ended after the test."""
    log = tmp_path / "first.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "apvdesk", str(demo_file)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_lock(demo_file, process, log)
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def window(qtbot, no_modals) -> Iterator:
    """A main window in English (the source language of the new texts)."""
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


class DialogAnswer:
    """Stands in for the user at the file-in-use dialog: clicks ``button``, records the dialogs."""

    def __init__(self) -> None:
        self.button = "read_only"  # or "clear", "cancel"
        self.shown: list[FileInUseDialog] = []

    def __call__(self, dialog: FileInUseDialog) -> int:
        self.shown.append(dialog)
        button = getattr(dialog, f"{self.button}_button")
        assert button is not None, f"the dialog has no {self.button} button"
        button.click()
        return 0


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> DialogAnswer:
    """Answer the file-in-use dialog without showing it."""
    answer = DialogAnswer()
    monkeypatch.setattr(FileInUseDialog, "exec", lambda dialog: answer(dialog))
    return answer


@pytest.mark.qt_no_exception_capture
def test_the_second_copy_opens_read_only_says_so_and_never_writes(
    window, first_instance, demo_file: Path, answer, no_modals, monkeypatch
) -> None:
    from apvdesk.ui.error_hook import ErrorReporter

    before = fingerprint(demo_file)
    lock_before = lock_path(demo_file).read_bytes()

    assert window.open_file(demo_file)

    [dialog] = answer.shown
    assert f"{this_user()} on {this_host()}" in dialog.text()
    assert dialog.clear_button is not None  # running on this very PC: clearing is asked about first
    assert dialog.clear_button.text() == "Clear the lock and open…"
    store = window.store
    assert store is not None and store.read_only
    assert "(read-only)" in window.windowTitle()
    bar = window.read_only_bar
    assert bar.isVisible()
    assert f"Read-only: {this_user()} on {this_host()} has this file open since" in bar.label.text()
    assert "You can look and print, but not change anything." in bar.label.text()

    for key in PAGE_KEYS:  # looking at every page writes nothing
        window.workplace_view.show_page(key)
    assert no_modals == []

    workplace = store.workplace()
    workplace.name = "Changed"
    with pytest.raises(OpenedReadOnly):
        store.save_workplace(workplace)

    # an edit in the window ends in one clear message, not a traceback
    monkeypatch.setattr(sys, "excepthook", ErrorReporter())
    window.workplace_view.show_page("preparation")
    spin = window.workplace_view.page("preparation").headcount_spin
    spin.setValue(spin.value() + 1)
    [(title, text)] = no_modals
    assert title == "The change was not saved"
    assert "is opened read-only, so the change was not saved" in text
    assert "close the other copy of apvdesk" in text

    window.close_workplace()
    assert first_instance.poll() is None
    assert fingerprint(demo_file) == before
    assert lock_path(demo_file).read_bytes() == lock_before  # still the first copy's
    beside = demo_file.parent.iterdir()
    assert sorted(p.name for p in beside if p.suffix != ".log" and p.name != BACKUP_FOLDER_NAME) == sorted(
        [demo_file.name, lock_path(demo_file).name]
    )
    assert len(list_backups(demo_file)) == 1  # the first copy's, made when it opened the file


def test_a_crashed_first_copy_leaves_a_lock_that_is_taken_over_with_a_notice(
    window, first_instance, demo_file: Path, answer
) -> None:
    first_instance.kill()  # SIGKILL, or TerminateProcess on Windows: no clean-up runs
    first_instance.wait(timeout=10)
    assert lock_path(demo_file).exists()

    assert window.open_file(demo_file)

    assert answer.shown == []  # no question: the lock is this PC's and its program is gone
    notice = window.statusBar().currentMessage()
    assert "apvdesk was not closed properly on this PC last time" in notice
    assert f"process {first_instance.pid} is gone" in notice and "taken over" in notice
    store = window.store
    assert store is not None and not store.read_only
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_this_process()
    assert not window.read_only_bar.isVisible()
    assert "(read-only)" not in window.windowTitle()
    window.close_workplace()
    assert not lock_path(demo_file).exists()


def test_a_lock_being_written_may_still_be_cleared_by_the_user(
    window, demo_file: Path, answer, monkeypatch
) -> None:
    """An unreadable lock written a moment ago is not taken over; the dialog offers clearing it."""
    from apvdesk.store.sqlite import lock_record

    monkeypatch.setattr(lock_record, "_REREAD_DELAY", 0)
    lock_path(demo_file).write_bytes(b"")
    answer.button = "clear"
    assert window.open_file(demo_file)
    [dialog] = answer.shown
    assert dialog.clear_button is not None and dialog.clear_button.text() == "Clear the old lock and open"
    store = window.store
    assert store is not None and not store.read_only
    window.close_workplace()


def test_cancel_opens_nothing(window, first_instance, demo_file: Path, answer) -> None:
    answer.button = "cancel"
    assert not window.open_file(demo_file)
    assert window.store is None


def test_open_for_editing_once_the_first_copy_has_closed(window, demo_file: Path, answer) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    assert window.open_file(demo_file)
    assert window.store is not None and window.store.read_only
    assert window.read_only_bar.reopen_button.isVisible()
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=10)

    window.read_only_bar.reopen_button.click()
    assert window.store is not None and not window.store.read_only
    assert not window.read_only_bar.isVisible()
    assert len(answer.shown) == 1


def test_a_folder_where_no_lock_can_be_taken_opens_read_only(window, demo_file: Path, monkeypatch) -> None:
    def refuse(path: Path):
        raise CannotLock(path, "Read-only file system")

    monkeypatch.setattr("apvdesk.store.sqlite.backend.acquire", refuse)
    before = fingerprint(demo_file)
    assert window.open_file(demo_file)
    assert window.store is not None and window.store.read_only
    assert "may not write in the folder" in window.read_only_bar.label.text()
    assert not window.read_only_bar.reopen_button.isVisible()
    assert "(read-only)" in window.windowTitle()
    window.close_workplace()
    assert fingerprint(demo_file) == before
    assert not window.read_only_bar.isVisible()


def test_the_command_line_reads_but_does_not_write_while_the_window_has_the_file(
    first_instance, demo_file: Path, tmp_path: Path
) -> None:
    def apvdesk(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "apvdesk", *map(str, args)], capture_output=True, text=True, timeout=120
        )

    before = fingerprint(demo_file)
    template = tmp_path / "answers.csv"
    assert apvdesk("report", "action-plan", demo_file, "-o", tmp_path / "plan.pdf").returncode == 0
    assert apvdesk("template", demo_file, "-o", template).returncode == 0
    header = template.read_text(encoding="utf-8-sig").splitlines()[0]
    answers = ["Vask og tørring", "da"] + ["3"] * (len(header.split(";")) - 2)
    template.write_text(header + "\n" + ";".join(answers) + "\n", encoding="utf-8-sig")
    refused = apvdesk("import", demo_file, template)
    assert refused.returncode == 2, refused.stderr
    [line] = refused.stderr.splitlines()
    assert this_user() in line and this_host() in line
    assert fingerprint(demo_file) == before


def test_the_dialog_offers_clearing_every_lock_and_tells_a_left_over_one(qtbot, demo_file: Path) -> None:
    from apvdesk.ui.app import make_application

    make_application("en")
    since = None
    running_here = LockOwner("birgit", this_host(), os.getpid(), "0.1.0", since)
    elsewhere = LockOwner("birgit", "KONTOR-PC", 4242, "0.1.0", since)
    damaged = LockOwner("", "", 0, "", since, damaged=True)
    dialog = FileInUseDialog(None, demo_file, running_here)
    assert dialog.clear_button is not None and dialog.clear_button.text() == "Clear the lock and open…"
    assert "If you are sure that apvdesk is not open on this PC" in dialog.informativeText()
    dialog = FileInUseDialog(None, demo_file, elsewhere)
    assert dialog.clear_button is not None and dialog.clear_button.text() == "Clear the lock and open…"
    assert "If KONTOR-PC crashed" in dialog.informativeText()
    assert str(demo_file) in dialog.informativeText()
    dialog = FileInUseDialog(None, demo_file, damaged)
    assert dialog.clear_button is not None and dialog.clear_button.text() == "Clear the old lock and open"
    assert dialog.defaultButton() is dialog.read_only_button


def test_clearing_another_computers_lock_is_confirmed(qtbot, demo_file: Path, monkeypatch, no_modals) -> None:
    from PySide6.QtWidgets import QMessageBox

    from apvdesk.ui.app import make_application

    make_application("en")
    elsewhere = LockOwner("birgit", "KONTOR-PC", 4242, "0.1.0", None)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    clicks = iter(["clear", "clear"])
    monkeypatch.setattr(
        FileInUseDialog, "exec", lambda dialog: getattr(dialog, f"{next(clicks)}_button").click() or 0
    )
    assert FileInUseDialog.ask(None, demo_file, elsewhere) is FileInUseChoice.CLEAR_LOCK
    assert len(asked) == 2 and "no longer running on KONTOR-PC" in asked[0]


def test_file_in_use_is_one_line_for_the_command_line(demo_file: Path) -> None:
    from apvdesk.app.file_messages import describe

    owner = LockOwner("birgit", "KONTOR-PC", 4242, "0.1.0", None)
    text = describe(FileInUse(demo_file, owner))
    assert "\n" not in text and "birgit" in text and "KONTOR-PC" in text
