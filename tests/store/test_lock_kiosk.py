"""A running kiosk marks its lock; while the mark is live, reading the file needs the kiosk's PIN."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from apvdesk.core.pin import hash_pin
from apvdesk.store.errors import KioskRunning, WorkplaceFileError
from apvdesk.store.sqlite.lock import acquire, lock_owner, lock_path, set_kiosk, this_host
from apvdesk.store.workplace_store import WorkplaceStore
from tests.store.test_lock import dead_pid, write_lock

PIN = "2468"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kiosk_round(demo_file: Path) -> int:
    """Give the demo's latest round a kiosk PIN; return its id."""
    store = WorkplaceStore.open(demo_file)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        apv_round.kiosk_pin_hash = hash_pin(PIN)
        store.update_round(apv_round)
        return apv_round.id
    finally:
        store.close()


def other_host() -> str:
    return "KANTINE-PC" if this_host().casefold() != "kantine-pc" else "LAGER-PC"


def test_a_kiosk_running_on_this_pc_keeps_readers_out(demo_file: Path, kiosk_round: int) -> None:
    lock = write_lock(demo_file, user="kiosk", pid=os.getppid(), kiosk=kiosk_round)
    before = (digest(demo_file), lock.read_bytes())
    with pytest.raises(KioskRunning) as refused:
        WorkplaceStore.open_read_only(demo_file)
    assert isinstance(refused.value, WorkplaceFileError)  # the command line's one line and exit 2
    assert refused.value.owner.user == "kiosk"
    assert refused.value.owner.kiosk_round == kiosk_round
    assert (digest(demo_file), lock.read_bytes()) == before


def test_the_kiosk_pin_opens_the_file_read_only(demo_file: Path, kiosk_round: int) -> None:
    write_lock(demo_file, user="kiosk", pid=os.getppid(), kiosk=kiosk_round)
    with pytest.raises(KioskRunning):
        WorkplaceStore.open_read_only(demo_file, kiosk_pin="1357")
    store = WorkplaceStore.open_read_only(demo_file, kiosk_pin=PIN)
    try:
        assert store.read_only and store.workplace().name
    finally:
        store.close()


def test_the_window_can_check_the_pin_against_the_kiosk_round(demo_file: Path, kiosk_round: int) -> None:
    from apvdesk.core.pin import verify_pin
    from apvdesk.store.sqlite.kiosk_gate import kiosk_pin_hash

    write_lock(demo_file, pid=os.getppid(), kiosk=kiosk_round)
    with pytest.raises(KioskRunning) as refused:
        WorkplaceStore.open_read_only(demo_file)
    round_id = refused.value.owner.kiosk_round
    assert round_id is not None
    assert verify_pin(PIN, kiosk_pin_hash(demo_file, round_id))
    assert not verify_pin("0000", kiosk_pin_hash(demo_file, round_id))
    assert kiosk_pin_hash(demo_file, 999) == ""


def test_a_crashed_kiosk_hides_nothing(demo_file: Path, kiosk_round: int) -> None:
    write_lock(demo_file, pid=dead_pid(), kiosk=kiosk_round)
    owner = lock_owner(demo_file)
    assert owner is not None and owner.is_stale() and not owner.kiosk_running()
    WorkplaceStore.open_read_only(demo_file).close()


def test_a_kiosk_on_another_pc_counts_as_running(demo_file: Path, kiosk_round: int) -> None:
    write_lock(demo_file, host=other_host(), pid=dead_pid(), kiosk=kiosk_round)
    with pytest.raises(KioskRunning):
        WorkplaceStore.open_read_only(demo_file)
    WorkplaceStore.open_read_only(demo_file, kiosk_pin=PIN).close()


def test_a_lock_without_a_kiosk_keeps_nobody_out(demo_file: Path, kiosk_round: int) -> None:
    write_lock(demo_file, pid=os.getppid())
    WorkplaceStore.open_read_only(demo_file).close()
    write_lock(demo_file, pid=os.getppid(), kiosk=None)
    WorkplaceStore.open_read_only(demo_file).close()


def test_the_kiosk_program_itself_still_reads_its_file(demo_file: Path, kiosk_round: int) -> None:
    store = WorkplaceStore.open(demo_file)
    try:
        assert set_kiosk(demo_file, kiosk_round)
        WorkplaceStore.open_read_only(demo_file).close()
    finally:
        store.close()


def test_marking_the_lock_keeps_who_and_since(tmp_path: Path) -> None:
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(b"stand-in")
    held = acquire(path)
    try:
        before = lock_owner(path)
        assert before is not None and before.kiosk_round is None and not before.kiosk_running()
        assert set_kiosk(path, 7)
        during = lock_owner(path)
        assert during is not None and during.kiosk_round == 7 and during.kiosk_running()
        assert (during.user, during.host, during.pid, during.since) == (
            before.user,
            before.host,
            before.pid,
            before.since,
        )
        assert json.loads(lock_path(path).read_text(encoding="utf-8"))["kiosk"] == 7
        assert set_kiosk(path, None)
        after = lock_owner(path)
        assert after is not None and after.kiosk_round is None and after.is_this_process()
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, lock_path(path).name])
    finally:
        held.release()
    assert not lock_path(path).exists()


def test_only_the_holder_marks_a_lock(tmp_path: Path) -> None:
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(b"stand-in")
    assert not set_kiosk(path, 7)  # no lock at all
    assert not lock_path(path).exists()
    lock = write_lock(path, user="carsten", pid=os.getppid())
    before = lock.read_bytes()
    assert not set_kiosk(path, 7)  # another program's lock
    assert lock.read_bytes() == before


def test_the_sentence_is_one_line_naming_the_file_and_the_pin(demo_file: Path, kiosk_round: int) -> None:
    from apvdesk.app.file_messages import describe, title

    write_lock(demo_file, host=other_host(), pid=4242, kiosk=kiosk_round)
    with pytest.raises(KioskRunning) as refused:
        WorkplaceStore.open_read_only(demo_file)
    text = describe(refused.value)
    assert "\n" not in text and str(demo_file) in text and other_host() in text
    assert "PIN" in text
    assert title(refused.value) != "apvdesk"
