"""One translated sentence for each error the user can act on, for dialogs and the command line.

The texts are English source strings translated through Qt (context ``FileMessages``),
so they follow the language installed with :func:`apvdesk.wording.i18n.install`. Each names
the file and says what to do. The GUI shows :func:`describe` in a message box; the
command line prints it as one line on stderr.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from apvdesk.store.errors import (
    BackupCopy,
    CannotLock,
    CannotWrite,
    DamagedContent,
    DamagedFile,
    DiskFull,
    FileInUse,
    FileMissing,
    FileReplaced,
    KioskRunning,
    NewerVersionFile,
    NotAWorkplaceFile,
    OpenedReadOnly,
    OutputOverWorkplaceFile,
    UpgradeFailed,
)
from apvdesk.store.sqlite.files import carries_workplace_mark, lock_path
from apvdesk.wording.formatting import format_date_time
from apvdesk.wording.i18n import fill

# What SQLite and the operating systems say (in English) when a disk is full or a place read-only.
_DISK_FULL_WORDS = ("disk is full", "no space left", "not enough space", "quota exceeded")
_READ_ONLY_WORDS = ("readonly database", "read-only file system", "permission denied", "access is denied")


def _says(detail: str, words: tuple[str, ...]) -> bool:
    return any(word in detail.lower() for word in words)


def _write_error(error: OSError) -> CannotWrite:
    """Treat an OSError that escaped the store as a failed write of its file."""
    return CannotWrite(Path(error.filename), error.strerror or str(error))


class FileMessages:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FileMessages", text)

    def describe(self, error: Exception) -> str:
        """Return one sentence naming the file, what is wrong and what to do."""
        if isinstance(error, OSError) and error.filename is not None:
            error = _write_error(error)
        if isinstance(error, FileMissing):
            return fill(self.tr("%1 does not exist. Check the name and folder."), error.path)
        if isinstance(error, DamagedContent):
            from apvdesk.app.content_messages import describe_refused  # it builds on this module

            return describe_refused(error)
        if isinstance(error, DamagedFile) and error.can_rescue:
            return fill(
                self.tr(
                    "%1 is an apvdesk workplace file, but part of it is damaged. Open it in apvdesk to "
                    "copy what can still be read into a new file, or use a backup copy; "
                    "the file has not been changed."
                ),
                error.path,
            )
        if isinstance(error, NotAWorkplaceFile):
            return self._unreadable(error.path)
        if isinstance(error, NewerVersionFile):
            return fill(
                self.tr(
                    "%1 was saved by a newer version of apvdesk. "
                    "Install the newest apvdesk to open it; the file has not been changed."
                ),
                error.path,
            )
        if isinstance(error, FileInUse):
            return self._in_use(error)
        if isinstance(error, KioskRunning):
            return fill(
                self.tr(
                    "%1 is in use by the questionnaire kiosk on the computer %2 (since %3), so apvdesk "
                    "shows nothing of it. Open it in the apvdesk window and enter the kiosk PIN, or leave "
                    "the kiosk with its PIN first."
                ),
                error.path,
                error.owner.host,
                format_date_time(error.owner.since),
            )
        if isinstance(error, CannotLock):
            return fill(
                self.tr(
                    "apvdesk may not write in the folder of %1, so it can open the file only to read it. "
                    "To make changes, copy the file to a folder where you may write, and open the copy."
                ),
                error.path,
            )
        if isinstance(error, OpenedReadOnly):
            return self._opened_read_only(error.path)
        if isinstance(error, FileReplaced):
            return fill(
                self.tr(
                    "%1 was removed or replaced by another program while apvdesk had it open, so "
                    "apvdesk saves nothing more in it; the last change was not saved. Close the workplace "
                    "(File › Close workplace) and open the file again; if something is missing, restore "
                    "a backup (File › Restore a backup)."
                ),
                error.path,
            )
        if isinstance(error, OutputOverWorkplaceFile):
            return self._output_over_workplace(error)
        if isinstance(error, BackupCopy):
            return fill(
                self.tr(
                    "%1 is a backup copy that apvdesk made, so nothing is changed in it. To work with "
                    "it, open the workplace file in apvdesk and choose File › Restore a backup."
                ),
                error.path,
            )
        if isinstance(error, DiskFull) or (
            isinstance(error, CannotWrite) and _says(error.detail, _DISK_FULL_WORDS)
        ):
            return fill(
                self.tr(
                    "The disk is full, so %1 could not be saved; what was saved before is unchanged. "
                    "Free some disk space, or choose another disk, and try again."
                ),
                error.path,
            )
        if isinstance(error, CannotWrite):
            return self._unwritable(error.path, error.detail)
        if isinstance(error, UpgradeFailed):
            text = self.tr(
                "%1 could not be upgraded to this version of apvdesk, so it was left as it was. "
                "Please report the problem; until then, use the version of apvdesk that made the file."
            )
            return fill(text, error.path)
        return str(error) or type(error).__name__

    def title(self, error: Exception) -> str:
        """Return a short heading for a message box about ``error``."""
        if isinstance(error, FileMissing):
            return self.tr("File not found")
        if isinstance(error, DamagedFile):
            return self.tr("Damaged file")
        if isinstance(error, DiskFull):
            return self.tr("Disk full")
        if isinstance(error, NotAWorkplaceFile):
            return self.tr("Cannot read the file")
        if isinstance(error, NewerVersionFile):
            return self.tr("File from a newer apvdesk")
        if isinstance(error, UpgradeFailed):
            return self.tr("Cannot upgrade the file")
        if isinstance(error, FileInUse):
            return self.tr("Workplace in use")
        if isinstance(error, KioskRunning):
            return self.tr("Questionnaire kiosk running")
        if isinstance(error, CannotLock | OpenedReadOnly):
            return self.tr("Opened read-only")
        if isinstance(error, CannotWrite | OSError):
            return self.tr("Cannot save")
        return "apvdesk"

    def _in_use(self, error: FileInUse) -> str:
        owner = error.owner
        if owner.damaged:
            return fill(
                self.tr(
                    "%1 is marked as open in another copy of apvdesk, but the lock file %2 cannot be read; "
                    "it is probably left over from a crash. Open the file in apvdesk to clear the old lock."
                ),
                error.path,
                lock_path(error.path).name,
            )
        if owner.is_stale():
            text = self.tr(
                "%1 was left open by a copy of apvdesk that is no longer running (%2 on the computer %3, "
                "since %4). Open the file in apvdesk to clear the old lock."
            )
        else:
            text = self.tr(
                "%1 is open in another copy of apvdesk: %2 on the computer %3, since %4. "
                "Close apvdesk there and try again."
            )
        return fill(text, error.path, owner.user, owner.host, format_date_time(owner.since))

    def _output_over_workplace(self, error: OutputOverWorkplaceFile) -> str:
        if error.detail == "workplace":
            text = self.tr(
                "%1 is an apvdesk workplace file, so apvdesk does not write over it; it was left as it "
                "was. Choose another name for the file to save."
            )
        else:
            text = self.tr(
                "%1 belongs to an apvdesk workplace file (it marks the file as open, or holds an "
                "unfinished change), so apvdesk does not write over it; it was left as it was. Choose "
                "another name for the file to save."
            )
        return fill(text, error.path)

    def _opened_read_only(self, path: Path) -> str:
        if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
            return fill(
                self.tr(
                    "%1 is opened read-only because apvdesk may not write to it, so the change was "
                    "not saved. To make changes, copy the file to a folder where you may write, "
                    "and open the copy."
                ),
                path,
            )
        return fill(
            self.tr(
                "%1 is opened read-only, so the change was not saved. To make changes, close the other "
                "copy of apvdesk that has the file open, then open the file again."
            ),
            path,
        )

    def _unreadable(self, path: Path) -> str:
        if path.is_dir():
            return fill(
                self.tr("%1 is a folder, not a workplace file. Choose a file that ends in .apvdesk."), path
            )
        if path.exists() and not os.access(path, os.R_OK):
            return fill(
                self.tr(
                    "You do not have permission to read %1. "
                    "Ask for access, or use a copy of the file you can read."
                ),
                path,
            )
        if carries_workplace_mark(path):  # apvdesk's, yet it could not be read: damaged
            return fill(
                self.tr(
                    "%1 is an apvdesk workplace file, but it is damaged and cannot be read. "
                    "Use a backup copy; the file has not been changed."
                ),
                path,
            )
        return fill(
            self.tr(
                "%1 is not an apvdesk workplace file. "
                "Choose a file that ends in .apvdesk and was made by apvdesk."
            ),
            path,
        )

    def _unwritable(self, path: Path, detail: str) -> str:
        folder = path.parent
        if path.is_dir():
            return fill(self.tr("%1 is a folder, so it cannot be written. Choose a file name."), path)
        if not folder.is_dir():
            return fill(
                self.tr(
                    "%1 cannot be written because the folder %2 does not exist. "
                    "Create the folder or choose another one."
                ),
                path,
                folder,
            )
        if path.exists() and not os.access(path, os.W_OK):
            return fill(
                self.tr(
                    "%1 is read-only. Remove the read-only mark, "
                    "or copy the file to a folder where you may write."
                ),
                path,
            )
        if not os.access(folder, os.W_OK):
            return fill(
                self.tr(
                    "%1 cannot be written because you may not write in the folder %2. Choose another folder."
                ),
                path,
                folder,
            )
        if _says(detail, _READ_ONLY_WORDS):
            return fill(
                self.tr(
                    "%1 cannot be written because the file or its folder is read-only here (a locked USB "
                    "stick, say, or a shared folder you may only read). Nothing was changed. Copy the file "
                    "to a folder where you may write, or ask for permission to write."
                ),
                path,
            )
        return fill(
            self.tr("%1 cannot be written: %2. Choose another folder or free some disk space."),
            path,
            detail or "?",
        )


def describe(error: Exception) -> str:
    """Return one translated sentence about ``error``: the file, the problem, what to do.

    Handles the workplace-file errors of :mod:`apvdesk.store.errors`; an ``OSError``
    carrying a file name is taken as a failed write of that file. Anything else is
    described by its own text.
    """
    return FileMessages().describe(error)


def title(error: Exception) -> str:
    """Return a short translated heading for a message box about ``error``."""
    return FileMessages().title(error)
