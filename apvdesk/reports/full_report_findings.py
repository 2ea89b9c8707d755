"""What the full APV report found: the results table, the charts and the dialogue meetings' findings.

Withheld results are marked as withheld and never shown as a number; a traffic light is
printed as a coloured symbol, so it reads in greyscale too. The section headings are the
report's own (:mod:`apvdesk.reports.full_report`).
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer

from apvdesk.core.dialogue import AgendaPoint, DialogueMinutes
from apvdesk.core.results import Light, ScaleResult
from apvdesk.core.support_matrix import SUPPORT_SCALES
from apvdesk.reports import charts
from apvdesk.reports.blocks import NO_VALUE, markup
from apvdesk.reports.dialogue_blocks import rating_markup
from apvdesk.reports.full_report_layout import FullReportLayout
from apvdesk.wording.formatting import format_mean
from apvdesk.wording.i18n import fill
from apvdesk.wording.labels import label

CONTEXT = "FullReportFindingsPdf"
_SHORT_NOTE = 300  # characters of "what does not work" shown per point
# Darker than the charts' fills, so that the symbol reads on white paper.
_LIGHT_INK = {Light.GREEN: "#2f7d16", Light.YELLOW: "#b58900", Light.RED: "#b2182b"}
_SCALE_COLUMN = 45 * mm


class FullReportFindingsPdf:
    """Lays out the results, the charts and the dialogue findings, in context ``FullReportFindingsPdf``."""

    def __init__(self, layout: FullReportLayout) -> None:
        self.layout = layout
        self.report = layout.report
        self.lang = layout.lang
        self._charts: list[tuple[bytes, float] | str] | None = None

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the report's language."""
        return self.layout.translator.translate(CONTEXT, text)

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return self.layout.blocks.para(text, style)

    # --- results -----------------------------------------------------------------

    def result_text(self, result: ScaleResult | None) -> str:
        """Return a cell's plain text: light symbol, mean and n, or the withheld marker."""
        if result is None:
            return NO_VALUE
        if not result.shown or result.mean is None:
            return self.layout.withheld_text()
        symbol = charts.LIGHT_SYMBOLS[result.light] + " " if result.light else ""
        results = self.report.results
        high_is_good = self.report.bank.scale(result.scale_id).high_is_good
        mean = format_mean(result.mean, high_is_good, results.green_from, results.red_below, self.lang)
        return f"{symbol}{mean} (n={result.n})"

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
        styles = self.layout.blocks.styles
        if result is not None and result.shown and result.light is not None:
            symbol = charts.LIGHT_SYMBOLS[result.light]
            rest = text[len(symbol) :]
            return Paragraph(
                f'<font color="{_LIGHT_INK[result.light]}">{symbol}</font>{markup(rest)}', styles["cell"]
            )
        return Paragraph(markup(text), styles["cell_muted"])

    def results(self) -> list[Flowable]:
        """Return the results table (a scale a row, the workplace and each group a column) and its note."""
        results = self.report.results
        columns: list[int | None] = [None, *results.group_ids]
        header = [self.tr("Scale"), *(self.layout.group_name(g) for g in columns)]
        width = (self.layout.blocks.width - _SCALE_COLUMN) / len(columns)
        rows: list[list] = [
            [charts.scale_name(scale, self.lang)]
            + [self._result_cell(results.results.get((scale.id, g))) for g in columns]
            for scale in self.report.bank.scales
        ]
        table = self.layout.grid(header, rows, [_SCALE_COLUMN] + [width] * len(columns))
        legend = " ".join(label(light, self.layout.translator.translate) for light in Light)
        note = fill(
            self.tr("Mean 0–100 with the number of answers (n). %1. “withheld”: see Method."),
            legend,
        )
        return [self._para(note, "note"), Spacer(1, 2 * mm), table]

    # --- charts ------------------------------------------------------------------

    def charts(self, heading: list[Flowable]) -> list[Flowable]:
        """Return ``heading`` and the charts as images (drawn once; the story is laid out twice)."""
        if self._charts is None:
            self._charts = self._make_charts()
        width = self.layout.blocks.width
        parts: list[Flowable] = []
        for chart in self._charts:
            if isinstance(chart, str):
                parts.append(self._para(chart, "note"))
            else:
                png, ratio = chart
                image = Image(io.BytesIO(png), width=width, height=width * ratio)
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
            self.layout.stop_if_asked()
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

    def dialogue(self) -> list[Flowable]:
        """Return each dialogue meeting's facts and rated points, or that none was held."""
        if not self.report.meetings:
            return [self._para(self.tr("No dialogue meeting was held in this round."), "note")]
        return [self._meeting(minutes) for minutes in self.report.meetings]

    def _meeting(self, minutes: DialogueMinutes) -> Flowable:
        meeting = minutes.meeting
        held_on = self.layout.date(meeting.held_on) or self.tr("Not recorded")
        facts = self.layout.blocks.facts(
            [
                (self.tr("Date"), held_on),
                (self.tr("Groups"), ", ".join(minutes.group_names)),
                (self.tr("Participants"), fill(self.tr("%1 (names are not recorded)"), meeting.participants)),
                (self.tr("Facilitator"), meeting.facilitator.strip() or self.tr("Not recorded")),
            ],
            self.layout.fact_columns(30 * mm),
        )
        title = fill(self.tr("Meeting on %1"), held_on)
        parts: list[Flowable] = [self._para(title, "h2"), facts, Spacer(1, 2 * mm)]
        rated = [p for p in minutes.points if p.rating is not None]
        if rated:
            header = [self.tr("Point"), self.tr("Rating"), self.tr("What does not work")]
            rows: list[list] = [[p.title, self._rating(p), self._short(p.not_works)] for p in rated]
            widths = [45 * mm, 32 * mm, self.layout.blocks.width - 77 * mm]
            parts.append(self.layout.grid(header, rows, widths))
        else:
            parts.append(self._para(self.tr("No point was rated at this meeting."), "note"))
        return KeepTogether(parts)

    def _rating(self, point: AgendaPoint) -> Paragraph:
        assert point.rating is not None
        text = label(point.rating, self.layout.translator.translate)
        return Paragraph(rating_markup(point.rating, text), self.layout.blocks.styles["cell"])

    def _short(self, text: str) -> str:
        text = " ".join(text.split())
        if not text:
            return NO_VALUE
        return text if len(text) <= _SHORT_NOTE else text[: _SHORT_NOTE - 1].rstrip() + "…"
