"""One translated sentence for each error the user can act on, for dialogs and the command line.

The texts are English source strings translated through Qt (context ``FileMessages``),
so they follow the language installed with :func:`apvdesk.i18n.install`. Each names
the file and says what to do. The GUI shows :func:`describe` in a message box; the
command line prints it as one line on stderr.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from apvdesk.store.errors import (
    CannotWrite,
    FileMissing,
    NewerVersionFile,
    NotAWorkplaceFile,
    UpgradeFailed,
    WorkplaceFileError,
)
from apvdesk.store.sqlite_file import APPLICATION_ID, read_application_id

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Replace Qt-style placeholders ``%1``, ``%2``... in one pass.

    One pass keeps a ``%2`` inside the first value (a path may hold one) as it is.
    """
    return _PLACEHOLDER.sub(lambda match: str(values[int(match[1]) - 1]), text)


def _is_damaged_workplace(path: Path) -> bool:
    """Return True when the file carries apvdesk's mark but could not be read."""
    try:
        return read_application_id(path) == APPLICATION_ID
    except WorkplaceFileError:
        return False


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
        if isinstance(error, NotAWorkplaceFile):
            return self.tr("Cannot read the file")
        if isinstance(error, NewerVersionFile):
            return self.tr("File from a newer apvdesk")
        if isinstance(error, UpgradeFailed):
            return self.tr("Cannot upgrade the file")
        if isinstance(error, CannotWrite | OSError):
            return self.tr("Cannot save")
        return "apvdesk"

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
        if _is_damaged_workplace(path):
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
