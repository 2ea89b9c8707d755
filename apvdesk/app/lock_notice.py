"""The one line that says apvdesk took over a workplace file a crash had left locked.

A crash's lock names a process that is gone, or whose id Windows has since given to
another program (:meth:`~apvdesk.store.lock_owner.LockOwner.is_stale`); the texts say
both. The command line prints it on stderr; the window shows a shorter one in its status bar
(its title names the file). The texts are English source strings translated through Qt
(context ``LockNoticeTexts``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from apvdesk.store.lock_owner import LockOwner
from apvdesk.wording.formatting import format_date_time
from apvdesk.wording.i18n import fill


class LockNoticeTexts:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LockNoticeTexts", text)

    def taken_over(self, path: Path, owner: LockOwner) -> str:
        """Return one sentence: whose lock on ``path`` was taken over, and that nothing saved is lost."""
        if owner.damaged:
            return fill(
                self.tr(
                    "The lock file beside %1 could not be read; it was left over from a crash and has "
                    "been taken over. Everything saved before then is in the file."
                ),
                path,
            )
        return fill(
            self.tr(
                "apvdesk was not closed properly on this PC last time (%2, process %3 is gone or is "
                "now another program, open since %4); its lock on %1 has been taken over. Everything "
                "saved before then is in the file."
            ),
            path,
            owner.user,
            owner.pid,
            format_date_time(owner.since),
        )

    def taken_over_here(self, owner: LockOwner) -> str:
        """Return the shorter sentence for the window's status bar, which names the file in its title."""
        if owner.damaged:
            return self.tr(
                "The lock file of this workplace could not be read; it was left over from a crash and "
                "has been taken over."
            )
        return fill(
            self.tr(
                "apvdesk was not closed properly on this PC last time (process %1 is gone or is now "
                "another program); its lock has been taken over. Everything saved is in the file."
            ),
            owner.pid,
        )


def takeover_notice(path: Path | str, owner: LockOwner) -> str:
    """Return the one translated line that says the crash's lock ``owner`` on ``path`` was taken over."""
    return LockNoticeTexts().taken_over(Path(path), owner)


def window_takeover_notice(owner: LockOwner) -> str:
    """Return the status bar's line that says the crash's lock ``owner`` was taken over."""
    return LockNoticeTexts().taken_over_here(owner)
