"""What a workplace file in a folder that OneDrive (or the like) keeps in step means, in words.

The window shows :meth:`SyncNoticeTexts.bar` in a calm bar above the pages, and asks
:meth:`SyncNoticeTexts.new_file_question` before a new file is saved there; the command
line prints :meth:`SyncNoticeTexts.line` on stderr. The texts are English source strings
translated through Qt (context ``SyncNoticeTexts``). Working on one file from several PCs
at once needs a database server, which apvdesk does not have yet: the texts say one PC
at a time, and nothing more.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from apvdesk.platform.paths import local_folder
from apvdesk.platform.synced_folders import CLOUD_FILES
from apvdesk.wording.i18n import fill


class SyncNoticeTexts:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SyncNoticeTexts", text)

    def service(self, service: str) -> str:
        """Return the service's name; for a cloud folder of a service not known, a few words."""
        return self.tr("a cloud service") if service == CLOUD_FILES else service

    def bar(self, service: str) -> str:
        """Return the bar's text for a file open from a folder that ``service`` keeps in step."""
        return fill(
            self.tr(
                "This file is in a folder that %1 keeps in step with the internet. apvdesk saves "
                "every change at once, and %1 may copy the file while it is being saved, or make "
                "conflict copies if two PCs change it. Keep the workplace file in a folder on this "
                "PC that is not synced, for example %2, and use it on one PC at a time. Exported "
                "PDFs and copies of backups may well go in %1."
            ),
            self.service(service),
            local_folder(),
        )

    def line(self, path: Path, service: str) -> str:
        """Return the command line's one line about ``path`` in a folder that ``service`` keeps in step."""
        return fill(
            self.tr(
                "%1 is in a folder that %2 keeps in step: apvdesk saves often, and %2 may copy the "
                "file while it is being saved or make conflict copies. Keep it in a folder on this "
                "PC that is not synced, for example %3, and use it on one PC at a time."
            ),
            path,
            self.service(service),
            local_folder(),
        )

    def new_file_title(self) -> str:
        return self.tr("A folder that is kept in step")

    def new_file_question(self, folder: Path, service: str) -> str:
        """Return the question asked before a new workplace file is saved in ``folder``."""
        return fill(
            self.tr(
                "%2 keeps this folder in step with the internet:\n%1\n\napvdesk saves every change "
                "at once, and %2 may copy the file while it is being saved, or make conflict copies "
                "if two PCs change it.\n\nKeep the workplace file in a folder on this PC that is not "
                "synced, for example %3, and use it on one PC at a time."
            ),
            folder,
            self.service(service),
            local_folder(),
        )

    def choose_other(self) -> str:
        return self.tr("Choose another folder…")

    def save_anyway(self) -> str:
        return self.tr("Save here anyway")
