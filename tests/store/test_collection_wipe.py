"""Wiping a collection file after a merge: never a sheet that is not in the workplace file yet."""

from __future__ import annotations

import sqlite3

import pytest

from apvdesk.platform.file_errors import CannotWrite
from apvdesk.platform.os_errors import ErrorKind
from apvdesk.store.collection.file import add_sheets, sheet_count, wipe_answers
from apvdesk.store.collection.merging import merge_collection, wipe_merged
from tests.store.test_collection import BANK, _collected, _sheets, _workplace


def test_a_sheet_collected_after_the_merge_keeps_the_wipe_from_happening(tmp_path):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 5))
        assert merge_collection(store, path).added == 5
        add_sheets(path, _sheets(groups, 10, 1), BANK)  # the kiosk on the laptop took one more

        assert wipe_merged(store, path) is False
        assert sheet_count(path) == 6  # nothing wiped, the new sheet is still there

        assert merge_collection(store, path).added == 1
        assert wipe_merged(store, path) is True
        assert sheet_count(path) == 0
        assert len(store.responses(round_id)) == 6
    finally:
        store.close()


def test_an_sqlite_failure_while_wiping_is_a_cannot_write_and_keeps_the_sheets(tmp_path, monkeypatch):
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = _collected(store, round_id, tmp_path / "a.apvcollect", _sheets(groups, 0, 3))
    finally:
        store.close()
    real_connect = sqlite3.connect

    class FullDisk:
        """A connection whose COMMIT fails as on a full USB stick (SQLITE_FULL)."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args):
            if sql == "COMMIT":
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = 13  # type: ignore[attr-defined]
                raise error
            return self.conn.execute(sql, *args)

        def close(self) -> None:
            self.conn.close()

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        return conn if kwargs.get("uri") else FullDisk(conn)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(CannotWrite) as refused:
        wipe_answers(path)
    monkeypatch.undo()
    assert refused.value.cause is ErrorKind.DISK_FULL
    assert sheet_count(path) == 3
