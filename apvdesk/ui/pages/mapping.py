"""Kortlægning: collect the answers (kiosk, paper, import) and watch who has answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.mapping import response_overview
from apvdesk.paths import documents_dir
from apvdesk.ui.dialogs.messages import show_error
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.filenames import safe_file_stem
from apvdesk.ui.models.responses import ResponseOverviewModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.style import muted
from apvdesk.ui.tasks import run_task


class MappingPage(Page):
    """The ways to answer, side by side, and the response overview per group."""

    def title(self) -> str:
        return self.tr("Mapping")

    def introduction(self) -> str:
        return self.tr(
            "Mapping finds out how support works at your workplace: with an anonymous "
            "questionnaire for larger groups, or a dialogue meeting for small teams."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        self._kiosk: QWidget | None = None
        self.last_output: Path | None = None

        ways = QGroupBox(self.tr("Collect the answers"))
        grid = QGridLayout(ways)
        self.kiosk_button = QPushButton(self.tr("Start kiosk mode…"))
        self.kiosk_button.clicked.connect(self.start_kiosk)
        grid.addWidget(self.kiosk_button, 0, 0)
        grid.addWidget(
            muted(
                self.tr(
                    "Employees answer one by one on this PC, in their own language. Leaving the "
                    "kiosk needs the PIN."
                )
            ),
            0,
            1,
        )
        self.paper_button = QPushButton(self.tr("Print paper questionnaire…"))
        self.paper_button.clicked.connect(self.choose_and_print_paper)
        self.paper_language = QComboBox()
        self.paper_language.setAccessibleName(self.tr("Language of the paper questionnaire"))
        paper_row = QWidget()
        paper_layout = QGridLayout(paper_row)
        paper_layout.setContentsMargins(0, 0, 0, 0)
        paper_layout.addWidget(QLabel(self.tr("Language:")), 0, 0)
        paper_layout.addWidget(self.paper_language, 0, 1)
        paper_layout.addWidget(
            muted(self.tr("A form to fill in with a pen, without a name; collect them in a closed box.")),
            1,
            0,
            1,
            3,
        )
        paper_layout.setColumnStretch(2, 1)
        grid.addWidget(self.paper_button, 1, 0)
        grid.addWidget(paper_row, 1, 1)
        self.entry_button = QPushButton(self.tr("Type in paper forms…"))
        self.entry_button.clicked.connect(self.type_in_forms)
        grid.addWidget(self.entry_button, 2, 0)
        grid.addWidget(muted(self.tr("One row per form, one digit per answer.")), 2, 1)
        self.import_button = QPushButton(self.tr("Import answers…"))
        self.import_button.clicked.connect(self.import_answers)
        grid.addWidget(self.import_button, 3, 0)
        grid.addWidget(
            muted(
                self.tr("From a spreadsheet (CSV or Excel). The import wizard also saves an empty template.")
            ),
            3,
            1,
        )
        grid.setColumnStretch(1, 1)
        self.body.addWidget(ways)

        overview = QGroupBox(self.tr("Who has answered"))
        layout = QVBoxLayout(overview)
        self.overview_view = QTableView()
        self.overview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overview_view.verticalHeader().setVisible(False)
        self.overview_view.setMinimumHeight(170)
        layout.addWidget(self.overview_view)
        self.overview_note = muted("")
        layout.addWidget(self.overview_note)
        self.body.addWidget(overview)
        later = muted(self.tr("The guided dialogue meeting for small teams comes in a later version."))
        self.body.addWidget(later)
        self.body.addStretch(1)

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        for button in (self.kiosk_button, self.paper_button, self.entry_button, self.import_button):
            button.setEnabled(has_round)
        if apv_round is None or apv_round.id is None:
            self.overview_note.setText(self.tr("There is no round yet."))
            return
        store = self.store
        bank = store.round_bank(apv_round.id)
        current = self.paper_language.currentData()
        self.paper_language.clear()
        for lang in apv_round.languages:
            if lang in bank.languages:
                self.paper_language.addItem(bank.language_names.get(lang, lang), lang)
        index = self.paper_language.findData(current or self.context.language())
        self.paper_language.setCurrentIndex(max(0, index))
        rows = response_overview(
            store.round_groups(apv_round.id),
            store.respondents_by_group(apv_round.id),
            apv_round.anonymity_threshold,
        )
        self.overview_model = ResponseOverviewModel(rows, apv_round.anonymity_threshold)
        self.overview_view.setModel(self.overview_model)
        header = self.overview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        total = rows[-1]
        self.overview_note.setText(
            self.tr(
                "%1 of %2 employees have answered. Answers are counted per group only; "
                "nobody can see who answered."
            )
            .replace("%1", str(total.respondents))
            .replace("%2", str(total.headcount))
        )

    # --- the kiosk --------------------------------------------------------------------

    def start_kiosk(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        if not apv_round.kiosk_pin_hash:
            pin_hash, accepted = SetPinDialog.get_pin_hash(self)
            if not accepted:
                return
            apv_round.kiosk_pin_hash = pin_hash
            self.store.update_round(apv_round)
        from apvdesk.ui.kiosk.window import KioskWindow

        kiosk = KioskWindow(self.store, apv_round.id)
        kiosk.closed.connect(self._kiosk_closed)
        self._kiosk = kiosk
        kiosk.start()

    def _kiosk_closed(self) -> None:
        self._kiosk = None
        self.refresh()

    # --- paper ------------------------------------------------------------------------

    def choose_and_print_paper(self) -> None:
        name = self.store.workplace().name or self.store.path.stem
        document = self.tr("questionnaire")
        lang = str(self.paper_language.currentData())
        suggested = documents_dir() / f"{safe_file_stem(name)} - {document} ({lang}).pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the questionnaire as"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.print_paper(
                path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"), lang
            )

    def print_paper(self, path: Path, lang: str, open_when_done: bool = True) -> None:
        """Write the paper questionnaire in ``lang`` in the background, then open it."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        store, round_id = self.store, apv_round.id

        def work() -> Path:
            from apvdesk.reports.questionnaire import write_questionnaire_pdf

            write_questionnaire_pdf(store.questionnaire_form(round_id), path, lang)
            return path

        def done(result: Path) -> None:
            self.paper_button.setEnabled(True)
            self.last_output = result
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(result)))

        def failed(exc: Exception) -> None:
            self.paper_button.setEnabled(True)
            show_error(self, self.tr("The questionnaire could not be saved"), exc)

        self.paper_button.setEnabled(False)
        run_task(work, done, failed, owner=self)

    # --- typing in and importing --------------------------------------------------------

    def type_in_forms(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

        EntryGridDialog(self.store, apv_round.id, self).exec()
        self.refresh()

    def import_answers(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        from apvdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.store, apv_round.id, self).exec()
        self.refresh()
