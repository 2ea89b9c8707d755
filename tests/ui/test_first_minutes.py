"""The owner's first minutes: the CVR field, typing into group rows, small groups, working days."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWizard

from apvdesk.core.absence import AbsencePeriod
from apvdesk.core.model import Group
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages.absence_period_dialog import AbsencePeriodDialog


def _preparation(main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("preparation")
    return view.page("preparation")


def _stored_cvr(path: Path) -> str:
    store = WorkplaceStore.open(path)
    try:
        return store.workplace().cvr
    finally:
        store.close()


def test_wizard_cvr_takes_eight_digits_only(qtbot):
    wizard = NewWorkplaceWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.name_page
    page.name_edit.setText("Vaskeri Nord")
    qtbot.keyClicks(page.cvr_edit, "1234567A")
    assert page.cvr_edit.text() == "1234567"  # the letter is not taken
    assert page.cvr_edit.note.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(page.cvr_edit, "89")  # a ninth digit is not taken either
    assert page.cvr_edit.text() == "12345678"
    assert not page.cvr_edit.note.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.cvr_edit.clear()  # the CVR is optional
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_preparation_cvr_is_corrected_by_typing_and_never_saved_short(qtbot, main_window, demo_file):
    page = _preparation(main_window, demo_file)
    edit = page.cvr_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "8765X4321")
    assert edit.text() == "87654321"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored_cvr(demo_file) == "87654321"
    # Fixing one digit needs no Home and retype: backspace and type.
    edit.setCursorPosition(8)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert page.cvr_edit.note.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored_cvr(demo_file) == "87654321"  # seven digits are not saved
    qtbot.keyClicks(edit, "9")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _stored_cvr(demo_file) == "87654329"


def test_the_store_refuses_a_cvr_that_is_not_eight_digits(demo_file):
    store = WorkplaceStore.open(demo_file)
    try:
        workplace = store.workplace()
        for bad in ("1234567A", "1234567", "123456789", "１２３４５６７８"):
            with pytest.raises(ValueError, match="8 digits"):
                store.save_workplace(dataclasses.replace(workplace, cvr=bad))
        store.save_workplace(dataclasses.replace(workplace, cvr=""))
        assert store.workplace().cvr == ""
    finally:
        store.close()


def test_wizard_new_group_row_is_typed_into_at_once(qtbot):
    wizard = NewWorkplaceWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name_edit.setText("Vaskeri Nord")
    wizard.next()
    groups = wizard.groups_page
    qtbot.mouseClick(groups.add_button, Qt.MouseButton.LeftButton)
    assert groups.table.state() == QAbstractItemView.State.EditingState
    viewport = groups.table.viewport()
    [editor] = [e for e in viewport.findChildren(QLineEdit) if e.parentWidget() is viewport and e.isVisible()]
    qtbot.keyClicks(editor, "Nathold")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: groups.table.item(1, 0).text() == "Nathold")  # Qt commits on its next turn
    # The first row takes typing too, with no double-click.
    groups.table.setCurrentCell(0, 0)
    groups.table.setFocus()
    qtbot.keyClicks(groups.table.viewport(), "B")
    assert groups.table.state() == QAbstractItemView.State.EditingState


def test_preparation_group_row_is_typed_into(qtbot, main_window, demo_file):
    page = _preparation(main_window, demo_file)
    view = page.groups_view
    view.setFocus()
    view.setCurrentIndex(page.groups_model.index(0, 0))
    qtbot.keyClicks(view, "V")
    assert view.state() == QAbstractItemView.State.EditingState


def test_wizard_flags_a_group_below_the_threshold(qtbot):
    wizard = NewWorkplaceWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.name_page.name_edit.setText("Vaskeri Nord")
    wizard.next()
    groups = wizard.groups_page
    groups.table.item(0, 0).setText("Vask")
    groups.table.cellWidget(0, 1).setValue(12)
    assert not groups.small_note.isVisible()
    groups.add_group("Chauffører", 3)
    groups.table.item(1, 0).setText("Chauffører")
    assert groups.small_note.isVisible()
    note = groups.small_note.text()
    assert "Chauffører" in note and "Vask," not in note and "5" in note
    groups.table.cellWidget(1, 1).setValue(5)  # five is enough
    assert not groups.small_note.isVisible()


def _dialog(qtbot, start: dt.date, end: dt.date, period_id: int | None = None) -> AbsencePeriodDialog:
    period = AbsencePeriod(
        round_id=1,
        group_id=1,
        label="2025",
        start=start,
        end=end,
        absence_days=0.0,
        employees=5.0,
        working_days=261,
        id=period_id,
    )
    dialog = AbsencePeriodDialog(period, [Group("Vask", 5, id=1)])
    qtbot.addWidget(dialog)
    return dialog


def test_absence_dialog_prefills_working_days_less_holidays(qtbot):
    dialog = _dialog(qtbot, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert dialog.working_days_spin.value() == 253  # 261 weekdays less 8 holidays
    hint = dialog.hint.text()
    names = dialog._holiday_names()
    for name in names.values():
        assert name in hint
    assert "261" in hint and "8" in hint
    dialog.start_edit.setDate(dt.date(2026, 1, 1))
    dialog.end_edit.setDate(dt.date(2026, 12, 31))
    assert dialog.working_days_spin.value() == 254  # Boxing Day 2026 is a Saturday
    assert names[next(iter(names))] in dialog.hint.text()
    assert "26-12-2026" not in dialog.hint.text() and "26.12.2026" not in dialog.hint.text()


def test_editing_a_period_keeps_its_working_days(qtbot):
    dialog = _dialog(qtbot, dt.date(2025, 1, 1), dt.date(2025, 12, 31), period_id=3)
    assert dialog.working_days_spin.value() == 261  # what was entered stays until the dates change
