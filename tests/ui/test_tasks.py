"""Background tasks deliver results and errors on the GUI thread, and never to a dead widget."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk.ui.tasks import run_task, wait_for_tasks


def test_result_and_error_arrive_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []
    run_task(lambda: threading.get_ident(), lambda r: seen.append(("done", r, threading.get_ident())), print)

    def fail():
        raise ValueError("broken")

    run_task(fail, print, lambda e: seen.append(("error", str(e), threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    done = next(s for s in seen if s[0] == "done")
    error = next(s for s in seen if s[0] == "error")
    assert done[1] != gui_thread  # the work ran elsewhere
    assert done[2] == gui_thread and error[2] == gui_thread
    assert error[1] == "broken"


def test_callbacks_are_skipped_when_the_owner_is_gone(qtbot):
    owner = QWidget()
    started = threading.Event()
    release = threading.Event()
    called: list[object] = []

    def work():
        started.set()
        release.wait(5)
        return 1

    run_task(work, called.append, called.append, owner=owner)
    assert started.wait(5)
    shiboken6.delete(owner)  # as when a language change rebuilds the pages
    release.set()
    wait_for_tasks()
    for _ in range(5):
        QApplication.processEvents()
    assert called == []


def test_work_ending_after_its_relay_is_gone_says_nothing(qtbot, capfd):
    """At exit Python lets go of the relays while work may still run: no traceback from the worker."""
    from apvdesk.ui import tasks

    release = threading.Event()
    run_task(lambda: release.wait(5) and 42, lambda _r: None, lambda _e: None)
    relay = next(iter(tasks._live))  # noqa: SLF001 - the relay the work will emit through
    shiboken6.delete(relay)  # what the end of the program does to it
    tasks._live.discard(relay)  # noqa: SLF001
    release.set()
    assert wait_for_tasks()
    QApplication.processEvents()
    tasks._task_ended()  # noqa: SLF001 - the relay that would have counted it down is gone
    assert "Traceback" not in capfd.readouterr().err
