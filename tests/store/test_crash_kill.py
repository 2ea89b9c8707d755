"""Durability: SIGKILL at random moments never loses a write the store acknowledged.

A forked child (``crash_worker.py``) submits kiosk questionnaires and edits actions in a
demo file with the real store, acknowledging each write after the call has returned. The
test kills it at a random moment, many times over, and after every kill opens the file as
apvdesk would after a crash (the worker's lock must be recognised as stale and is cleared,
as the user would be offered; a hot journal left by the kill must be rolled back), runs
``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``, and compares the file with
what was acknowledged: every acknowledged write must be there, complete; the one write in
flight at the kill may be there or not, but never half.

``APVDESK_CRASH_KILLS`` sets the number of kills (default 200), ``APVDESK_CRASH_SEED``
the seed (a fresh one by default; it is printed with the figures).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import sys
import time
import warnings
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Response
from apvdesk.store.sqlite.lock import clear_stale
from apvdesk.store.workplace_store import WorkplaceStore
from tests.store.crash_worker import (
    READY,
    PlannedWrite,
    WorkContext,
    planned_writes,
    run_worker,
    work_context,
)

KILLS = int(os.environ.get("APVDESK_CRASH_KILLS", "200"))
LONGEST_DELAY = 0.050  # seconds between the worker being ready and the kill
OPENING_SHARE = 0.1  # kills that land while the worker is still opening the file
KILLS_PER_FILE = 50  # a fresh demo file now and then keeps the checks quick
READY_TIMEOUT = 30.0
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection refuses a file whose journal is hot

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the crash test forks the worker and kills it with SIGKILL (POSIX only)"
)


@dataclass
class Figures:
    """What the crash test did and found; printed to the CI log."""

    kills: int = 0
    kills_while_opening: int = 0
    submissions: int = 0
    action_edits: int = 0
    in_flight_committed: int = 0
    hot_journals: int = 0
    hot_journals_left: int = 0
    stale_locks: int = 0
    lost: int = 0
    half_saved: int = 0
    integrity_failures: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self, seconds: float, seed: str) -> str:
        return (
            f"crash test: {self.kills} kills ({self.kills_while_opening} while opening), "
            f"{self.submissions} acknowledged submissions and {self.action_edits} action edits, "
            f"{self.lost} lost, {self.half_saved} half-saved, {self.integrity_failures} integrity "
            f"failures, {self.hot_journals} hot journals rolled back ({self.hot_journals_left} left "
            f"unrolled), {self.stale_locks} stale locks cleared, "
            f"{self.in_flight_committed} unacknowledged writes found committed, "
            f"{seconds:.1f} s, seed {seed}"
        )


@dataclass
class Expected:
    """The state the file must be in: every response and every action text known to be saved."""

    responses: dict[int, dict[str, int | None]]
    hows: dict[int, str]

    def apply(self, write: PlannedWrite) -> None:
        if write.response is not None:
            assert write.response.id is not None
            self.responses[write.response.id] = write.response.answers
        else:
            assert write.action_id is not None
            self.hows[write.action_id] = write.how


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _hot_journal(path: Path) -> bool:
    """Return whether SQLite finds a hot journal: a commit cut off that must be rolled back."""
    if not path.with_name(path.name + "-journal").exists():
        return False
    try:
        with closing(_read_only(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        return exc.sqlite_errorcode == SQLITE_READONLY_ROLLBACK
    return False


def _sqlite_checks(path: Path) -> tuple[list[str], list[tuple[object, ...]]]:
    """Return what PRAGMA integrity_check and PRAGMA foreign_key_check say about the file itself."""
    try:
        with closing(_read_only(path)) as conn:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            return integrity, conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)], []


def _read_lines(fd: int, deadline: float, until: str | None = None) -> list[str]:
    """Read lines from the pipe until ``until`` arrives, the pipe closes or the deadline passes."""
    data = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
        if until is not None and (until + "\n").encode() in data:
            break
    return data.decode().splitlines()


def _run_and_kill(path: Path, seed: str, delay: float, while_opening: bool) -> list[str]:
    """Fork a worker on ``path`` and kill it; return the acknowledgements it wrote.

    The kill comes ``delay`` seconds after the worker said it is ready, or, when
    ``while_opening``, ``delay`` seconds after the fork, when it may still be opening the file.
    """
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns when a process with other threads forks. The only other thread
        # here is numpy's idle OpenBLAS pool, started by earlier tests; the child never uses
        # numpy, opens its own SQLite connection, and a hang would fail the wait for READY.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns, never runs pytest's teardown
        os.close(read_fd)
        run_worker(path, write_fd, seed)
    os.close(write_fd)
    lines: list[str] = []
    try:
        if not while_opening:
            lines = _read_lines(read_fd, time.monotonic() + READY_TIMEOUT, until=READY)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines += _read_lines(read_fd, time.monotonic() + READY_TIMEOUT)
    finally:
        os.close(read_fd)
    errors = [line.removeprefix("error ") for line in lines if line.startswith("error ")]
    if errors or not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        pytest.fail("the worker failed before it was killed:\n" + "\n".join(errors or lines[-20:]))
    if READY not in lines and not while_opening:
        pytest.fail(f"the worker was not ready within {READY_TIMEOUT:.0f} s")
    return [line for line in lines if line != READY]


def _read_back(path: Path, round_id: int) -> tuple[dict[int, Response], dict[int, str]]:
    """Open the file as apvdesk does after a crash and read the round's answers and actions."""
    store = WorkplaceStore.open(path)
    try:
        responses = {r.id: r for r in store.responses(round_id) if r.id is not None}
        hows = {a.id: a.how for _, a in store.round_actions(round_id) if a.id is not None}
    finally:
        store.close()
    return responses, hows


