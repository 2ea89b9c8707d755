"""A lock left by a crash is taken over by the next writer, which says so; any other lock is not.

The rule is the program's own (``LockOwner.is_stale``): on this PC with its process gone,
or a lock file that cannot be read. A lock from another PC, or one whose process still
runs, still refuses the writer with FileInUse, and a person decides.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from apvdesk.store.errors import DamagedFile, FileInUse
from apvdesk.store.sqlite import lock as locking
from apvdesk.store.sqlite import lock_record
from apvdesk.store.sqlite.deferred_store import DeferredStore
from apvdesk.store.sqlite.lock import LockOwner, acquire, lock_owner, lock_path, this_host
from apvdesk.store.workplace_store import WorkplaceStore
from tests.store.test_lock import dead_pid, write_lock

HOLD = (
    "import sys\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
)
AN_HOUR_AGO = time.time() - 3600


@pytest.fixture
def workplace(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(b"stand-in: the lock never reads the file")
    return path


def killed_writer(path: Path) -> int:
    """Open ``path`` for writing in another process and kill it; return its process id."""
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "open"
    writer.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    writer.wait(timeout=30)
    assert lock_path(path).exists()
    return writer.pid


# --- the lock itself -----------------------------------------------------------------------


def test_a_lock_whose_process_is_gone_is_taken_over_and_named(workplace: Path) -> None:
    gone = dead_pid()
    write_lock(workplace, pid=gone)
    held = acquire(workplace)
    try:
        assert held.taken_over is not None
        assert (held.taken_over.user, held.taken_over.pid) == ("birgit", gone)
        owner = lock_owner(workplace)
        assert owner is not None and owner.is_this_process()
    finally:
        held.release()
    assert not lock_path(workplace).exists()


def test_a_lock_taken_without_a_crash_names_nothing_taken_over(workplace: Path) -> None:
    held = acquire(workplace)
    again = acquire(workplace)  # the same process again shares it
    assert held.taken_over is None and again.taken_over is None
    again.release()
    held.release()


def test_an_old_unreadable_lock_is_taken_over(workplace: Path, monkeypatch) -> None:
    monkeypatch.setattr(lock_record, "_REREAD_DELAY", 0)
    lock = lock_path(workplace)
    lock.write_bytes(b"")
    os.utime(lock, (AN_HOUR_AGO, AN_HOUR_AGO))
    held = acquire(workplace)
    assert held.taken_over is not None and held.taken_over.damaged
    held.release()


def test_an_unreadable_lock_written_a_moment_ago_is_left_to_a_person(workplace: Path, monkeypatch) -> None:
    """Another copy may be writing its lock this very moment: it is not taken from under it."""
    monkeypatch.setattr(lock_record, "_REREAD_DELAY", 0)
    lock = lock_path(workplace)
    lock.write_bytes(b'{"app": "apv')
    with pytest.raises(FileInUse) as refused:
        acquire(workplace)
    assert refused.value.owner.damaged
    assert lock.read_bytes() == b'{"app": "apv'


def test_a_lock_from_another_pc_is_never_taken_over(workplace: Path) -> None:
    host = "KONTOR-PC" if this_host().casefold() != "kontor-pc" else "LAGER-PC"
    lock = write_lock(workplace, host=host, pid=dead_pid())
    before = lock.read_bytes()
    with pytest.raises(FileInUse) as refused:
        acquire(workplace)
    assert refused.value.owner.host == host
    assert lock.read_bytes() == before


def test_a_lock_whose_process_runs_is_never_taken_over(workplace: Path) -> None:
    lock = write_lock(workplace, pid=os.getppid())
    before = lock.read_bytes()
    with pytest.raises(FileInUse):
        acquire(workplace)
    assert lock.read_bytes() == before


def test_a_lock_taken_between_the_check_and_the_removal_survives(workplace: Path, monkeypatch) -> None:
    """Two copies find the same stale lock; the slower one must not remove the faster one's new lock."""
    stale = write_lock(workplace, user="crashed", pid=dead_pid()).read_bytes()
    seen = lock_owner(workplace)
    assert seen is not None and seen.is_stale()
    write_lock(workplace, user="faster", pid=os.getppid())  # the other copy took the file meanwhile
    fresh = lock_path(workplace).read_bytes()
    real_read = locking.read_lock_file
    reads = []

    def read_as_seen_first(lock: Path) -> LockOwner | None:
        reads.append(lock)
        if len(reads) == 1:  # the slower copy's last look, made just before the other copy's move
            return locking.parse_record(stale, None)
        return real_read(lock)

    monkeypatch.setattr(locking, "read_lock_file", read_as_seen_first)
    with pytest.raises(FileInUse) as refused:
        locking.clear_lock(workplace, seen)
    assert refused.value.owner.user == "faster"
    assert lock_path(workplace).read_bytes() == fresh
    assert sorted(p.name for p in workplace.parent.iterdir()) == sorted(
        [workplace.name, lock_path(workplace).name]
    )


# --- the stores: the takeover is reported once the file is open -------------------------------


def test_the_store_takes_over_after_a_killed_writer_and_reports_it(demo_file: Path) -> None:
    gone = killed_writer(demo_file)
    reported: list[LockOwner] = []
    store = WorkplaceStore.open(demo_file, on_takeover=reported.append)
    try:
        assert [owner.pid for owner in reported] == [gone]
        assert store.workplace().name
        owner = lock_owner(demo_file)
        assert owner is not None and owner.is_this_process()
    finally:
        store.close()
    assert not lock_path(demo_file).exists()


def test_the_first_file_at_start_up_is_taken_over_too(demo_file: Path) -> None:
    gone = killed_writer(demo_file)
    reported: list[LockOwner] = []
    store = DeferredStore.open(demo_file, on_takeover=reported.append)
    assert store is not None
    try:
        assert [owner.pid for owner in reported] == [gone]
        assert store.overview().workplace.name
    finally:
        store.close()
    assert not lock_path(demo_file).exists()


def test_nothing_is_reported_when_the_file_then_cannot_be_opened(demo_file: Path, monkeypatch) -> None:
    killed_writer(demo_file)
    reported: list[LockOwner] = []

    def damaged(path: Path):
        raise DamagedFile(path, "page 7 is damaged")

    monkeypatch.setattr("apvdesk.store.sqlite.backend.open_engine", damaged)
    with pytest.raises(DamagedFile):
        WorkplaceStore.open(demo_file, on_takeover=reported.append)
    assert reported == []
    assert not lock_path(demo_file).exists()  # nothing of this attempt is left behind
