"""Screenshots of the sites: the list on Forberedelse and the demo's customer site with its agreement.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write sites-list (the demo's site and an own shop) and sites-agreement (the customer site)."""
    from apvdesk.core.sites import Site, SiteKind
    from apvdesk.ui.dialogs.site_dialog import SiteDialog, SitesDialog

    del round_id
    if len(store.sites()) < 2:
        store.add_site(Site("Butikken i Viby", kind=SiteKind.OWN, address="Viby Torv 2, 8260 Viby J"))
    listing = SitesDialog(store)
    listing.list.setCurrentRow(0)
    save(listing, "sites-list", (680, 380))
    listing.deleteLater()
    dialog = SiteDialog(store.sites()[0])
    save(dialog, "sites-agreement", (700, 480))
    dialog.deleteLater()
