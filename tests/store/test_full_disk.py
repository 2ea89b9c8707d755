"""A full disk or a read-only place during a write: one clear message, the last good state intact.

A full disk is simulated with SQLite's ``PRAGMA max_page_count`` (the next write that
needs a new page fails with SQLITE_FULL, "database or disk is full") and, for the
exports, with the operating system's ENOSPC raised inside ``write_atomically``. Read-only
files and folders use real permissions where the tests do not run as root (root ignores
them) and are simulated otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from apvdesk import cli
from apvdesk.app.file_messages import describe
from apvdesk.app.resources import shipped_bank
from apvdesk.cli.common import EXIT_USER_ERROR
from apvdesk.core.model import Group, Response, Round, RoundStatus, Workplace
from apvdesk.store.errors import CannotWrite, DiskFull
from apvdesk.store.sqlite.database import write_failure
from apvdesk.store.sqlite.sqlite_file import integrity_check
from apvdesk.store.workplace_store import WorkplaceStore
from tests.platform.write_refusal import refusing_writes

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
DISK_FULL_WORDS = "disk is full"
READ_ONLY_WORDS = "read-only"


@contextmanager
def disk_full(target: Engine | type[Engine], pages_left: int = 0) -> Iterator[None]:
    """Let connections of ``target`` (an engine, or every engine) grow by ``pages_left`` pages only."""

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        used = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {max(used + pages_left, 1)}")

    event.listen(target, "connect", limit)
    if isinstance(target, Engine):
        target.dispose()  # connections made from now on get the limit
    try:
        yield
    finally:
        event.remove(target, "connect", limit)
        if isinstance(target, Engine):
            target.dispose()


@contextmanager
def read_only_connections(engine: Engine) -> Iterator[None]:
    """Make SQLite refuse writes on ``engine`` as it does on a write-protected file."""

    def refuse(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    event.listen(engine, "connect", refuse)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", refuse)
        engine.dispose()


def _engine(store: WorkplaceStore) -> Engine:
    return store._engine  # the test reaches in to limit the store's own connections


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_rows(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def assert_sound(path: Path) -> None:
    assert integrity_check(path) == ["ok"]
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert not path.with_name(path.name + "-journal").exists()


def responses(group_id: int, count: int) -> list[Response]:
    answers = {f"item_{n}": n % 5 for n in range(60)}
    return [Response(group_id, "da", dt.date(2026, 9, 1), dict(answers)) for _ in range(count)]


@pytest.fixture
def workplace(demo_file: Path) -> Path:
    return demo_file


def latest_round_id(store: WorkplaceStore) -> int:
    latest = store.latest_round()
    assert latest is not None and latest.id is not None
    return latest.id


# --- the workplace file ------------------------------------------------------------------


def test_a_kiosk_submission_on_a_full_disk_saves_nothing_and_says_so(workplace):
    store = WorkplaceStore.open(workplace)
    try:
        round_id = latest_round_id(store)
        group_id = store.groups()[0].id
        assert group_id is not None
        before = file_rows(workplace)
        with disk_full(_engine(store)), pytest.raises(CannotWrite) as caught:
            store.add_responses(round_id, responses(group_id, 40))
        assert caught.value.path == workplace
        assert DISK_FULL_WORDS in describe(caught.value) and str(workplace) in describe(caught.value)
        assert file_rows(workplace) == before  # nothing of the failed submission
        assert_sound(workplace)
        # space returns: the same store writes again
        assert store.add_responses(round_id, responses(group_id, 40)) == 40
    finally:
        store.close()
    again = WorkplaceStore.open(workplace)
    try:
        assert again.respondent_count(round_id) == len(before["respondent"]) + 40
    finally:
        again.close()
    assert_sound(workplace)


def test_saving_an_action_on_a_full_disk_keeps_the_plan_as_it_was(workplace):
    store = WorkplaceStore.open(workplace)
    try:
        round_id = latest_round_id(store)
        problem, action = store.round_actions(round_id)[0]
        before = file_rows(workplace)
        long_how = "Fælles pause på nattevagten, hver nat kl. 2. " * 20000  # needs new pages
        changed = dataclasses.replace(action, how=long_how)
        with disk_full(_engine(store)), pytest.raises(CannotWrite) as caught:
            store.save_action(changed)
        assert DISK_FULL_WORDS in describe(caught.value)
        assert file_rows(workplace) == before  # neither the action nor the plan's revision moved
        assert_sound(workplace)
        assert store.save_action(changed).how == long_how
    finally:
        store.close()
    assert_sound(workplace)


def test_creating_a_file_on_a_full_disk_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(b"an older file the user chose to replace")
    before = sha256(path)
    workplace = Workplace(name="Vaskeri Nord ApS")
    first = Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.MAPPING)
    with disk_full(Engine, pages_left=8), pytest.raises(CannotWrite) as caught:
        WorkplaceStore.create(path, workplace, [Group("Vask", 6)], first, shipped_bank())
    assert caught.value.path == path
    assert DISK_FULL_WORDS in describe(caught.value)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Firma.apvdesk"]  # no .tmp, no journal
    store = WorkplaceStore.create(path, workplace, [Group("Vask", 6)], first, shipped_bank())
    store.close()
    assert_sound(path)


def test_disk_full_errors_are_told_apart_from_other_write_errors(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert isinstance(write_failure(path, full), DiskFull)
    assert isinstance(write_failure(path, OSError(errno.ENOSPC, "No space left on device")), DiskFull)
    denied = write_failure(path, PermissionError(errno.EACCES, "Permission denied"))
    assert type(denied) is CannotWrite and denied.detail == "Permission denied"


# --- read-only files and folders ------------------------------------------------------------


@contextmanager
def read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make ``path`` (a file or a folder) read-only: by permissions, or as root by pretending."""
    if AS_ROOT:
        with refusing_writes(path, monkeypatch):
            yield
        return
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        path.chmod(mode)


