"""Write a whole file or nothing, and never over a workplace file: a temporary file, then a rename.

Every report, export and template goes through :func:`write_atomically`. Before the new
file takes the name, :func:`refuse_workplace_file` makes sure that the name does not hold
a workplace file, or a file apvdesk keeps beside one (its lock file, SQLite's journal of
an unfinished change). They are known by their content, not by the name's ending (the
lock file and the journal also by their names beside a workplace file); an output aimed
at one raises :class:`~apvdesk.platform.file_errors.OutputOverWorkplaceFile`
(:mod:`apvdesk.platform.own_files` tells them). Only the standard library is imported
here; this module is on the start-up path.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from apvdesk.platform.file_errors import OutputOverWorkplaceFile
from apvdesk.platform.file_retry import replace_file
from apvdesk.platform.own_files import apvdesk_file_kind


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    A failure never leaves a half-written file under the real name; an existing file
    is replaced only once the new one is complete on disk, and never when it is a
    workplace file or one apvdesk keeps beside it.

    Raises:
        OutputOverWorkplaceFile: ``path`` holds a workplace file, its lock or its journal.
        OSError: The file cannot be written (with ``path`` as the error's file name).

    """
    path = Path(path)
    suffix = f"{path.suffix}.tmp" if path.suffix else ".tmp"
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix, dir=path.parent)
    except OSError as exc:
        raise _naming(exc, path) from exc
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o644)  # mkstemp makes the file private; a saved document is not
        refuse_workplace_file(path)  # checked last, just before the name changes hands
        replace_file(temp_name, path)  # tried again for a moment while a reader or antivirus holds it
        fsync_folder(path.parent)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _naming(exc, path) from exc
        raise


def refuse_workplace_file(path: Path) -> None:
    """Raise OutputOverWorkplaceFile when writing ``path`` would replace something of apvdesk's.

    See :func:`apvdesk_file_kind`; the error's ``detail`` is the kind.
    """
    kind = apvdesk_file_kind(path)
    if kind is not None:
        raise OutputOverWorkplaceFile(Path(path), kind)


def _naming(error: OSError, path: Path) -> OSError:
    """Return the error with the file the user asked for as its file name (the system's may lack it)."""
    try:  # keep the kind (PermissionError, say), so callers can still tell them apart
        named = type(error)(error.errno, error.strerror or str(error), str(path))
    except TypeError:
        named = OSError(error.errno, error.strerror or str(error), str(path))
    winerror = getattr(error, "winerror", None)
    if winerror is not None:  # Windows' own number tells a held file from a refused one
        named.winerror = winerror  # type: ignore[attr-defined]
    return named


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so that a rename into it survives a power cut.

    POSIX only: Windows cannot open a folder this way, and NTFS writes renames through.
    """
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems (network shares) cannot flush a folder; the rename stands
    finally:
        os.close(handle)
