"""A lock names its process by id and start time: Windows gives a dead process's id to another program.

After a crash the recorded id may belong to a live program that has nothing to do with
apvdesk. The lock records when its process started; a process with that id that started
at another time is not the holder, so the lock is stale and the next writer takes it
over. A record without a start time (older versions) is judged by the id alone.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from apvdesk.store import lock_owner as owners
from apvdesk.store import this_pc
from apvdesk.store.errors import FileInUse
from apvdesk.store.sqlite.lock import acquire, lock_owner, lock_path
from apvdesk.store.sqlite.lock_record import parse_record
from apvdesk.store.this_pc import process_start_time
from tests.store.test_lock import HOLD_LOCK, dead_pid, write_lock

needs_start_times = pytest.mark.skipif(
    process_start_time(os.getpid()) is None, reason="this PC cannot tell when a process started"
)


@pytest.fixture
def workplace(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(b"stand-in: the lock never reads the file")
    return path


@pytest.fixture
def child() -> subprocess.Popen:
    """A process of this user that runs while the test does (not apvdesk)."""
    process = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    yield process
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=30)


# --- the start time itself ---------------------------------------------------------------------


@needs_start_times
def test_a_process_has_one_start_time_and_a_later_process_another(child: subprocess.Popen) -> None:
    mine = process_start_time(os.getpid())
    assert mine is not None and process_start_time(os.getpid()) == mine
    theirs = process_start_time(child.pid)
    assert theirs is not None and theirs > mine  # started after this test process
    assert process_start_time(child.pid) == theirs
    assert process_start_time(dead_pid()) is None
    assert process_start_time(0) is None and process_start_time(-1) is None


def test_linux_reads_field_22_after_the_name_whatever_the_name_holds(tmp_path: Path, monkeypatch) -> None:
    """The name in /proc/PID/stat may hold spaces and ")": the fields are counted after the last ")"."""
    monkeypatch.setattr(this_pc.os, "sysconf", lambda name: 100 if name == "SC_CLK_TCK" else 0)
    (tmp_path / "4242").mkdir()
    fields_3_to_21 = "S 1 4242 4242 0 -1 4194560 1234 0 0 0 17 3 0 0 20 0 5 0"
    stat = f"4242 (apv desk) (1) x) {fields_3_to_21} 123456 987654 321 18446744073709551615 1 1 0\n"
    (tmp_path / "4242" / "stat").write_text(stat, encoding="ascii")
    assert this_pc._linux_start_time(4242, tmp_path) == 1234.56  # 123456 ticks at 100 a second
    assert this_pc._linux_start_time(4343, tmp_path) is None  # no such process
    (tmp_path / "4242" / "stat").write_text("4242 (apvdesk) S 1 2\n", encoding="ascii")
    assert this_pc._linux_start_time(4242, tmp_path) is None  # cut short


class FakeKernel32:
    """Stands in for Windows' kernel32: one process, 4242, created 06-12-2026 22:00:00 UTC."""

    CREATED = (0x01DD85CD, 0x236B3000)  # FILETIME 134410680000000000: 100 ns steps since 1601

    def __init__(self, times_ok: bool = True) -> None:
        self.times_ok = times_ok
        self.opened: list[tuple[int, bool, int]] = []
        self.closed: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802 - the API's name
        self.opened.append((access, inherit, pid))
        return 77 if pid == 4242 else 0

    def GetProcessTimes(self, handle: int, created, ended, in_kernel, in_user) -> int:  # noqa: N802
        assert handle == 77
        for time in (ended, in_kernel, in_user):
            assert isinstance(time, ctypes._Pointer)
        created.contents.dwHighDateTime, created.contents.dwLowDateTime = self.CREATED
        return 1 if self.times_ok else 0

    def CloseHandle(self, handle: int) -> int:  # noqa: N802
        self.closed.append(handle)
        return 1


def test_windows_asks_get_process_times_for_the_creation_time(monkeypatch) -> None:
    kernel32 = FakeKernel32()
    monkeypatch.setattr(this_pc.sys, "platform", "win32")
    monkeypatch.setattr(this_pc, "_kernel32", lambda: kernel32)
    # 2026-12-06 22:00:00 UTC is 1,796,594,400 s after 1970; 1601 to 1970 is 11,644,473,600 s
    assert process_start_time(4242) == 1_796_594_400.0
    assert kernel32.opened == [(0x1000, False, 4242)]  # PROCESS_QUERY_LIMITED_INFORMATION
    assert kernel32.closed == [77]
    assert process_start_time(4343) is None  # OpenProcess failed: gone, or may not be asked
    assert kernel32.closed == [77]
    refusing = FakeKernel32(times_ok=False)
    monkeypatch.setattr(this_pc, "_kernel32", lambda: refusing)
    assert process_start_time(4242) is None
    assert refusing.closed == [77]  # the handle is closed all the same


