"""Errors are sorted by their numbers (Windows', POSIX's, SQLite's), never by their text."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from apvdesk.platform.file_errors import cannot_write
from apvdesk.platform.os_errors import ErrorKind, classify, is_held
from tests.platform.windows_errors import windows_error

WINDOWS = [
    (112, ErrorKind.DISK_FULL),  # ERROR_DISK_FULL
    (39, ErrorKind.DISK_FULL),  # ERROR_HANDLE_DISK_FULL
    (5, ErrorKind.NO_PERMISSION),  # ERROR_ACCESS_DENIED
    (32, ErrorKind.HELD_BY_OTHER_PROGRAM),  # ERROR_SHARING_VIOLATION
    (33, ErrorKind.HELD_BY_OTHER_PROGRAM),  # ERROR_LOCK_VIOLATION
    (19, ErrorKind.READ_ONLY_PLACE),  # ERROR_WRITE_PROTECT
    (2, ErrorKind.MISSING),
    (3, ErrorKind.MISSING),
    (53, ErrorKind.NETWORK_GONE),
    (64, ErrorKind.NETWORK_GONE),
    (67, ErrorKind.NETWORK_GONE),
    (1231, ErrorKind.NETWORK_GONE),
    (1450, ErrorKind.OTHER),  # ERROR_NO_SYSTEM_RESOURCES: nothing the user can act on
]


@pytest.mark.parametrize(("winerror", "kind"), WINDOWS)
def test_windows_errors_are_sorted_by_their_number(winerror: int, kind: ErrorKind) -> None:
    assert classify(windows_error(winerror, "Der er ikke mere plads på disken")) is kind


def test_access_denied_in_danish_is_not_a_full_disk() -> None:
    error = windows_error(5, "Adgang nægtet", r"C:\Users\Ejer\Documents\Handlingsplan.pdf")
    assert classify(error) is ErrorKind.NO_PERMISSION
    assert cannot_write("Handlingsplan.pdf", error).cause is ErrorKind.NO_PERMISSION


def test_the_text_is_never_read() -> None:
    assert classify(OSError(errno.EACCES, "No space left on device")) is ErrorKind.NO_PERMISSION
    assert classify(OSError(errno.ENOSPC, "Permission denied")) is ErrorKind.DISK_FULL
    assert classify(OSError("database or disk is full")) is ErrorKind.OTHER
    assert classify(RuntimeError("No space left on device")) is ErrorKind.OTHER


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, ErrorKind.DISK_FULL),
        (errno.EDQUOT, ErrorKind.DISK_FULL),
        (errno.EACCES, ErrorKind.NO_PERMISSION),
        (errno.EPERM, ErrorKind.NO_PERMISSION),
        (errno.EROFS, ErrorKind.READ_ONLY_PLACE),
        (errno.ENOENT, ErrorKind.MISSING),
        (errno.EBUSY, ErrorKind.HELD_BY_OTHER_PROGRAM),
        (errno.ETXTBSY, ErrorKind.HELD_BY_OTHER_PROGRAM),
        (errno.EIO, ErrorKind.OTHER),
    ],
)
def test_posix_errors_are_sorted_by_errno(number: int, kind: ErrorKind) -> None:
    assert classify(OSError(number, "x")) is kind


def _sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("whatever SQLite says")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (13, ErrorKind.DISK_FULL),  # SQLITE_FULL
        (8, ErrorKind.READ_ONLY_PLACE),  # SQLITE_READONLY
        (8 | (1 << 8), ErrorKind.READ_ONLY_PLACE),  # SQLITE_READONLY_RECOVERY: the primary code decides
        (14, ErrorKind.MISSING),  # SQLITE_CANTOPEN
        (5, ErrorKind.HELD_BY_OTHER_PROGRAM),  # SQLITE_BUSY
        (5 | (2 << 8), ErrorKind.HELD_BY_OTHER_PROGRAM),  # SQLITE_BUSY_SNAPSHOT
        (10, ErrorKind.OTHER),  # SQLITE_IOERR
    ],
)
def test_sqlite_errors_are_sorted_by_their_primary_code(code: int, kind: ErrorKind) -> None:
    assert classify(_sqlite_error(code)) is kind


def test_a_real_sqlite_read_only_error_is_read_only(tmp_path) -> None:
    path = tmp_path / "x.db"
    sqlite3.connect(path).close()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert classify(caught.value) is ErrorKind.READ_ONLY_PLACE


def test_wrapped_errors_are_followed() -> None:
    class Wrapper(Exception):  # as SQLAlchemy wraps the driver's error
        def __init__(self, orig: BaseException) -> None:
            super().__init__("wrapped")
            self.orig = orig

    assert classify(Wrapper(_sqlite_error(13))) is ErrorKind.DISK_FULL
    try:
        try:
            raise windows_error(32)
        except OSError as exc:
            raise RuntimeError("could not save") from exc
    except RuntimeError as outer:
        assert classify(outer) is ErrorKind.HELD_BY_OTHER_PROGRAM


def test_what_may_pass_by_itself() -> None:
    assert is_held(windows_error(32), target_exists=False)
    assert is_held(windows_error(33), target_exists=True)
    assert is_held(windows_error(5), target_exists=True)  # antivirus opened the file for a moment
    assert not is_held(windows_error(5), target_exists=False)  # no file to hold: a real refusal
    assert not is_held(windows_error(112), target_exists=True)
    assert is_held(OSError(errno.EBUSY, "busy"), target_exists=True)
    assert not is_held(OSError(errno.EACCES, "denied"), target_exists=True)  # POSIX: no winerror
