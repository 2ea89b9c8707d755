"""The Assessment page's findings: a dismissal with a reason handles a finding, and is kept in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from apvdesk.core.checklist import Element
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.dismiss_dialog import DismissDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.tasks import wait_for_tasks


def _assessment(qtbot, main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=20000)
    wait_for_tasks()
    return page.findings_box


def test_take_back_a_reason_then_dismiss_and_make_a_problem(qtbot, main_window, demo_file, monkeypatch):
    box = _assessment(qtbot, main_window, demo_file)
    assert box.isVisibleTo(box.window()) and box.findings
    assert all(f.handled for f in box.findings)  # the demo assessed every finding
    box.only_unhandled.setChecked(False)
    dismissed = next(row for row, f in enumerate(box.shown) if f.dismissal is not None)
    key = box.shown[dismissed].finding.key
    box.select_row(dismissed)
    assert box.undo_button.isEnabled()
    box.take_back_selected()
    assert [f.finding.key for f in box.findings if not f.handled] == [key]
    assert box.summary.text().startswith("1 ")
    store = main_window.store
    round_id = store.latest_round().id
    assert not {line.element: line.met for line in store.apv_checklist(round_id)}[Element.ASSESSED]

    # dismissed again, with a reason: handled, and kept in the file
    box.only_unhandled.setChecked(True)
    assert len(box.shown) == 1
    box.select_row(0)
    monkeypatch.setattr(
        DismissDialog, "ask", classmethod(lambda cls, *a: ("Drøftet i AMO.", dt.date(2026, 10, 14)))
    )
    assert box.dismiss_selected()
    assert store.dismissals(round_id)[-1].reason == "Drøftet i AMO."
    assert all(f.handled for f in box.findings) and box.shown == []

    # a finding made a problem instead: the problem covers it
    box.only_unhandled.setChecked(False)
    store.delete_dismissal(round_id, key)
    box.reload()
    row = next(r for r, f in enumerate(box.shown) if f.finding.key == key)
    box.select_row(row)
    monkeypatch.setattr(ProblemDialog, "edit", classmethod(lambda cls, parent, problem, *a: (problem, True)))
    made = box.make_problem()
    assert made is not None and made.id is not None
    handled = next(f for f in box.findings if f.finding.key == key)
    assert handled.problems and handled.dismissal is None
    path = store.path
    reopened = WorkplaceStore.open_read_only(path)
    try:
        assert all(f.handled for f in reopened.findings(round_id))
    finally:
        reopened.close()