def _check_after_kill(
    path: Path, context: WorkContext, expected: Expected, in_flight: PlannedWrite, figures: Figures
) -> None:
    """Compare the file with what was acknowledged; fold a committed in-flight write in."""
    if _hot_journal(path):
        figures.hot_journals += 1
    if not clear_stale(path):
        figures.problems.append("the lock the killed worker left was not recognised as stale")
        return
    figures.stale_locks += 1
    try:
        responses, hows = _read_back(path, context.round_id)
    except Exception as exc:  # any refusal after a kill is a failure to report
        figures.integrity_failures += 1
        figures.problems.append(f"the file could not be opened after the kill: {exc!r}")
        return
    if _hot_journal(path):
        figures.hot_journals_left += 1
        figures.problems.append("a hot journal was still there after the file was opened")
    messages, broken_references = _sqlite_checks(path)
    if messages != ["ok"] or broken_references:
        figures.integrity_failures += 1
        figures.problems.append(
            f"integrity check: {messages[:5]}, foreign key check: {broken_references[:5]}"
        )

    committed = False
    if in_flight.response is not None and in_flight.response.id in responses:
        committed = responses[in_flight.response.id].answers == in_flight.response.answers
        if not committed:
            figures.half_saved += 1
            figures.problems.append(f"the submission in flight was saved in part: {in_flight.response.id}")
    if in_flight.action_id is not None:
        committed = hows.get(in_flight.action_id) == in_flight.how
    if committed:
        figures.in_flight_committed += 1
        expected.apply(in_flight)

    for respondent_id, answers in expected.responses.items():
        found = responses.get(respondent_id)
        if found is None:
            figures.lost += 1
            figures.problems.append(f"respondent {respondent_id} is missing")
        elif found.answers != answers:
            figures.half_saved += 1
            figures.problems.append(f"respondent {respondent_id} is there without all the answers given")
    unexpected = set(responses) - set(expected.responses)
    if unexpected:
        figures.problems.append(f"respondents nobody submitted: {sorted(unexpected)[:5]}")
    for action_id, how in expected.hows.items():
        if hows.get(action_id) != how:
            figures.lost += 1
            figures.problems.append(f"action {action_id} lost its acknowledged text {how[:40]!r}")


def _kill_rounds(path: Path, kills: int, seed: str, rng: random.Random, figures: Figures) -> None:
    """Run ``kills`` worker lives on one fresh demo file, checking the file after each."""
    write_demo(path, respondents=12, seed=rng.randrange(1000))
    store = WorkplaceStore.open(path)
    try:
        context = work_context(store)
        expected = Expected(
            {r.id: r.answers for r in store.responses(context.round_id) if r.id is not None},
            {a.id: a.how for _, a in store.round_actions(context.round_id) if a.id is not None},
        )
    finally:
        store.close()
    for life in range(kills):
        run_seed = f"{seed}/{path.stem}/{life}"
        while_opening = rng.random() < OPENING_SHARE
        lines = _run_and_kill(path, run_seed, rng.uniform(0.0, LONGEST_DELAY), while_opening)
        figures.kills += 1
        figures.kills_while_opening += while_opening
        plan = planned_writes(context, run_seed)
        for line in lines:
            write = next(plan)
            if line != write.ack():
                figures.problems.append(f"acknowledgement {line!r} where {write.ack()!r} was planned")
                return
            expected.apply(write)
            if write.response is not None:
                figures.submissions += 1
            else:
                figures.action_edits += 1
        _check_after_kill(path, context, expected, next(plan), figures)
        if figures.problems:
            return


def test_no_acknowledged_write_is_lost_when_killed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = os.environ.get("APVDESK_CRASH_SEED") or f"{random.randrange(10**6):06d}"
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    file_number = 0
    while figures.kills < KILLS and not figures.problems:
        file_number += 1
        path = tmp_path / f"crash-{file_number}.apvdesk"
        _kill_rounds(path, min(KILLS_PER_FILE, KILLS - figures.kills), seed, rng, figures)
    with capsys.disabled():
        print("\n" + figures.summary(time.monotonic() - started, seed), flush=True)
    assert not figures.problems, "\n".join(figures.problems[:20])
    assert figures.kills >= KILLS
    assert figures.lost == figures.half_saved == figures.integrity_failures == figures.hot_journals_left == 0
