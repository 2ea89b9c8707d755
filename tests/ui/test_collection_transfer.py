"""Kortlægning › "Indsaml på en anden pc…" and "Hent svar fra en anden pc…", with real files."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.app.collection_messages import CollectionMessages
from apvdesk.core.model import Response
from apvdesk.core.pin import hash_pin
from apvdesk.core.sites import Site, SiteKind
from apvdesk.store.collection.file import add_sheets, read_header, sheet_count
from apvdesk.store.collection.merging import collect
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui import file_dialogs
from apvdesk.ui.answer_collection import CollectionTexts
from apvdesk.ui.collection_transfer import CollectDialog, TransferTexts
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from tests.without_sites import remove_sites


def _mapping_page(main_window, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("mapping")
    return view.page("mapping")


def _total(page) -> str:
    model = page.overview_model
    return model.data(model.index(model.rowCount() - 1, 2))


def test_collect_on_another_pc_saves_the_chosen_sites_groups(
    qtbot, main_window, demo_file, no_modals, monkeypatch, tmp_path
):
    store = WorkplaceStore.open(demo_file)
    try:
        (laerkehoj,) = store.sites()
        shop = store.add_site(Site("Butikken", SiteKind.OWN))
        groups = store.groups()
        store.set_group_site(groups[0].id, laerkehoj.id)
        store.set_group_site(groups[1].id, shop.id)
        # washing (put there), the shop and the drivers (no site), the linen room (the demo's team there)
        expected = sorted([groups[0].name, groups[2].name, groups[3].name, groups[4].name])
    finally:
        store.close()
    page = _mapping_page(main_window, demo_file)
    assert page.transfer.collect_button.isEnabled()
    shown: list[str] = []

    def choose_laerkehoj(dialog: CollectDialog) -> int:
        assert dialog.site_box.isVisibleTo(dialog)  # the workplace has sites: a choice
        assert dialog.site_box.itemText(0) == dialog.tr("All groups")
        dialog.site_box.setCurrentIndex(dialog.site_box.findText("Plejecenter Lærkehøj"))
        shown.append(dialog.groups_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CollectDialog, "exec", choose_laerkehoj)
    new_pin = classmethod(lambda cls, parent: (hash_pin("2468"), True))
    monkeypatch.setattr(SetPinDialog, "get_pin_hash", new_pin)
    suggested: list[str] = []
    usb = tmp_path / "usb"
    usb.mkdir()

    def save_as(_parent, _title, start, _kinds):
        suggested.append(start)
        return str(usb / "Lærkehøj"), ""

    monkeypatch.setattr(file_dialogs, "ask_save_file", save_as)
    qtbot.mouseClick(page.transfer.collect_button, Qt.MouseButton.LeftButton)

    path = usb / "Lærkehøj.apvcollect"
    assert Path(suggested[0]).name == "Plejecenter Lærkehøj.apvcollect"
    assert shown == [", ".join(g.name for g in [groups[0], groups[2], groups[3], groups[4]])]
    header = read_header(path)
    assert sorted(g.name for g in header.groups) == expected  # not the shop's group
    assert header.pin_hash is not None and header.pin_hash == page.store.latest_round().kiosk_pin_hash
    assert sheet_count(path) == 0
    assert no_modals[-1] == (TransferTexts().collect_title(), TransferTexts().saved(path))


def test_a_workplace_without_sites_offers_no_site_choice(qtbot, demo_file):
    store = WorkplaceStore.open(demo_file)
    try:
        remove_sites(store)
        dialog = CollectDialog(store, store.latest_round().id)
        qtbot.addWidget(dialog)
        assert not dialog.site_box.isVisibleTo(dialog)
        assert dialog.site() == (None, "")
        assert dialog.groups_label.text() == ", ".join(g.name for g in store.groups())
    finally:
        store.close()


def _collection_with_answers(workplace: Path, path: Path, count: int) -> None:
    """Write a collection file for the latest round and put ``count`` sheets in it (all in Danish)."""
    store = WorkplaceStore.open(workplace)
    try:
        round_id = store.latest_round().id
        collect(store, round_id, path)
        bank = store.round_bank(round_id)
        group = store.round_groups(round_id)[0].id
        sheets = [Response(group, "da", None, {item.id: i % 2 for item in bank.items}) for i in range(count)]
        assert add_sheets(path, sheets, bank) == count
    finally:
        store.close()


def test_fetching_answers_adds_them_once_and_wipes_them_on_yes(
    qtbot, main_window, demo_file, no_modals, monkeypatch, tmp_path
):
    path = tmp_path / "Lærkehøj.apvcollect"
    _collection_with_answers(demo_file, path, 3)
    shutil.copyfile(path, tmp_path / "copy.apvcollect")  # taken before the wipe
    page = _mapping_page(main_window, demo_file)
    before = int(_total(page))
    round_title = page.store.latest_round().title
    chosen = [path]
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *args, **kwargs: str(chosen[0]))

    qtbot.mouseClick(page.transfer.fetch_button, Qt.MouseButton.LeftButton)
    texts, messages = TransferTexts(), CollectionMessages()
    # the demo's results are released: 3 answers of one group wait until 5 have come in
    group = page.store.round_groups(page.store.latest_round().id)[0].id
    assert page.store.waiting_answers(page.store.latest_round().id) == {group: 3}
    waiting = "\n\n" + CollectionTexts().still_waiting(3, 5)
    assert [text for _title, text in no_modals] == [
        messages.merged(3, 0, path.name, round_title) + waiting,
        texts.wipe_question(path),  # answered Yes by the test's message boxes
        texts.wiped(path),
    ]
    assert int(_total(page)) == before + 3  # the page's counts follow at once
    assert sheet_count(path) == 0

    no_modals.clear()
    chosen[0] = tmp_path / "copy.apvcollect"  # the same answers again: nothing new
    qtbot.mouseClick(page.transfer.fetch_button, Qt.MouseButton.LeftButton)
    assert no_modals[0][1] == messages.merged(0, 3, "copy.apvcollect", round_title)
    assert int(_total(page)) == before + 3

    no_modals.clear()
    chosen[0] = path  # wiped: it holds nothing, and no wipe is offered
    qtbot.mouseClick(page.transfer.fetch_button, Qt.MouseButton.LeftButton)
    assert [text for _title, text in no_modals] == [messages.merged(0, 0, path.name, round_title)]


def test_answering_no_keeps_the_answers_in_the_collection_file(
    qtbot, main_window, demo_file, no_modals, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "Lærkehøj.apvcollect"
    _collection_with_answers(demo_file, path, 2)
    page = _mapping_page(main_window, demo_file)
    before = int(_total(page))
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *args, **kwargs: str(path))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.transfer.fetch_button, Qt.MouseButton.LeftButton)
    assert int(_total(page)) == before + 2
    assert sheet_count(path) == 2  # kept: the owner said No


def test_a_collection_of_another_workplace_is_refused_in_one_sentence(
    qtbot, main_window, demo_file, no_modals, monkeypatch, tmp_path
):
    from apvdesk.app.demo_file import write_demo

    other = tmp_path / "other.apvdesk"  # another workplace: a copy of the file would share its key
    write_demo(other, respondents=12, seed=3)
    path = tmp_path / "other.apvcollect"
    _collection_with_answers(other, path, 2)
    page = _mapping_page(main_window, demo_file)
    before = _total(page)
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *args, **kwargs: str(path))
    qtbot.mouseClick(page.transfer.fetch_button, Qt.MouseButton.LeftButton)
    assert len(no_modals) == 1
    title, text = no_modals[0]
    assert title == TransferTexts().not_merged()
    assert str(path) in text and _total(page) == before
    assert sheet_count(path) == 2
