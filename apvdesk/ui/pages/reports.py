"""Rapporter: print the action plan to sign and pin up, and the paper questionnaire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from apvdesk import i18n
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pdf_export import PdfExportBox
from apvdesk.ui.style import muted


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
                "The problems with their kind, seriousness, extent and causes, the actions with "
                "what is done, who is responsible and by when, and lines for the employer and the "
                "employee representative or AMO to sign."
            ),
            self.tr("Save action plan as PDF…"),
            self._prepare_action_plan,
        )
        self.body.addWidget(self.action_plan_box)
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

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        has_round = apv_round is not None and apv_round.id is not None
        self.no_round.setVisible(not has_round)
        self.action_plan_box.setEnabled(has_round)
        self.questionnaire_box.setEnabled(has_round)
        if apv_round is None or apv_round.id is None:
            return
        name = self.store.workplace().name or self.store.path.stem
        ui_lang = self.context.language()
        action_plan = self.tr("action plan")
        questionnaire = self.tr("questionnaire")
        self.action_plan_box.set_choices(list(i18n.LANGUAGES.items()), ui_lang, f"{name} - {action_plan}")
        bank = self.store.round_bank(apv_round.id)
        offered = [
            (lang, bank.language_names.get(lang, lang))
            for lang in apv_round.languages
            if lang in bank.languages
        ]
        self.questionnaire_box.set_choices(offered, ui_lang, f"{name} - {questionnaire}")

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

    def _prepare_questionnaire(self, lang: str) -> Callable[[Path], None]:
        store, round_id = self.store, self._round_id()

        def write(path: Path) -> None:
            from apvdesk.reports.questionnaire import write_questionnaire_pdf

            write_questionnaire_pdf(store.questionnaire_form(round_id), path, lang)

        return write
