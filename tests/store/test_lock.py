"""One writer per workplace file: the lock file, who holds it, stale locks and read-only folders."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from apvdesk.store.errors import CannotLock, CannotWrite, FileInUse, OpenedReadOnly
from apvdesk.store.sqlite import lock as locking
from apvdesk.store.sqlite import lock_record
from apvdesk.store.sqlite.backups import BACKUP_FOLDER_NAME
from apvdesk.store.sqlite.lock import (
    LockOwner,
    acquire,
    clear_lock,
    clear_stale,
    lock_owner,
    lock_path,
    process_running,
    this_host,
    this_user,
)
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"
HOLD_LOCK = (
    "import sys\n"
    "from apvdesk.store.sqlite.lock import acquire\n"
    "acquire(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_lock(path: Path, **fields: object) -> Path:
    """Write a lock file for ``path`` as another copy of apvdesk would; return it."""
    record: dict[str, object] = {
        "app": "apvdesk",
        "user": "birgit",
        "host": this_host(),
        "pid": os.getppid(),  # a process that is surely running
        "version": "0.1.0",
        "since": "2027-03-02T08:15:00+01:00",
    }
    record.update(fields)
    lock = lock_path(path)
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


def dead_pid() -> int:
    """Return the id of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture
def workplace(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(b"stand-in: the lock never reads the file")
    return path


def test_the_lock_file_sits_beside_the_file_and_says_who_and_since_when(workplace: Path) -> None:
    before = dt.datetime.now().astimezone().replace(microsecond=0)
    held = acquire(workplace)
    lock = workplace.parent / ".~lock.Vaskeri.apvdesk#"
    assert held.lock_file == lock
    record = json.loads(lock.read_text(encoding="utf-8"))
    assert record["user"] == this_user()
    assert record["host"] == this_host()
    assert record["pid"] == os.getpid()
    assert record["version"]
    assert dt.datetime.fromisoformat(record["since"]) >= before
    owner = lock_owner(workplace)
    assert owner is not None and owner.is_this_process() and not owner.is_stale()
    held.release()
    assert not lock.exists()
    assert lock_owner(workplace) is None
    held.release()  # twice is harmless


def test_a_second_process_is_told_who_has_the_file(workplace: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(workplace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(FileInUse) as refused:
            acquire(workplace)
        owner = refused.value.owner
        assert refused.value.path == workplace
        assert (owner.user, owner.host, owner.pid) == (this_user(), this_host(), holder.pid)
        assert owner.since is not None
        assert abs(dt.datetime.now().astimezone() - owner.since) < dt.timedelta(minutes=1)
        assert not owner.is_stale()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()  # a normal exit: the holder removes its lock at exit
        holder.wait(timeout=10)
    assert not lock_path(workplace).exists()
    acquire(workplace).release()


def test_a_lock_whose_process_is_gone_is_stale_and_can_be_cleared(workplace: Path) -> None:
    write_lock(workplace, pid=dead_pid())
    owner = lock_owner(workplace)
    assert owner is not None and owner.user == "birgit"
    assert owner.is_stale() and owner.may_take_over()  # the next writer takes it over (test_lock_takeover.py)
    assert clear_stale(workplace)
    held = acquire(workplace)
    owner = lock_owner(workplace)
    assert owner is not None and owner.is_this_process() and owner.user == this_user()
    held.release()


@pytest.mark.parametrize("content", [b"", b"garbage \xff", b'{"app": "apvdesk"}', b"[1, 2]"])
def test_a_damaged_lock_file_is_stale(workplace: Path, content: bytes, monkeypatch) -> None:
    monkeypatch.setattr(lock_record, "_REREAD_DELAY", 0)
    lock_path(workplace).write_bytes(content)
    with pytest.raises(FileInUse) as refused:
        acquire(workplace)
    owner = refused.value.owner
    assert owner.damaged and owner.is_stale()
    assert owner.since is not None  # the lock file's time
    assert clear_stale(workplace)
    acquire(workplace).release()


def test_a_lock_from_another_computer_is_never_judged_stale(workplace: Path) -> None:
    write_lock(workplace, host="KONTOR-PC", pid=dead_pid())
    with pytest.raises(FileInUse) as refused:
        acquire(workplace)
    owner = refused.value.owner
    assert owner.host == "KONTOR-PC" and not owner.on_this_host()
    assert not owner.is_stale()
    assert not clear_stale(workplace)
    assert lock_path(workplace).exists()
    clear_lock(workplace, owner)  # the user decided that computer crashed
    acquire(workplace).release()


def test_a_running_process_on_this_computer_is_not_stale(workplace: Path) -> None:
    write_lock(workplace, pid=os.getppid())
    owner = lock_owner(workplace)
    assert owner is not None and not owner.is_stale()
    assert not clear_stale(workplace)
    assert process_running(os.getpid())
    assert not process_running(dead_pid())


def test_clearing_leaves_a_lock_that_changed_since_it_was_shown(workplace: Path) -> None:
    write_lock(workplace, pid=dead_pid())
    seen = lock_owner(workplace)
    assert seen is not None
    write_lock(workplace, user="carsten")  # a third copy took the file meanwhile
    with pytest.raises(FileInUse) as refused:
        clear_lock(workplace, seen)
    assert refused.value.owner.user == "carsten"
    assert lock_path(workplace).exists()


def test_this_process_may_take_its_own_lock_again(workplace: Path) -> None:
    first = acquire(workplace)
    second = acquire(workplace)
    first.release()
    assert lock_path(workplace).exists()  # the second hold keeps it
    second.release()
    assert not lock_path(workplace).exists()


def test_a_left_over_lock_with_this_process_id_is_taken_over(workplace: Path) -> None:
    write_lock(workplace, user="earlier", pid=os.getpid())  # an earlier process had this id
    held = acquire(workplace)
    owner = lock_owner(workplace)
    assert owner is not None and owner.user == this_user()
    held.release()


def test_release_leaves_a_lock_that_another_copy_has_taken(workplace: Path) -> None:
    held = acquire(workplace)
    write_lock(workplace, user="carsten")  # cleared by someone, then taken elsewhere
    held.release()
    owner = lock_owner(workplace)
    assert owner is not None and owner.user == "carsten"


def _refuse_to_create(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make creating files fail as on a read-only share or a CD."""
    real_open = os.open

    def read_only_open(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(locking.os, "open", read_only_open)


def test_a_read_only_folder_gives_no_lock_and_a_clear_error(workplace: Path, monkeypatch) -> None:
    _refuse_to_create(monkeypatch)
    with pytest.raises(CannotLock) as refused:
        acquire(workplace)
    assert refused.value.path == workplace
    assert not lock_path(workplace).exists()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_a_folder_without_write_permission_gives_no_lock(tmp_path: Path, demo_file: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "Vaskeri.apvdesk"
    path.write_bytes(demo_file.read_bytes())
    folder.chmod(0o555)
    try:
        with pytest.raises(CannotLock):
            WorkplaceStore.open(path)
        store = WorkplaceStore.open_read_only(path)
        assert store.workplace().name
        store.close()
    finally:
        folder.chmod(0o755)


def test_the_store_holds_the_lock_while_open(demo_file: Path) -> None:
    store = WorkplaceStore.open(demo_file)
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_this_process()
    again = WorkplaceStore.open(demo_file)  # the same file twice in one process
    again.close()
    assert lock_path(demo_file).exists()
    store.close()
    assert not lock_path(demo_file).exists()
    beside = demo_file.parent.iterdir()
    assert sorted(p.name for p in beside if p.name != BACKUP_FOLDER_NAME) == [demo_file.name]


def test_a_file_in_use_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    old = tmp_path / "old.apvdesk"
    old.write_bytes((FIXTURES / "schema_0001.apvdesk").read_bytes())
    lock = write_lock(old, user="birgit")
    before = digest(old)
    with pytest.raises(FileInUse):
        WorkplaceStore.open(old)
    assert digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([old.name, lock.name])  # no upgrade backup


def test_read_only_opening_ignores_the_lock_and_never_writes(demo_file: Path) -> None:
    lock = write_lock(demo_file, user="birgit")
    before = (digest(demo_file), demo_file.stat().st_mtime_ns, lock.read_bytes())
    store = WorkplaceStore.open_read_only(demo_file)
    workplace = store.workplace()
    assert workplace.name
    workplace.name = "Changed"
    with pytest.raises(OpenedReadOnly) as refused:
        store.save_workplace(workplace)
    assert isinstance(refused.value, CannotWrite)  # handlers of failed writes catch it too
    store.close()
    assert (digest(demo_file), demo_file.stat().st_mtime_ns, lock.read_bytes()) == before


def test_a_failed_opening_lets_go_of_the_lock(demo_file: Path, monkeypatch) -> None:
    def refuse(path: Path):
        raise CannotWrite(path, "the file is read-only")

    monkeypatch.setattr("apvdesk.store.sqlite.backend.open_engine", refuse)
    with pytest.raises(CannotWrite):
        WorkplaceStore.open(demo_file)
    assert not lock_path(demo_file).exists()


def test_the_messages_say_who_since_when_and_what_to_do(workplace: Path) -> None:
    from apvdesk.app.file_messages import describe, title

    live = LockOwner("birgit", "KONTOR-PC", 4242, "0.1.0", dt.datetime(2027, 3, 2, 8, 15).astimezone())
    text = describe(FileInUse(workplace, live))
    assert all(part in text for part in (str(workplace), "birgit", "KONTOR-PC", "2027"))
    stale = LockOwner("birgit", this_host(), dead_pid(), "0.1.0", live.since)
    damaged = LockOwner("", "", 0, "", None, damaged=True)
    errors = [
        FileInUse(workplace, live),
        FileInUse(workplace, stale),
        FileInUse(workplace, damaged),
        CannotLock(workplace, "Read-only file system"),
        OpenedReadOnly(workplace),
    ]
    texts = [describe(error) for error in errors]
    assert len(set(texts)) == len(texts)
    for error, text in zip(errors, texts, strict=True):
        assert str(workplace) in text and "\n" not in text
        assert title(error) != "apvdesk"
    assert "read-only" in describe(OpenedReadOnly(workplace)) or "skrivebeskyttet" in describe(
        OpenedReadOnly(workplace)
    )
