"""Render the file-in-use dialog for a lock that looks alive on this PC, and the question before clearing it.

Called by :mod:`tools.window_shots`. The lock names this very process with no start time
(as an older version's lock would), so it is judged alive; the dialog then offers
**Clear the lock and open…**, and clearing asks first with No as the default.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from apvdesk.store.lock_owner import LockOwner
from apvdesk.store.this_pc import this_host
from apvdesk.ui.dialogs.file_in_use import FileInUseDialog


def render(store, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Show the dialog and the clearing question as the window would, without running them."""
    since = dt.datetime(2027, 3, 2, 8, 15).astimezone()
    owner = LockOwner("birgit", this_host(), os.getpid(), "0.1.0", since)
    dialog = FileInUseDialog(None, Path(store.path), owner)
    dialog.show()
    save(dialog, "file-in-use-this-pc", (dialog.sizeHint().width(), dialog.sizeHint().height()))
    question = QMessageBox(
        QMessageBox.Icon.Question,
        dialog.tr("Clear the lock?"),
        dialog.clearing_warning(),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    question.setDefaultButton(QMessageBox.StandardButton.No)
    question.show()
    save(question, "file-in-use-clear-question", (question.sizeHint().width(), question.sizeHint().height()))
    question.close()
    dialog.close()
