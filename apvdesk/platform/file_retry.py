"""Renaming a file into place, tried again for a moment while another program holds the target.

On Windows an antivirus check, the search indexer or a sync client opens a file for a
moment after it is written, and a rename onto it is refused meanwhile (a sharing or lock
violation, or "access denied"); a PDF reader holds an open file until it is closed.
:func:`replace_file` tries again with growing waits, about 1.5 s in all, and then raises
the last error, which :mod:`apvdesk.platform.os_errors` classifies. Every rename into
place in apvdesk goes through it. Only the standard library is imported here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from apvdesk.platform.os_errors import is_held

WAITS = (0.05, 0.1, 0.2, 0.4, 0.75)  # seconds between tries: 1.5 s in all


def replace_file(
    source: Path | str, target: Path | str, *, sleep: Callable[[float], None] | None = None
) -> None:
    """Rename ``source`` onto ``target`` (replacing it) like :func:`os.replace`, retrying while held.

    Only a failure that may pass by itself is tried again (see
    :func:`apvdesk.platform.os_errors.is_held`); any other is raised at once, and the
    last one is raised when the target stays held. ``sleep`` waits (default :func:`time.sleep`).
    """
    for wait in (*WAITS, None):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if wait is None or not is_held(exc, target_exists=os.path.lexists(target)):
                raise
        (sleep or time.sleep)(wait)
