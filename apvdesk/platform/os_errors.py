"""What kind of failure an operating-system or SQLite error is, told by its number, never its text.

The text of an error is in the language of the PC ("Adgang nægtet" on a Danish
Windows), so apvdesk never reads it. :func:`classify` looks at Windows' error number
(``winerror``, set on an OSError on Windows only, so read with ``getattr``), at the
POSIX ``errno`` and at SQLite's primary result code (``sqlite_errorcode & 0xFF``), and
follows an SQLAlchemy wrapper (``orig``) and the chain of causes. Only the standard
library is imported here.
"""

from __future__ import annotations

import errno
from enum import StrEnum


class ErrorKind(StrEnum):
    """What went wrong with a file, as far as the user can act on it."""

    DISK_FULL = "disk full"  # the disk, or the user's quota on it, is full
    NO_PERMISSION = "no permission"  # the user may not write (or read) the file or folder
    HELD_BY_OTHER_PROGRAM = "held by another program"  # open elsewhere: a PDF reader, antivirus
    READ_ONLY_PLACE = "read-only place"  # a write-protected USB stick, a read-only share or disk
    MISSING = "missing"  # the file or its folder is not there
    NETWORK_GONE = "network gone"  # the network drive or share cannot be reached
    OTHER = "other"


# Windows' system error codes (winerror.h)
_WINDOWS: dict[int, ErrorKind] = {
    2: ErrorKind.MISSING,  # ERROR_FILE_NOT_FOUND
    3: ErrorKind.MISSING,  # ERROR_PATH_NOT_FOUND
    5: ErrorKind.NO_PERMISSION,  # ERROR_ACCESS_DENIED
    19: ErrorKind.READ_ONLY_PLACE,  # ERROR_WRITE_PROTECT
    32: ErrorKind.HELD_BY_OTHER_PROGRAM,  # ERROR_SHARING_VIOLATION
    33: ErrorKind.HELD_BY_OTHER_PROGRAM,  # ERROR_LOCK_VIOLATION
    39: ErrorKind.DISK_FULL,  # ERROR_HANDLE_DISK_FULL
    53: ErrorKind.NETWORK_GONE,  # ERROR_BAD_NETPATH
    64: ErrorKind.NETWORK_GONE,  # ERROR_NETNAME_DELETED
    67: ErrorKind.NETWORK_GONE,  # ERROR_BAD_NET_NAME
    112: ErrorKind.DISK_FULL,  # ERROR_DISK_FULL
    1231: ErrorKind.NETWORK_GONE,  # ERROR_NETWORK_UNREACHABLE
}

_POSIX: dict[int, ErrorKind] = {
    errno.ENOSPC: ErrorKind.DISK_FULL,
    errno.EACCES: ErrorKind.NO_PERMISSION,
    errno.EPERM: ErrorKind.NO_PERMISSION,
    errno.EROFS: ErrorKind.READ_ONLY_PLACE,
    errno.ENOENT: ErrorKind.MISSING,
    errno.EBUSY: ErrorKind.HELD_BY_OTHER_PROGRAM,
    errno.ETXTBSY: ErrorKind.HELD_BY_OTHER_PROGRAM,
}
for _name, _kind in (("EDQUOT", ErrorKind.DISK_FULL), ("ENETUNREACH", ErrorKind.NETWORK_GONE)):
    if hasattr(errno, _name):
        _POSIX[getattr(errno, _name)] = _kind

# SQLite's primary result codes (sqlite3.h); the extended codes carry them in the low byte
_SQLITE: dict[int, ErrorKind] = {
    5: ErrorKind.HELD_BY_OTHER_PROGRAM,  # SQLITE_BUSY: another connection holds the file
    8: ErrorKind.READ_ONLY_PLACE,  # SQLITE_READONLY: the file or its folder cannot be written
    13: ErrorKind.DISK_FULL,  # SQLITE_FULL
    14: ErrorKind.MISSING,  # SQLITE_CANTOPEN: most often a folder that is not (or no longer) there
}


def winerror_of(error: BaseException) -> int | None:
    """Return Windows' error number of ``error`` (None off Windows, or when it has none)."""
    value = getattr(error, "winerror", None)
    return value if isinstance(value, int) else None


def _kind_of_one(error: BaseException) -> ErrorKind | None:
    winerror = winerror_of(error)
    if winerror is not None and winerror in _WINDOWS:
        return _WINDOWS[winerror]
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE:
        return _SQLITE[code & 0xFF]
    number = getattr(error, "errno", None) if isinstance(error, OSError) else None
    if isinstance(number, int) and number in _POSIX:
        return _POSIX[number]
    return None


def classify(error: BaseException | None) -> ErrorKind:
    """Return the kind of ``error``: an OSError, an sqlite3 error, or an error wrapping one.

    An SQLAlchemy error's ``orig``, then the explicit cause (``raise ... from``) are
    looked at in turn; the first with a known number decides. Never reads the message.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        kind = _kind_of_one(error)
        if kind is not None:
            return kind
        wrapped = getattr(error, "orig", None)
        error = wrapped if isinstance(wrapped, BaseException) else error.__cause__
    return ErrorKind.OTHER


def is_held(error: BaseException, target_exists: bool) -> bool:
    """Return True when ``error`` may go away by itself shortly: another program holds the file.

    Windows' "access denied" counts when the target exists: an antivirus check or the search
    indexer opens a new file for a moment, and a rename onto it is refused meanwhile.
    """
    kind = classify(error)
    if kind is ErrorKind.HELD_BY_OTHER_PROGRAM:
        return True
    return target_exists and winerror_of(error) == 5
