"""Kortlægning: collect the answers (kiosk, paper, import) and watch who has answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.mapping import response_overview
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.models.responses import ResponseOverviewModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.style import muted


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
        self.entry_button = QPushButton(self.tr("Type in paper forms…"))
        self.entry_button.clicked.connect(self.type_in_forms)
        grid.addWidget(self.entry_button, 1, 0)
        grid.addWidget(muted(self.tr("One row per form, one digit per answer.")), 1, 1)
        self.import_button = QPushButton(self.tr("Import answers…"))
        self.import_button.clicked.connect(self.import_answers)
        grid.addWidget(self.import_button, 2, 0)
        grid.addWidget(
            muted(
                self.tr("From a spreadsheet (CSV or Excel). The import wizard also saves an empty template.")
            ),
            2,
            1,
        )
        grid.setColumnStretch(1, 1)
        self.body.addWidget(ways)
        self.paper_box = PdfExportBox(
            self.tr("Paper questionnaire"),
            self.tr("A form to fill in with a pen, without a name; collect them in a closed box."),
            self.tr("Print paper questionnaire…"),
            self._prepare_paper,
        )
        self.body.addWidget(self.paper_box)

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
        for widget in (self.kiosk_button, self.paper_box, self.entry_button, self.import_button):
            widget.setEnabled(has_round)
        if apv_round is None or apv_round.id is None:
            self.overview_note.setText(self.tr("There is no round yet."))
            return
        store = self.store
        bank = store.round_bank(apv_round.id)
        offered = [
            (lang, bank.language_names.get(lang, lang))
            for lang in apv_round.languages
            if lang in bank.languages
        ]
        questionnaire = self.tr("questionnaire")
        name = store.workplace().name or store.path.stem
        self.paper_box.set_choices(offered, self.context.language(), f"{name} - {questionnaire}")
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

    def _prepare_paper(self, lang: str) -> Callable[[Path], None]:
        apv_round = self.context.current_round()
        assert apv_round is not None and apv_round.id is not None
        store, round_id = self.store, apv_round.id

        def write(path: Path) -> None:
            from apvdesk.reports.questionnaire import write_questionnaire_pdf

            write_questionnaire_pdf(store.questionnaire_form(round_id), path, lang)

        return write

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