def test_elsewhere_the_start_time_is_unknown(monkeypatch) -> None:
    monkeypatch.setattr(this_pc.sys, "platform", "darwin")
    assert process_start_time(os.getpid()) is None


# --- the record ------------------------------------------------------------------------------


def test_the_lock_records_when_its_process_started(workplace: Path) -> None:
    held = acquire(workplace)
    try:
        record = json.loads(lock_path(workplace).read_text(encoding="utf-8"))
        assert record["pid"] == os.getpid()
        assert record["started"] == process_start_time(os.getpid())
        owner = lock_owner(workplace)
        assert owner is not None and owner.started == record["started"]
        assert owner.is_this_process() and not owner.is_stale()
    finally:
        held.release()


@pytest.mark.parametrize("odd", ["08:15", True, float("nan"), [1], {"s": 1}])
def test_an_odd_start_time_is_read_as_none_and_the_rest_of_the_record_stands(odd: object) -> None:
    record = {
        "app": "apvdesk",
        "user": "birgit",
        "host": "KONTOR-PC",
        "pid": 4242,
        "since": "2026-12-06T08:15:00+01:00",
    }
    owner = parse_record(json.dumps({**record, "started": odd}).encode(), None)
    assert not owner.damaged and owner.started is None and owner.pid == 4242
    owner = parse_record(json.dumps(record).encode(), None)  # an older version's record
    assert not owner.damaged and owner.started is None


# --- judging the lock -------------------------------------------------------------------------


@needs_start_times
def test_a_live_process_that_started_at_another_time_has_reused_the_id(
    workplace: Path, child: subprocess.Popen
) -> None:
    started = process_start_time(child.pid)
    assert started is not None
    write_lock(workplace, pid=child.pid, started=started - 3600)  # the crashed copy started an hour earlier
    owner = lock_owner(workplace)
    assert owner is not None and owner.is_stale() and owner.may_take_over()
    held = acquire(workplace)
    try:
        assert held.taken_over is not None and held.taken_over.pid == child.pid
        now = lock_owner(workplace)
        assert now is not None and now.is_this_process()
    finally:
        held.release()
    assert child.poll() is None  # the program that got the id is left alone


@needs_start_times
def test_a_live_process_that_started_when_recorded_keeps_its_lock(
    workplace: Path, child: subprocess.Popen
) -> None:
    lock = write_lock(workplace, pid=child.pid, started=process_start_time(child.pid))
    before = lock.read_bytes()
    owner = lock_owner(workplace)
    assert owner is not None and not owner.is_stale()
    with pytest.raises(FileInUse) as refused:
        acquire(workplace)
    assert refused.value.owner.pid == child.pid
    assert lock.read_bytes() == before


def test_a_record_without_a_start_time_is_judged_by_the_id_alone(
    workplace: Path, child: subprocess.Popen
) -> None:
    lock = write_lock(workplace, pid=child.pid)  # written by an older version
    before = lock.read_bytes()
    with pytest.raises(FileInUse):
        acquire(workplace)
    assert lock.read_bytes() == before
    write_lock(workplace, pid=dead_pid())
    held = acquire(workplace)
    assert held.taken_over is not None
    held.release()


def test_a_start_time_that_cannot_be_read_now_leaves_the_id_to_decide(
    workplace: Path, child: subprocess.Popen, monkeypatch
) -> None:
    """A process this PC may not ask (another user's, on Windows): a live id keeps the lock."""
    monkeypatch.setattr(owners, "process_start_time", lambda pid: None)
    write_lock(workplace, pid=child.pid, started=12.5)
    with pytest.raises(FileInUse):
        acquire(workplace)


@needs_start_times
def test_this_process_id_with_another_start_time_is_an_earlier_process(workplace: Path) -> None:
    mine = process_start_time(os.getpid())
    assert mine is not None
    write_lock(workplace, user="earlier", pid=os.getpid(), started=mine - 600)
    owner = lock_owner(workplace)
    assert owner is not None and not owner.is_this_process() and owner.is_stale()
    held = acquire(workplace)
    try:
        assert held.taken_over is not None and held.taken_over.user == "earlier"  # said, not silent
    finally:
        held.release()
    assert not lock_path(workplace).exists()


@needs_start_times
def test_another_apvdesk_holding_the_file_is_recognised_by_id_and_start_time(workplace: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(workplace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        owner = lock_owner(workplace)
        assert owner is not None and owner.pid == holder.pid
        assert owner.started == process_start_time(holder.pid)
        assert not owner.is_stale() and not owner.is_this_process()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_an_id_too_large_for_any_process_is_no_process(workplace: Path) -> None:
    """A damaged or hand-edited lock file may name an id no call can take: it is stale, not a crash."""
    assert process_start_time(2**40) is None
    assert not this_pc.process_running(2**40)
    write_lock(workplace, pid=2**40, started=5.0)
    held = acquire(workplace)
    assert held.taken_over is not None and held.taken_over.pid == 2**40
    held.release()