def test_a_read_only_file_is_refused_for_writing_and_still_opens_to_read(workplace, monkeypatch):
    before = sha256(workplace)
    with read_only(workplace, monkeypatch):
        with pytest.raises(CannotWrite) as caught:
            WorkplaceStore.open(workplace)
        assert READ_ONLY_WORDS in describe(caught.value) and str(workplace) in describe(caught.value)
        store = WorkplaceStore.open_read_only(workplace)
        try:
            assert store.workplace().name
        finally:
            store.close()
    assert sha256(workplace) == before


def test_a_file_that_turns_read_only_while_open_keeps_its_last_state(workplace):
    store = WorkplaceStore.open(workplace)
    try:
        round_id = latest_round_id(store)
        _problem, action = store.round_actions(round_id)[0]
        before = file_rows(workplace)
        with read_only_connections(_engine(store)), pytest.raises(CannotWrite) as caught:
            store.save_action(dataclasses.replace(action, how="Ny tekst"))
        assert READ_ONLY_WORDS in describe(caught.value)
        assert file_rows(workplace) == before
        assert store.save_action(dataclasses.replace(action, how="Ny tekst")).how == "Ny tekst"
    finally:
        store.close()
    assert_sound(workplace)


@pytest.mark.skipif(AS_ROOT, reason="root may write in any folder; see the simulated cases")
def test_creating_a_file_in_a_read_only_folder_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "shared"
    folder.mkdir()
    first = Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.MAPPING)
    with read_only(folder, monkeypatch), pytest.raises(CannotWrite) as caught:
        WorkplaceStore.create(folder / "Firma.apvdesk", Workplace(name="X"), [], first, shipped_bank())
    assert "folder" in describe(caught.value)
    assert list(folder.iterdir()) == []


# --- exports ---------------------------------------------------------------------------------

EXPORTS = [
    pytest.param(["report", "action-plan"], "plan.pdf", id="pdf"),
    pytest.param(["export"], "plan.xlsx", id="xlsx"),
]


def _export(command: list[str], source: Path, out: Path) -> int:
    return cli.main([*command, str(source), "-o", str(out), "--lang", "en"])


@pytest.mark.parametrize(("command", "name"), EXPORTS)
def test_an_export_to_a_full_disk_keeps_the_old_output(
    workplace, tmp_path, monkeypatch, capsys, qapp, command, name
):
    out = tmp_path / "out" / name
    out.parent.mkdir()
    out.write_bytes(b"last week's file")

    def no_space(fd: int) -> None:  # what the disk says when the data cannot be stored
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr(os, "fsync", no_space)
    assert _export(command, workplace, out) == EXIT_USER_ERROR
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and DISK_FULL_WORDS in err and str(out) in err, err
    assert out.read_bytes() == b"last week's file"
    assert sorted(p.name for p in out.parent.iterdir()) == [name]  # no temporary file left


def test_an_export_to_a_full_disk_names_the_file_even_when_the_system_does_not(
    workplace, tmp_path, monkeypatch, capsys, qapp
):
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()

    def no_space(fd: int) -> None:  # as the operating system raises it: no file name
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    try:
        status = _export(["report", "action-plan"], workplace, out)
    finally:
        monkeypatch.undo()
    assert status == EXIT_USER_ERROR
    assert DISK_FULL_WORDS in capsys.readouterr().err


@pytest.mark.parametrize(("command", "name"), EXPORTS)
def test_an_export_to_a_read_only_folder_is_refused_in_one_line(
    workplace, tmp_path, monkeypatch, capsys, qapp, command, name
):
    out = tmp_path / "out" / name
    out.parent.mkdir()
    with read_only(out.parent, monkeypatch):  # as root: no file can be made there, as in such a folder
        status = _export(command, workplace, out)
    assert status == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(out) in err, err
    assert READ_ONLY_WORDS in err or "may not write in the folder" in err, err
    assert list(out.parent.iterdir()) == []
