"""Rapporter: print the action plan, the paper questionnaire, and a dialogue meeting's papers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from apvdesk.core.dialogue import DialogueMeeting
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.plan_export_box import PlanExportBox
from apvdesk.ui.style import muted
from apvdesk.wording import i18n
from apvdesk.wording.formatting import format_date


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
        self.no_round = muted(self.tr("There is no round yet, so there is nothing to print."))
        self.body.addWidget(self.no_round)
        self.action_plan_box = PdfExportBox(
            self.tr("Action plan (PDF)"),
            self.tr(
                "The problems in order of priority with their kind, seriousness, extent and causes; "
                "the actions with what is done, who is responsible, by when and how the effect is "
                "checked; the follow-up plan; and the approvals, or lines to sign."
            ),
            self.tr("Save action plan as PDF…"),
            self._prepare_action_plan,
        )
        self.action_plan_box.enable_printing(self._prepare_action_plan_bytes)
        self.body.addWidget(self.action_plan_box)
        self.poster_box = PdfExportBox(
            self.tr("Poster for the break room (PDF)"),
            self.tr(
                "One page in large type: the most important problems, what is being done, and who to "
                "talk to. Add a second language so that everyone can read it."
            ),
            self.tr("Save poster as PDF…"),
            self._prepare_poster,
        )
        self.poster_box.enable_printing(self._prepare_poster_bytes)
        self.body.addWidget(self.poster_box)
        self.plan_export_box = PlanExportBox(self._current_plan, self.context.language)
        self.body.addWidget(self.plan_export_box)
        self.questionnaire_box = PdfExportBox(
            self.tr("Paper questionnaire (PDF)"),
            self.tr(
                "The round's questions with tick boxes, to print and fill in with a pen — in each "
                "language the round offers. Type the forms in on the Mapping page."
            ),
            self.tr("Save questionnaire as PDF…"),
            self._prepare_questionnaire,
        )
        self.body.addWidget(self.questionnaire_box)
        self.full_report_box = PdfExportBox(
            self.tr("Full APV report (PDF)"),
            self.tr(
                "The whole APV in one document: workplace and method, response, results with charts "
                "(withheld results marked, never shown), dialogue findings, sickness absence, the "
                "problems and the action plan, and the follow-up."
            ),
            self.tr("Save APV report as PDF…"),
            self._prepare_full_report,
        )
        self.body.addWidget(self.full_report_box)
        self.full_report_note = muted(
            self.tr(
                "The full report has the round's results, so it can be printed once the collection "
                "has ended (Mapping › End the collection)."
            )
        )
        self.body.addWidget(self.full_report_note)
        self._add_dialogue_boxes()

        later = QGroupBox(self.tr("Coming in a later version"))
        later_layout = QVBoxLayout(later)
        for text in (self.tr("Export of the results to a spreadsheet."),):
            item = QLabel("•  " + text)
            item.setWordWrap(True)
            later_layout.addWidget(item)
        self.body.addWidget(later)
        self.body.addStretch(1)

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        self.no_round.setVisible(not has_round)
        self.action_plan_box.setEnabled(has_round)
        self.poster_box.setEnabled(has_round)
        self.plan_export_box.setEnabled(has_round)
        self.questionnaire_box.setEnabled(has_round)
        self.full_report_box.setEnabled(has_round)
        self.full_report_note.setVisible(False)
        if not has_round:
            self._show_meetings([])
            self.no_meeting.setVisible(False)  # "no round" already says it
        if apv_round is None or apv_round.id is None:
            return
        name = self.store.workplace().name or self.store.path.stem
        ui_lang = self.context.language()
        action_plan = self.tr("action plan")
        questionnaire = self.tr("questionnaire")
        self.action_plan_box.set_choices(list(i18n.LANGUAGES.items()), ui_lang, f"{name} - {action_plan}")
        poster = self.tr("poster")
        self.poster_box.set_choices(list(i18n.LANGUAGES.items()), ui_lang, f"{name} - {poster}")
        self.poster_box.add_second_language(self._second_languages())
        self.plan_export_box.set_file_stem(f"{name} - {action_plan}")
        report = self.tr("APV report")
        self.full_report_box.set_choices(list(i18n.LANGUAGES.items()), ui_lang, f"{name} - {report}")
        bank = self.store.round_bank(apv_round.id)
        offered = [
            (lang, bank.language_names.get(lang, lang))
            for lang in apv_round.languages
            if lang in bank.languages
        ]
        self.questionnaire_box.set_choices(offered, ui_lang, f"{name} - {questionnaire}")
        released = self.store.results(apv_round.id) is not None
        self.full_report_box.setEnabled(released)
        self.full_report_note.setVisible(not released)
        self._refresh_meetings(apv_round.id, name)

    def _round_id(self) -> int:
        apv_round = self.context.current_round()
        assert apv_round is not None and apv_round.id is not None
        return apv_round.id

    def _prepare_action_plan(self, lang: str) -> Callable[[Path], None]:
        store, round_id = self.store, self._round_id()

        def write(path: Path) -> None:
            from apvdesk.reports.action_plan import write_action_plan_pdf

            write_action_plan_pdf(store.action_plan(round_id, dt.date.today()), path, lang=lang)

        return write

    def _prepare_action_plan_bytes(self, lang: str) -> Callable[[], bytes]:
        store, round_id = self.store, self._round_id()

        def build() -> bytes:
            from apvdesk.reports.action_plan import build_action_plan_pdf

            return build_action_plan_pdf(store.action_plan(round_id, dt.date.today()), lang)

        return build

    def _current_plan(self):
        return self.store.action_plan(self._round_id(), dt.date.today())

    def _second_languages(self) -> list[tuple[str, str]]:
        """Return the poster's possible second languages with their names in their own language."""
        from apvdesk.app.resources import shipped_bank

        names = shipped_bank().language_names
        return [(code, names.get(code, code)) for code in ("en", "pl", "ro", "uk")]

    def _prepare_poster_bytes(self, lang: str) -> Callable[[], bytes]:
        store, round_id = self.store, self._round_id()
        second = self.poster_box.second_language()
        second = None if second == lang else second

        def build() -> bytes:
            from apvdesk.core.poster import poster_content
            from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

            plan = store.action_plan(round_id, dt.date.today())
            return build_poster_pdf(poster_content(plan), shipped_poster_texts(), lang, second, plan.bank)

        return build

    def _prepare_poster(self, lang: str) -> Callable[[Path], None]:
        build = self._prepare_poster_bytes(lang)

        def write(path: Path) -> None:
            from apvdesk.platform.atomic_file import write_atomically

            write_atomically(build(), path)

        return write

    def _prepare_questionnaire(self, lang: str) -> Callable[[Path], None]:
        from apvdesk.ui.answer_collection import paper_form_writer

        return paper_form_writer(self.store, self._round_id(), lang)

    def _prepare_full_report(self, lang: str) -> Callable[[Path], None]:
        store, round_id = self.store, self._round_id()

        def write(path: Path, should_stop: Callable[[], bool] | None = None) -> None:
            """Gather and write the report; ``should_stop`` (Cancel) ends it between charts and pages."""
            from apvdesk.app.gathering import gather_full_report
            from apvdesk.reports.full_report import write_full_report_pdf

            report = gather_full_report(store, round_id, dt.date.today(), should_stop=should_stop)
            write_full_report_pdf(report, path, lang, should_stop=should_stop)

        return write

    # --- dialogue meeting ---------------------------------------------------------------

    def _add_dialogue_boxes(self) -> None:
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
        self.agenda_box = PdfExportBox(
            self.tr("Dialogue meeting – agenda (PDF)"),
            self.tr(
                "One page to hand out before the meeting: how the meeting works, and the points "
                "with their questions and times."
            ),
            self.tr("Save agenda as PDF…"),
            self._prepare_agenda,
        )
        self.body.addWidget(self.agenda_box)
        self.minutes_box = PdfExportBox(
            self.tr("Dialogue meeting – minutes (PDF)"),
            self.tr(
                "The group's joint rating and notes for each point, and the problems and actions "
                "decided — with the number of participants, never their names."
            ),
            self.tr("Save minutes as PDF…"),
            self._prepare_minutes,
        )
        self.body.addWidget(self.minutes_box)

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
        languages = list(i18n.LANGUAGES.items())
        agenda, minutes = self.tr("agenda"), self.tr("minutes")
        self.agenda_box.set_choices(languages, ui_lang, f"{name} - {agenda}")
        self.minutes_box.set_choices(languages, ui_lang, f"{name} - {minutes}")

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
        self.agenda_box.setEnabled(has_meeting)
        self.minutes_box.setEnabled(has_meeting)

    def _meeting_id(self) -> int:
        meeting_id = self.meeting_combo.currentData()
        assert isinstance(meeting_id, int)
        return meeting_id

    def _prepare_agenda(self, lang: str) -> Callable[[Path], None]:
        store, meeting_id = self.store, self._meeting_id()

        def write(path: Path) -> None:
            from apvdesk.reports.agenda import write_agenda_pdf

            write_agenda_pdf(store.minutes(meeting_id, dt.date.today()), path, lang)

        return write

    def _prepare_minutes(self, lang: str) -> Callable[[Path], None]:
        store, meeting_id = self.store, self._meeting_id()

        def write(path: Path) -> None:
            from apvdesk.reports.minutes import write_minutes_pdf

            write_minutes_pdf(store.minutes(meeting_id, dt.date.today()), path, lang)

        return write
