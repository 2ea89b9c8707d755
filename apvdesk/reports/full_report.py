"""The full APV report as an A4 PDF: method, results with charts, dialogue, absence, plan, follow-up.

Withheld results are marked as withheld and never shown as a number. This module lays out
the document: its title, the method and the response overview, the section headings in
their order, and the footer. The results, charts and dialogue findings are laid out by
:mod:`apvdesk.reports.full_report_findings`; the sickness absence, the problems and the
follow-up by :mod:`apvdesk.reports.full_report_plan`, whose problems and approval block
are the action plan's own, laid out and numbered the same as in the printed plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from apvdesk.core.full_report import FullReport
from apvdesk.core.round_people import headcount_of
from apvdesk.reports.blocks import COMPACT, NO_VALUE, Blocks
from apvdesk.reports.full_report_findings import FullReportFindingsPdf
from apvdesk.reports.full_report_plan import FullReportPlanPdf
from apvdesk.reports.pdf_document import DocumentInfo, build_pdf, page_footer
from apvdesk.reports.plan_blocks import MARGINS, ActionPlanPdf, plan_styles
from apvdesk.reports.plan_records import PlanRecordsPdf
from apvdesk.wording.formatting import format_date, format_number, format_percent
from apvdesk.wording.i18n import Translator, fill

CONTEXT = "FullReportPdf"
_TITLE_COLUMNS = [27 * mm, 58 * mm, 32 * mm, 53 * mm]  # two label–value pairs to a line
_SECTION_ROOM = 40 * mm  # a section heading starts a new page unless this much room is left


class ReportCancelled(Exception):
    """The report was stopped by its ``should_stop`` hook."""


class FullReportPdf:
    """Lays out the full report; every fixed text is translated in context ``FullReportPdf``.

    ``should_stop`` is asked between the charts, the sections and the pages; when it
    returns True, the build raises :class:`ReportCancelled`.
    """

    def __init__(
        self, report: FullReport, translator: Translator, should_stop: Callable[[], bool] | None = None
    ) -> None:
        self.report = report
        self._should_stop = should_stop
        self.lang = translator.lang
        self.translator = translator
        self.plan_pdf = ActionPlanPdf(report.plan, translator)
        self.blocks = Blocks(plan_styles(), MARGINS)
        self._group_names: dict[int | None, str] = {g.id: g.name for g in report.groups}
        self.findings = FullReportFindingsPdf(self)
        self._plan_sections = FullReportPlanPdf(self)

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the report's language."""
        return self.translator.translate(CONTEXT, text)

    def build(self) -> bytes:
        """Return the finished PDF."""
        info = DocumentInfo(
            title=fill(self.tr("APV report – %1"), self.report.workplace.name),
            author=self.report.workplace.name,
            subject=self.report.round.title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    # --- what the sections share -------------------------------------------------

    def heading(self, text: str) -> list[Flowable]:
        """Return a section heading that does not start at the very end of a page."""
        return self.blocks.heading(text, room=_SECTION_ROOM)

    def number(self, value: float, digits: int = 0) -> str:
        """Return a number with ``digits`` decimals, with a decimal comma in Danish."""
        return format_number(value, digits, trim=False, lang=self.lang)

    def date(self, value: dt.date | None) -> str:
        """Return a date as printed in the report's language, or "" for None."""
        return format_date(value, self.lang, printed=True)

    def group_name(self, group_id: int | None) -> str:
        """Return a group's name; None is the whole workplace."""
        if group_id is None:
            return self.tr("Whole workplace")
        return self._group_names.get(group_id, str(group_id))

    def withheld_text(self) -> str:
        """Return the marker of a withheld figure."""
        return self.tr("withheld")

    def grid(self, header: list[str], rows: list[list], widths: list[float]) -> Flowable:
        """Return a compact data table: a shaded header row and a grid."""
        return self.blocks.data_table(header, rows, widths, padding=COMPACT)

    def stop_if_asked(self) -> None:
        """Raise :class:`ReportCancelled` when ``should_stop`` says so."""
        if self._should_stop is not None and self._should_stop():
            raise ReportCancelled

    # --- the story ---------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for section in (
            self._title_block,
            self._method,
            self._records,
            self._response,
            self._results,
            self._dialogue,
            self._absence,
            self._problems,
            self._follow_up,
        ):
            self.stop_if_asked()
            story.extend(section())
        return story

    def _title_block(self) -> list[Flowable]:
        r = self.report
        workplace, apv_round = r.workplace, r.round
        facts = [
            (self.tr("Workplace"), workplace.name),
            (self.tr("APV round"), apv_round.title),
            (self.tr("CVR no."), workplace.cvr),
            (self.tr("Start date"), self.date(apv_round.start_date)),
            (self.tr("Address"), workplace.address),
            (self.tr("Printed"), self.date(r.printed_on)),
            (self.tr("Employees in the round"), str(headcount_of(r.groups, workplace.headcount))),
            (
                self.tr("Work environment organisation (AMO)"),
                (self.tr("Yes, in two levels") if workplace.amo_levels >= 2 else self.tr("Yes"))
                if workplace.has_amo
                else self.tr("No"),
            ),
            (self.tr("Manager"), workplace.manager),
            (self.tr("Safety representatives"), ", ".join(workplace.safety_representatives)),
        ]
        intro = self.tr(
            "The workplace assessment (APV) of the psychosocial work environment: how it was done, "
            "what it found, what the dialogue meetings said, the sickness absence, the problems "
            "and what will be done about them, and how it is followed up."
        )
        return [
            self.blocks.para(self.tr("Workplace assessment (APV) – psychosocial work environment"), "title"),
            self.blocks.para(apv_round.title, "subtitle"),
            Spacer(1, 5 * mm),
            self.blocks.facts(facts, _TITLE_COLUMNS, boxed=True, row_padding=3),
            self.blocks.para(intro, "intro"),
        ]

    def _method(self) -> list[Flowable]:
        r = self.report
        themes = ", ".join(t.name.get(self.lang) or t.name.get("en") or t.id for t in r.bank.themes)
        names = r.bank.language_names
        languages = ", ".join(
            f"{names.get(code, code)} ({count})"
            for code, count in sorted(r.languages.items(), key=lambda item: -item[1])
        )
        if r.respondents:
            questionnaire = fill(
                self.tr("Questionnaire: %1 answered, in these languages: %2."),
                r.respondents,
                languages or NO_VALUE,
            )
        else:
            questionnaire = self.tr("Questionnaire: nobody has answered yet.")
        if r.meetings:
            dialogue = fill(self.tr("Dialogue meetings: %1 held (see Dialogue findings)."), len(r.meetings))
        else:
            dialogue = self.tr("Dialogue meetings: none held.")
        threshold = fill(
            self.tr(
                "A result is shown only when at least %1 have answered. A result marked "
                "“withheld” has too few answers, or is held back so that a smaller group cannot be "
                "worked out from the others; it is never shown as a number."
            ),
            r.round.anonymity_threshold,
        )
        lights = fill(
            self.tr(
                "Means 0–100, high is good: ● green from %1, ▲ yellow between, "
                "■ red below %2. For demands, where high is heavy, the limits are mirrored."
            ),
            self._limit(r.round.green_from),
            self._limit(r.round.red_below),
        )
        items = self.tr(
            "apvdesk's own, written for small Danish workplaces; not COPSOQ, so the results cannot "
            "be compared with COPSOQ reference figures."
        )
        facts = [
            (self.tr("Themes asked"), themes),
            (self.tr("How answers were collected"), questionnaire + "\n" + dialogue),
            (self.tr("Anonymity"), threshold),
            (self.tr("Traffic lights"), lights),
            (self.tr("The questions"), items),
        ]
        return [*self.heading(self.tr("Method")), self.blocks.facts(facts, self.fact_columns(42 * mm))]

    def _records(self) -> list[Flowable]:
        """Return what this program covers, where the APV is kept, and who took part in each step."""
        records = PlanRecordsPdf(self.plan_pdf)
        return [*records.scope_block(), *records.participation_block()]

    def fact_columns(self, label_width: float) -> list[float]:
        """Return the widths of a key–value table with labels ``label_width`` wide."""
        return [label_width, self.blocks.width - label_width]

    def _limit(self, value: float) -> str:
        return format_number(value, 1, lang=self.lang)

    def _response(self) -> list[Flowable]:
        rows: list[list] = []
        threshold = self.report.round.anonymity_threshold
        for row in self.report.response:
            remarks = []
            if row.below_threshold:
                remarks.append(fill(self.tr("Fewer than %1 answers: results withheld."), threshold))
            if row.weak_rate:
                below = self.tr("Response rate below %1: read the results with care.")
                remarks.append(fill(below, format_percent(60, lang=self.lang)))
            rate = row.rate
            rows.append(
                [
                    self.group_name(row.group.id if row.group else None),
                    str(row.respondents),
                    str(row.headcount),
                    format_percent(rate * 100, lang=self.lang) if rate is not None else NO_VALUE,
                    " ".join(remarks),
                ]
            )
        header = [
            self.tr("Group"),
            self.tr("Answered"),
            self.tr("Employees"),
            self.tr("Rate"),
            self.tr("Remarks"),
        ]
        table = self.grid(header, rows, [48 * mm, 22 * mm, 24 * mm, 16 * mm, 60 * mm])
        return [*self.heading(self.tr("Response overview")), table]

    def _results(self) -> list[Flowable]:
        charts = self.findings.charts(self.heading(self.tr("Charts")))
        return [*self.heading(self.tr("Results")), *self.findings.results(), *charts]

    def _dialogue(self) -> list[Flowable]:
        return [*self.heading(self.tr("Dialogue findings")), *self.findings.dialogue()]

    def _absence(self) -> list[Flowable]:
        return [*self.heading(self.tr("Sickness absence")), *self._plan_sections.absence()]

    def _problems(self) -> list[Flowable]:
        return self._plan_sections.problems(self.plan_pdf.blocks.heading(self.tr("Problems and action plan")))

    def _follow_up(self) -> list[Flowable]:
        return [*self.heading(self.tr("Follow-up")), *self._plan_sections.follow_up()]

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        self.stop_if_asked()  # called for every page laid out
        page_label = fill(self.tr("Page %1 of %2"), page, total)
        r = self.report
        return page_footer(page_label, r.workplace.name, self.tr("APV report"), r.round.title)


def build_full_report_pdf(
    report: FullReport, lang: str = "da", should_stop: Callable[[], bool] | None = None
) -> bytes:
    """Lay out the full APV report as an A4 PDF with embedded DejaVu fonts.

    Args:
        report: Everything the report shows, e.g. from ``gather_full_report``.
        lang: ``"da"`` (default) or ``"en"``.
        should_stop: Asked between charts, sections and pages; True stops the build.

    Returns:
        The PDF file's bytes; save them with ``write_atomically`` (a stopped build
        returns nothing, so nothing is saved).

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.
        ReportCancelled: ``should_stop`` returned True.

    """
    return FullReportPdf(report, Translator(lang), should_stop).build()
