"""A workplace file in a folder OneDrive keeps in step: said calmly on opening, asked about on creating."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from apvdesk.ui import file_creation, file_dialogs
from apvdesk.ui.main_window import MainWindow


def in_onedrive(demo_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "OneDrive - Vaskeriet ApS" / "Dokumenter"
    folder.mkdir(parents=True)
    return Path(shutil.copy(demo_file, folder / "Vaskeriet.apvdesk"))


def test_opening_a_file_in_onedrive_shows_a_bar_that_can_be_put_away(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path
):
    synced = in_onedrive(demo_file, tmp_path)
    bar = main_window.synced_bar
    assert main_window.open_file(synced)
    assert bar.isVisible() and main_window.read_only_bar.isHidden()
    text = bar.label.text()
    assert "OneDrive" in text and str(Path.home() / "apvdesk") in text
    assert "apvdesk" in text and bar.dismiss_button.text()

    main_window.set_language("en")  # the bar is made again in the other language
    assert bar.isVisible()
    assert bar.label.text().startswith("This file is in a folder that OneDrive keeps in step")
    assert "one PC at a time" in bar.label.text()

    bar.dismiss_button.click()
    assert bar.isHidden() and not main_window.centralWidget().findChild(type(bar)).isVisible()
    assert main_window._bar_holder.isHidden()
    main_window.close_workplace()
    assert main_window.open_file(synced, remember=False)
    assert bar.isHidden()  # put away for this file until apvdesk starts again

    assert main_window.open_file(demo_file)  # a local folder: nothing to say
    assert bar.isHidden() and main_window._bar_holder.isHidden()


def test_a_new_workplace_in_onedrive_is_asked_about_and_a_local_folder_offered(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
):
    from apvdesk.ui.dialogs.new_workplace import NewWorkplaceWizard
    from tests.ui.test_workplace_flow import fill_wizard

    local = tmp_path / "Anna" / "apvdesk"
    monkeypatch.setattr(file_creation, "local_folder", lambda: local)
    synced = tmp_path / "OneDrive" / "Dokumenter" / "renseri.apvdesk"
    chosen = local / "renseri.apvdesk"

    def run_wizard(parent):
        wizard = NewWorkplaceWizard(parent)
        qtbot.addWidget(wizard)
        wizard.show()
        fill_wizard(qtbot, wizard)
        wizard.accept()
        return wizard.new_workplace()

    offered: list[str] = []
    answers = iter([str(synced), str(chosen)])
    asked: list[str] = []

    def ask_save_file(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return next(answers), ""

    def choose_other(box: QMessageBox) -> int:
        asked.append(box.text())
        [other] = [b for b in box.buttons() if b.text().startswith(("Choose another", "Vælg en anden"))]
        other.click()
        return 0

    monkeypatch.setattr(NewWorkplaceWizard, "get_new_workplace", staticmethod(run_wizard))
    monkeypatch.setattr(file_dialogs, "ask_save_file", ask_save_file)
    monkeypatch.setattr(QMessageBox, "exec", choose_other)
    main_window.new_workplace()

    assert len(asked) == 1 and str(synced.parent) in asked[0] and "OneDrive" in asked[0]
    assert (
        offered[1] == str(local / "renseri.apvdesk") and local.is_dir()
    )  # the dialog opens in the local folder
    assert chosen.exists() and not synced.exists()
    assert main_window.store is not None and main_window.store.path == chosen
    assert main_window.synced_bar.isHidden()


def test_saving_there_anyway_is_the_owners_choice(
    qtbot, main_window: MainWindow, tmp_path: Path, monkeypatch
):
    synced = tmp_path / "Dropbox" / "renseri.apvdesk"
    synced.parent.mkdir()

    def save_anyway(box: QMessageBox) -> int:
        [anyway] = [b for b in box.buttons() if b is not box.defaultButton()]
        anyway.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", save_anyway)
    assert main_window._creation.keep_out_of_synced_folder(synced) is False
    assert main_window._creation.keep_out_of_synced_folder(tmp_path / "renseri.apvdesk") is False


def test_the_bar_moves_the_file_to_a_folder_on_this_pc(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch, no_modals
):
    from apvdesk.ui import file_moving

    synced = in_onedrive(demo_file, tmp_path)
    local = tmp_path / "Anna" / "apvdesk"
    monkeypatch.setattr(file_moving, "local_folder", lambda: local)
    taken = local / "Vaskeriet.apvdesk"
    taken.parent.mkdir(parents=True)
    taken.write_bytes(b"another file")  # the name offered first is taken: asked again
    offered: list[str] = []
    answers = iter([str(taken), str(local / "Vaskeriet Sol")])

    def ask_save_file(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return next(answers), ""

    monkeypatch.setattr(file_dialogs, "ask_save_file", ask_save_file)
    assert main_window.open_file(synced)
    bar = main_window.synced_bar
    assert bar.move_button.isVisible()
    name = main_window.store.workplace().name
    bar.move_button.click()

    moved = local / "Vaskeriet Sol.apvdesk"
    assert offered == [str(taken), str(taken)]
    assert taken.read_bytes() == b"another file"
    assert main_window.store is not None and main_window.store.path == moved
    assert main_window.store.workplace().name == name and not main_window.store.read_only
    assert not synced.exists() and bar.isHidden()
    recent = main_window._settings.recent_files()
    assert recent[0] == moved and synced not in recent
    assert str(moved) in no_modals[-1][1] and "Vaskeriet.apvdesk" in no_modals[-2][1]  # the taken name


def test_a_move_that_fails_opens_the_file_where_it_was(
    qtbot, main_window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch, no_modals
):
    from apvdesk.store.errors import CannotWrite
    from apvdesk.store.sqlite import files
    from apvdesk.ui import file_moving

    synced = in_onedrive(demo_file, tmp_path)
    before = synced.read_bytes()
    monkeypatch.setattr(file_moving, "local_folder", lambda: tmp_path / "local")
    monkeypatch.setattr(file_dialogs, "ask_save_file", lambda *a: (str(tmp_path / "local" / "x.apvdesk"), ""))

    def fails(source, target):
        raise CannotWrite(Path(target), "the copy does not hold what the file holds")

    monkeypatch.setattr(files, "move_workplace", fails)
    errors: list[str] = []
    monkeypatch.setattr(
        "apvdesk.ui.dialogs.message_boxes.show_error", lambda _p, title, _e: errors.append(title)
    )
    assert main_window.open_file(synced)
    main_window.synced_bar.move_button.click()
    assert errors and main_window.store is not None and main_window.store.path == synced
    assert not main_window.store.read_only and main_window.synced_bar.isVisible()
    main_window.close_workplace()
    assert synced.read_bytes() == before


def test_a_file_open_read_only_is_not_offered_to_move(qtbot, main_window: MainWindow, demo_file, tmp_path):
    from apvdesk.store.errors import CannotLock
    from apvdesk.store.sqlite.files import open_workplace_read_only

    synced = in_onedrive(demo_file, tmp_path)
    store = open_workplace_read_only(synced)
    main_window._switch_to(store, remember=False, read_only_reason=CannotLock(synced, "a read-only folder"))
    bar = main_window.synced_bar
    assert bar.isVisible() and bar.move_button.isHidden() and main_window.read_only_bar.isVisible()
