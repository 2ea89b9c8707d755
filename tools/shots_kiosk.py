"""Screenshots of the kiosk in the respondent's language and of the groups' names in other languages.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with an open copy of the
demo workplace whose round has a kiosk PIN; ``save(widget, name, size)`` writes
``<name>-<lang>.png``. It gives the second group names in Polish, Romanian and Ukrainian
(the first keeps only its Danish name), then renders the promise (in the program's
language), the choice of group and the PIN box in Romanian, and the names' editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apvdesk.store.service import WorkplaceService

Save = Callable[[Any, str, tuple[int, int]], None]


def render(store: WorkplaceService, round_id: int, save: Save) -> None:
    """Render the kiosk's promise, its groups and its PIN box in Romanian, and the names' editor."""
    from apvdesk.ui.dialogs.group_names_dialog import GroupNamesDialog
    from apvdesk.ui.kiosk.window import KioskWindow
    from apvdesk.wording.i18n import current_language

    groups = store.round_groups(round_id)
    named = groups[1]
    assert named.id is not None
    store.set_group_names(
        named.id,
        {"pl": "Prasowanie i wykończenie", "ro": "Călcătorie și finisare", "uk": "Прасування й оздоблення"},
    )
    kiosk = KioskWindow(store, round_id)
    try:
        kiosk.choose_language(current_language())
        save(kiosk, "kiosk-promise", (1280, 800))
        kiosk.choose_language("ro")
        kiosk.promise_read()
        save(kiosk, "kiosk-groups-ro", (1280, 800))
        kiosk.choose_group(named.id)
        kiosk.start_questions()
        kiosk.show()
        kiosk.ask_pin()
        dialog = kiosk.pin_dialog
        assert dialog is not None
        save(dialog, "kiosk-pin-ro", (620, 380))
        dialog.close()  # closed by the program: nothing is asked
    finally:
        kiosk._leave()  # noqa: SLF001 - a picture needs no PIN

    editor = GroupNamesDialog(store)
    save(editor, "group-names", (900, 400))
    editor.close()  # closed by the program: nothing is asked
