"""Typing paper forms into the entry grid with the keyboard only; each finished form is stored."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.app.resources import shipped_bank
from apvdesk.core.entry import GROUP_COLUMN
from apvdesk.core.model import Group, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.entry_grid import EntryGridDialog
from apvdesk.ui.models.entry import CHANGED_MARK, CHECK_MARK


@pytest.fixture
def store(demo_file: Path) -> Iterator[WorkplaceStore]:
    opened = WorkplaceStore.open(demo_file)
    yield opened
    opened.close()


def round_id_of(store: WorkplaceStore) -> int:
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    return apv_round.id


def open_dialog(qtbot, store: WorkplaceStore) -> EntryGridDialog:
    dialog = EntryGridDialog(store, round_id_of(store), text_lang="da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.setFocus()
    return dialog


def current(dialog: EntryGridDialog) -> tuple[int, int]:
    index = dialog.view.currentIndex()
    return index.row(), index.column()


def was_refused(dialog: EntryGridDialog) -> bool:
    return bool(dialog.status_label.text()) and "a4161a" in dialog.status_label.styleSheet()


def test_two_forms_typed_with_the_keyboard_are_stored(qtbot, store: WorkplaceStore, no_modals) -> None:
    round_id = round_id_of(store)
    groups = store.round_groups(round_id)
    before = {r.id for r in store.responses(round_id)}
    languages_before = store.language_counts(round_id)
    dialog = open_dialog(qtbot, store)
    view, columns = dialog.view, dialog.sheet.columns
    assert dialog.language() == "da"
    assert groups[1].name in dialog.legend.text()
    assert current(dialog) == (0, GROUP_COLUMN)

    # Form 1: group 2, "don't know" first, then options 1..k in turn, with refused keys on the way.
    qtbot.keyClick(view, "9")  # there is no group 9
    assert was_refused(dialog) and current(dialog) == (0, GROUP_COLUMN)
    assert dialog.sheet.rows[0].group is None
    qtbot.keyClick(view, "2")
    assert current(dialog) == (0, 1) and not was_refused(dialog)
    expected_first: dict[str, int | None] = {}
    for position, column in enumerate(columns, start=1):
        digit = 0 if position == 1 else (position - 2) % column.option_count + 1
        if position == 2:
            qtbot.keyClick(view, str(column.option_count + 1))  # one more than the item has
            assert was_refused(dialog) and current(dialog) == (0, 2)
            assert dialog.model.index(0, 2).data() == ""
            qtbot.keyClick(view, "x")
            assert was_refused(dialog) and current(dialog) == (0, 2)
        qtbot.keyClick(view, str(digit))
        expected_first[column.item.id] = None if digit == 0 else digit - 1
    # Passing the last question saved the form; the cursor waits on a new, empty row.
    assert store.respondent_count(round_id) == len(before) + 1
    assert current(dialog) == (1, GROUP_COLUMN)
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == f"1 {CHECK_MARK}"
    assert dialog.model.rowCount() == 2
    assert "1" in dialog.counter_label.text()

    # The demo round's results are released: a saved form may be in them, so it cannot be corrected.
    dialog.view.setCurrentIndex(dialog.model.index(0, 1))
    qtbot.keyClick(view, "1")
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == f"1 {CHANGED_MARK}"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert was_refused(dialog) and "released" in dialog.status_label.text()
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == f"1 {CHANGED_MARK}"
    assert store.respondent_count(round_id) == len(before) + 1
    dialog.view.setCurrentIndex(dialog.model.index(1, GROUP_COLUMN))

    # Form 2, in English: group 1, three answers, one question left blank (Space), then Enter.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.keyClick(view, "1")
    for digit in "123":
        qtbot.keyClick(view, digit)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, "4")
    assert current(dialog) == (1, 6)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert store.respondent_count(round_id) == len(before) + 2
    expected_second = {
        columns[0].item.id: 0,
        columns[1].item.id: 1,
        columns[2].item.id: 2,
        columns[4].item.id: 3,
    }

    # Form 3 is only half typed in: closing asks, and it is not stored.
    qtbot.keyClick(view, "3")
    qtbot.keyClick(view, "1")
    assert dialog.sheet.unsaved_rows() == [0, 2]
    dialog.close()
    assert [title for title, _ in no_modals] == ["Questions not filled in", "Discard unsaved forms?"]
    assert no_modals[0][1].startswith(f"{len(columns) - 4} questions are not filled in")
    assert not dialog.isVisible()

    new = [r for r in store.responses(round_id) if r.id not in before]
    assert len(new) == 2
    by_group = {r.group_id: r for r in new}
    first, second = by_group[groups[1].id], by_group[groups[0].id]
    assert first.answers == expected_first
    assert second.answers == expected_second
    # the forms' languages are counted for the round; a stored sheet keeps no language or day
    languages = store.language_counts(round_id)
    assert {lang: languages[lang] - languages_before.get(lang, 0) for lang in ("da", "en")} == {
        "da": 1,
        "en": 1,
    }
    assert all(r.language == "" and r.answered_on is None for r in new)


def test_enter_refuses_a_form_without_group(qtbot, store: WorkplaceStore, no_modals) -> None:
    round_id = round_id_of(store)
    count = store.respondent_count(round_id)
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)
    assert current(dialog) == (0, 1)
    qtbot.keyClick(dialog.view, "3")
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert was_refused(dialog)
    assert current(dialog) == (0, GROUP_COLUMN)  # sent back to type the group
    qtbot.keyClick(dialog.view, Qt.Key.Key_Backspace)
    dialog.view.setCurrentIndex(dialog.model.index(0, 1))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert dialog.sheet.rows[0].is_empty()
    dialog.close()  # nothing unsaved: no question
    assert no_modals == []
    assert store.respondent_count(round_id) == count


def test_a_group_can_be_chosen_from_the_list(qtbot, store: WorkplaceStore) -> None:
    dialog = open_dialog(qtbot, store)
    index = dialog.model.index(0, GROUP_COLUMN)
    assert dialog.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.model.setData(index, 3)
    assert dialog.sheet.rows[0].group == 2
    assert dialog.model.index(0, GROUP_COLUMN).data().startswith("3 – ")


def test_twelve_groups_take_two_digits(qtbot, tmp_path: Path, no_modals) -> None:
    groups = [Group(f"Hold {n}", 3) for n in range(1, 13)]
    bank = shipped_bank()
    store = WorkplaceStore.create(
        tmp_path / "stor.apvdesk", Workplace("Stort Vaskeri"), groups, Round("APV", dt.date(2026, 9, 1)), bank
    )
    try:
        dialog = open_dialog(qtbot, store)
        qtbot.keyClick(dialog.view, "1")
        assert current(dialog) == (0, GROUP_COLUMN)  # 1 or 10, 11, 12?
        qtbot.keyClick(dialog.view, "2")
        assert dialog.sheet.rows[0].group == 11 and current(dialog) == (0, 1)
        dialog.view.setCurrentIndex(dialog.model.index(1, GROUP_COLUMN))
        qtbot.keyClick(dialog.view, "1")
        qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)
        assert dialog.sheet.rows[1].group == 0 and current(dialog) == (1, 1)
        dialog.view.setCurrentIndex(dialog.model.index(1, GROUP_COLUMN))
        qtbot.keyClick(dialog.view, "1")
        qtbot.keyClick(dialog.view, "5")  # 15: no such group, 1 stays
        assert was_refused(dialog) and dialog.sheet.rows[1].group == 0
        dialog.close()
        assert len(no_modals) == 1  # the two unsaved forms were discarded
    finally:
        store.close()


def test_render_in_danish_and_english(qtbot, store: WorkplaceStore, tmp_path: Path, no_modals) -> None:
    for lang in ("da", "en"):
        dialog = EntryGridDialog(store, round_id_of(store), text_lang=lang)
        qtbot.addWidget(dialog)
        dialog.resize(1000, 560)
        dialog.show()
        dialog.view.setFocus()
        for key in "21031":
            qtbot.keyClick(dialog.view, key)
        qtbot.keyClick(dialog.view, "9")
        path = tmp_path / f"entry_grid_{lang}.png"
        assert dialog.grab().save(str(path), "PNG")
        assert path.stat().st_size > 5000
        dialog.close()


def test_typing_does_not_use_up_references_to_true(qtbot, store: WorkplaceStore, no_modals) -> None:
    """PySide6 6.12.0's Python-side signal.emit() drops a reference to True; the model avoids it."""
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(dialog.view, "1")
    before = sys.getrefcount(True)
    for _ in range(100):
        dialog.view.setCurrentIndex(dialog.model.index(0, 1))
        qtbot.keyClick(dialog.view, "2")
    assert sys.getrefcount(True) - before > -10
    dialog.close()
