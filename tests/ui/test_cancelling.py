"""Long work can be cancelled: a cancelled export leaves no file, a cancelled import stores nothing.

To cancel at a known point, the thread pool is first filled with waiting tasks, so that
the work is still queued when Cancel is pressed; one case cancels the full report while it
is being written.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.tasks import Cancelled, CancelToken, run_task, wait_for_tasks


@contextmanager
def busy_pool() -> Iterator[None]:
    """Occupy every thread of the pool until the block ends."""
    release = threading.Event()
    running = threading.Semaphore(0)

    def wait() -> None:
        running.release()
        release.wait(20)

    count = QThreadPool.globalInstance().maxThreadCount()
    for _ in range(count):
        run_task(wait, lambda _result: None, lambda _exc: None)
    try:
        for _ in range(count):
            assert running.acquire(timeout=20)
        yield
    finally:
        release.set()


def settle(qtbot) -> None:
    """Let every task finish and deliver."""
    assert wait_for_tasks(60000)
    qtbot.wait(50)


def test_a_token_cancels_until_the_work_commits() -> None:
    token = CancelToken()
    assert not token() and not token.cancelled
    token.raise_if_cancelled()
    assert token.cancel() and token() and token.cancelled
    with pytest.raises(Cancelled):
        token.commit()
    committed = CancelToken()
    committed.commit()
    assert not committed.cancel()  # too late: the result stands
    assert not committed.cancelled


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the exports (the workplace file lies in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def reports(main_window: MainWindow, demo_file: Path):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    assert view is not None
    view.show_page("reports")
    return view.page("reports")


def test_a_cancelled_full_report_leaves_no_file(qtbot, reports, out: Path) -> None:
    box = reports.full_report_box
    box.language_combo.setCurrentIndex(box.language_combo.findData("en"))
    path = out / "report.pdf"
    with busy_pool():
        box.export(path, open_when_done=False)
        assert box.cancel_button.isVisibleTo(box) and not box.export_button.isEnabled()
        assert box.cancel()
        assert not box.cancel_button.isVisibleTo(box) and box.export_button.isEnabled()
        assert box.result_label.text() == "Annulleret: ingen fil blev gemt."  # the window is in Danish
    settle(qtbot)
    assert box.last_output is None
    assert list(out.iterdir()) == []  # neither the PDF nor a hidden part of it


def test_cancelling_while_writing_keeps_the_earlier_file(qtbot, reports, out: Path) -> None:
    box = reports.full_report_box
    path = out / "report.pdf"
    path.write_bytes(b"the earlier report")
    box.export(path, open_when_done=False)
    qtbot.wait(300)  # the report is being gathered and laid out (it takes seconds)
    assert box.cancel()
    settle(qtbot)
    assert path.read_bytes() == b"the earlier report"
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
    assert box.last_output is None


def test_an_export_that_is_not_cancelled_replaces_the_file(qtbot, reports, out: Path) -> None:
    box = reports.action_plan_box
    path = out / "plan.pdf"
    path.write_bytes(b"old")
    box.export(path, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == path, timeout=30000)
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_mode & 0o777 == 0o644
    assert not box.cancel()  # nothing left to cancel
    assert [p.name for p in out.iterdir()] == ["plan.pdf"]


def test_a_cancelled_import_stores_nothing(qtbot, demo_file: Path, tmp_path: Path, no_modals) -> None:
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.app import make_application
    from apvdesk.ui.dialogs.import_wizard import ImportWizard

    make_application("en")
    store = WorkplaceStore.open(demo_file)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        before = store.respondent_count(apv_round.id)
        wizard = ImportWizard(store, apv_round.id)
        qtbot.addWidget(wizard)
        wizard.show()
        group = store.round_groups(apv_round.id)[0].name
        items = [item.id for item in store.round_bank(apv_round.id).items][:2]
        path = tmp_path / "answers.csv"
        path.write_text("\r\n".join([f"group;language;{items[0]};{items[1]}", *[f"{group};da;2;2"] * 20]))
        with qtbot.waitSignal(wizard.previewed, timeout=20000):
            wizard.load(path)
        added: list[int] = []
        wizard.imported.connect(added.append)
        with busy_pool():
            assert wizard.import_rows() == 20
            assert wizard.cancel_button.isVisibleTo(wizard) and wizard.progress.isVisibleTo(wizard)
            assert not wizard.import_button.isEnabled() and not wizard.choose_button.isEnabled()
            assert wizard.cancel_import()
            assert wizard.summary_label.text().startswith("Cancelled: nothing was added.")
        settle(qtbot)
        assert added == []
        assert store.respondent_count(apv_round.id) == before
        assert no_modals == []
        # the same file can still be imported after all
        assert wizard.import_button.isEnabled()
        with qtbot.waitSignal(wizard.imported, timeout=20000) as signal:
            wizard.import_rows()
        assert signal.args == [20]
        assert store.respondent_count(apv_round.id) == before + 20
    finally:
        wait_for_tasks()
        store.close()


def test_the_full_report_stops_when_asked(demo_file: Path, tmp_path: Path) -> None:
    import datetime as dt

    from apvdesk.app.gathering import GatherCancelled, gather_full_report
    from apvdesk.platform.atomic_file import write_atomically
    from apvdesk.reports.full_report import ReportCancelled, build_full_report_pdf
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.rounds()[0].id
        assert round_id is not None
        with pytest.raises(GatherCancelled):
            gather_full_report(store, round_id, dt.date.today(), should_stop=lambda: True)
        report = gather_full_report(store, round_id, dt.date.today(), should_stop=lambda: False)
    finally:
        store.close()
    asked: list[int] = []

    def stop_after_a_while() -> bool:  # asked between sections, charts and pages
        asked.append(1)
        return len(asked) > 6

    path = tmp_path / "out" / "report.pdf"
    path.parent.mkdir()
    with pytest.raises(ReportCancelled):
        write_atomically(build_full_report_pdf(report, "en", should_stop=stop_after_a_while), path)
    assert list(path.parent.iterdir()) == []
    write_atomically(build_full_report_pdf(report, "en", should_stop=lambda: False), path)
    assert path.read_bytes().startswith(b"%PDF")


def test_the_reports_page_hands_cancel_on_to_the_full_report(reports, out: Path) -> None:
    from apvdesk.app.gathering import GatherCancelled
    from apvdesk.ui.pdf_export import write_unless_cancelled

    build = reports.report_work("full", "en")  # what the box runs in the thread pool
    asked: list[int] = []

    class CancelledWhileWorking(CancelToken):
        def __call__(self) -> bool:  # Cancel pressed once the work has started
            asked.append(1)
            return True

    with pytest.raises(GatherCancelled):
        write_unless_cancelled(build, out / "report.pdf", CancelledWhileWorking())
    assert asked  # stopped at the first check, not after writing the whole report
    assert list(out.iterdir()) == []
