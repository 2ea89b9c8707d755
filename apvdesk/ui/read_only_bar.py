"""The yellow bar shown while a workplace is open read-only: why, and what can still be done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from apvdesk.store.errors import BackupCopy, CannotLock, FileInUse, WorkplaceFileError


class ReadOnlyBar(QFrame):
    """A bar above the pages while the file is open read-only; "Open for editing" tries again.

    :meth:`show_reason` takes the error that kept the file from being opened for writing:
    FileInUse (another copy of apvdesk has it), CannotLock (a folder where apvdesk may
    not write) or CannotWrite (a read-only file). The text is made when it is shown, so
    showing it again after a language change translates it.
    """

    reopen_requested = Signal()
    kiosk_started = Signal()  # the copy that has the file started a questionnaire kiosk on it
    KIOSK_CHECK_MS = 3000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setStyleSheet(
            "#readOnlyBar { background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px; }"
            "#readOnlyBar QLabel { color: #000000; }"  # the text colour of the bar, whatever the system
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout.addWidget(self.reopen_button)
        self.reason: WorkplaceFileError | None = None
        self._watched: Path | None = None
        self._kiosk_watch = QTimer(self)
        self._kiosk_watch.setInterval(self.KIOSK_CHECK_MS)
        self._kiosk_watch.timeout.connect(self.check_for_kiosk)
        self.setVisible(False)

    def check_for_kiosk(self) -> None:
        """Say (``kiosk_started``) when the copy holding the file has started a kiosk on it.

        While a kiosk runs, nothing of the file may be shown here without its PIN.
        """
        from apvdesk.store.sqlite.files import running_kiosk  # here, not at start-up

        if self._watched is not None and running_kiosk(self._watched) is not None:
            self._kiosk_watch.stop()
            self._watched = None
            self.kiosk_started.emit()

    def show_reason(self, reason: WorkplaceFileError | None) -> None:
        """Show why the file is read-only, or hide the bar when ``reason`` is None."""
        self.reason = reason
        self._watched = reason.path if isinstance(reason, FileInUse) else None
        if self._watched is not None:
            self._kiosk_watch.start()
        else:
            self._kiosk_watch.stop()
        if reason is None:
            self.setVisible(False)
            return
        self.label.setText(self.text_for(reason))
        self.reopen_button.setText(self.tr("Open for editing"))
        self.reopen_button.setToolTip(
            self.tr("Open the file again for changes, once the other copy of apvdesk has closed it.")
        )
        self.reopen_button.setVisible(isinstance(reason, FileInUse))
        self.setVisible(True)

    def text_for(self, reason: WorkplaceFileError) -> str:
        """Return the bar's sentence for ``reason``."""
        from apvdesk.wording.formatting import format_date_time  # here, not at start-up
        from apvdesk.wording.i18n import fill  # here, not at start-up

        look = self.tr("You can look and print, but not change anything.")
        if isinstance(reason, FileInUse):
            owner = reason.owner
            if owner.damaged:
                text = self.tr("Read-only: this file is marked as open in another copy of apvdesk.")
            else:
                text = fill(
                    self.tr("Read-only: %1 on %2 has this file open since %3."),
                    owner.user,
                    owner.host,
                    format_date_time(owner.since),
                )
            return f"{text} {look}"
        if isinstance(reason, BackupCopy):
            return "{} {} {}".format(
                self.tr("Read-only: this is a backup copy that apvdesk made."),
                look,
                self.tr("To work with it, open the workplace file and choose File › Restore a backup."),
            )
        if isinstance(reason, CannotLock):
            return "{} {} {}".format(
                self.tr("Read-only: apvdesk may not write in the folder of this file."),
                look,
                self.tr("To make changes, copy the file to a folder where you may write."),
            )
        return "{} {} {}".format(
            self.tr("Read-only: the file is marked read-only."),
            look,
            self.tr("To make changes, remove the mark or copy the file to a folder where you may write."),
        )
