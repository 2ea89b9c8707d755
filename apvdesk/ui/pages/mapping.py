"""Kortlægning: collect the answers (kiosk, paper, import, dialogue meetings) and see who answered.

The state of the collection is :mod:`~apvdesk.ui.pages.collection_status`, the dialogue
meetings :mod:`~apvdesk.ui.pages.dialogue_meetings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.mapping import response_overview
from apvdesk.core.round_people import groups_in_results
from apvdesk.core.site_view import site_response_overview
from apvdesk.ui import answer_collection
from apvdesk.ui.collection_transfer import CollectionTransfer
from apvdesk.ui.group_names_note import GroupNamesNote
from apvdesk.ui.models.responses import ResponseOverviewModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.collection_status import CollectionStatus
from apvdesk.ui.pages.dialogue_meetings import DialogueMeetingsBox
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.site_chooser import SiteChooser
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.language_names import chosen_name

if TYPE_CHECKING:
    from apvdesk.ui.meeting.facilitator import MeetingWindow


class MappingPage(Page):
    """The ways to answer, side by side, and the response overview per group."""

    page_key = "mapping"

    def title(self) -> str:
        return self.tr("Mapping")

    def introduction(self) -> str:
        return self.tr(
            "Mapping finds out how support works at your workplace: with an anonymous "
            "questionnaire for larger groups, or a dialogue meeting for small groups."
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
        self.transfer = CollectionTransfer(self, self.store)  # collection files: another PC
        self.transfer.add_to(grid, 3)
        self.transfer.merged.connect(self.refresh)
        grid.setColumnStretch(1, 1)
        self.body.addWidget(ways)
        self.paper_box = PdfExportBox(
            self.tr("Paper questionnaire"),
            self.tr("A form to fill in with a pen, without a name; collect them in a closed box."),
            self.tr("Print paper questionnaire…"),
            self._prepare_paper,
            saved_text=self.tr("The questionnaire was saved as %1."),
        )
        self.body.addWidget(self.paper_box)
        self.names_note = GroupNamesNote(self.store, with_button=True)
        self.body.addWidget(self.names_note)

        overview = QGroupBox(self.tr("Who has answered"))
        layout = QVBoxLayout(overview)
        self.site_chooser = SiteChooser()  # the response overview of one site (shown when there are sites)
        self.site_chooser.changed.connect(self.refresh)
        layout.addWidget(self.site_chooser)
        self.overview_view = QTableView()
        self.overview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overview_view.verticalHeader().setVisible(False)
        self.overview_view.setMinimumHeight(170)
        layout.addWidget(self.overview_view)
        self.overview_note = muted("")
        layout.addWidget(self.overview_note)
        self.collection = CollectionStatus(context)
        self.collection.changed.connect(self.refresh)
        layout.addWidget(self.collection)
        row = self.collection.buttons
        self.discard_button = QPushButton(self.tr("Delete the individual answers…"))
        self.discard_button.setToolTip(
            self.tr("Keep the results and delete each person's answers, once the round is assessed.")
        )
        self.discard_button.clicked.connect(self.discard_answers)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.body.addWidget(overview)
        self.meetings = DialogueMeetingsBox(context)
        self.meetings.deleted.connect(self.refresh)
        self.meetings_list = self.meetings.meetings_list
        self.new_meeting_button = self.meetings.new_meeting_button
        self.body.addWidget(self.meetings)
        self.body.addStretch(1)

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_next_step()
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        for widget in (
            self.kiosk_button,
            self.paper_box,
            self.entry_button,
            self.import_button,
        ):
            widget.setEnabled(has_round)
        self.transfer.show_round(None, False)
        if apv_round is None or apv_round.id is None:
            self.names_note.show_round(None)
            self.overview_note.setText(self.tr("There is no round yet."))
            self.meetings.show_round(None)
            return
        self.meetings.show_round(apv_round.id)
        self.names_note.show_round(apv_round)
        store = self.store
        discarded_on = store.answers_discarded_on(apv_round.id)
        for widget in (self.kiosk_button, self.entry_button, self.import_button, self.discard_button):
            widget.setEnabled(discarded_on is None and self.context.editable)
        self.transfer.show_round(apv_round.id, discarded_on is None and self.context.editable)
        bank = store.round_bank(apv_round.id)
        offered = [
            (lang, chosen_name(lang, bank.language_names))
            for lang in apv_round.languages
            if lang in bank.languages
        ]
        questionnaire = self.tr("questionnaire")
        name = store.workplace().name or store.path.stem
        self.paper_box.set_choices(offered, self.context.language(), f"{name} - {questionnaire}")
        answered = store.respondents_by_group(apv_round.id)
        groups = groups_in_results(apv_round.group_ids, store.groups(), answered)
        rows = response_overview(groups, answered, apv_round.anonymity_threshold)
        self.site_chooser.show_sites(store.sites())
        site = self.site_chooser.site()
        shown_rows = rows
        if site is not None:
            shown_rows = site_response_overview(groups, answered, apv_round.anonymity_threshold, site.id)
        self.overview_model = ResponseOverviewModel(
            shown_rows, apv_round.anonymity_threshold, site.name if site is not None else ""
        )
        self.overview_view.setModel(self.overview_model)
        header = self.overview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        total = shown_rows[-1]
        self.overview_note.setText(
            self.tr(
                "%1 of %2 employees have answered. Answers are counted per group only; "
                "nobody can see who answered."
            )
            .replace("%1", str(total.respondents))
            .replace("%2", str(total.headcount))
            + (self._languages_text(apv_round.id, bank) if site is None else "")  # counted per round only
        )
        self.collection.show_round(apv_round.id, rows, discarded_on is None)
        if discarded_on is not None:
            self.overview_note.setText(
                self.overview_note.text()
                + " "
                + self.tr(
                    "The individual answers were deleted on %1; the results are kept, and the round "
                    "takes no more answers."
                ).replace("%1", format_date(discarded_on))
            )
        else:
            self.discard_button.setEnabled(self.context.editable and rows[-1].respondents > 0)

    def _languages_text(self, round_id: int, bank) -> str:
        counts = self.store.language_counts(round_id)
        if not counts:
            return ""
        names = [
            f"{chosen_name(lang, bank.language_names)} {count}"
            for lang, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
        ]
        return " " + self.tr("Answers per language: %1.").replace("%1", ", ".join(names))

    # --- deleting the individual answers -------------------------------------------------

    def discard_answers(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the individual answers"),
            self.tr(
                "The results of “%1” are kept as they are shown now, for every group and "
                "question. Each person's answers are deleted for good and cannot be brought back; "
                "the round then takes no more answers.\n\nDo this when the assessment is finished. "
                "Delete the individual answers now?"
            ).replace("%1", apv_round.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.discard_raw_answers(apv_round.id)
        self.refresh()
        older = self.store.backup_count()
        if not older:
            return
        remove = QMessageBox.question(
            self,
            self.tr("Delete the individual answers"),
            self.tr(
                "The individual answers are deleted from the file. %1 automatic backups of the file "
                "were made before and still hold them. Delete these backups too?"
            ).replace("%1", str(older)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if remove == QMessageBox.StandardButton.Yes:
            self.store.delete_backups()

    # --- the kiosk --------------------------------------------------------------------

    def start_kiosk(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        self._kiosk = answer_collection.start_kiosk(self, self.store, apv_round.id, self._kiosk_closed)

    def _kiosk_closed(self) -> None:
        self._kiosk = None
        self.refresh()

    # --- dialogue meetings --------------------------------------------------------------

    @property
    def meeting_window(self) -> MeetingWindow | None:
        """The facilitator's window of the meeting open, if one is."""
        return self.meetings.meeting_window

    def show_meeting(self, meeting_id: int) -> None:
        """Open the facilitator's window of a meeting (one at a time)."""
        self.meetings.show_meeting(meeting_id)

    def close_windows(self) -> None:
        self.meetings.close_windows()

    # --- paper ------------------------------------------------------------------------

    def _prepare_paper(self, lang: str) -> Callable[[], bytes]:
        apv_round = self.context.current_round()
        assert apv_round is not None and apv_round.id is not None
        return answer_collection.paper_form_pdf(self.store, apv_round.id, lang)

    # --- typing in and importing --------------------------------------------------------

    def type_in_forms(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        answer_collection.type_in_forms(self, self.store, apv_round.id)
        self.refresh()

    def import_answers(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        answer_collection.import_answers(self, self.store, apv_round.id)
        self.refresh()
