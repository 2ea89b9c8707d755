"""A backup copy opened in the window can be looked at, not worked on: it is restored instead."""

from __future__ import annotations

from pathlib import Path

from apvdesk.store.sqlite.backups import BackupReason, make_backup


def test_a_backup_copy_opens_read_only_and_says_why(qtbot, main_window, demo_file: Path):
    backup = make_backup(demo_file, BackupReason.OPENED)
    before = backup.read_bytes()
    assert main_window.open_file(backup)
    assert main_window.store is not None and main_window.store.read_only
    bar = main_window.read_only_bar
    assert bar.isVisibleTo(main_window) and "sikkerhedskopi" in bar.label.text().lower()
    main_window.close_workplace()
    assert backup.read_bytes() == before
