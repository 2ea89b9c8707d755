"""Render the first minutes' screens changed by issue 16: the wizard's groups, absence, kiosk leaving.

Called by :mod:`tools.window_shots` (see there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def render(store, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Show the wizard's groups (one below the threshold), an absence period, the kiosk's question."""
    from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
    from apvdesk.ui.kiosk.leave_dialog import UnfinishedAnswersBox
    from apvdesk.ui.pages.absence_period_dialog import AbsencePeriodDialog

    wizard = NewWorkplaceWizard()
    wizard.name_page.name_edit.setText("Vaskeri Solstrålen ApS")
    wizard.name_page.cvr_edit.setText("12345678")
    wizard.show()
    wizard.next()
    page = wizard.groups_page
    page.table.item(0, 0).setText("Vask")
    page.table.cellWidget(0, 1).setValue(6)
    page.add_group("Strygning og finish", 5)
    page.add_group("Chauffører", 3)
    save(wizard, "wizard-groups", (760, 560))
    wizard.close()  # closed by the program: nothing is asked

    periods = store.absence_periods(round_id)
    groups = store.round_groups(round_id)
    if periods:
        dialog = AbsencePeriodDialog(periods[0], groups)
        hint = dialog.sizeHint()
        save(dialog, "absence-period", (max(hint.width(), 620), hint.height()))
        dialog.close()  # closed by the program: nothing is asked

    box = UnfinishedAnswersBox(12, 33)
    box.show()
    hint = box.sizeHint()
    save(box, "kiosk-leave-unfinished", (hint.width(), hint.height()))
    box.close()  # closed by the program: nothing is asked
