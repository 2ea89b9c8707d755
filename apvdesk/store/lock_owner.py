"""Who holds a workplace open for writing, and since when: the holder one writer keeps out the others by.

A workplace has one writer at a time. The writer's record names its user, computer,
process (its id and start time) and program version, the local time it took the
workplace, and the round whose questionnaire kiosk it runs. A file keeps the record in a
lock file beside it (:mod:`apvdesk.store.sqlite.lock`); the record is judged here the
same way wherever it is kept: a holder whose process on this PC is gone, or whose record
cannot be read, is *stale* (left by a crash) and may be taken over. Windows soon gives a
dead process's id to another program, so a process with the recorded id that started at
another time than the recorded one is not the holder: the holder is gone. A record
without a start time (older versions wrote none), or a process whose start time this PC
cannot read, is judged by the id alone. A holder on another PC is never judged stale,
because this PC cannot see that PC's processes.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from apvdesk.store.this_pc import process_running, process_start_time, same_host

# Two readings of one process's start time on one PC agree exactly; this only absorbs
# rounding. A process given a dead one's id started long after that one did.
START_TIME_TOLERANCE_S = 1.0

# An unreadable record younger than this may be one another copy is writing this very
# moment: it is left to the user rather than taken over.
DAMAGED_LOCK_GRACE_S = 10.0


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workplace file open for writing, as its lock file says.

    ``damaged`` is True when the lock file could not be read; then only ``since`` (the
    lock file's modification time) is known. ``kiosk_round`` is the round whose kiosk the
    holder runs (None: no kiosk). ``started`` is when the holder's process started
    (:func:`~apvdesk.store.this_pc.process_start_time`; None when not recorded). ``raw``
    is the lock file's content, so that a lock is cleared only if it is still the one the
    user was told about.
    """

    user: str
    host: str
    pid: int
    version: str
    since: dt.datetime | None
    damaged: bool = False
    kiosk_round: int | None = None
    started: float | None = None
    raw: bytes = field(default=b"", repr=False)

    def on_this_host(self) -> bool:
        """Return True when the lock was taken on this computer."""
        return not self.damaged and same_host(self.host)

    def is_this_process(self) -> bool:
        """Return True when the lock names this very process (same host, process id and start time).

        A lock with this process's id but another start time is an earlier process's.
        """
        return self.on_this_host() and self.pid == os.getpid() and self._started_as_recorded()

    def is_stale(self) -> bool:
        """Return True when the lock is left over: unreadable, or its process on this PC is gone.

        Gone is also a process with the recorded id that started at another time: the id
        was given to another program. A lock from another host is never stale here: this
        PC cannot see whether that copy of apvdesk is still running.
        """
        if self.damaged:
            return True
        if not self.on_this_host():
            return False
        return not process_running(self.pid) or not self._started_as_recorded()

    def _started_as_recorded(self) -> bool:
        """Return False when the process with the recorded id started at another time than recorded.

        True when either start time is unknown (an older record, a process this PC may
        not ask): then the id alone decides.
        """
        if self.started is None:
            return True
        now = process_start_time(self.pid)
        return now is None or abs(now - self.started) <= START_TIME_TOLERANCE_S

    def may_take_over(self) -> bool:
        """Return True when the next writer takes this lock over without asking anyone.

        That is a stale lock, except an unreadable one younger than DAMAGED_LOCK_GRACE_S
        (or of unknown age), which another copy may be writing this very moment.
        """
        if not self.is_stale():
            return False
        if not self.damaged:
            return True
        if self.since is None:
            return False
        age = dt.datetime.now().astimezone() - self.since
        return age.total_seconds() >= DAMAGED_LOCK_GRACE_S

    def kiosk_running(self) -> bool:
        """Return True when the lock says a kiosk runs and the lock is not stale.

        A kiosk on another host counts as running: this PC cannot see it.
        """
        return self.kiosk_round is not None and not self.is_stale()
