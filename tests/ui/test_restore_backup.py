"""Restore a backup from the GUI: choose an older copy, confirm, and the file holds it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Problem, Round, RoundStatus, Workplace
from apvdesk.store.sqlite.backups import BackupReason, list_backups, make_backup
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.restore_backup import RestoreBackupDialog

T0 = dt.datetime(2025, 3, 4, 9, 5)  # in the past, so that a backup made now is the newest


@pytest.fixture
def english(qapp):
    from apvdesk.wording import i18n

    i18n.install("en")
    yield
    i18n.install("da")


@pytest.fixture
def file_with_two_backups(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A file whose older backup has no problems, its newer one and the file itself one each."""
    path = tmp_path / "Vaskeri Øst.apvdesk"
    store = WorkplaceStore.create(
        path,
        Workplace("Vaskeri Øst"),
        [Group("Vaskeri", 8)],
        Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.ASSESSING),
        shipped_bank(),
    )
    round_id = store.latest_round().id
    older = make_backup(path, BackupReason.OPENED, now=T0)
    store.save_problem(Problem(round_id, "support_manager", "Lidt hjælp fra lederen"))
    newer = make_backup(path, BackupReason.OPENED, now=T0 + dt.timedelta(days=2, hours=5))
    store.save_problem(Problem(round_id, "demands_quantitative", "Travlt om fredagen"))
    store.close()
    return path, older, newer


def problems_in(path: Path) -> list[str]:
    store = WorkplaceStore.open_read_only(path)
    try:
        return sorted(p.kind for p in store.problems(store.latest_round().id))
    finally:
        store.close()


def test_restoring_the_older_backup_from_the_dialog(qtbot, no_modals, english, file_with_two_backups):
    path, older, newer = file_with_two_backups
    released: list[bool] = []
    dialog = RestoreBackupDialog(path, release=lambda: released.append(True))
    qtbot.addWidget(dialog)
    assert [dialog.model.row(r).path for r in range(dialog.model.rowCount())] == [newer, older]
    assert dialog.model.index(1, dialog.model.MADE).data() == "4 Mar 2025 at 09:05"
    assert dialog.model.index(1, dialog.model.WHY).data() == "When the file was opened"
    assert dialog.model.index(0, dialog.model.PROBLEMS).data() == "1"
    assert not dialog.restore_button.isEnabled()

    dialog.select(older)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    question, done = no_modals
    assert question == (
        "Restore a backup",
        "The current file is saved as a backup first. Restore the copy from 4 Mar 2025 at 09:05?",
    )
    assert done[0] == "Backup restored"
    assert released == [True]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.restored is not None and dialog.restored.path == older
    assert problems_in(path) == []  # both problems were added after the older backup
    safety = dialog.safety_backup
    assert safety is not None and safety.exists()
    assert problems_in(safety) == ["Lidt hjælp fra lederen", "Travlt om fredagen"]
    listed = list_backups(path)
    assert listed[0].path == safety and listed[0].reason is BackupReason.BEFORE_RESTORE


def test_saying_no_changes_nothing(qtbot, monkeypatch, english, file_with_two_backups):
    from PySide6.QtWidgets import QMessageBox

    path, older, _newer = file_with_two_backups
    before = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    released: list[bool] = []
    dialog = RestoreBackupDialog(path, release=lambda: released.append(True))
    qtbot.addWidget(dialog)
    dialog.select(older)
    dialog.restore_selected()
    assert path.read_bytes() == before and released == [] and dialog.restored is None
    assert len(list_backups(path)) == 2


def test_a_damaged_backup_is_shown_but_cannot_be_restored(qtbot, no_modals, english, file_with_two_backups):
    path, older, _newer = file_with_two_backups
    damaged = older.with_name("Vaskeri Øst 2026-12-01 08-00 (opened).apvdesk")
    damaged.write_bytes(older.read_bytes()[:3000])
    before = path.read_bytes()
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.model.row(0).path == damaged
    assert dialog.model.index(0, dialog.model.WORKPLACE).data() == "Damaged: cannot be restored"
    dialog.select(damaged)
    assert not dialog.restore_button.isEnabled() and dialog.delete_button.isEnabled()
    dialog.restore_selected()
    assert no_modals == [] and path.read_bytes() == before


def test_a_backup_can_be_deleted_after_asking(qtbot, no_modals, english, file_with_two_backups):
    path, older, newer = file_with_two_backups
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    dialog.select(older)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert no_modals == [
        ("Delete a backup", "Delete the copy from 4 Mar 2025 at 09:05? It cannot be brought back.")
    ]
    assert not older.exists() and newer.exists()
    assert [dialog.model.row(r).path for r in range(dialog.model.rowCount())] == [newer]
    assert dialog.selected() is None and not dialog.delete_button.isEnabled()
    dialog.select(newer)
    dialog.delete_selected()
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()


def test_a_failed_restore_says_so_and_leaves_the_file(
    qtbot, no_modals, english, monkeypatch, file_with_two_backups
):
    from tests.platform.write_refusal import refusing_writes

    path, older, _newer = file_with_two_backups
    before = path.read_bytes()
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    dialog.select(older)
    with refusing_writes(path.parent, monkeypatch):  # refused even for root
        dialog.restore_selected()
    assert no_modals[-1][0] == "Cannot restore the backup"
    assert "read-only" in no_modals[-1][1]
    assert path.read_bytes() == before and dialog.restored is None


def test_without_backups_the_dialog_says_when_they_are_made(qtbot, english, tmp_path):
    dialog = RestoreBackupDialog(tmp_path / "Ny.apvdesk")
    qtbot.addWidget(dialog)
    assert "each time the file is opened" in dialog.empty_label.text()
    assert dialog.table.isHidden() and not dialog.restore_button.isEnabled()


def _has_menu_entry() -> bool:
    from apvdesk.ui.main_window import MainWindow

    return hasattr(MainWindow, "restore_backup")


@pytest.mark.skipif(not _has_menu_entry(), reason="File › Restore a backup… is not in the main window yet")
def test_restoring_from_the_main_window_reopens_the_restored_file(
    main_window, monkeypatch, file_with_two_backups
):
    path, older, _newer = file_with_two_backups
    assert main_window.open_file(path)
    assert len(main_window.store.problems(main_window.store.latest_round().id)) == 2

    def choose_the_older_copy(dialog: RestoreBackupDialog) -> int:
        dialog.select(older)
        dialog.restore_selected()
        return dialog.result()

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose_the_older_copy)
    main_window.restore_backup()
    store = main_window.store
    assert store is not None and store.path == path and not store.read_only
    assert store.problems(store.latest_round().id) == []
    assert BackupReason.BEFORE_RESTORE in [b.reason for b in list_backups(path)]
