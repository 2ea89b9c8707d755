"""Save the action plan as an Excel workbook or as calendar events (ICS); never over a workplace file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.model import ActionPlan
from apvdesk.io.plan_export import write_plan_export
from apvdesk.platform.atomic_file import refuse_workplace_file
from apvdesk.platform.paths import documents_dir
from apvdesk.ui import file_dialogs
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import run_task


class PlanExportBox(QGroupBox):
    """Two buttons: the plan as a workbook, and its deadlines and effect checks as calendar events."""

    def __init__(
        self, load_plan: Callable[[], ActionPlan], lang: Callable[[], str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setTitle(self.tr("Action plan as spreadsheet or calendar"))
        self._load_plan = load_plan
        self._lang = lang
        self._file_stem = "apvdesk"
        self.last_output: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "The spreadsheet has a sheet of problems and a sheet of actions, with filters. The "
                    "calendar file holds every deadline and effect check as an all-day event, to import "
                    "into Outlook or Google Calendar."
                )
            )
        )
        row = QHBoxLayout()
        self.xlsx_button = QPushButton(self.tr("Save as Excel spreadsheet…"))
        self.xlsx_button.clicked.connect(lambda: self.choose_and_export(".xlsx"))
        self.ics_button = QPushButton(self.tr("Save as calendar (ICS)…"))
        self.ics_button.clicked.connect(lambda: self.choose_and_export(".ics"))
        row.addWidget(self.xlsx_button)
        row.addWidget(self.ics_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        layout.addWidget(self.result_label)

    def set_file_stem(self, stem: str) -> None:
        self._file_stem = stem

    def choose_and_export(self, suffix: str) -> None:
        if suffix == ".xlsx":
            kinds = self.tr("Excel spreadsheets (*.xlsx)")
        else:
            kinds = self.tr("Calendar files (*.ics)")
        suggested = documents_dir() / f"{safe_file_stem(self._file_stem)}{suffix}"
        chosen, _filter = file_dialogs.ask_save_file(self, self.tr("Save as"), str(suggested), kinds)
        if chosen:
            path = Path(chosen)
            path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
            self.export(path, open_when_done=suffix == ".xlsx")

    def export(self, path: Path, open_when_done: bool = False) -> None:
        """Write the file in the background; say where it went.

        A workplace file at ``path`` is refused at once with a message (and again by the
        writing itself, should one appear there meanwhile).
        """
        from apvdesk.store.errors import OutputOverWorkplaceFile

        try:
            refuse_workplace_file(path)
        except OutputOverWorkplaceFile as exc:
            show_error(self, self.tr("The file could not be saved"), exc)
            return
        plan, lang = self._load_plan(), self._lang()

        def work() -> Path:
            write_plan_export(plan, path, lang)
            return path

        def done(result: Path) -> None:
            self._busy(False)
            self.last_output = result
            if result.suffix.lower() == ".ics":
                saved = self.tr("The calendar file was saved as %1.")
            else:
                saved = self.tr("The spreadsheet was saved as %1.")
            self.result_label.setText(saved.replace("%1", str(result)))
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            self._busy(False)
            self.result_label.setVisible(False)
            show_error(self, self.tr("The file could not be saved"), exc)

        self._busy(True)
        run_task(work, done, failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.xlsx_button.setEnabled(not busy)
        self.ics_button.setEnabled(not busy)
        if busy:
            self.result_label.setText(self.tr("Writing the file…"))
        self.result_label.setVisible(True)
