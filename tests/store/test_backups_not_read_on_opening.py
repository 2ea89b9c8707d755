"""Opening a workplace never reads its backups (in a OneDrive folder that would download them).

Whether the newest backup holds what the file holds is told from a note made when the
backup was made on this PC, with the backup's size and modification time; the backup
itself is only ``stat``-ed. Reading backups in full stays for the restore dialog.
"""

from __future__ import annotations

import builtins
import datetime as dt
import io
import os
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Round, RoundStatus, Workplace
from apvdesk.store.sqlite import backup_digests
from apvdesk.store.sqlite.backend import SqliteBackend
from apvdesk.store.sqlite.backups import BACKUP_FOLDER_NAME, BackupReason, list_backups, make_backup
from apvdesk.store.workplace_store import WorkplaceStore

AN_HOUR_AGO = dt.datetime.now() - dt.timedelta(hours=1)  # long enough ago for a new "opened" backup
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def workplace_file(tmp_path: Path) -> Path:
    path = tmp_path / "OneDrive - Vaskeriet" / "Vaskeri Øst.apvdesk"
    path.parent.mkdir()
    WorkplaceStore.create(
        path,
        Workplace("Vaskeri Øst"),
        [Group("Vaskeri", 8)],
        Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.ASSESSING),
        shipped_bank(),
    ).close()
    return path


@pytest.fixture
def reads_in_backups(monkeypatch: pytest.MonkeyPatch, workplace_file: Path) -> list[str]:
    """Every file in the backup folder opened for reading, by Python or by SQLite, from now on."""
    folder = str(workplace_file.parent / BACKUP_FOLDER_NAME)
    seen: list[str] = []
    real_open, real_io_open, real_connect = builtins.open, io.open, sqlite3.connect

    def note(target: object, mode: str = "r") -> None:
        name = str(target)
        if name.startswith("file:"):
            name = name.removeprefix("file:").split("?")[0]
        if folder in os.path.abspath(name) and "r" in mode and "+" not in mode:
            seen.append(name)

    def spy_open(file, mode="r", *args, **kwargs):
        note(file, mode)
        return real_open(file, mode, *args, **kwargs)

    def spy_io_open(file, mode="r", *args, **kwargs):
        note(file, mode)
        return real_io_open(file, mode, *args, **kwargs)

    def spy_connect(database, *args, **kwargs):
        note(database)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(sqlite3, "connect", spy_connect)
    return seen


def open_and_close(path: Path) -> None:
    SqliteBackend.open(path).close()


def test_an_unchanged_file_opens_without_reading_its_backup(workplace_file: Path, monkeypatch) -> None:
    backup = make_backup(workplace_file, BackupReason.OPENED, now=AN_HOUR_AGO)
    read_in_full: list[Path] = []
    real = backup_digests.content_digest
    monkeypatch.setattr(backup_digests, "content_digest", lambda p: read_in_full.append(p) or real(p))
    open_and_close(workplace_file)
    assert read_in_full == [workplace_file]  # the file being opened, never the backup
    assert [b.path for b in list_backups(workplace_file)] == [backup]  # same content: no new backup


@pytest.mark.skipif(AS_ROOT or os.name == "nt", reason="root reads any file; chmod 000 is POSIX")
def test_an_unreadable_newest_backup_does_not_stop_opening(workplace_file: Path, reads_in_backups) -> None:
    backup = make_backup(workplace_file, BackupReason.OPENED, now=AN_HOUR_AGO)
    reads_in_backups.clear()
    backup.chmod(0)
    try:
        open_and_close(workplace_file)
    finally:
        backup.chmod(0o644)
    assert reads_in_backups == []


def test_a_backup_replaced_by_garbage_is_not_read_and_a_new_one_is_made(
    workplace_file: Path, reads_in_backups
) -> None:
    backup = make_backup(workplace_file, BackupReason.OPENED, now=AN_HOUR_AGO)
    backup.write_bytes(b"not a database, and a cloud placeholder would be downloaded to read it" * 50)
    reads_in_backups.clear()
    open_and_close(workplace_file)
    assert str(backup) not in reads_in_backups
    made = [str(p) for p in backup.parent.iterdir() if p != backup]
    assert len(made) == 1  # taken as different: one backup too many, never one too few
    # only the new copy: written under a temporary name, then read to note what it holds
    assert {name.removesuffix(".part") for name in reads_in_backups} == set(made)
    assert list_backups(workplace_file)[0].usable


def test_a_backup_made_on_another_pc_is_taken_as_different(workplace_file: Path, tmp_path: Path) -> None:
    backup = make_backup(workplace_file, BackupReason.OPENED, now=AN_HOUR_AGO)
    (Path(os.environ["APVDESK_DATA_DIR"]) / backup_digests.DIGESTS_FILE).unlink()  # this PC never noted it
    assert not backup_digests.same_as_backup(backup, workplace_file)
    open_and_close(workplace_file)
    assert len(list_backups(workplace_file)) == 2
    open_and_close(workplace_file)  # noted now: the next opening knows it holds the same
    assert len(list_backups(workplace_file)) == 2


def test_backups_are_counted_by_their_names(workplace_file: Path, reads_in_backups) -> None:
    make_backup(workplace_file, BackupReason.OPENED, now=AN_HOUR_AGO)
    reads_in_backups.clear()
    backend = SqliteBackend.open(workplace_file)
    try:
        assert backend.backup_count() == 1
    finally:
        backend.close()
    assert reads_in_backups == []
