"""The full APV report as an A4 PDF: method, results with charts, dialogue, absence, plan, follow-up.

Withheld results are marked as withheld and never shown as a number. The problems and
the approval block are the action plan's own (:mod:`apvdesk.reports.plan_blocks`), laid
out and numbered the same as in the printed plan.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.absence import AbsenceLine, Contributes
from apvdesk.core.dialogue import AgendaPoint, DialogueMinutes
from apvdesk.core.full_report import FullReport
from apvdesk.core.results import Light, ScaleResult
from apvdesk.core.support_matrix import SUPPORT_SCALES
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports import charts
from apvdesk.reports.agenda import rating_markup
from apvdesk.reports.pdf_document import (
    MUTED,
    RULE,
    SHADE,
    DocumentInfo,
    build_pdf,
    markup,
    table_style,
)
from apvdesk.reports.plan_blocks import MARGINS, TEXT_WIDTH, ActionPlanPdf, ordered_problems
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "FullReportPdf"
NO_VALUE = "–"
_SHORT_NOTE = 300  # characters of "what does not work" shown per point
# Darker than the charts' fills, so that the symbol reads on white paper.
_LIGHT_INK = {Light.GREEN: "#2f7d16", Light.YELLOW: "#b58900", Light.RED: "#b2182b"}
_SCALE_COLUMN = 45 * mm


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
        self._translator = translator
        self._plan_pdf = ActionPlanPdf(report.plan, translator)  # registers the fonts
        self._styles = dict(self._plan_pdf.styles)
        self._styles["note_cell"] = ParagraphStyle("note_cell", self._styles["cell"], textColor=MUTED)
        self._group_names: dict[int | None, str] = {g.id: g.name for g in report.groups}
        self._charts: list[tuple[bytes, float] | str] | None = None

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the report's language."""
        return self._translator.translate(CONTEXT, text)

    def build(self) -> bytes:
        """Return the finished PDF."""
        info = DocumentInfo(
            title=fill(self.tr("APV report – %1"), self.report.workplace.name),
            author=self.report.workplace.name,
            subject=self.report.round.title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    # --- helpers -----------------------------------------------------------------

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self._styles[style])

    def _heading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(40 * mm), *self._plan_pdf.heading(text)]

    def _number(self, value: float, digits: int = 0) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.lang == "da" else text

    def _date(self, value) -> str:
        return format_date(value, self.lang, printed=True)

    def _group_name(self, group_id: int | None) -> str:
        if group_id is None:
            return self.tr("Whole workplace")
        return self._group_names.get(group_id, str(group_id))

    def withheld_text(self) -> str:
        """Return the marker of a withheld figure."""
        return self.tr("withheld")

    def _grid(
        self, header: list[str], rows: list[list[Paragraph | str]], widths: list[float], align_right: int = 1
    ) -> Table:
        data: list[list[Paragraph | str]] = [[self._para(text, "cell_head") for text in header]]
        data += [[self._para(c, "cell") if isinstance(c, str) else c for c in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ]
            )
        )
        return table

    def _facts(self, pairs: list[tuple[str, str]], label_width: float = 42 * mm) -> Table:
        rows = [[self._para(name, "label"), self._para(value or NO_VALUE)] for name, value in pairs]
        table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    # --- the story ---------------------------------------------------------------

    def _stop_if_asked(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise ReportCancelled

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for section in (
            self._title_block,
            self._method,
            self._response,
            self._results,
            self._dialogue,
            self._absence,
            self._problems,
            self._follow_up,
        ):
            self._stop_if_asked()
            story.extend(section())
        return story

    def _title_block(self) -> list[Flowable]:
        r = self.report
        workplace, apv_round = r.workplace, r.round
        yes_no = self.tr("Yes") if workplace.has_amo else self.tr("No")
        pairs = [
            (self.tr("Workplace"), workplace.name, self.tr("APV round"), apv_round.title),
            (self.tr("CVR no."), workplace.cvr, self.tr("Start date"), self._date(apv_round.start_date)),
            (self.tr("Address"), workplace.address, self.tr("Printed"), self._date(r.printed_on)),
            (
                self.tr("Employees"),
                str(workplace.headcount),
                self.tr("Work environment organisation (AMO)"),
                yes_no,
            ),
            (
                self.tr("Manager"),
                workplace.manager,
                self.tr("Safety representatives"),
                ", ".join(workplace.safety_representatives),
            ),
        ]
        rows = [
            [
                self._para(a, "label"),
                self._para(b or NO_VALUE),
                self._para(c, "label"),
                self._para(d or NO_VALUE),
            ]
            for a, b, c, d in pairs
        ]
        info = Table(rows, colWidths=[27 * mm, 58 * mm, 32 * mm, 53 * mm])
        info.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            )
        )
        intro = self.tr(
            "The workplace assessment (APV) of the psychosocial work environment: how it was done, "
            "what it found, what the dialogue meetings said, the sickness absence, the problems "
            "and what will be done about them, and how it is followed up."
        )
        return [
            self._para(self.tr("Workplace assessment (APV) – psychosocial work environment"), "title"),
            self._para(apv_round.title, "subtitle"),
            Spacer(1, 5 * mm),
            info,
            self._para(intro, "intro"),
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
                "Anonymity: a result is shown only when at least %1 have answered. A result marked "
                "“withheld” has too few answers, or is held back so that a smaller group cannot be "
                "worked out from the others; it is never shown as a number."
            ),
            r.round.anonymity_threshold,
        )
        lights = fill(
            self.tr(
                "Traffic lights (means 0–100, high is good): ● green from %1, ▲ yellow between, "
                "■ red below %2. For demands, where high is heavy, the limits are mirrored."
            ),
            self._limit(r.round.green_from),
            self._limit(r.round.red_below),
        )
        items = self.tr(
            "The questions are apvdesk's own, written for small Danish workplaces. They are not "
            "COPSOQ, and the results cannot be compared with COPSOQ reference figures."
        )
        return [
            *self._heading(self.tr("Method")),
            self._facts(
                [
                    (self.tr("Themes asked"), themes),
                    (self.tr("How answers were collected"), questionnaire + "\n" + dialogue),
                    (self.tr("Anonymity"), threshold),
                    (self.tr("Traffic lights"), lights),
                    (self.tr("The questions"), items),
                ]
            ),
        ]

    def _limit(self, value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "da" else text

    def _response(self) -> list[Flowable]:
        rows: list[list[Paragraph | str]] = []
        threshold = self.report.round.anonymity_threshold
        for row in self.report.response:
            remarks = []
            if row.below_threshold:
                remarks.append(fill(self.tr("Fewer than %1 answers: results withheld."), threshold))
            if row.weak_rate:
                remarks.append(self.tr("Response rate below 60 %: read the results with care."))
            rate = row.rate
            rows.append(
                [
                    self._group_name(row.group.id if row.group else None),
                    str(row.respondents),
                    str(row.headcount),
                    f"{self._number(rate * 100)} %" if rate is not None else NO_VALUE,
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
        table = self._grid(header, rows, [48 * mm, 22 * mm, 24 * mm, 16 * mm, 60 * mm])
        return [*self._heading(self.tr("Response overview")), table]

    # --- results -----------------------------------------------------------------

    def result_text(self, result: ScaleResult | None) -> str:
        """Return a cell's plain text: light symbol, mean and n, or the withheld marker."""
        if result is None:
            return NO_VALUE
        if not result.shown or result.mean is None:
            return self.withheld_text()
        symbol = charts.LIGHT_SYMBOLS[result.light] + " " if result.light else ""
        return f"{symbol}{self._number(result.mean)} (n={result.n})"

    def result_rows(self) -> list[list[str]]:
        """Return the results table's text: one row per scale, workplace first, then the groups."""
        results = self.report.results
        columns: list[int | None] = [None, *results.group_ids]
        return [
            [charts.scale_name(scale, self.lang)]
            + [self.result_text(results.results.get((scale.id, g))) for g in columns]
            for scale in self.report.bank.scales
        ]

    def _result_cell(self, result: ScaleResult | None) -> Paragraph:
        text = self.result_text(result)
        if result is not None and result.shown and result.light is not None:
            symbol = charts.LIGHT_SYMBOLS[result.light]
            rest = text[len(symbol) :]
            return Paragraph(
                f'<font color="{_LIGHT_INK[result.light]}">{symbol}</font>{markup(rest)}',
                self._styles["cell"],
            )
        return Paragraph(markup(text), self._styles["note_cell"])

    def _results(self) -> list[Flowable]:
        results = self.report.results
        columns: list[int | None] = [None, *results.group_ids]
        header = [self.tr("Scale"), *(self._group_name(g) for g in columns)]
        width = (TEXT_WIDTH - _SCALE_COLUMN) / len(columns)
        rows: list[list[Paragraph | str]] = [
            [charts.scale_name(scale, self.lang)]
            + [self._result_cell(results.results.get((scale.id, g))) for g in columns]
            for scale in self.report.bank.scales
        ]
        table = self._grid(header, rows, [_SCALE_COLUMN] + [width] * len(columns))
        legend = " ".join(label(light, self._translator.translate) for light in Light)
        note = fill(
            self.tr("Mean 0–100 with the number of answers (n). %1. “withheld”: see Method."),
            legend,
        )
        return [
            *self._heading(self.tr("Results")),
            self._para(note, "note"),
            Spacer(1, 2 * mm),
            table,
            *self.charts(),
        ]

    def charts(self) -> list[Flowable]:
        """Return the charts as images; the PNGs are drawn once, the story is laid out twice."""
        if self._charts is None:
            self._charts = self._make_charts()
        heading: list[Flowable] = self._heading(self.tr("Charts"))
        parts: list[Flowable] = []
        for chart in self._charts:
            if isinstance(chart, str):
                parts.append(self._para(chart, "note"))
            else:
                png, ratio = chart
                image = Image(io.BytesIO(png), width=TEXT_WIDTH, height=TEXT_WIDTH * ratio)
                if heading:  # the heading never ends a page alone
                    parts.append(KeepTogether([*heading, image]))
                    heading = []
                else:
                    parts.append(image)
                parts.append(Spacer(1, 4 * mm))
        return [*heading, *parts]

    def _make_charts(self) -> list[tuple[bytes, float] | str]:
        """Return each chart as (PNG, height/width), or a note where a chart is not available."""
        r, lang = self.report, self.lang
        figures = [charts.theme_profile(r.bank, r.results, r.round, r.groups, None, lang)]
        matrix = r.matrices.get(None)
        if matrix is not None:
            figures.append(charts.support_matrix_chart(matrix, "", lang, r.results.threshold))
        notes: list[str] = []
        try:
            figures.append(charts.strain_map(r.bank, r.results, r.groups, lang))
        except charts.ChartNotAvailable as exc:
            notes.append(fill(self.tr("No demand–influence map: %1"), str(exc)))
        if len(r.history) > 1:
            history = [charts.RoundData(h.apv_round, h.bank, h.results) for h in r.history]
            figures.append(charts.trend_chart(history, self._trend_scales(), lang))
        out: list[tuple[bytes, float] | str] = []
        for figure in figures:
            self._stop_if_asked()
            width, height = figure.get_size_inches()
            out.append((charts.figure_png(figure, dpi=200), float(height / width)))
        return [*out, *notes]

    def _trend_scales(self) -> list[str]:
        """Return the scales whose workplace light is not green (at most six), else social support."""
        results = self.report.results
        chosen = [
            s.id
            for s in self.report.bank.scales
            if (res := results.results.get((s.id, None))) is not None
            and res.light in (Light.RED, Light.YELLOW)
        ]
        return chosen[:6] or list(SUPPORT_SCALES)

    # --- dialogue ----------------------------------------------------------------

    def _dialogue(self) -> list[Flowable]:
        parts = self._heading(self.tr("Dialogue findings"))
        if not self.report.meetings:
            return [*parts, self._para(self.tr("No dialogue meeting was held in this round."), "note")]
        for minutes in self.report.meetings:
            parts.append(self._meeting(minutes))
        return parts

    def _meeting(self, minutes: DialogueMinutes) -> Flowable:
        meeting = minutes.meeting
        facts = self._facts(
            [
                (self.tr("Date"), self._date(meeting.held_on) or self.tr("Not recorded")),
                (self.tr("Groups"), ", ".join(minutes.group_names)),
                (self.tr("Participants"), fill(self.tr("%1 (names are not recorded)"), meeting.participants)),
                (self.tr("Facilitator"), meeting.facilitator.strip() or self.tr("Not recorded")),
            ],
            label_width=30 * mm,
        )
        title = fill(self.tr("Meeting on %1"), self._date(meeting.held_on) or self.tr("Not recorded"))
        parts: list[Flowable] = [self._para(title, "h2"), facts, Spacer(1, 2 * mm)]
        rated = [p for p in minutes.points if p.rating is not None]
        if rated:
            header = [self.tr("Point"), self.tr("Rating"), self.tr("What does not work")]
            rows = [[p.title, self._rating(p), self._short(p.not_works)] for p in rated]
            parts.append(self._grid(header, rows, [45 * mm, 32 * mm, TEXT_WIDTH - 77 * mm]))
        else:
            parts.append(self._para(self.tr("No point was rated at this meeting."), "note"))
        return KeepTogether(parts)

    def _rating(self, point: AgendaPoint) -> Paragraph:
        assert point.rating is not None
        text = label(point.rating, self._translator.translate)
        return Paragraph(rating_markup(point.rating, text), self._styles["cell"])

    def _short(self, text: str) -> str:
        text = " ".join(text.split())
        if not text:
            return NO_VALUE
        return text if len(text) <= _SHORT_NOTE else text[: _SHORT_NOTE - 1].rstrip() + "…"

    # --- absence -----------------------------------------------------------------

    def _absence(self) -> list[Flowable]:
        parts = self._heading(self.tr("Sickness absence"))
        lines = self.report.absence_lines
        if lines:
            parts.append(self._absence_table(lines))
            if any(not line.shown for line in lines):
                parts.append(
                    self._para(
                        self.tr("– : withheld, so that no one's absence can be worked out from the figures."),
                        "note",
                    )
                )
        else:
            parts.append(self._para(self.tr("No sickness absence has been recorded for this round."), "note"))
        assessment = self.report.absence
        answers = {
            Contributes.YES: self.tr("Yes"),
            Contributes.PARTLY: self.tr("Partly"),
            Contributes.NO: self.tr("No"),
        }
        answer = answers[assessment.contributes] if assessment.contributes else self.tr("Not assessed yet")
        parts += [
            Spacer(1, 3 * mm),
            self._para(self.tr("Assessment"), "h2"),
            self._facts(
                [
                    (self.tr("Can conditions at work contribute to the sickness absence?"), answer),
                    (self.tr("Why"), assessment.why.strip() or self.tr("Not recorded")),
                    (self.tr("Assessed on"), self._date(assessment.considered_on) or self.tr("Not recorded")),
                ],
                label_width=55 * mm,
            ),
        ]
        return parts

    def _absence_table(self, lines: list[AbsenceLine]) -> Table:
        rows: list[list[Paragraph | str]] = []
        for line in lines:
            rows.append(
                [
                    line.label,
                    self._group_name(line.group_id),
                    self._number(line.absence_days, 1) if line.absence_days is not None else NO_VALUE,
                    self._number(line.employees, 1),
                    f"{self._number(line.percentage, 1)} %" if line.percentage is not None else NO_VALUE,
                    self._change(line.change),
                ]
            )
        header = [
            self.tr("Period"),
            self.tr("Group"),
            self.tr("Absence days"),
            self.tr("Employees"),
            self.tr("Absence"),
            self.tr("Change"),
        ]
        return self._grid(header, rows, [30 * mm, 46 * mm, 28 * mm, 22 * mm, 20 * mm, 24 * mm])

    def _change(self, change: float | None) -> str:
        if change is None:
            return NO_VALUE
        sign = "+" if change > 0 else ""
        return fill(self.tr("%1 points"), sign + self._number(change, 1))

    # --- problems, plan, follow-up -----------------------------------------------

    def _problems(self) -> list[Flowable]:
        plan = self.report.plan
        blocks: list[Flowable] = [
            self._plan_pdf.problem_block(number, problem, actions)
            for number, (problem, actions) in enumerate(ordered_problems(plan.problems), start=1)
        ]
        if not blocks:
            blocks = [self._para(self.tr("No problems have been recorded in this round."), "note")]
        # The heading goes to the next page with the first problem rather than end a page alone.
        heading = self._plan_pdf.heading(self.tr("Problems and action plan"))
        first = KeepTogether([*heading, blocks[0]])
        return [CondPageBreak(40 * mm), first, *blocks[1:], self._plan_pdf.approval_block()]

    def _follow_up(self) -> list[Flowable]:
        r = self.report
        d = r.deadlines
        if r.workplace.has_amo:
            annual = self.tr(
                "The annual work-environment discussion: the employer and the work environment "
                "organisation (AMO) go through the year's work environment once a year; follow up "
                "this action plan there."
            )
        else:
            annual = self.tr(
                "The annual work-environment discussion: the employer and the employees go through "
                "the year's work environment once a year; follow up this action plan there."
            )
        return [
            *self._heading(self.tr("Follow-up")),
            self._facts(
                [
                    (self.tr("Open actions"), str(d.open)),
                    (self.tr("Overdue"), str(len(d.overdue))),
                    (self.tr("Due within 14 days"), str(len(d.due_soon))),
                    (self.tr("Done"), str(d.done)),
                    (
                        self.tr("Next APV due"),
                        fill(self.tr("%1 at the latest (every three years)"), self._date(r.next_apv_due)),
                    ),
                ],
                label_width=42 * mm,
            ),
            Spacer(1, 3 * mm),
            self._para(annual),
        ]

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        self._stop_if_asked()  # called for every page laid out
        right = fill(self.tr("Page %1 of %2"), page, total)
        title = self.tr("APV report")
        left = " · ".join(
            part for part in (self.report.workplace.name, title, self.report.round.title) if part
        )
        return left, right


def build_full_report_pdf(
    report: FullReport, lang: str = "da", should_stop: Callable[[], bool] | None = None
) -> bytes:
    """Lay out the full APV report as an A4 PDF with embedded DejaVu fonts.

    Args:
        report: Everything the report shows, e.g. from ``gather_full_report``.
        lang: ``"da"`` (default) or ``"en"``.
        should_stop: Asked between charts, sections and pages; True stops the build.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.
        ReportCancelled: ``should_stop`` returned True.

    """
    return FullReportPdf(report, Translator(lang), should_stop).build()


def write_full_report_pdf(
    report: FullReport, path: Path, lang: str = "da", should_stop: Callable[[], bool] | None = None
) -> None:
    """Write the full APV report PDF to ``path``, atomically (nothing is written when stopped)."""
    write_atomically(build_full_report_pdf(report, lang, should_stop), path)
