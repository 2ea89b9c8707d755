"""Screenshots of one site's response overview (Kortlægning) and results (Vurdering).

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures. On the demo copy the shop and the drivers are put
at an own site, »Butikken i Viby«: the site shows their 11 answers together while the
drivers (4, below the threshold) and the shop (protecting them) are withheld. The groups'
sites are put back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

SITE_NAME = "Butikken i Viby"


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write siteresults-mapping and siteresults-assessment (the site chosen on each page)."""
    from apvdesk.core.sites import Site, SiteKind
    from apvdesk.ui.tasks import wait_for_tasks
    from apvdesk.ui.workplace_view import WorkplaceView

    del round_id
    site = next((s for s in store.sites() if s.name == SITE_NAME), None)
    if site is None:
        site = store.add_site(Site(SITE_NAME, kind=SiteKind.OWN, address="Viby Torv 2, 8260 Viby J"))
    before = {group.id: group.site_id for group in store.groups()}
    for group in store.groups():
        if group.name.startswith(("Butik", "Chauffører")):
            store.set_group_site(group.id, site.id)
    try:
        view = WorkplaceView(store)
        view.show_page("mapping")
        mapping = view.page("mapping")
        mapping.refresh()
        mapping.site_chooser.choose(site.id)
        save(view, "siteresults-mapping", (1100, 860))
        view.show_page("assessment")
        assessment = view.page("assessment")
        assessment.refresh()
        wait_for_tasks()
        assessment.site_chooser.choose(site.id)
        wait_for_tasks()
        for _ in range(3):  # the table's new height, then the page's layout
            QApplication.processEvents()
        save(view, "siteresults-assessment", (1100, 900))
        view.deleteLater()
    finally:
        for group_id, site_id in before.items():
            store.set_group_site(group_id, site_id)
