"""Rapporter: a box per printable report of the registry, and the plan as a workbook or calendar.

The boxes are made from :mod:`apvdesk.app.report_registry`, so a new report appears here
without a change to this page. What stays here is what the page does around them: the
meeting chooser above a meeting's papers, a second language where a report offers one,
the languages of the round's questionnaire, and the note under a report that waits for
the round's results.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.app.report_entry import Needs, Option, PrintableReport, ReportChoices, Section
from apvdesk.app.report_registry import REPORTS, printable_report
from apvdesk.core.dialogue import DialogueMeeting
from apvdesk.core.model import Round
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.plan_export_box import PlanExportBox
from apvdesk.ui.site_choice import one_site_note
from apvdesk.ui.style import muted
from apvdesk.wording import i18n
from apvdesk.wording.formatting import format_date
from apvdesk.wording.language_names import language_choices


class ReportsPage(Page):
    """Export the round's documents as PDF files."""

    def title(self) -> str:
        return self.tr("Reports")

    def introduction(self) -> str:
        return self.tr(
            "Print the APV's documents. The PDF files open in your PDF viewer when they are saved."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        self.no_round = muted(
            self.tr("There is no round yet, so there is nothing to print. Start one on the Preparation page.")
        )
        self.body.addWidget(self.no_round)
        self.boxes: dict[str, PdfExportBox] = {}
        self.notes: dict[str, QLabel] = {}  # under a report that waits for the results
        for section in Section:
            if section is Section.MEETING:
                self._add_meeting_chooser()
            for entry in REPORTS:
                if entry.page.section is section:
                    self._add_box(entry)
            if section is Section.PLAN:
                self.plan_export_box = PlanExportBox(self._current_plan, self.context.language)
                self.body.addWidget(self.plan_export_box)

        later = QGroupBox(self.tr("Coming in a later version"))
        later_layout = QVBoxLayout(later)
        for text in (self.tr("Export of the results to a spreadsheet."),):
            item = QLabel("•  " + text)
            item.setWordWrap(True)
            later_layout.addWidget(item)
        self.body.addWidget(later)
        self.body.addStretch(1)

        # The boxes by the names the tests and the tools know them by.
        self.action_plan_box = self.boxes["action-plan"]
        self.poster_box = self.boxes["poster"]
        self._add_poster_texts()
        self.questionnaire_box = self.boxes["questionnaire"]
        self.full_report_box = self.boxes["full"]
        self.full_report_note = self.notes["full"]
        self.agenda_box = self.boxes["agenda"]
        self.minutes_box = self.boxes["minutes"]

    def _add_poster_texts(self) -> None:
        """Let the owner write the poster's texts in its second language; ask before it is made without."""
        from apvdesk.ui.poster_texts_check import PosterTextsCheck

        box = self.poster_box
        self.poster_texts_button = QPushButton(self.tr("Texts in the second language…"))
        self.poster_texts_button.setToolTip(
            self.tr("Write the poster's problems and actions in its second language, next to the Danish.")
        )
        self.poster_texts_button.clicked.connect(self.edit_poster_texts)
        box.add_button(self.poster_texts_button)
        box.before_making = lambda: PosterTextsCheck(self.store, self).ready(
            self._round_id(), self._poster_second()
        )

    def _poster_second(self) -> str | None:
        second = self.poster_box.second_language()
        return None if second == self.poster_box.language() else second

    def edit_poster_texts(self) -> bool:
        """Open the poster's texts in the chosen second language (or the round's first other language)."""
        from apvdesk.core.languages import SECOND_LANGUAGES
        from apvdesk.ui.dialogs.poster_texts_dialog import PosterTextsDialog

        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return False
        second = self._poster_second() or next(
            (lang for lang in apv_round.languages if lang in SECOND_LANGUAGES and lang != "en"), "pl"
        )
        return PosterTextsDialog.edit(self, self.store, apv_round.id, second)

    def _add_box(self, entry: PrintableReport[Any]) -> None:
        words = entry.page
        box = PdfExportBox(
            words.title.text(),
            words.summary.text(),
            words.button.text(),
            lambda lang: self.report_work(entry.key, lang),
            saved_text=entry.command_line.written.text(),
        )
        if words.printable:
            box.enable_printing()
        self.boxes[entry.key] = box
        self.body.addWidget(box)
        if entry.needs is Needs.RELEASED_ROUND and words.not_yet is not None:
            note = muted(words.not_yet.text())
            note.setVisible(False)
            self.notes[entry.key] = note
            self.body.addWidget(note)

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        self.no_round.setVisible(not has_round)
        for entry in REPORTS:
            if entry.needs is not Needs.MEETING:
                self.boxes[entry.key].setEnabled(has_round)
        self.plan_export_box.setEnabled(has_round)
        for note in self.notes.values():
            note.setVisible(False)
        if not has_round:
            self._show_meetings([])
            self.no_meeting.setVisible(False)  # "no round" already says it
        if apv_round is None or apv_round.id is None:
            return
        name = self.store.workplace().name or self.store.path.stem
        ui_lang = self.context.language()
        released: bool | None = None
        for entry in REPORTS:
            if entry.needs is Needs.MEETING:
                continue
            box = self.boxes[entry.key]
            box.set_choices(self._languages(entry, apv_round), ui_lang, self._file_stem(entry, name))
            if Option.SECOND_LANG in entry.options:
                box.add_second_language(self._second_languages())
            if Option.SITE in entry.options:
                box.set_sites(self.store.sites(), one_site_note())
            if entry.needs is Needs.RELEASED_ROUND:
                if released is None:
                    released = self.store.results(apv_round.id) is not None
                box.setEnabled(released)
                if entry.key in self.notes:
                    self.notes[entry.key].setVisible(not released)
        action_plan = self.tr("action plan")
        self.plan_export_box.set_file_stem(f"{name} - {action_plan}")
        self._refresh_meetings(apv_round.id, name)

    @staticmethod
    def _file_stem(entry: PrintableReport[Any], workplace_name: str) -> str:
        return f"{workplace_name} - {entry.page.file_word.text()}"

    def _languages(self, entry: PrintableReport[Any], apv_round: Round) -> list[tuple[str, str]]:
        """Return the languages a report is offered in: the program's, or the round's questionnaire's."""
        if Option.FORM_LANG not in entry.options:
            return language_choices(i18n.LANGUAGES)
        assert apv_round.id is not None
        bank = self.store.round_bank(apv_round.id)
        return language_choices(
            [lang for lang in apv_round.languages if lang in bank.languages], bank.language_names
        )

    def _all_languages(self) -> list[tuple[str, str]]:
        """Return the five questionnaire languages, named in the program's language."""
        from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES

        return language_choices(QUESTIONNAIRE_LANGUAGES)

    def _second_languages(self) -> list[tuple[str, str]]:
        """Return the possible second languages, named in the program's language."""
        from apvdesk.core.languages import SECOND_LANGUAGES

        return language_choices(SECOND_LANGUAGES)

    def _round_id(self) -> int:
        apv_round = self.context.current_round()
        assert apv_round is not None and apv_round.id is not None
        return apv_round.id

    def _current_plan(self):
        import datetime as dt

        return self.store.action_plan(self._round_id(), dt.date.today())

    def report_work(self, key: str, lang: str) -> Callable[..., bytes]:
        """Return the work that makes report ``key`` in ``lang`` with what is chosen on the page.

        Called on the GUI thread; the work runs in the thread pool and returns the PDF's
        bytes. It takes ``should_stop`` (the box's Cancel), which the report asks between
        its slow steps, if it has any.
        """
        entry = printable_report(key)
        second = self.boxes[key].second_language() if Option.SECOND_LANG in entry.options else None
        if entry.needs is Needs.MEETING:
            choices = ReportChoices(lang, meeting_id=self._meeting_id())
        else:
            site_id = self.boxes[key].site_id() if Option.SITE in entry.options else None
            choices = ReportChoices(
                lang,
                round_id=self._round_id(),
                second_lang=None if second == lang else second,
                site_id=site_id,
            )
        store = self.store

        def build(should_stop: Callable[[], bool] | None = None) -> bytes:
            return entry.pdf(store, choices, should_stop)

        return build

    # --- dialogue meeting ---------------------------------------------------------------

    def _add_meeting_chooser(self) -> None:
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 8, 0, 0)
        caption = QLabel(self.tr("Dialogue meeting:"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setAccessibleName(self.tr("The dialogue meeting to print"))
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.meeting_combo)
        row.addWidget(caption)
        row.addWidget(self.meeting_combo)
        row.addStretch(1)
        self.body.addWidget(chooser)
        self.no_meeting = muted(
            self.tr(
                "This round has no dialogue meeting yet, so there is no agenda or minutes to print. "
                "Hold one on the Mapping page."
            )
        )
        self.body.addWidget(self.no_meeting)

    def _meeting_boxes(self) -> list[tuple[PrintableReport[Any], PdfExportBox]]:
        return [(entry, self.boxes[entry.key]) for entry in REPORTS if entry.needs is Needs.MEETING]

    def _meeting_text(self, meeting: DialogueMeeting, group_names: dict[int | None, str]) -> str:
        date = format_date(meeting.held_on) if meeting.held_on else self.tr("No date")
        groups = ", ".join(group_names.get(g, "?") for g in meeting.group_ids)
        return f"{date} – {groups}" if groups else date

    def _refresh_meetings(self, round_id: int, name: str) -> None:
        meetings = self.store.meetings(round_id)
        self._show_meetings(meetings)
        if not meetings:
            return
        ui_lang = self.context.language()
        for entry, box in self._meeting_boxes():
            offered = (
                self._all_languages()
                if Option.ANY_LANG in entry.options
                else language_choices(i18n.LANGUAGES)
            )
            box.set_choices(offered, ui_lang, self._file_stem(entry, name))

    def _show_meetings(self, meetings: list[DialogueMeeting]) -> None:
        """Fill the meeting chooser (latest first, keeping the choice); disable the boxes without."""
        current = self.meeting_combo.currentData()
        names = {group.id: group.name for group in self.store.groups()} if meetings else {}
        self.meeting_combo.clear()
        for meeting in reversed(meetings):
            self.meeting_combo.addItem(self._meeting_text(meeting, names), meeting.id)
        found = self.meeting_combo.findData(current) if current is not None else -1
        self.meeting_combo.setCurrentIndex(max(0, found) if meetings else -1)
        has_meeting = bool(meetings)
        self.meeting_combo.setEnabled(has_meeting)
        self.no_meeting.setVisible(not has_meeting)
        for _entry, box in self._meeting_boxes():
            box.setEnabled(has_meeting)

    def _meeting_id(self) -> int:
        meeting_id = self.meeting_combo.currentData()
        assert isinstance(meeting_id, int)
        return meeting_id
