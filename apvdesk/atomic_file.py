"""Write a whole file or nothing: through a temporary file in the same folder, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    A failure never leaves a half-written file under the real name; an existing file
    is replaced only once the new one is complete on disk.
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
        os.replace(temp_name, path)
        fsync_folder(path.parent)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _naming(exc, path) from exc
        raise


def _naming(error: OSError, path: Path) -> OSError:
    """Return the error with the file the user asked for as its file name (the system's may lack it)."""
    try:  # keep the kind (PermissionError, say), so callers can still tell them apart
        return type(error)(error.errno, error.strerror or str(error), str(path))
    except TypeError:
        return OSError(error.errno, error.strerror or str(error), str(path))


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
