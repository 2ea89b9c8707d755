"""One translated sentence for each error the user can act on, for dialogs and the command line.

The texts are English source strings translated through Qt (context ``FileMessages``),
so they follow the language installed with :func:`apvdesk.wording.i18n.install`. Each names
the file and says what to do. The GUI shows :func:`describe` in a message box; the
command line prints it as one line on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication

from apvdesk.platform.file_errors import cannot_write
from apvdesk.platform.file_holders import programs_holding
from apvdesk.platform.os_errors import ErrorKind
from apvdesk.platform.writable import can_read, can_write, can_write_in
from apvdesk.store.collection.errors import CollectionFileError
from apvdesk.store.errors import (
    BackupCopy,
    CannotLock,
    CannotWrite,
    DamagedContent,
    DamagedFile,
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


def _write_error(error: OSError) -> CannotWrite:
    """Treat an OSError that escaped the store as a failed write of its file (its kind told by its number)."""
    return cannot_write(Path(error.filename), error)


def _disk_full(error: Exception) -> TypeGuard[CannotWrite]:
    return isinstance(error, CannotWrite) and error.cause is ErrorKind.DISK_FULL


class FileMessages:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FileMessages", text)

    def describe(self, error: Exception) -> str:
        """Return one sentence naming the file, what is wrong and what to do."""
        if isinstance(error, OSError) and error.filename is not None:
            error = _write_error(error)
        if isinstance(error, CollectionFileError):
            from apvdesk.app.collection_messages import CollectionMessages

            return CollectionMessages().describe(error)
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
        if _disk_full(error):
            return fill(
                self.tr(
                    "The disk is full, so %1 could not be saved; what was saved before is unchanged. "
                    "Free some disk space, or choose another disk, and try again."
                ),
                error.path,
            )
        if isinstance(error, CannotWrite):
            return self._unwritable(error.path, error.detail, error.cause)
        if isinstance(error, UpgradeFailed):
            text = self.tr(
                "%1 could not be upgraded to this version of apvdesk, so it was left as it was. "
                "Please report the problem; until then, use the version of apvdesk that made the file."
            )
            return fill(text, error.path)
        return str(error) or type(error).__name__

    def title(self, error: Exception) -> str:
        """Return a short heading for a message box about ``error``."""
        if isinstance(error, OSError) and error.filename is not None:
            error = _write_error(error)
        if isinstance(error, FileMissing):
            return self.tr("File not found")
        if isinstance(error, DamagedFile):
            return self.tr("Damaged file")
        if _disk_full(error):  # DiskFull, or any CannotWrite whose cause is a full disk
            return self.tr("Disk full")
        if isinstance(error, CannotWrite) and error.cause is ErrorKind.HELD_BY_OTHER_PROGRAM:
            return self.tr("File open in another program")
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
        if error.detail == "collection":
            text = self.tr(
                "%1 is an apvdesk collection file and may hold answers not added yet, so apvdesk does "
                "not write over it; it was left as it was. Choose another name for the file to save."
            )
        elif error.detail == "workplace":
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
        if not can_write_in(path.parent) or (path.exists() and not can_write(path)):
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
        if path.exists() and not can_read(path):
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

    def _unwritable(self, path: Path, detail: str, cause: ErrorKind) -> str:
        """Say why ``path`` could not be written: told by the error's kind and by trying the place."""
        folder = path.parent
        if cause is ErrorKind.NETWORK_GONE:
            return fill(
                self.tr(
                    "%1 cannot be reached: the network drive or shared folder it is on is not connected. "
                    "Check the connection, or ask whoever looks after the network, and try again; "
                    "nothing was written."
                ),
                path,
            )
        if cause is ErrorKind.HELD_BY_OTHER_PROGRAM:  # the system said so: no need to look further
            return self._held(path)
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
        if path.exists() and not can_write(path):
            return fill(
                self.tr(
                    "%1 is read-only. Remove the read-only mark, "
                    "or copy the file to a folder where you may write."
                ),
                path,
            )
        if not can_write_in(folder):
            return fill(
                self.tr(
                    "%1 cannot be written because you may not write in the folder %2. Choose another folder."
                ),
                path,
                folder,
            )
        if cause is ErrorKind.NO_PERMISSION and path.exists():
            return self._held(path)  # the file and its folder take writes, yet it was refused: held
        if cause in (ErrorKind.NO_PERMISSION, ErrorKind.READ_ONLY_PLACE):
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

    def _held(self, path: Path) -> str:
        """Say that another program holds ``path``, naming it when Windows (or Linux) tells which."""
        programs = programs_holding(path)
        if programs:
            return fill(
                self.tr(
                    "%1 is open in another program (%2). Close it there and try again; nothing was written."
                ),
                path,
                ", ".join(programs),
            )
        return fill(
            self.tr(
                "%1 is held by another program, such as a PDF reader, a spreadsheet or an antivirus check. "
                "Close it and try again; nothing was written."
            ),
            path,
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
