"""Rapporter: print the action plan as a PDF to sign and pin up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from apvdesk import i18n
from apvdesk.paths import documents_dir
from apvdesk.ui.dialogs.messages import show_error
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.pages.base import Page
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import run_task


class ReportsPage(Page):
    """Export reports; the action plan PDF now, more reports later."""

    def title(self) -> str:
        return self.tr("Reports")

    def introduction(self) -> str:
        return self.tr(
            "Print the APV's documents. The PDF files open in your PDF viewer when they are saved."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        box = QGroupBox(self.tr("Action plan (PDF)"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            muted(
                self.tr(
                    "The problems with their kind, seriousness, extent and causes, the actions with "
                    "what is done, who is responsible and by when, and lines for the employer and the "
                    "employee representative or AMO to sign."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(context.language()))
        form.addRow(self.tr("Language of the report:"), self.language_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Save action plan as PDF…"))
        self.export_button.clicked.connect(self.choose_and_export)
        row.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        row.addWidget(self.progress)
        row.addStretch(1)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        layout.addWidget(self.result_label)
        self.body.addWidget(box)

        later = QGroupBox(self.tr("Coming in a later version"))
        later_layout = QVBoxLayout(later)
        for text in (
            self.tr("The full APV report with charts of the results."),
            self.tr("The agenda and minutes of a dialogue meeting."),
            self.tr("Export of the results to a spreadsheet."),
        ):
            item = QLabel("•  " + text)
            item.setWordWrap(True)
            later_layout.addWidget(item)
        self.body.addWidget(later)
        self.body.addStretch(1)
        self.last_output: Path | None = None

    def refresh(self) -> None:
        has_round = self.context.current_round() is not None
        self.export_button.setEnabled(has_round)
        if not has_round:
            self.result_label.setText(self.tr("There is no round yet, so there is no action plan to print."))
            self.result_label.setVisible(True)

    def choose_and_export(self) -> None:
        name = self.store.workplace().name or self.store.path.stem
        document = self.tr("action plan")
        suggested = documents_dir() / f"{safe_file_stem(name)} - {document}.pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save action plan as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.export(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

    def export(self, path: Path, open_when_done: bool = True) -> None:
        """Write the action plan PDF in the background, then open it in the system viewer."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        store, round_id = self.store, apv_round.id
        lang = str(self.language_combo.currentData())

        def work() -> Path:
            from apvdesk.reports.action_plan import write_action_plan_pdf

            write_action_plan_pdf(store.action_plan(round_id, dt.date.today()), path, lang=lang)
            return path

        def done(result: Path) -> None:
            self._busy(False)
            self.last_output = result
            self.result_label.setText(self.tr("Saved: %1").replace("%1", str(result)))
            self.result_label.setVisible(True)
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            self._busy(False)
            show_error(self, self.tr("The action plan could not be saved"), exc)

        self._busy(True)
        run_task(work, done, failed, owner=self)

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.result_label.setText(self.tr("Writing the PDF…"))
            self.result_label.setVisible(True)
