"""Screenshots of the reduced window on a collection file: what it is, the count, the three ways.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures. It writes a collection file from the demo's
round (as ``apvdesk collect`` does), stores a few answer sheets in it as the kiosk does,
and opens the window on it: ``collection-window`` (a total only, as some groups are
below the threshold) and ``collection-window-groups`` (every group past it: per group).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget


def _sheets(bank: Any, group_ids: list[int], per_group: int) -> list[Any]:
    from apvdesk.core.model import Response

    sheets = []
    for group_id in group_ids:
        for person in range(per_group):
            answers = {item.id: (person + n) % 3 for n, item in enumerate(bank.items)}
            sheets.append(Response(group_id, "da", None, answers))
    return sheets


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write collection-window and collection-window-groups."""
    from apvdesk.store.collection.collection_store import CollectionStore
    from apvdesk.store.collection.file import add_sheets
    from apvdesk.store.collection.merging import collect
    from apvdesk.ui.collection_window import CollectionWindow

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Plejecenter Lærkehøj.apvcollect"
        collect(store, round_id, path)
        bank = store.round_bank(round_id)
        groups = [g.id for g in store.round_groups(round_id) if g.id is not None]
        threshold = store.round(round_id).anonymity_threshold
        add_sheets(path, _sheets(bank, groups[:1], threshold + 2), bank)
        collection = CollectionStore.open(path)
        window = CollectionWindow(collection)
        save(window, "collection-window", (760, 560))
        add_sheets(path, _sheets(bank, groups[1:], threshold), bank)
        window.refresh()
        save(window, "collection-window-groups", (760, 560))
        window.close()  # lets go of the file
