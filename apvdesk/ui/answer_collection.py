"""Collecting a round's answers: the kiosk, typing in paper forms, importing, the paper form.

The Mapping page does this for the APV round and the Follow-up page for a follow-up
round; both call these, with the round's id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog


def start_kiosk(parent: QWidget, store: WorkplaceStore, round_id: int, on_closed: Callable[[], None]):
    """Start kiosk mode for a round, asking for a PIN first if the round has none.

    Returns the kiosk window (keep a reference while it runs), or None when no PIN was set.
    """
    apv_round = store.round(round_id)
    if not apv_round.kiosk_pin_hash:
        pin_hash, accepted = SetPinDialog.get_pin_hash(parent)
        if not accepted:
            return None
        apv_round.kiosk_pin_hash = pin_hash
        store.update_round(apv_round)
    from apvdesk.ui.kiosk.window import KioskWindow

    kiosk = KioskWindow(store, round_id)
    kiosk.closed.connect(on_closed)
    kiosk.start()
    return kiosk


def type_in_forms(parent: QWidget, store: WorkplaceStore, round_id: int) -> None:
    """Open the grid for typing in paper forms (modal)."""
    from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

    EntryGridDialog(store, round_id, parent).exec()


def import_answers(parent: QWidget, store: WorkplaceStore, round_id: int) -> None:
    """Open the import wizard (modal)."""
    from apvdesk.ui.dialogs.import_wizard import ImportWizard

    ImportWizard(store, round_id, parent).exec()


def paper_form_writer(store: WorkplaceStore, round_id: int, lang: str) -> Callable[[Path], None]:
    """Return the work that writes the round's paper questionnaire in ``lang`` (for the thread pool)."""

    def write(path: Path) -> None:
        from apvdesk.reports.questionnaire import write_questionnaire_pdf

        write_questionnaire_pdf(store.questionnaire_form(round_id), path, lang)

    return write
