"""The workplace view builds a page only when it is first shown or asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.workplace_view import PAGE_KEYS, page_title
from apvdesk.wording.i18n import install


def test_opening_a_file_builds_only_the_overview(main_window: MainWindow, demo_file: Path) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    assert view is not None
    assert view.built_pages() == ("overview",)
    assert [view.navigation.item(row).text() for row in range(view.navigation.count())] == [
        page_title(key) for key in PAGE_KEYS
    ]


def test_a_page_is_built_when_shown_and_every_page_is_reachable(
    main_window: MainWindow, demo_file: Path
) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    assert view is not None
    for key in PAGE_KEYS:
        view.show_page(key)
        assert key in view.built_pages()
        assert view.current_page() == key
        assert view.pages.currentWidget() is view.page(key)
    assert set(view.built_pages()) == set(PAGE_KEYS)
    view.show_page("overview")
    assert view.pages.currentWidget() is view.page("overview")


def test_page_builds_on_demand_without_showing(main_window: MainWindow, demo_file: Path) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    assert view is not None
    mapping = view.page("mapping")
    assert view.page("mapping") is mapping
    assert view.current_page() == "overview"
    assert view.pages.currentWidget() is view.page("overview")
    with pytest.raises(KeyError):
        view.show_page("nowhere")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_navigation_titles_are_the_pages_own(main_window: MainWindow, demo_file: Path, lang: str) -> None:
    install(lang)
    try:
        assert main_window.open_file(demo_file)
        view = main_window.workplace_view
        assert view is not None
        for key in PAGE_KEYS:
            assert page_title(key) == view.page(key).title()
    finally:
        install("da")


def test_a_language_switch_rebuilds_the_shown_page_only(main_window: MainWindow, demo_file: Path) -> None:
    assert main_window.open_file(demo_file)
    assert main_window.workplace_view is not None
    main_window.workplace_view.show_page("assessment")
    assert main_window.workplace_view.navigation.item(0).text() == "Overblik"
    main_window.set_language("en")
    try:
        view = main_window.workplace_view
        assert view is not None
        assert view.current_page() == "assessment"
        assert view.navigation.item(0).text() == "Overview"
        assert view.page("assessment").title() == "Assessment"
        assert "mapping" not in view.built_pages()
    finally:
        main_window.set_language("da")


def test_a_file_opens_after_the_window_is_painted(qtbot, main_window: MainWindow, demo_file: Path) -> None:
    main_window.close_workplace()
    main_window.open_file_after_showing(demo_file)
    assert main_window.store is None  # not yet: the window is painted first
    main_window.repaint()
    qtbot.waitUntil(lambda: main_window.workplace_view is not None, timeout=5000)
    assert main_window.workplace_view.current_page() == "overview"  # type: ignore[union-attr]


def test_a_file_that_cannot_open_at_start_leaves_the_start_page(
    qtbot, main_window: MainWindow, tmp_path: Path, no_modals
) -> None:
    main_window.open_file_after_showing(tmp_path / "missing.apvdesk")
    main_window.repaint()
    qtbot.waitUntil(lambda: bool(no_modals), timeout=5000)
    assert main_window.store is None
    assert main_window.start_page.isVisibleTo(main_window)
