"""The lock file beside a workplace file: its name, the record it holds, and reading it.

The record is a small JSON object: the app's mark, user, host, process id and the
process's start time (``started``, null when this PC cannot tell it; missing in records
older versions wrote, which are judged by the process id alone), program version, the
local time the lock was taken, and the round whose questionnaire kiosk is running (null
when none). Taking, releasing and clearing the lock are
:mod:`apvdesk.store.sqlite.lock`; judging the holder it names is
:class:`~apvdesk.store.lock_owner.LockOwner`.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import time
from pathlib import Path

from apvdesk import __version__
from apvdesk.platform.own_files import LOCK_PREFIX, LOCK_SUFFIX
from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.this_pc import process_start_time, this_host, this_user

APP_MARK = "apvdesk"
_REREAD_DELAY = 0.2  # seconds to wait before reading a lock again that was half-written


def lock_path(path: Path | str) -> Path:
    """Return the lock file that belongs to the workplace file ``path``."""
    path = Path(path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def record_of_this_process(kiosk_round: int | None = None, since: str | None = None) -> bytes:
    """Return the lock file's content for this process (``since`` now unless given)."""
    record = {
        "app": APP_MARK,
        "user": this_user(),
        "host": this_host(),
        "pid": os.getpid(),
        "started": process_start_time(os.getpid()),
        "version": __version__,
        "since": since or dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "kiosk": kiosk_round,
    }
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def parse_record(raw: bytes, modified: dt.datetime | None) -> LockOwner:
    """Return the owner a lock file's content names (``damaged`` when it cannot be read)."""
    try:
        record = json.loads(raw.decode("utf-8"))
        if not isinstance(record, dict) or record.get("app") != APP_MARK:
            raise ValueError("not an apvdesk lock")
        since = dt.datetime.fromisoformat(str(record["since"]))
        kiosk = record.get("kiosk")
        return LockOwner(
            user=str(record["user"]),
            host=str(record["host"]),
            pid=int(record["pid"]),
            version=str(record.get("version", "")),
            since=since,
            kiosk_round=None if kiosk is None else int(kiosk),
            started=_start_time(record.get("started")),
            raw=raw,
        )
    except (ValueError, KeyError, TypeError):
        return LockOwner(user="", host="", pid=0, version="", since=modified, damaged=True, raw=raw)


def _start_time(value: object) -> float | None:
    """Return a record's process start time; None when it is missing (an older record) or odd."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def read_lock_file(lock: Path) -> LockOwner | None:
    """Read a lock file; None when there is none. A half-written one is read a second time."""
    owner = None
    for attempt in range(2):
        try:
            raw = lock.read_bytes()
            modified = dt.datetime.fromtimestamp(lock.stat().st_mtime).astimezone()
        except FileNotFoundError:
            return None
        except OSError:
            raw, modified = b"", None
        owner = parse_record(raw, modified)
        if not owner.damaged or attempt:
            break
        time.sleep(_REREAD_DELAY)  # another copy may be writing it this very moment
    return owner


def lock_owner(path: Path | str) -> LockOwner | None:
    """Return who holds the workplace file ``path`` open for writing; None when nobody does."""
    return read_lock_file(lock_path(path))
