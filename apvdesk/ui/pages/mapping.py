"""Kortlægning: collect the answers (kiosk, paper, import, dialogue meetings) and see who answered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.mapping import response_overview
from apvdesk.ui import answer_collection
from apvdesk.ui.models.responses import ResponseOverviewModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.collection_status import CollectionStatus
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date

if TYPE_CHECKING:
    from apvdesk.ui.meeting.facilitator import MeetingWindow


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
        self.meeting_window: MeetingWindow | None = None

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
        self.body.addWidget(self._build_meetings_box())
        self.body.addStretch(1)

    def _build_meetings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dialogue meetings"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            muted(
                self.tr(
                    "For teams too small for an anonymous questionnaire: the team talks through "
                    "a few points together and agrees on a joint rating. Only the number of "
                    "participants is recorded, no names."
                )
            )
        )
        self.meetings_list = QTreeWidget()
        self.meetings_list.setRootIsDecorated(False)
        self.meetings_list.setHeaderLabels([self.tr("Date"), self.tr("Groups"), self.tr("Participants")])
        self.meetings_list.setMinimumHeight(110)
        self.meetings_list.setMaximumHeight(180)
        self.meetings_list.itemDoubleClicked.connect(lambda _item, _column: self.open_meeting())
        self.meetings_list.itemSelectionChanged.connect(self._update_meeting_buttons)
        layout.addWidget(self.meetings_list)
        buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.tr("New dialogue meeting…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.open_meeting_button = QPushButton(self.tr("Open meeting…"))
        self.open_meeting_button.clicked.connect(self.open_meeting)
        self.delete_meeting_button = QPushButton(self.tr("Delete meeting"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        for button in (self.new_meeting_button, self.open_meeting_button, self.delete_meeting_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        for widget in (
            self.kiosk_button,
            self.paper_box,
            self.entry_button,
            self.import_button,
            self.new_meeting_button,
        ):
            widget.setEnabled(has_round)
        if apv_round is None or apv_round.id is None:
            self.overview_note.setText(self.tr("There is no round yet."))
            self.meetings_list.clear()
            self._update_meeting_buttons()
            return
        self._load_meetings(apv_round.id)
        store = self.store
        discarded_on = store.answers_discarded_on(apv_round.id)
        for widget in (self.kiosk_button, self.entry_button, self.import_button, self.discard_button):
            widget.setEnabled(discarded_on is None and self.context.editable)
        self.new_meeting_button.setEnabled(self.context.editable)
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
            + self._languages_text(apv_round.id, bank)
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
            self.discard_button.setEnabled(self.context.editable and total.respondents > 0)

    def _languages_text(self, round_id: int, bank) -> str:
        counts = self.store.language_counts(round_id)
        if not counts:
            return ""
        names = [
            f"{bank.language_names.get(lang, lang)} {count}"
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
                'The results of "%1" are kept as they are shown now, for every group and '
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
        from apvdesk.store.sqlite.backups import delete_backups, list_backups

        older = list_backups(self.store.path)
        if not older:
            return
        remove = QMessageBox.question(
            self,
            self.tr("Delete the individual answers"),
            self.tr(
                "The individual answers are deleted from the file. %1 automatic backups of the file "
                "were made before and still hold them. Delete these backups too?"
            ).replace("%1", str(len(older))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if remove == QMessageBox.StandardButton.Yes:
            delete_backups(self.store.path)

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

    def _load_meetings(self, round_id: int, select_id: int | None = None) -> None:
        names = {g.id: g.name for g in self.store.groups()}
        self.meetings_list.clear()
        for meeting in self.store.meetings(round_id):
            item = QTreeWidgetItem(
                [
                    format_date(meeting.held_on),
                    ", ".join(names.get(g, "?") for g in meeting.group_ids),
                    str(meeting.participants),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings_list.addTopLevelItem(item)
            if meeting.id == select_id:
                self.meetings_list.setCurrentItem(item)
        for column in range(3):
            self.meetings_list.resizeColumnToContents(column)
        self._update_meeting_buttons()

    def _selected_meeting_id(self) -> int | None:
        item = self.meetings_list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_meeting_buttons(self) -> None:
        chosen = self._selected_meeting_id() is not None
        self.open_meeting_button.setEnabled(chosen)
        self.delete_meeting_button.setEnabled(chosen)

    def new_meeting(self) -> None:
        """Choose the groups, create a meeting with the proposed agenda, and open it."""
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        from apvdesk.app.resources import agenda_templates
        from apvdesk.core.dialogue import DialogueMeeting, propose_agenda
        from apvdesk.ui.meeting.dialogs import ChooseGroupsDialog, default_meeting_groups

        groups = self.store.round_groups(apv_round.id)
        proposed = default_meeting_groups(groups, apv_round.anonymity_threshold)
        group_ids, accepted = ChooseGroupsDialog.choose(self, groups, proposed)
        if not accepted or not group_ids:
            return
        points = propose_agenda(
            agenda_templates(), self.store.round_bank(apv_round.id), self.context.language()
        )
        meeting = self.store.create_meeting(
            DialogueMeeting(
                round_id=apv_round.id,
                group_ids=group_ids,
                held_on=dt.date.today(),
                participants=sum(g.headcount for g in groups if g.id in group_ids),
            ),
            points,
        )
        self._load_meetings(apv_round.id, meeting.id)
        assert meeting.id is not None
        self.show_meeting(meeting.id)

    def open_meeting(self) -> None:
        meeting_id = self._selected_meeting_id()
        if meeting_id is not None:
            self.show_meeting(meeting_id)

    def show_meeting(self, meeting_id: int) -> None:
        """Open the facilitator's window of a meeting (one at a time)."""
        from apvdesk.ui.meeting.facilitator import MeetingWindow

        if self.meeting_window is not None:
            self.meeting_window.close()
        window = MeetingWindow(self.store, meeting_id, self)
        window.closed.connect(self._meeting_closed)
        self.meeting_window = window
        window.show()
        window.raise_()

    def close_windows(self) -> None:
        if self.meeting_window is not None:
            self.meeting_window.close()

    def _meeting_closed(self) -> None:
        window = self.sender()
        if window is self.meeting_window:
            self.meeting_window = None
        apv_round = self.context.current_round()
        if apv_round is not None and apv_round.id is not None:
            self._load_meetings(apv_round.id, self._selected_meeting_id())

    def delete_meeting(self) -> None:
        meeting_id = self._selected_meeting_id()
        if meeting_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete this dialogue meeting with its agenda and notes? Problems and actions "
                "made from it stay in the action plan."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.meeting_window is not None and self.meeting_window.meeting.id == meeting_id:
            self.meeting_window.close()
        self.store.delete_meeting(meeting_id)
        self.refresh()

    # --- paper ------------------------------------------------------------------------

    def _prepare_paper(self, lang: str) -> Callable[[Path], None]:
        apv_round = self.context.current_round()
        assert apv_round is not None and apv_round.id is not None
        return answer_collection.paper_form_writer(self.store, apv_round.id, lang)

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
