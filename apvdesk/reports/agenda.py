"""The agenda of a dialogue meeting: one A4 page to hand out before the meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from apvdesk.core.dialogue import DialogueMinutes, Rating
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.fonts import BOLD, FAMILY, register_fonts
from apvdesk.reports.pdf_document import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    DocumentInfo,
    Margins,
    build_pdf,
    markup,
    table_style,
)
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "AgendaPdf"
MARGINS = Margins(side=18 * mm, top=15 * mm, bottom=20 * mm)
_FACT_LABEL = 30 * mm

# A colour per rating, from green ("works well") to red ("a real problem").
RATING_COLOURS = {
    Rating.WORKS_WELL: colors.HexColor("#2e7d32"),
    Rating.MOSTLY_WORKS: colors.HexColor("#7cb342"),
    Rating.MIXED: colors.HexColor("#f9a825"),
    Rating.PROBLEM: colors.HexColor("#ef6c00"),
    Rating.REAL_PROBLEM: colors.HexColor("#c62828"),
}
MARKER = "●"


def dialogue_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles the agenda and the minutes share (compact, DejaVu)."""
    base = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=19, leading=23, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=12, leading=15, textColor=MUTED),
        "intro": ParagraphStyle("intro", base, spaceBefore=6, spaceAfter=2),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=12.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "point": ParagraphStyle("point", base, fontName=BOLD, fontSize=10, leading=13),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=8.5, leading=11.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=8.5, leading=11),
        "question": ParagraphStyle("question", base, fontSize=8.5, leading=11, textColor=MUTED),
        "note": ParagraphStyle("note", base, fontSize=9, leading=12, textColor=MUTED),
        "scale": ParagraphStyle("scale", base, fontSize=8.5, leading=12),
    }


def facts_table(rows: list[tuple[str, str]], width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """Return a shaded two-column table of (label, value) lines under a document's title."""
    data = [
        [Paragraph(markup(name), styles["label"]), Paragraph(markup(value or "–"), styles["body"])]
        for name, value in rows
    ]
    table = Table(data, colWidths=[_FACT_LABEL, width - _FACT_LABEL])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (0, -1), 2.5),  # the smaller label shares the baseline
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("TOPPADDING", (0, 0), (0, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return table


def rating_markup(rating: Rating, text: str) -> str:
    """Return Paragraph markup for a rating: a coloured dot and its name."""
    colour = RATING_COLOURS[rating].hexval()[2:]
    return f'<font color="#{colour}">{MARKER}</font> {markup(text)}'


def rating_scale(translate_label: Callable[[Rating], str], styles: dict[str, ParagraphStyle]) -> Paragraph:
    """Return the five ratings in a row, each with its coloured dot."""
    parts = [rating_markup(rating, translate_label(rating)) for rating in Rating]
    return Paragraph("&nbsp;&nbsp;&nbsp;".join(parts), styles["scale"])


class AgendaPdf:
    """Lays out the agenda; every text it shows is translated in context ``AgendaPdf``."""

    def __init__(self, minutes: DialogueMinutes, translator: Translator) -> None:
        register_fonts()
        self.minutes = minutes
        self.lang = translator.lang
        self._translator = translator
        self._styles = dialogue_styles()

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the agenda's language."""
        return self._translator.translate(CONTEXT, text)

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self._styles[style])

    def _rating_label(self, rating: Rating) -> str:
        return label(rating, self._translator.translate)

    def build(self) -> bytes:
        """Return the finished PDF."""
        info = DocumentInfo(
            title=self.tr("Dialogue meeting – agenda"),
            author=self.minutes.workplace_name,
            subject=self.minutes.round_title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        m = self.minutes
        meeting = m.meeting
        facts = [
            (self.tr("Workplace"), m.workplace_name),
            (self.tr("APV round"), m.round_title),
            (self.tr("Groups"), ", ".join(m.group_names)),
        ]
        if meeting.held_on is not None:
            facts.append((self.tr("Date"), format_date(meeting.held_on, self.lang, printed=True)))
        if meeting.facilitator.strip():
            facts.append((self.tr("Facilitator"), meeting.facilitator.strip()))
        how = self.tr(
            "At this meeting we talk together about how we are at work. For each point we agree "
            "on a joint rating, from “works well” to “a real problem”, and note what works, what "
            "does not work and our ideas. Nobody's name is written down: the minutes hold only what "
            "we agree on together. What we decide to do goes into the APV's action plan."
        )
        story: list[Flowable] = [
            self._para(self.tr("Dialogue meeting – agenda"), "title"),
            Spacer(1, 3 * mm),
            facts_table(facts, MARGINS.text_width, self._styles),
            self._para(how, "intro"),
            Spacer(1, 1 * mm),
            rating_scale(self._rating_label, self._styles),
            self._para(self.tr("Points"), "h1"),
            self._points_table(),
        ]
        return story

    def _points_table(self) -> Table:
        points = self.minutes.points
        minutes_col = 18 * mm
        number_col = 9 * mm
        text_col = MARGINS.text_width - minutes_col - number_col
        data: list[list[object]] = [
            [
                self._para(self.tr("No."), "cell_head"),
                self._para(self.tr("Point and question"), "cell_head"),
                self._para(self.tr("Minutes"), "cell_head"),
            ]
        ]
        for number, point in enumerate(points, start=1):
            text = [self._para(point.title, "cell_bold"), self._para(point.question, "question")]
            data.append(
                [
                    self._para(f"{number}.", "cell_bold"),
                    text,
                    self._para(fill(self.tr("%1 min."), point.minutes), "cell"),
                ]
            )
        total = sum(point.minutes for point in points)
        data.append(
            [
                "",
                self._para(self.tr("Total"), "cell_bold"),
                self._para(fill(self.tr("%1 min."), total), "cell_bold"),
            ]
        )
        table = Table(data, colWidths=[number_col, text_col, minutes_col], repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        right = fill(self.tr("Page %1 of %2"), page, total)
        title = self.tr("Dialogue meeting – agenda")
        parts = (self.minutes.workplace_name, title, self.minutes.round_title)
        return " · ".join(part for part in parts if part), right


def build_agenda_pdf(minutes: DialogueMinutes, lang: str = "da") -> bytes:
    """Lay out a dialogue meeting's agenda as a one-page A4 PDF with embedded DejaVu fonts.

    Args:
        minutes: The meeting and its points, e.g. from ``WorkplaceStore.minutes``; the
            notes and decisions are not shown.
        lang: ``"da"`` (default) or ``"en"``; the language of the fixed texts and dates.
            The points' texts are printed as they were written.

    Returns:
        The PDF file's bytes.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return AgendaPdf(minutes, Translator(lang)).build()


def write_agenda_pdf(minutes: DialogueMinutes, path: Path, lang: str = "da") -> None:
    """Write the agenda PDF to ``path``, atomically (see ``write_atomically``).

    Raises:
        OSError: The file cannot be written.

    """
    write_atomically(build_agenda_pdf(minutes, lang), path)
