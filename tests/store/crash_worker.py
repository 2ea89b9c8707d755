"""The program the crash test kills: a kiosk and an action-plan editor writing to one file.

The worker runs in a child process forked by ``test_crash_kill.py``. It opens the file
with the real :class:`WorkplaceStore` and writes for as long as it lives: it submits kiosk
questionnaires (``add_responses``, one transaction each) and edits actions
(``save_action``). After each call has returned, and only then, it writes an
acknowledgement line to a pipe: ``ack response <id>`` or ``ack action <action id> <n>``.
A line in the pipe therefore means "the store said this is saved".

What the worker writes is not random at run time: :func:`planned_writes` derives the whole
sequence from a seed, so the test can replay it and know exactly what each
acknowledgement promised, and what the one write in flight at the kill would have been.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from apvdesk.core.bank import QuestionBank
from apvdesk.core.kiosk_session import KioskSession, kiosk_languages
from apvdesk.core.model import Response
from apvdesk.store.workplace_store import WorkplaceStore

ANSWERED_ON = dt.date(2027, 3, 1)  # fixed, so that a replay gives the same responses
SUBMISSION_SHARE = 0.6  # the rest are action edits
LONGEST_NOTE = 3000  # long texts spill into overflow pages, so commits touch more pages
READY = "ready"


@dataclass(frozen=True)
class WorkContext:
    """What the writes refer to: the round, its groups and languages, the plan's actions."""

    round_id: int
    group_ids: tuple[int, ...]
    languages: tuple[str, ...]
    action_ids: tuple[int, ...]
    bank: QuestionBank


@dataclass(frozen=True)
class PlannedWrite:
    """One write of the worker: a questionnaire submission or a new text for an action."""

    number: int
    response: Response | None = None
    action_id: int | None = None
    how: str = ""

    def ack(self) -> str:
        """Return the acknowledgement line the worker writes once the store has returned."""
        if self.response is not None:
            return f"ack response {self.response.id}"
        return f"ack action {self.action_id} {self.number}"


def work_context(store: WorkplaceStore) -> WorkContext:
    """Return what the worker writes to in the file's latest round."""
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None, "the file has no round"
    bank = store.round_bank(apv_round.id)
    actions = store.round_actions(apv_round.id)
    assert actions, "the crash test needs a round with actions"
    return WorkContext(
        round_id=apv_round.id,
        group_ids=tuple(g.id for g in store.round_groups(apv_round.id) if g.id is not None),
        languages=tuple(kiosk_languages(bank, apv_round.languages)),
        action_ids=tuple(a.id for _, a in actions if a.id is not None),
        bank=bank,
    )


def kiosk_response(context: WorkContext, rng: random.Random) -> Response:
    """Answer the whole questionnaire the way the kiosk does, with a random marker id."""
    session = KioskSession(context.bank, rng.choice(context.languages), rng.choice(context.group_ids))
    while not session.at_confirm:
        options = len(session.current.options)
        choice = rng.randrange(options + 1)
        session.answer(None if choice == options else choice)  # the extra choice is "don't know"
        session.go_next()
    return dataclasses.replace(session.response(ANSWERED_ON), id=rng.getrandbits(62) or 1)


def planned_writes(context: WorkContext, seed: str) -> Iterator[PlannedWrite]:
    """Yield the endless, reproducible sequence of writes for one worker run."""
    rng = random.Random(seed)
    number = 0
    while True:
        number += 1
        if rng.random() < SUBMISSION_SHARE:
            yield PlannedWrite(number, response=kiosk_response(context, rng))
        else:
            action_id = rng.choice(context.action_ids)
            note = "x" * rng.randrange(LONGEST_NOTE)
            yield PlannedWrite(number, action_id=action_id, how=f"Crash test {seed} edit {number}. {note}")


def _write_line(fd: int, line: str) -> None:
    """Write one line to the pipe in a single system call (atomic below PIPE_BUF bytes)."""
    os.write(fd, (line + "\n").encode())


def _work(path: Path, ack_fd: int, seed: str) -> None:
    store = WorkplaceStore.open(path)
    context = work_context(store)
    actions = {a.id: a for _, a in store.round_actions(context.round_id)}
    _write_line(ack_fd, READY)
    for write in planned_writes(context, seed):
        if write.response is not None:
            store.add_responses(context.round_id, [write.response])
        else:
            action = actions[write.action_id]
            action.how = write.how
            store.save_action(action)
        _write_line(ack_fd, write.ack())


def run_worker(path: Path, ack_fd: int, seed: str) -> NoReturn:
    """Write to ``path`` until killed, acknowledging each returned write on ``ack_fd``.

    Meant for a freshly forked child: it never returns and leaves with ``os._exit``, so
    none of the parent's clean-up (pytest's included) runs in the child. An error is sent
    down the pipe as ``error ...`` lines so that the test can show it.
    """
    try:
        _work(path, ack_fd, seed)
    except BaseException:
        for line in traceback.format_exc().splitlines():
            _write_line(ack_fd, f"error {line}")
    finally:
        os._exit(70)  # reached only on an error: the worker writes until it is killed
