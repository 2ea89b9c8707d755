"""An apvdesk PDF as a document: the A4 page, its palette, metadata and footer, laid out to bytes.

Every report's pages share the A4 size, the colours, the footer with "page X of Y" and
the metadata (title, author, subject, language); each report chooses its own margins.
:func:`build_pdf` lays a story out on such pages and :func:`build_one_page_pdf` gives the
one-page poster the same metadata. Nothing here writes a file: the reports return bytes,
which their callers save with :func:`apvdesk.platform.atomic_file.write_atomically`. The
blocks on the page (styles, headings, tables) are in :mod:`apvdesk.reports.blocks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from apvdesk import __version__
from apvdesk.reports.fonts import REGULAR, register_fonts

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


def titled(title: str, workplace: str) -> str:
    """Return a document title followed by the workplace's name, when there is one."""
    return f"{title} – {workplace}" if workplace else title


# Given (page, total pages), return the footer's left and right texts.
FooterTexts = Callable[[int, int], tuple[str, str]]


def page_footer(page_label: str, *parts: str) -> tuple[str, str]:
    """Return a footer's texts: the non-empty ``parts`` joined by " · " and ``page_label``."""
    return " · ".join(part for part in parts if part), page_label


def _metadata(info: DocumentInfo) -> dict[str, str]:
    return {
        "title": info.title,
        "author": info.author or "apvdesk",
        "subject": info.subject,
        "creator": f"apvdesk {__version__}",
        "lang": PDF_LANGUAGE_TAGS.get(info.lang, info.lang),
    }


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
    register_fonts()

    def render(total: int | None) -> tuple[bytes, int]:
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=margins.side,
            rightMargin=margins.side,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            initialFontName=REGULAR,
            **_metadata(info),
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


def build_one_page_pdf(info: DocumentInfo, draw: Callable[[Canvas], None]) -> bytes:
    """Return a one-page A4 PDF on which ``draw`` drew everything itself (no frame, no footer)."""
    register_fonts()
    meta = _metadata(info)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, lang=meta["lang"], initialFontName=REGULAR)
    canvas.setTitle(meta["title"])
    canvas.setAuthor(meta["author"])
    canvas.setSubject(meta["subject"])
    canvas.setCreator(meta["creator"])
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
