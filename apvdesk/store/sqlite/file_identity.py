"""Which file a path names: noticing that an open workplace file was removed or replaced under us.

A store remembers the identity of the file it opened: the volume and the file's number
on it (``st_dev`` and ``st_ino`` of :func:`os.stat`; on Windows, Python fills them from
the volume serial number and the NTFS file index). A rename keeps a file's identity; a
file written by another program and moved into its place, or a new file of the same
name, has another one. Before and after every unit of work the store compares the path's
identity with the remembered one; when the file has gone or another file stands in its
place, :class:`~apvdesk.store.errors.FileReplaced` is raised and nothing is written.
Without the check, SQLite would go on writing into the deleted file through a connection
it already holds (POSIX), or open the other program's file and write into that.

Where the system gives no file number (``st_ino`` is 0: some network shares), a
replacement cannot be told from the same file, so only removal is noticed. The size or
modification time cannot stand in: this program's own writes change both, and another
program may keep them. When the path cannot be looked at at all (a network share that
does not answer), nothing is concluded and SQLite reports what fails. See docs/storage.md,
"The file under apvdesk's feet".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from apvdesk.store.errors import FileReplaced


@dataclass(frozen=True)
class FileIdentity:
    """The volume and file number of one file; 0 for ``file_id`` means the system gives none."""

    device: int
    file_id: int

    @classmethod
    def of(cls, path: Path | str) -> FileIdentity | None:
        """Return the identity of the file ``path`` names now; None when there is none.

        Raises:
            OSError: The path cannot be looked at (no permission, a share that does not answer).

        """
        try:
            result = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return cls(result.st_dev, result.st_ino)

    @property
    def has_file_id(self) -> bool:
        """Return True when the system numbers its files, so that a replacement can be told."""
        return self.file_id != 0


class IdentityCheck:
    """Remembers the file a path names when made; :meth:`verify` says whether it still does.

    A path with no file (one being created, whose content is made under a temporary name)
    or one that cannot be looked at is not watched.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self._expected = FileIdentity.of(self.path)
        except OSError:
            self._expected = None

    @property
    def watching(self) -> bool:
        """Return True when there is a file to watch."""
        return self._expected is not None

    @property
    def knows_file_id(self) -> bool:
        """Return True when a replacement can be told, not only a removal."""
        return self._expected is not None and self._expected.has_file_id

    def verify(self) -> None:
        """Raise FileReplaced when the file was removed, or another file stands in its place.

        One ``os.stat``: a few microseconds on a local disk.
        """
        expected = self._expected
        if expected is None:
            return
        try:
            current = FileIdentity.of(self.path)
        except OSError:
            return  # no proof of anything; SQLite says what fails, if anything does
        if current is None:
            raise FileReplaced(self.path, "removed")
        if expected.has_file_id and current != expected:
            raise FileReplaced(self.path, "replaced")
