"""What every apvdesk PDF shares: A4 set-up, colours, footer, page count, atomic saving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from apvdesk import __version__
from apvdesk.reports.fonts import REGULAR

PDF_LANGUAGE_TAGS = {"da": "da-DK", "en": "en-GB", "pl": "pl-PL", "ro": "ro-RO", "uk": "uk-UA"}
PAGE_WIDTH, PAGE_HEIGHT = A4

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#1d3f66")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e9edf1")

FOOTER_SIZE = 8


@dataclass(frozen=True)
class Margins:
    """Page margins; the footer sits halfway down the bottom margin."""

    side: float
    top: float
    bottom: float

    @property
    def text_width(self) -> float:
        return PAGE_WIDTH - 2 * self.side

    @property
    def frame_height(self) -> float:
        return PAGE_HEIGHT - self.top - self.bottom


@dataclass(frozen=True)
class DocumentInfo:
    """The PDF's metadata: title, author, subject and language (a bank language code)."""

    title: str
    author: str
    subject: str
    lang: str


# Given (page, total pages), return the footer's left and right texts.
FooterTexts = Callable[[int, int], tuple[str, str]]


def table_style(commands: list[tuple]) -> TableStyle:
    """Return a table style whose cells use DejaVu: reportlab's cell default is Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def markup(text: str) -> str:
    """Escape plain text for a Paragraph, keeping the writer's line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def _draw_footer(canvas: Canvas, margins: Margins, left: str, right: str) -> None:
    room = margins.text_width - stringWidth(right, REGULAR, FOOTER_SIZE) - 8 * mm
    while left and stringWidth(left, REGULAR, FOOTER_SIZE) > room:
        left = left[:-2] + "…"
    y = margins.bottom / 2
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(margins.side, y + 4 * mm, PAGE_WIDTH - margins.side, y + 4 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawString(margins.side, y, left)
    canvas.drawRightString(PAGE_WIDTH - margins.side, y, right)
    canvas.restoreState()


def build_pdf(
    story: Callable[[], list[Flowable]], info: DocumentInfo, margins: Margins, footer: FooterTexts
) -> bytes:
    """Lay out ``story()`` on A4 pages with a footer, and return the PDF's bytes.

    The story is laid out twice: the first pass only counts the pages, so that every
    footer can say "page X of Y".
    """

    def render(total: int | None) -> tuple[bytes, int]:
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=margins.side,
            rightMargin=margins.side,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=info.title,
            author=info.author or "apvdesk",
            subject=info.subject,
            creator=f"apvdesk {__version__}",
            lang=PDF_LANGUAGE_TAGS.get(info.lang, info.lang),
            initialFontName=REGULAR,
        )

        def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            page = canvas.getPageNumber()
            _draw_footer(canvas, margins, *footer(page, total or page))

        # No frame padding, so that paragraphs and full-width tables share one left edge.
        frame = Frame(
            margins.side,
            margins.bottom,
            margins.text_width,
            margins.frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        doc.build(story())
        return buffer.getvalue(), doc.page

    _, total = render(None)
    data, pages = render(total)
    if pages != total:  # pragma: no cover - the footer does not affect the flow
        raise RuntimeError("the page count changed between the two layout passes")
    return data
