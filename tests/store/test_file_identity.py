"""A store notices when its file is removed or replaced under it, and saves nothing more."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Response, Workplace
from apvdesk.store.errors import CannotWrite, FileReplaced
from apvdesk.store.sqlite import file_identity
from apvdesk.store.sqlite.file_identity import FileIdentity, IdentityCheck
from apvdesk.store.sqlite.sqlite_file import journal_path
from apvdesk.store.workplace_store import WorkplaceStore

# On Windows a file that SQLite holds open can be neither replaced nor removed (SQLite does
# not share it for deletion), so only the moments without an open connection apply there.
HELD_OPEN_CAN_GO = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows refuses to replace or remove a file SQLite holds open"
)


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two different workplace files: ours, and someone else's that will take its place."""
    folder = tmp_path_factory.mktemp("identity")
    ours, theirs = folder / "ours.apvdesk", folder / "theirs.apvdesk"
    write_demo(ours, respondents=6, seed=1, name="Vaskeri Nord")
    write_demo(theirs, respondents=6, seed=2, name="Renseri Syd")
    return ours, theirs


@pytest.fixture
def files(originals: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    ours, theirs = tmp_path / "Vaskeri.apvdesk", tmp_path / "theirs.apvdesk"
    shutil.copyfile(originals[0], ours)
    shutil.copyfile(originals[1], theirs)
    return ours, theirs


def workplace_name(path: Path) -> str:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        return db.execute("SELECT name FROM workplace").fetchone()[0]


def one_answer(store: WorkplaceStore) -> tuple[int, Response]:
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    bank = store.round_bank(apv_round.id)
    group = store.round_groups(apv_round.id)[0]
    assert group.id is not None
    answers: dict[str, int | None] = {item.id: 1 for item in bank.items}
    return apv_round.id, Response(group.id, "da", dt.date(2027, 3, 2), answers)


# --- the store ----------------------------------------------------------------------------


def test_a_change_after_the_file_was_replaced_is_refused_and_goes_nowhere(files) -> None:
    ours, theirs = files
    store = WorkplaceStore.open(ours)
    try:
        os.replace(theirs, ours)  # another program puts its own file under our name
        replacement = ours.read_bytes()
        with pytest.raises(FileReplaced) as refused:
            store.save_workplace(Workplace(name="Ændret"))
        assert refused.value.path == ours
        assert isinstance(refused.value, CannotWrite)  # every handler of a failed write shows it
        assert ours.read_bytes() == replacement  # nothing went into the other program's file
        assert workplace_name(ours) == "Renseri Syd"
    finally:
        store.close()


@HELD_OPEN_CAN_GO
def test_an_answer_after_the_file_was_replaced_while_connected_is_refused(files) -> None:
    ours, theirs = files
    store = WorkplaceStore.open(ours)
    try:
        round_id, response = one_answer(store)  # the store now holds a connection to its file
        os.replace(theirs, ours)
        replacement = ours.read_bytes()
        with pytest.raises(FileReplaced):
            store.add_responses(round_id, [response])  # would go into the deleted file: lost
        assert ours.read_bytes() == replacement
        assert not journal_path(ours).exists()  # no journal of ours beside the other file
    finally:
        store.close()


def test_a_change_after_the_file_was_removed_is_refused(files) -> None:
    ours, _theirs = files
    store = WorkplaceStore.open(ours)
    try:
        ours.unlink()
        with pytest.raises(FileReplaced):
            store.save_workplace(Workplace(name="Ændret"))
        assert not ours.exists()  # SQLite did not make a new, empty file in its place
    finally:
        store.close()


@HELD_OPEN_CAN_GO
def test_an_answer_after_the_file_was_removed_while_connected_is_refused(files) -> None:
    ours, _theirs = files
    store = WorkplaceStore.open(ours)
    try:
        round_id, response = one_answer(store)
        ours.unlink()
        with pytest.raises(FileReplaced):
            store.add_responses(round_id, [response])
    finally:
        store.close()


def test_reading_a_replaced_file_is_refused_too(files) -> None:
    ours, theirs = files
    store = WorkplaceStore.open(ours)
    try:
        os.replace(theirs, ours)
        with pytest.raises(FileReplaced):
            store.workplace()  # it would show the other workplace as if it were ours
    finally:
        store.close()


def test_a_read_only_store_notices_too(files) -> None:
    ours, theirs = files
    store = WorkplaceStore.open_read_only(ours)
    try:
        assert store.workplace().name == "Vaskeri Nord"
        os.replace(theirs, ours)
        with pytest.raises(FileReplaced):
            store.workplace()
    finally:
        store.close()


def test_the_same_file_moved_away_and_back_is_still_ours(files, tmp_path: Path) -> None:
    ours, _theirs = files
    aside = tmp_path / "aside.apvdesk"
    store = WorkplaceStore.open(ours)
    try:
        os.replace(ours, aside)
        with pytest.raises(FileReplaced):
            store.workplace()
        os.replace(aside, ours)  # the very same file back (a rename keeps its identity)
        store.save_workplace(Workplace(name="Ændret"))
        assert store.workplace().name == "Ændret"
    finally:
        store.close()
    assert workplace_name(ours) == "Ændret"


def test_a_file_created_over_another_is_checked_as_the_new_one(files) -> None:
    ours, theirs = files
    from apvdesk.app.resources import shipped_bank
    from apvdesk.core.demo import make_demo

    bank = shipped_bank()
    demo = make_demo(bank, respondents=3, seed=5, name="Ny ApS")
    store = WorkplaceStore.create_demo(ours, demo, bank)  # replaces the old file, by design
    try:
        assert store.workplace().name == "Ny ApS"
        os.replace(theirs, ours)
        with pytest.raises(FileReplaced):
            store.workplace()
    finally:
        store.close()


# --- the identity -------------------------------------------------------------------------


def test_identity_tells_files_apart_and_follows_a_rename(files, tmp_path: Path) -> None:
    ours, theirs = files
    first = FileIdentity.of(ours)
    assert first is not None
    assert FileIdentity.of(ours) == first
    assert FileIdentity.of(theirs) != first
    assert FileIdentity.of(tmp_path / "missing.apvdesk") is None
    moved = tmp_path / "moved.apvdesk"
    os.replace(ours, moved)
    assert FileIdentity.of(moved) == first


def test_without_a_file_id_a_removal_is_still_noticed(files, monkeypatch) -> None:
    """Some network shares report no file id (0): then only removal can be told."""
    ours, theirs = files
    real_stat = os.stat

    def no_file_id(path, *args, **kwargs):
        result = real_stat(path, *args, **kwargs)
        values = list(result)
        values[1] = 0  # st_ino
        return os.stat_result(values)

    monkeypatch.setattr(file_identity.os, "stat", no_file_id)
    check = IdentityCheck(ours)
    assert not check.knows_file_id
    check.verify()
    os.replace(theirs, ours)
    check.verify()  # cannot be told without a file id (docs/storage.md says so)
    ours.unlink()
    with pytest.raises(FileReplaced):
        check.verify()


def test_a_path_that_is_missing_at_the_start_is_not_watched(tmp_path: Path) -> None:
    """A file being created: the store that fills it works on a temporary name."""
    check = IdentityCheck(tmp_path / "new.apvdesk")
    check.verify()
    (tmp_path / "new.apvdesk").write_bytes(b"x")
    check.verify()


def test_an_unreachable_folder_is_left_to_sqlite(files, monkeypatch) -> None:
    """A network share that does not answer is no proof of a replaced file: SQLite says what failed."""
    ours, _theirs = files
    check = IdentityCheck(ours)

    def unreachable(path, *args, **kwargs):
        raise OSError(112, "The network name cannot be found")

    monkeypatch.setattr(file_identity.os, "stat", unreachable)
    check.verify()
