"""The sites on Forberedelse: listed, added with an agreement, edited, and not deleted while in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from apvdesk.core.sites import SiteAgreement, SiteKind
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs import site_dialog
from apvdesk.ui.dialogs.site_dialog import SiteDialog, SitesDialog
from apvdesk.ui.main_window import MainWindow


def _stored_sites(path: Path):
    store = WorkplaceStore.open_read_only(path)
    try:
        return store.sites()
    finally:
        store.close()


def test_a_site_is_added_with_its_agreement_and_edited_from_forberedelse(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    seen: list[list[str]] = []

    def fill_new(dialog: SiteDialog) -> int:
        assert dialog.agreement_box.isVisibleTo(dialog)  # a customer site by default
        assert not dialog.ok_button.isEnabled()  # no name yet
        dialog.name_edit.setText(" Skolen på Bakken ")
        dialog.customer_edit.setText("Aarhus Kommune")
        dialog.toilet_edit.setText("Ved kantinen")
        assert dialog.ok_button.isEnabled()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def own_premises(dialog: SiteDialog) -> int:
        assert dialog.name_edit.text() == "Skolen på Bakken"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SiteKind.OWN))
        assert not dialog.agreement_box.isVisibleTo(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def use_list(dialog: SitesDialog) -> int:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        monkeypatch.setattr(SiteDialog, "exec", fill_new)
        dialog.add_button.click()
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(1)
        monkeypatch.setattr(SiteDialog, "exec", own_premises)
        dialog.edit_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SitesDialog, "exec", use_list)
    page.sites_button.click()
    assert len(seen[0]) == 1 and seen[0][0].startswith("Plejecenter Lærkehøj")
    assert len(seen[1]) == 2 and seen[1][1].startswith("Skolen på Bakken")
    lærkehøj, school = _stored_sites(demo_file)
    assert lærkehøj.missing() == []
    assert (school.name, school.kind, school.agreement) == ("Skolen på Bakken", SiteKind.OWN, SiteAgreement())


def test_a_site_a_group_belongs_to_is_not_deleted_and_the_owner_is_told(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    store = WorkplaceStore.open(demo_file)
    try:
        [site] = store.sites()
        store.set_group_site(store.groups()[3].id, site.id)
    finally:
        store.close()
    assert main_window.open_file(demo_file)
    told: list[str] = []
    monkeypatch.setattr(site_dialog, "confirm", lambda *args: True)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    dialog = SitesDialog(main_window.workplace_view.page("preparation").store, main_window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    assert len(told) == 1 and "Plejecenter Lærkehøj" in told[0]
    assert [s.name for s in _stored_sites(demo_file)] == ["Plejecenter Lærkehøj"]


def test_the_list_says_how_much_of_an_agreement_is_empty_and_turns_when_it_changes(qtbot, tmp_path: Path):
    import dataclasses

    from apvdesk.app.demo_file import write_demo

    path = tmp_path / "sites.apvdesk"
    write_demo(path, respondents=12, seed=3)
    store = WorkplaceStore.open(path)
    try:
        (site,) = store.sites()
        dialog = SitesDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.list.item(0).text().endswith("agreement complete")
        store.update_site(dataclasses.replace(site, agreement=dataclasses.replace(site.agreement, toilet="")))
        dialog.reload()
        assert dialog.list.item(0).text().endswith("1 point of the agreement is empty")
        store.update_site(dataclasses.replace(site, agreement=SiteAgreement(notes="kun noter")))
        dialog.reload()
        assert dialog.list.item(0).text().endswith("5 points of the agreement are empty")
    finally:
        store.close()
