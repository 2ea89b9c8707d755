"""The groups' names in other languages: edited on Forberedelse, warned about where they lack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.group_names_dialog import GroupNamesDialog
from apvdesk.ui.main_window import MainWindow

GROUPS = [
    "Vask og tørring",
    "Strygning og finish",
    "Butik og kundeservice",
    "Chauffører (kører alene)",
    "Linnedrum Lærkehøj",
]


def _page(main_window: MainWindow, path: Path, key: str):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page(key)
    return view.page(key)


def _names(path: Path) -> dict[int, dict[str, str]]:
    store = WorkplaceStore.open(path)
    try:
        return store.group_names()
    finally:
        store.close()


def test_names_typed_in_the_editor_are_saved_and_the_warning_shrinks(
    qtbot, main_window, demo_file, monkeypatch
):
    page = _page(main_window, demo_file, "preparation")
    note = page.names_note
    # The demo round offers five languages and no group has a name in any but Danish
    assert note.isVisible()
    text = note.label.text()
    assert text.startswith(
        "Engelsk, Polsk, Rumænsk, Ukrainsk: intet navn endnu til »Vask og tørring«, »Strygning og finish«, "
        "»Butik og kundeservice«, »Chauffører (kører alene)«, »Linnedrum Lærkehøj«.\n"
    )

    def fill_in(dialog: GroupNamesDialog) -> int:
        assert [dialog.table.item(r, 0).text() for r in range(5)] == GROUPS
        assert dialog.table.horizontalHeaderItem(3).text() == "Rumænsk"
        dialog.set_name(1, "ro", "Călcătorie și finisare")
        dialog.set_name(1, "uk", "  ")  # blank: not a name
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GroupNamesDialog, "exec", fill_in)
    page.group_names_button.click()
    store = WorkplaceStore.open_read_only(demo_file)
    try:
        strygning = store.groups()[1]
    finally:
        store.close()
    assert _names(demo_file) == {strygning.id: {"ro": "Călcătorie și finisare"}}
    text = note.label.text()
    assert "Rumænsk: intet navn endnu til »Vask og tørring«, »Butik og kundeservice«, »Chauffører" in text
    assert "Engelsk, Polsk, Ukrainsk: intet navn endnu til »Vask og tørring«, »Strygning og finish«" in text


def test_every_name_given_hides_the_warning_on_mapping_too(qtbot, main_window, demo_file):
    store = WorkplaceStore.open(demo_file)
    try:
        for group in store.groups():
            store.set_group_names(group.id, {"en": "A", "pl": "B", "ro": "C", "uk": "D"})
    finally:
        store.close()
    page = _page(main_window, demo_file, "mapping")
    assert not page.names_note.isVisible()
    preparation = main_window.workplace_view.page("preparation")
    preparation.refresh()
    assert not preparation.names_note.isVisible()


def test_mapping_warns_and_its_button_opens_the_editor(qtbot, main_window, demo_file, monkeypatch):
    page = _page(main_window, demo_file, "mapping")
    assert page.names_note.isVisible() and page.names_note.button is not None
    opened: list[bool] = []
    monkeypatch.setattr(GroupNamesDialog, "exec", lambda _self: opened.append(True) or 0)
    page.names_note.button.click()
    assert opened == [True]
