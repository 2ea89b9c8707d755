"""Errors about the workplace file that the user can act on.

Each carries the path and a machine-readable kind; the UI and the command line turn it
into one translated sentence (see :mod:`apvdesk.app.file_messages`). The base of them
all, and the errors of writing an output, come from :mod:`apvdesk.platform.file_errors`
and are named here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.platform.file_errors import CannotWrite, OutputOverWorkplaceFile, WorkplaceFileError
from apvdesk.platform.os_errors import ErrorKind

if TYPE_CHECKING:
    from apvdesk.store.content_fault import ContentFault
    from apvdesk.store.lock_owner import LockOwner


class FileMissing(WorkplaceFileError):
    """There is no file at the path."""


class NotAWorkplaceFile(WorkplaceFileError):
    """The file is not an apvdesk workplace file (or is damaged beyond reading)."""


class NewerVersionFile(WorkplaceFileError):
    """The file was written by a newer apvdesk whose schema this version does not know."""


class UpgradeFailed(WorkplaceFileError):
    """An older file could not be upgraded; it was rolled back and a backup copy kept."""

    def __init__(self, path: Path | str, backup: Path | None, detail: str = "") -> None:
        super().__init__(path, detail)
        self.backup = backup


class FileInUse(WorkplaceFileError):
    """Another copy of apvdesk has the file open for writing; ``owner`` says who and since when.

    The lock may be stale (left by a crash); ``owner.is_stale()`` tells. The file can
    still be opened read-only.
    """

    def __init__(self, path: Path | str, owner: LockOwner) -> None:
        super().__init__(path, f"in use by {owner.user}@{owner.host} (pid {owner.pid}) since {owner.since}")
        self.owner = owner


class CannotLock(WorkplaceFileError):
    """No lock file can be written beside the file (a read-only folder, share or CD).

    Without a lock, apvdesk cannot keep a second writer out, so the file can only be
    opened read-only.
    """


class OpenedReadOnly(CannotWrite):
    """A change was attempted on a file that this copy of apvdesk opened read-only."""


class DamagedFile(NotAWorkplaceFile):
    """An apvdesk file that SQLite finds damaged inside (pages, header or schema).

    ``can_rescue`` is True when the file's table of contents can still be read, so
    :func:`apvdesk.store.sqlite.rescue.rescue_file` may copy what is readable into a new file.
    """

    def __init__(self, path: Path | str, detail: str = "", can_rescue: bool = False) -> None:
        super().__init__(path, detail)
        self.can_rescue = can_rescue


class DiskFull(CannotWrite):
    """A write failed because the disk (or the user's quota) is full; nothing of it was saved."""

    default_cause = ErrorKind.DISK_FULL


class FileReplaced(CannotWrite):
    """The open workplace file was removed or replaced by another program; nothing more is saved.

    The path no longer names the file apvdesk opened (see :mod:`apvdesk.store.sqlite.file_identity`),
    so a write would go into a deleted file, or into someone else's.
    """


class KioskRunning(WorkplaceFileError):
    """A questionnaire kiosk has the file open, so nothing of it is shown without the kiosk's PIN.

    ``owner`` is the kiosk's lock (its ``kiosk_round`` names the round whose PIN opens
    the file read-only). A kiosk on another PC counts as running.
    """

    def __init__(self, path: Path | str, owner: LockOwner) -> None:
        super().__init__(path, f"a kiosk is running on {owner.host} (pid {owner.pid}) since {owner.since}")
        self.owner = owner


class DamagedContent(DamagedFile):
    """A sound SQLite file holding values apvdesk cannot use (see :mod:`apvdesk.store.sqlite.content_check`).

    ``faults`` lists them (the first :data:`~apvdesk.store.sqlite.content_check.MAX_FAULTS`),
    ``more`` says whether there were more. The rescue repairs or leaves out what is wrong.
    """

    def __init__(self, path: Path | str, faults: Sequence[ContentFault], more: bool = False) -> None:
        super().__init__(path, "; ".join(fault.explain() for fault in faults[:3]), can_rescue=True)
        self.faults = tuple(faults)
        self.more = more


class BackupCopy(CannotWrite):
    """A backup copy apvdesk made: it may be looked at, not changed; it is restored instead.

    Were a backup from before a round's results were released worked on as a workplace,
    ending its collection would release results without the later answers, and the two
    releases side by side would give those answers away (docs/privacy.md).
    """


__all__ = [
    "BackupCopy",
    "CannotLock",
    "CannotWrite",
    "DamagedContent",
    "DamagedFile",
    "DiskFull",
    "ErrorKind",
    "FileInUse",
    "FileMissing",
    "FileReplaced",
    "KioskRunning",
    "NewerVersionFile",
    "NotAWorkplaceFile",
    "OpenedReadOnly",
    "OutputOverWorkplaceFile",
    "UpgradeFailed",
    "WorkplaceFileError",
]
