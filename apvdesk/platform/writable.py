"""Whether a folder or a file may be written, found by trying: Windows' access lists included.

:func:`os.access` reads only the mode bits on Windows (the read-only mark), never the
access control lists of NTFS or a share, so it says "writable" where a standard user
may not write, and the user then reads a wrong reason. These helpers try instead:
:func:`can_write_in` creates and removes a uniquely named empty file in the folder;
:func:`can_write` opens the existing file for appending, which changes nothing in it.
Only the standard library is imported here.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from apvdesk.platform.os_errors import ErrorKind, classify

# What a refused try means "may not write"; anything else (a file held by another program
# for a moment, say) is no answer about permissions, and the place counts as writable.
_REFUSED = (ErrorKind.NO_PERMISSION, ErrorKind.READ_ONLY_PLACE, ErrorKind.MISSING)


def can_write_in(folder: Path | str) -> bool:
    """Return True when a new file can be created in ``folder`` (created and removed to find out)."""
    probe = Path(folder) / f".apvdesk-write-test-{uuid.uuid4().hex}.tmp"
    try:
        handle = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        return classify(exc) not in _REFUSED
    os.close(handle)
    try:
        os.unlink(probe)
    except OSError:
        pass  # the folder takes new files; a probe left behind is empty and hidden
    return True


def can_write(path: Path | str) -> bool:
    """Return True when the existing file ``path`` may be written (opened for appending, unchanged).

    A file another program holds counts as writable: the hold passes, the permission stays.
    """
    try:
        handle = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        return False
    except OSError as exc:
        return classify(exc) not in _REFUSED
    os.close(handle)
    return True


def can_read(path: Path | str) -> bool:
    """Return True unless opening the file ``path`` for reading is refused for lack of permission."""
    try:
        with open(path, "rb"):
            return True
    except OSError as exc:
        return classify(exc) is not ErrorKind.NO_PERMISSION


def may_write(path: Path | str) -> bool:
    """Return True when ``path`` may be written whole: a new file in its folder, and the file if it exists.

    What a safe writer needs (:mod:`apvdesk.platform.atomic_file`): a temporary file
    beside it, then a rename onto it.
    """
    path = Path(path)
    return can_write_in(path.parent) and (not path.exists() or can_write(path))
