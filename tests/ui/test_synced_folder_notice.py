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
