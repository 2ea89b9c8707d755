"""Automatic backups: consistent copies, rotation, the fallback folder, listing and restoring."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Problem, Round, RoundStatus, Workplace
from apvdesk.store.errors import CannotWrite, DiskFull, NotAWorkplaceFile
from apvdesk.store.sqlite import backup_making, file_replacement
from apvdesk.store.sqlite.backend import SqliteBackend
from apvdesk.store.sqlite.backups import (
    BACKUP_FOLDER_NAME,
    BackupReason,
    backup_folder,
    backup_on_opening,
    delete_backup,
    delete_backups,
    fallback_folder,
    list_backups,
    make_backup,
    restore_backup,
)
from apvdesk.store.sqlite.database import inspect_file, make_engine
from apvdesk.store.sqlite.sqlite_file import integrity_check
from apvdesk.store.workplace_store import WorkplaceStore
from tests.platform.write_refusal import refusing_writes

T0 = dt.datetime(2025, 3, 4, 9, 0)  # in the past, so that a backup made now is the newest
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def workplace_file(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "Vaskeri Øst.apvdesk"
    path.parent.mkdir()
    store = WorkplaceStore.create(
        path,
        Workplace("Vaskeri Øst"),
        [Group("Vaskeri", 8), Group("Chauffører", 4)],
        Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.ASSESSING),
        shipped_bank(),
    )
    store.close()
    return path


def add_problem(path: Path, description: str) -> None:
    """Change the file the way the program does: one committed unit of work.

    The store is made directly on an engine, not with WorkplaceStore.open, which would
    itself make an "opened" backup.
    """
    store = WorkplaceStore(SqliteBackend(make_engine(path), path))
    try:
        store.save_problem(Problem(store.latest_round().id, "support_manager", description))
    finally:
        store.close()


def rows(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def problem_texts(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT kind FROM problem ORDER BY kind")]
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- making backups ------------------------------------------------------------------


def test_a_backup_holds_every_row_of_the_file(workplace_file: Path):
    add_problem(workplace_file, "Lidt hjælp fra lederen")
    copy = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    assert copy == backup_folder(workplace_file) / "Vaskeri Øst 2025-03-04 09-00 (opened).apvdesk"
    assert copy.parent == workplace_file.parent / BACKUP_FOLDER_NAME
    assert rows(copy) == rows(workplace_file)
    assert inspect_file(copy) == inspect_file(workplace_file)  # carries apvdesk's mark and revision
    assert integrity_check(copy) == ["ok"]
    assert names(copy.parent) == [copy.name]  # no partial copy or journal left behind


def test_two_backups_in_the_same_minute_get_different_names(workplace_file: Path):
    first = make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0)
    second = make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0)
    assert first != second and second.name.endswith("(before restore) 2.apvdesk")
    assert [b.path for b in list_backups(workplace_file)] == [second, first]


def test_rotation_keeps_the_newest_five_opened_and_three_before_restore(workplace_file: Path):
    opened = [
        make_backup(workplace_file, BackupReason.OPENED, now=T0 + dt.timedelta(hours=i)) for i in range(7)
    ]
    restores = [
        make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0 + dt.timedelta(hours=i))
        for i in range(5)
    ]
    upgrades = [
        make_backup(workplace_file, BackupReason.BEFORE_UPGRADE, now=T0 + dt.timedelta(days=i))
        for i in range(4)
    ]
    kept = {b.path for b in list_backups(workplace_file)}
    assert kept == set(opened[-5:]) | set(restores[-3:]) | set(upgrades)
    assert not any(p.exists() for p in opened[:2] + restores[:2])


def test_rotation_leaves_other_files_backups_and_other_files_alone(workplace_file: Path):
    folder = backup_folder(workplace_file)
    folder.mkdir()
    other = folder / "Vaskeri Øst 2 2026-01-01 10-00 (opened).apvdesk"
    notes = folder / "notes.txt"
    other.write_bytes(b"x")
    notes.write_text("mine")
    for i in range(7):
        make_backup(workplace_file, BackupReason.OPENED, now=T0 + dt.timedelta(hours=i))
    assert other.exists() and notes.read_text() == "mine"
    assert len(list_backups(workplace_file)) == 5


def test_opening_makes_a_backup_unless_nothing_changed(workplace_file: Path):
    first = backup_on_opening(workplace_file, now=T0)
    assert first is not None and first.name.endswith("(opened).apvdesk")
    assert backup_on_opening(workplace_file, now=T0 + dt.timedelta(hours=2)) is None  # same content
    add_problem(workplace_file, "Travlt om fredagen")
    second = backup_on_opening(workplace_file, now=T0 + dt.timedelta(hours=3))
    assert second is not None
    assert problem_texts(second) == ["Travlt om fredagen"]
    assert problem_texts(first) == []


def test_opening_again_soon_after_makes_no_new_backup(workplace_file: Path):
    assert backup_on_opening(workplace_file, now=T0) is not None
    add_problem(workplace_file, "Travlt om fredagen")
    assert backup_on_opening(workplace_file, now=T0 + dt.timedelta(minutes=9)) is None
    assert backup_on_opening(workplace_file, now=T0 + dt.timedelta(minutes=10)) is not None


def test_a_file_that_would_be_refused_gets_no_backup(tmp_path: Path):
    path = tmp_path / "regneark.apvdesk"
    path.write_text("navn;alder\n")
    before = digest(path)
    assert backup_on_opening(path, now=T0) is None
    assert digest(path) == before
    assert names(tmp_path) == ["regneark.apvdesk"]
    with pytest.raises(NotAWorkplaceFile):
        make_backup(path, BackupReason.OPENED)


def test_backups_go_to_the_data_folder_when_the_folder_beside_the_file_cannot_be_made(
    workplace_file: Path, private_data_dir: Path
):
    backup_folder(workplace_file).write_text("a file where the backups folder would go")
    copy = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    assert copy.parent == fallback_folder(workplace_file)
    assert copy.is_relative_to(private_data_dir)
    assert rows(copy) == rows(workplace_file)
    assert [b.path for b in list_backups(workplace_file)] == [copy]


@pytest.mark.skipif(AS_ROOT or os.name != "posix", reason="root may write into a read-only folder")
def test_backups_go_to_the_data_folder_when_the_files_folder_is_read_only(workplace_file: Path):
    folder = workplace_file.parent
    folder.chmod(0o555)
    try:
        copy = backup_on_opening(workplace_file, now=T0)
    finally:
        folder.chmod(0o755)
    assert copy is not None and copy.parent == fallback_folder(workplace_file)
    assert names(folder) == [workplace_file.name]


def test_a_backup_that_cannot_be_written_anywhere_does_not_stop_the_opening(
    workplace_file: Path, monkeypatch: pytest.MonkeyPatch
):
    def refuse(_source: Path, _target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_making, "_copy_database", refuse)
    assert backup_on_opening(workplace_file, now=T0) is None
    with pytest.raises(CannotWrite):
        make_backup(workplace_file, BackupReason.OPENED, now=T0)
    assert list(backup_folder(workplace_file).iterdir()) == []


def test_a_full_disk_is_reported_as_such(workplace_file: Path, monkeypatch: pytest.MonkeyPatch):
    def full(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_making, "_copy_database", full)
    with pytest.raises(DiskFull):
        make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0)


def test_files_of_the_same_name_in_two_folders_have_separate_fallback_folders(tmp_path: Path):
    assert fallback_folder(tmp_path / "a" / "Firma.apvdesk") != fallback_folder(
        tmp_path / "b" / "Firma.apvdesk"
    )


# --- listing ----------------------------------------------------------------------------


def test_the_list_is_newest_first_and_says_what_each_backup_holds(workplace_file: Path):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    add_problem(workplace_file, "Travlt om fredagen")
    newer = make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0 + dt.timedelta(days=1))
    listed = list_backups(workplace_file)
    assert [b.path for b in listed] == [newer, older]
    assert [b.reason for b in listed] == [BackupReason.BEFORE_RESTORE, BackupReason.OPENED]
    assert listed[0].created == T0 + dt.timedelta(days=1)
    assert [(b.workplace_name, b.respondents, b.problems) for b in listed] == [
        ("Vaskeri Øst", 0, 1),
        ("Vaskeri Øst", 0, 0),
    ]
    assert all(b.usable and b.size == b.path.stat().st_size for b in listed)


def test_damaged_and_foreign_backups_are_listed_as_unusable(workplace_file: Path):
    good = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    folder = good.parent
    junk = folder / "Vaskeri Øst 2026-11-28 09-00 (opened).apvdesk"
    junk.write_text("not a database")
    truncated = folder / "Vaskeri Øst 2026-11-29 09-00 (opened).apvdesk"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    listed = list_backups(workplace_file)
    assert [b.path for b in listed] == [truncated, junk, good]
    assert [b.usable for b in listed] == [False, False, True]
    assert all(isinstance(b.unusable, NotAWorkplaceFile) for b in listed[:2])
    assert listed[0].workplace_name is None


def test_a_file_without_backups_lists_none(workplace_file: Path):
    assert list_backups(workplace_file) == []


# --- restoring ---------------------------------------------------------------------------


def test_restoring_puts_the_old_content_back_and_keeps_the_current_one(workplace_file: Path):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    add_problem(workplace_file, "Travlt om fredagen")
    current_rows = rows(workplace_file)
    safety = restore_backup(list_backups(workplace_file)[0], workplace_file)
    assert rows(workplace_file) == rows(older)
    assert problem_texts(workplace_file) == []
    assert safety is not None and "(before restore)" in safety.name
    assert rows(safety) == current_rows
    reopened = WorkplaceStore.open(workplace_file)
    try:
        assert reopened.problems(reopened.latest_round().id) == []
    finally:
        reopened.close()
    leftovers = [
        n for n in names(workplace_file.parent) if n not in (workplace_file.name, BACKUP_FOLDER_NAME)
    ]
    assert leftovers == []


def test_restoring_keeps_the_files_permissions(workplace_file: Path):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    workplace_file.chmod(0o664)
    restore_backup(older, workplace_file)
    assert workplace_file.stat().st_mode & 0o777 == 0o664


def test_restoring_the_oldest_kept_safety_backup_survives_the_rotation(workplace_file: Path):
    restores = [
        make_backup(workplace_file, BackupReason.BEFORE_RESTORE, now=T0 + dt.timedelta(hours=i))
        for i in range(3)
    ]
    add_problem(workplace_file, "Travlt om fredagen")
    restore_backup(restores[0], workplace_file)  # the safety backup pushes restores[0] out
    assert not restores[0].exists()
    assert problem_texts(workplace_file) == []


def test_a_failed_rename_leaves_the_file_byte_identical(
    workplace_file: Path, monkeypatch: pytest.MonkeyPatch
):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    add_problem(workplace_file, "Travlt om fredagen")
    before = digest(workplace_file)
    real_replace = os.replace

    def fail_onto_the_file(source, target):
        if Path(target) == workplace_file:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(file_replacement.os, "replace", fail_onto_the_file)
    with pytest.raises(CannotWrite) as error:
        restore_backup(older, workplace_file)
    assert error.value.path == workplace_file
    assert digest(workplace_file) == before
    assert names(workplace_file.parent) == sorted([workplace_file.name, BACKUP_FOLDER_NAME])


def test_a_failed_copy_leaves_the_file_byte_identical(workplace_file: Path, monkeypatch: pytest.MonkeyPatch):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    before = digest(workplace_file)

    def full_disk(_source, _target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_replacement.shutil, "copyfile", full_disk)
    with pytest.raises(CannotWrite):
        restore_backup(older, workplace_file)
    assert digest(workplace_file) == before
    assert names(workplace_file.parent) == sorted([workplace_file.name, BACKUP_FOLDER_NAME])


def test_an_unusable_backup_is_not_restored(workplace_file: Path):
    good = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    junk = good.with_name("Vaskeri Øst 2026-11-28 09-00 (opened).apvdesk")
    junk.write_bytes(good.read_bytes()[:5000])
    before = digest(workplace_file)
    with pytest.raises(NotAWorkplaceFile):
        restore_backup(list_backups(workplace_file)[0], workplace_file)
    assert digest(workplace_file) == before
    assert len(list_backups(workplace_file)) == 2  # no safety backup either: nothing was done


@pytest.mark.skipif(AS_ROOT, reason="root may write a read-only file")
def test_restoring_onto_a_read_only_file_is_refused(workplace_file: Path):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    workplace_file.chmod(0o444)
    try:
        with pytest.raises(CannotWrite, match="read-only"):
            restore_backup(older, workplace_file)
    finally:
        workplace_file.chmod(0o644)


def test_restoring_into_a_read_only_location_is_refused(
    workplace_file: Path, monkeypatch: pytest.MonkeyPatch
):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    before = digest(workplace_file)
    with refusing_writes(workplace_file.parent, monkeypatch), pytest.raises(CannotWrite, match="read-only"):
        restore_backup(older, workplace_file)  # the folder refuses writes, as root would not by itself
    assert digest(workplace_file) == before
    assert len(list_backups(workplace_file)) == 1


_INTERRUPT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN")
connection.execute("UPDATE workplace SET name = 'HALF WRITTEN'")
connection.execute("CREATE TABLE junk (x)")
for _ in range(2000):
    connection.execute("INSERT INTO junk VALUES (?)", ("x" * 500,))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_journal_left_by_a_crash_is_not_applied_to_the_restored_content(workplace_file: Path):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    add_problem(workplace_file, "Travlt om fredagen")
    subprocess.run([sys.executable, "-c", _INTERRUPT, str(workplace_file)], check=False)
    journal = workplace_file.with_name(workplace_file.name + "-journal")
    assert journal.exists()
    safety = restore_backup(older, workplace_file)
    assert not journal.exists()
    assert integrity_check(workplace_file) == ["ok"]
    assert rows(workplace_file) == rows(older)
    assert safety is not None and problem_texts(safety) == ["Travlt om fredagen"]  # the last committed state


def test_delete_backup_removes_one(workplace_file: Path):
    first = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    second = make_backup(workplace_file, BackupReason.OPENED, now=T0 + dt.timedelta(hours=1))
    delete_backup(list_backups(workplace_file)[1])
    assert not first.exists() and second.exists()


def test_delete_backups_removes_them_all(workplace_file: Path):
    for i in range(3):
        make_backup(workplace_file, BackupReason.OPENED, now=T0 + dt.timedelta(hours=i))
    assert delete_backups(workplace_file) == 3
    assert list_backups(workplace_file) == []
    assert not backup_folder(workplace_file).exists()
    assert workplace_file.exists()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_backup_of_a_file_left_by_a_crash_holds_its_last_committed_state(workplace_file: Path):
    add_problem(workplace_file, "Travlt om fredagen")
    committed = rows(workplace_file)
    subprocess.run([sys.executable, "-c", _INTERRUPT, str(workplace_file)], check=False)
    journal = workplace_file.with_name(workplace_file.name + "-journal")
    before = (digest(workplace_file), digest(journal))
    copy = backup_on_opening(workplace_file, now=T0)
    assert copy is not None
    assert (digest(workplace_file), digest(journal)) == before  # the backup did not roll it back
    assert rows(copy) == committed
    assert integrity_check(copy) == ["ok"]


def test_a_file_damaged_inside_gets_no_backup_and_nothing_beside_it(workplace_file: Path):
    data = bytearray(workplace_file.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = bytes(range(256)) * (3 * page // 256)  # three pages of junk
    workplace_file.write_bytes(bytes(data))
    before = digest(workplace_file)
    assert backup_on_opening(workplace_file, now=T0) is None
    assert digest(workplace_file) == before
    assert names(workplace_file.parent) == [workplace_file.name]
    with pytest.raises(NotAWorkplaceFile):  # DamagedFile
        make_backup(workplace_file, BackupReason.OPENED, now=T0)


def test_a_file_about_to_be_upgraded_gets_its_copy_from_the_upgrade_not_on_opening(tmp_path: Path):
    path = tmp_path / "Gammel.apvdesk"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "schema_0001.apvdesk", path)
    assert backup_on_opening(path, now=T0) is None
    assert names(tmp_path) == [path.name]


def test_a_read_only_file_gets_no_backup(workplace_file: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(backup_making, "_writable", lambda _path: False)  # root ignores permission bits
    assert backup_on_opening(workplace_file, now=T0) is None
    assert names(workplace_file.parent) == [workplace_file.name]
