"""The crash test on a collection file: SIGKILL in the middle of add_sheets never leaves it half-written.

A forked child opens a collection file as the reduced window does (:class:`CollectionStore`,
holding its lock) and adds batches of kiosk sheets with known ids, acknowledging each batch
on a pipe once ``add_responses`` has returned. The test kills it at a random moment, many
times over, and after every kill opens the file as apvdesk would: the killed writer's lock
is stale and taken over, a hot journal is rolled back, ``PRAGMA integrity_check`` says ok,
every acknowledged sheet is there with all its answers, the batch in flight is there whole
or not at all, and the language counts account for every sheet.

``APVDESK_CRASH_KILLS`` sets the number of kills (default 200, a quarter of them here),
``APVDESK_CRASH_SEED`` the seed.
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from apvdesk.core.kiosk_session import KioskSession
from apvdesk.core.model import Response
from apvdesk.store.collection.collection_store import CollectionStore
from apvdesk.store.collection.file import check_collection, read_sheets
from apvdesk.store.collection.merging import collect
from apvdesk.store.sqlite.lock import lock_owner
from tests.store.test_collection import _workplace
from tests.store.test_crash_kill import READY, _hot_journal, _run_and_kill

KILLS = max(20, int(os.environ.get("APVDESK_CRASH_KILLS", "200")) // 4)
LONGEST_DELAY = 0.060

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the crash test forks the worker and kills it with SIGKILL (POSIX only)"
)


def planned_batches(store: CollectionStore, seed: str) -> Iterator[list[Response]]:
    """Yield the endless, reproducible batches (one to three kiosk sheets, with ids) of one worker life."""
    rng = random.Random(seed)
    bank = store.round_bank(store.round_id)
    groups = [g.id for g in store.round_groups(store.round_id) if g.id is not None]
    while True:
        batch = []
        for _ in range(rng.randint(1, 3)):
            session = KioskSession(bank, rng.choice(("da", "pl", "uk")), rng.choice(groups))
            while not session.at_confirm:
                options = len(session.current.options)
                choice = rng.randrange(options + 1)
                session.answer(None if choice == options else choice)
                session.go_next()
            sheet = session.response(None)
            sheet.id = rng.getrandbits(62) or 1
            batch.append(sheet)
        yield batch


def _work(path: Path, ack_fd: int, seed: str) -> None:
    store = CollectionStore.open(path)
    os.write(ack_fd, (READY + "\n").encode())
    for number, batch in enumerate(planned_batches(store, seed)):
        store.add_responses(store.round_id, batch)
        os.write(ack_fd, f"ack response {number}\n".encode())


def _answers(path: Path) -> tuple[dict[int, dict[str, int | None]], dict[str, int]]:
    store = CollectionStore.open(path)  # takes the killed worker's stale lock over
    try:
        sheets, languages = read_sheets(path)
    finally:
        store.close()
    return {s.id: s.answers for s in sheets if s.id is not None}, languages


def test_a_collection_file_killed_while_written_is_whole(tmp_path, monkeypatch, capsys):
    import tests.store.test_crash_kill as crash

    seed = os.environ.get("APVDESK_CRASH_SEED") or f"{random.randrange(10**6):06d}"
    rng = random.Random(seed)
    workplace, round_id, _groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = tmp_path / "Skolen.apvcollect"
        collect(workplace, round_id, path)
    finally:
        workplace.close()
    monkeypatch.setattr(crash, "run_worker", _run_worker)
    expected: dict[int, dict[str, int | None]] = {}
    figures = {"kills": 0, "batches": 0, "in_flight_committed": 0, "hot_journals": 0}
    started = time.monotonic()
    for life in range(KILLS):
        run_seed = f"{seed}/{life}"
        lines = _run_and_kill(path, run_seed, rng.uniform(0.0, LONGEST_DELAY), while_opening=False)
        figures["kills"] += 1
        owner = lock_owner(path)
        assert owner is not None and owner.is_stale(), "the killed worker's lock must be left, and stale"
        figures["hot_journals"] += _hot_journal(path)
        check_collection(path)  # whole again: a cut-off write rolled back, nothing refused
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        found, languages = _answers(path)
        store = CollectionStore.open(path)
        try:
            batches = planned_batches(store, run_seed)
            acknowledged = [next(batches) for _ in lines]
            in_flight = next(batches)
        finally:
            store.close()
        for batch in acknowledged:
            expected.update({s.id: s.answers for s in batch})  # type: ignore[misc]
            figures["batches"] += 1
        there = [s.id in found for s in in_flight]
        assert all(there) or not any(there), f"a batch was saved in part (seed {seed}, life {life})"
        if all(there):
            expected.update({s.id: s.answers for s in in_flight})  # type: ignore[misc]
            figures["in_flight_committed"] += 1
        assert found == expected, f"lost or changed sheets (seed {seed}, life {life})"
        assert sum(languages.values()) == len(found)
    with capsys.disabled():
        print(
            f"\ncollection crash test: {figures['kills']} kills, {figures['batches']} acknowledged batches, "
            f"{len(expected)} sheets, {figures['in_flight_committed']} unacknowledged batches found whole, "
            f"{figures['hot_journals']} hot journals rolled back, "
            f"{time.monotonic() - started:.1f} s, seed {seed}"
        )
    assert figures["batches"] > 0


def _run_worker(path: Path, ack_fd: int, seed: str):  # noqa: ANN202 - never returns
    """What the forked child runs in place of the workplace worker."""
    import traceback

    try:
        _work(path, ack_fd, seed)
    except BaseException:
        for line in traceback.format_exc().splitlines():
            os.write(ack_fd, f"error {line}\n".encode())
    finally:
        os._exit(70)
