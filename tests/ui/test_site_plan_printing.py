"""Rapporter: the action plan and the poster are printed for the whole workplace or for one site."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.site_choice import whole_workplace
from tests.without_sites import remove_sites


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def _put_a_problem_at_the_site(path: Path) -> str:
    """Move the demo's second problem to its customer site; return the problem's text."""
    store = WorkplaceStore.open(path)
    try:
        [site] = store.sites()
        round_id = store.rounds()[-1].id
        assert round_id is not None and site.id is not None
        problem = store.problems(round_id)[1]
        assert problem.id is not None
        store.set_problem_site(problem.id, site.id)
        return problem.kind
    finally:
        store.close()


def test_the_plan_is_printed_for_one_site_chosen_on_the_page(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path
):
    kind = _put_a_problem_at_the_site(demo_file)
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    page = view.page("reports")
    box = page.boxes["action-plan"]
    combo = box.site_combo
    assert combo is not None and combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        whole_workplace(),
        "Plejecenter Lærkehøj",
    ]
    assert page.boxes["poster"].site_combo is not None
    assert page.boxes["follow-up"].site_combo is None
    box.language_combo.setCurrentIndex(box.language_combo.findData("en"))

    whole = tmp_path / "whole.pdf"
    box.export(whole, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == whole, timeout=20000)
    text = _text(whole)
    assert "Plan for one site" not in text
    assert "Site Plejecenter Lærkehøj" in text and "Agreements with customers" in text

    combo.setCurrentIndex(1)
    assert "Plejecenter Lærkehøj" in box.suggested_file_name()
    one = tmp_path / "one.pdf"
    box.export(one, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output == one, timeout=20000)
    text = _text(one)
    assert "Plan for one site: Plejecenter Lærkehøj" in text
    assert " ".join(kind.split()) in text
    assert "Agreements with customers" in text


def test_without_sites_the_page_offers_no_site(qtbot, main_window: MainWindow, demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        remove_sites(store)
    finally:
        store.close()
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").boxes["action-plan"]
    assert box.site_combo is None or not box.site_combo.isVisibleTo(box)
    assert box.site_id() is None
