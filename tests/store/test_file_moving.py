"""Moving a closed workplace file out of a synced folder: checked before the original goes, nothing lost."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from apvdesk.store.errors import CannotWrite, FileInUse
from apvdesk.store.sqlite import file_moving
from apvdesk.store.sqlite.files import lock_path, move_workplace
from apvdesk.store.sqlite.sqlite_file import integrity_check
from apvdesk.store.workplace_store import WorkplaceStore


@pytest.fixture
def synced(demo_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "OneDrive - Vaskeriet" / "Dokumenter"
    folder.mkdir(parents=True)
    return Path(shutil.copy(demo_file, folder / "Vaskeri Øst.apvdesk"))


def rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        connection.close()


def test_the_file_is_moved_whole_and_opens_there(synced: Path, tmp_path: Path) -> None:
    before = rows(synced)
    target = tmp_path / "Anna" / "apvdesk" / "Vaskeri Øst.apvdesk"
    moved = move_workplace(synced, target)
    assert moved.path == target and not moved.original_left
    assert not synced.exists() and not lock_path(synced).exists() and not lock_path(target).exists()
    assert rows(target) == before and integrity_check(target) == ["ok"]
    store = WorkplaceStore.open(target)
    try:
        assert store.workplace().name == "Vaskeri Solsiden ApS"
        assert len(store.rounds()) >= 1
    finally:
        store.close()


def test_an_existing_file_is_never_replaced(synced: Path, tmp_path: Path) -> None:
    target = tmp_path / "there.apvdesk"
    target.write_bytes(b"mine")
    with pytest.raises(CannotWrite):
        move_workplace(synced, target)
    assert target.read_bytes() == b"mine" and synced.exists()


def test_a_file_open_elsewhere_is_not_moved(synced: Path, tmp_path: Path) -> None:
    target = tmp_path / "local" / "x.apvdesk"
    lock = lock_path(synced)  # another PC's apvdesk has it open
    record = {"app": "apvdesk", "user": "birgit", "host": "KONTOR-PC", "pid": 4242, "version": "0.1.0"}
    lock.write_text(
        json.dumps(record | {"since": dt.datetime.now().astimezone().isoformat()}), encoding="utf-8"
    )
    with pytest.raises(FileInUse):
        move_workplace(synced, target)
    assert synced.exists() and not target.exists() and lock.exists()


def test_a_copy_that_differs_is_removed_and_the_original_kept(
    synced: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = synced.read_bytes()
    real = file_moving._copy_database

    def copy_then_damage(source: Path, target: Path) -> None:
        real(source, target)
        connection = sqlite3.connect(target)
        connection.execute("DELETE FROM problem")  # as a copy that lost something on the way
        connection.commit()
        connection.close()

    monkeypatch.setattr(file_moving, "_copy_database", copy_then_damage)
    target = tmp_path / "local" / "x.apvdesk"
    with pytest.raises(CannotWrite):
        move_workplace(synced, target)
    assert synced.read_bytes() == before and not target.exists()
    assert [p.name for p in target.parent.iterdir()] == []  # no partial copy, no lock file


def test_an_original_that_cannot_be_removed_is_said(
    synced: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def held_by_onedrive(self: Path, missing_ok: bool = False) -> None:
        if self == synced:
            raise PermissionError(13, "The process cannot access the file", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held_by_onedrive)
    moved = move_workplace(synced, tmp_path / "local" / "x.apvdesk")
    assert moved.original_left and synced.exists() and moved.path.exists()
