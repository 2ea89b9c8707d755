"""At start-up the overview is shown from plain SQL; the full store follows in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from apvdesk.store.sqlite.deferred_store import DeferredStore
from apvdesk.store.sqlite.lock import lock_path
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.workplace_view import PAGE_KEYS


def shown_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_the_overview_first_then_the_store_and_every_page_works(
    qtbot, main_window: MainWindow, demo_file: Path
) -> None:
    assert main_window.open_file(demo_file, deferred=True)
    store = main_window.store
    assert isinstance(store, DeferredStore)
    view = main_window.workplace_view
    assert view is not None
    overview = view.page("overview")
    facts = store.overview()
    assert facts.workplace.name in shown_texts(overview)
    assert facts.workplace.name in main_window.windowTitle()
    assert lock_path(demo_file).exists()
    qtbot.waitUntil(lambda: store.loaded, timeout=10000)  # loaded in the background, unasked
    for key in PAGE_KEYS:
        view.show_page(key)
        assert view.current_page() == key
    main_window.close_workplace()
    assert not lock_path(demo_file).exists()


def test_closing_before_the_store_has_loaded_releases_the_file(
    qtbot, main_window: MainWindow, demo_file: Path
) -> None:
    assert main_window.open_file(demo_file, deferred=True)
    store = main_window.store
    assert isinstance(store, DeferredStore)
    main_window.close_workplace()
    assert not lock_path(demo_file).exists()
    qtbot.wait(300)  # the background import finishing later loads nothing for a closed file
    assert not store.loaded


def test_an_edit_on_the_overview_before_loading_is_saved(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
) -> None:
    import datetime as dt

    from apvdesk.core.records import AnnualDiscussion
    from apvdesk.ui.dialogs.annual_discussion_dialog import AnnualDiscussionDialog
    from apvdesk.ui.pages.overview import OverviewPage

    assert main_window.open_file(demo_file, deferred=True)
    view = main_window.workplace_view
    assert view is not None
    page = view.page("overview")
    assert isinstance(page, OverviewPage)
    record = AnnualDiscussion(dt.date(2026, 11, 20), participants="AMO", goals="Færre løft")
    monkeypatch.setattr(AnnualDiscussionDialog, "ask", staticmethod(lambda *args: record))
    page.record_annual_discussion()
    main_window.close_workplace()
    assert main_window.open_file(demo_file, deferred=True)
    store = main_window.store
    assert store is not None
    assert store.workplace().annual_discussion_on == dt.date(2026, 11, 20)
    assert any(d.goals == "Færre løft" for d in store.annual_discussions())
