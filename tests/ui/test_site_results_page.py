"""The site chooser on Kortlægning and Vurdering: one site's groups, its total, its charts.

The demo round (threshold 5, 49 answers): Butik og kundeservice 7 answers, Chauffører 4. Put at one
site, the site shows 11 answers together while the drivers are withheld (below 5) and the
shop too (it protects them).
"""

from __future__ import annotations

from apvdesk.core.sites import Site, SiteKind
from apvdesk.ui.tasks import wait_for_tasks
from tests.without_sites import remove_sites

SCALE = "support_colleagues"


def _shop_site(store) -> Site:
    shop = store.add_site(Site("Butikken i Viby", kind=SiteKind.OWN))
    for group in store.groups():
        if group.name.startswith(("Butik", "Chauffører")):
            store.set_group_site(group.id, shop.id)
    return shop


def _refreshed(page, qtbot) -> None:
    page.model = None
    page.refresh()
    qtbot.waitUntil(lambda: page.model is not None or not page.table.isVisible(), timeout=20000)
    wait_for_tasks()


def test_the_response_overview_of_a_site_lists_its_groups_and_its_total(qtbot, main_window, demo_file):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    store = main_window.store
    remove_sites(store)
    page.refresh()
    assert not page.site_chooser.isVisibleTo(page)  # a workplace without sites: no choice
    shop = _shop_site(store)
    page.refresh()
    assert page.site_chooser.isVisibleTo(page)
    page.site_chooser.choose(shop.id)
    model = page.overview_model
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names[:2] == ["Butik og kundeservice", "Chauffører (kører alene)"]
    assert "Butikken i Viby" in names[2]  # the site's total
    assert [model.data(model.index(row, 2)) for row in range(model.rowCount())] == ["7", "4", "11"]
    assert page.overview_note.text().startswith(("11 af 14", "11 of 14"))
    page.site_chooser.choose(None)
    model = page.overview_model
    assert model.data(model.index(model.rowCount() - 1, 2)) == "49"  # 40 at the laundry, 9 at Lærkehøj


def test_the_results_of_a_site_show_its_total_where_its_groups_are_withheld(qtbot, main_window, demo_file):
    assert main_window.open_file(demo_file)
    store = main_window.store
    shop = _shop_site(store)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    _refreshed(page, qtbot)
    assert page.site_chooser.isVisibleTo(page)
    assert "(49 " in page.model.headerData(0, _horizontal())  # the whole workplace, 49 answers
    page.site_chooser.choose(shop.id)
    qtbot.waitUntil(lambda: page.model is not None and len(page.model._columns) == 3, timeout=20000)
    wait_for_tasks()
    model = page.model
    headers = [model.headerData(c, _horizontal()).replace("\n", " ") for c in range(model.columnCount())]
    assert len(headers) == 5  # and the dialogue meetings of the drivers and the shop, as on the whole
    assert headers[0].startswith("Butikken i Viby") and "(11 " in headers[0]
    assert headers[1].startswith("Butik og kundeservice") and headers[2].startswith("Chauffører")
    row = next(r for r in range(model.rowCount()) if model._scales[r].id == SCALE)
    released = store.results(store.latest_round().id)
    total = released.sites[shop.id].results[SCALE]
    assert total.shown and total.n == 11
    assert model.result(model.index(row, 0)) == total
    assert not model.result(model.index(row, 1)).shown and not model.result(model.index(row, 2)).shown
    assert "Chauffører (kører alene): 4 " in page.notice.text()
    assert "Vask og tørring" not in page.notice.text()
    panel = page.charts
    assert panel.group.itemText(0) == "Butikken i Viby"
    assert panel.group.count() == 3


def test_a_site_without_released_figures_says_why(qtbot, main_window, demo_file):
    assert main_window.open_file(demo_file)
    store = main_window.store
    school = store.add_site(Site("Skolen på Bakken"))  # a new customer site, with no group at it
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    _refreshed(page, qtbot)
    page.site_chooser.choose(school.id)
    qtbot.waitUntil(lambda: not page.table.isVisible(), timeout=20000)
    assert "Skolen på Bakken" in page.status.text()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
