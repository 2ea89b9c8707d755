"""Whether the recent files are still there, found out away from the GUI thread.

Asking Windows whether a file on a network share exists can take half a minute when the
share cannot be reached (a laptop away from the office, a NAS switched off), and the
start page used to ask for each recent file before it was shown. Now the start page
lists the files at once, by name, and each file is looked up in a thread of its own;
the answer comes back on the GUI thread through :attr:`RecentFileCheck.checked`.

Plain daemon threads, not the thread pool: a lookup that hangs must neither hold up the
pool's other work (loading a file in the background) nor the program's exit.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


def file_is_there(path: Path) -> bool:
    """Return whether ``path`` is a file that can be reached now (may block on a network share)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


class RecentFileCheck(QObject):
    """Looks up recent files in the background and remembers what it found, per path.

    :attr:`checked` ``(path, found)`` is emitted on the GUI thread for each answer.
    """

    checked = Signal(str, bool)
    _arrived = Signal(str, bool)  # emitted from the lookup threads, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found: dict[str, bool] = {}
        self._pending: set[str] = set()
        self._arrived.connect(self._take)

    def found(self, path: Path) -> bool | None:
        """Return whether ``path`` was found, or None while it has not been looked up yet."""
        return self._found.get(str(path))

    def check(self, paths: list[Path]) -> None:
        """Look up each of ``paths`` in its own thread, but for those found before or being looked up.

        One not found before is looked up again: the network drive may be back.
        """
        for path in paths:
            key = str(path)
            if key in self._pending or self._found.get(key):
                continue
            self._pending.add(key)
            threading.Thread(
                target=self._look_up, args=(path,), name="apvdesk recent file", daemon=True
            ).start()

    def _look_up(self, path: Path) -> None:
        found = file_is_there(path)  # looked up through the module, so that tests can stand in for it
        try:
            self._arrived.emit(str(path), found)
        except RuntimeError:  # the window has gone meanwhile
            pass

    def _take(self, key: str, found: bool) -> None:
        self._pending.discard(key)
        self._found[key] = found
        self.checked.emit(key, found)
