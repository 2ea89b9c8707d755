"""Screenshot of Kortlægning › "Collect on another PC…": the dialog, with the demo's customer site chosen.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures. The merge's result and the wipe question are
plain message boxes, shown by the tests (tests/ui/test_collection_transfer.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write collect-dialog: what a collection file holds, the site chosen, the groups it takes."""
    from apvdesk.ui.collection_transfer import CollectDialog

    dialog = CollectDialog(store, round_id)
    if dialog.site_box.count() > 1:
        dialog.site_box.setCurrentIndex(1)  # the demo's customer site, Plejecenter Lærkehøj
    save(dialog, "collect-dialog", (600, dialog.sizeHint().height() + 20))
    dialog.deleteLater()
