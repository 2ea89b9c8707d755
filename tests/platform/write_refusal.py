"""A folder or file that refuses writes, for tests that run as root (root ignores permission bits).

:func:`refusing_writes` makes :func:`os.open` refuse, with EACCES as a read-only place
does, every opening for writing of ``path`` (a file) or of any file in it (a folder):
what :mod:`apvdesk.platform.writable` tries, and what ``tempfile.mkstemp`` does.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


@contextmanager
def refusing_writes(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within the block, opening ``path`` (or a file in the folder ``path``) for writing raises EACCES."""
    place = path.resolve()
    real_open = os.open

    def refuse(name, flags, *args, **kwargs):  # noqa: ANN001, ANN202 - os.open's own signature
        target = Path(name).resolve()
        if flags & _WRITING and (target == place or target.parent == place):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        return real_open(name, flags, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", refuse)
        yield
