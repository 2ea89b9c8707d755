"""The poster's look at one scale: its page, colours and type sizes, and its texts in one or two languages.

Every part of the poster (:mod:`apvdesk.reports.poster_cards`,
:mod:`apvdesk.reports.poster_layout`) is drawn from a :class:`PosterWords`: the content,
the fixed texts in the poster's language and, lighter, in its second language, and the
type sizes at the scale being tried (:mod:`apvdesk.reports.poster_fit` shrinks them until
the poster fits on its one page).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import ActionStatus
from apvdesk.core.poster import ContactRole, PosterContent, PosterProblem, PosterTexts
from apvdesk.reports.blocks import table_style
from apvdesk.reports.fonts import BOLD, FAMILY
from apvdesk.reports.pdf_document import INK, MUTED, PAGE_HEIGHT, PAGE_WIDTH

MARGIN = 12 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
HEIGHT = PAGE_HEIGHT - 2 * MARGIN

SECOND_INK = colors.HexColor("#6b7a8c")  # the second language, on white
SECOND_ON_ACCENT = colors.HexColor("#c5d5e6")  # the second language, on the title band
CARD = colors.HexColor("#eef2f6")
CONTACT_BOX = colors.HexColor("#e1eaf3")
OVERDUE_INK = colors.HexColor("#b2182b")  # as the printed plan marks an overdue action, with the word
STATUS_COLOURS = {
    ActionStatus.DONE: colors.HexColor("#2e7d4f"),
    ActionStatus.IN_PROGRESS: colors.HexColor("#b36b00"),
    ActionStatus.PLANNED: MUTED,
}
STATUS_MARKS = {ActionStatus.DONE: "✓", ActionStatus.IN_PROGRESS: "◐", ActionStatus.PLANNED: "○"}
STATUS_KEYS = {
    ActionStatus.DONE: "status_done",
    ActionStatus.IN_PROGRESS: "status_in_progress",
    ActionStatus.PLANNED: "status_planned",
}
ROLE_KEYS = {
    ContactRole.MANAGER: "role_manager",
    ContactRole.SAFETY_REPRESENTATIVE: "role_safety_representative",
}
SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp; "


@dataclass(frozen=True)
class PosterSizes:
    """Type sizes and spaces in points at one scale of the poster (1.0 is full size)."""

    band_meta: float = 11.5
    title: float = 28.0
    title_second: float = 16.0
    intro: float = 13.0
    intro_second: float = 11.5
    heading: float = 18.0
    heading_second: float = 13.0
    label: float = 10.5
    kind: float = 13.5
    action: float = 13.0
    meta: float = 10.5
    contacts_heading: float = 16.0
    name: float = 14.0
    role: float = 10.5
    note: float = 12.0
    footer: float = 10.5
    footer_second: float = 9.5
    pad: float = 4.0 * mm
    gap: float = 3.5 * mm
    badge: float = 10.5 * mm

    @classmethod
    def at(cls, scale: float) -> PosterSizes:
        full = cls()
        return cls(**{f.name: getattr(full, f.name) * scale for f in fields(cls)})


def borderless_grid(rows: list[list], widths: list[float], *commands: tuple) -> Table:
    """Return a borderless table, cells top-aligned and unpadded unless ``commands`` say otherwise."""
    table = Table(rows, colWidths=widths)
    unpadded = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *unpadded, *commands]))
    return table


def unbroken(text: str) -> str:
    """Return markup for a short text that must stay on one line."""
    return escape(text).replace(" ", "&nbsp;")


def balanced(text: str, font: str, size: float, width: float) -> str:
    """Return markup for a title, broken after its dash or colon when it needs two lines."""
    if stringWidth(text, font, size) > width:
        for mark in (" – ", ": "):
            head, found, tail = text.partition(mark)
            if found and tail:
                return f"{escape(head + found.rstrip())}<br/>{escape(tail)}"
    return escape(text)


class PosterWords:
    """The poster's content and fixed texts, in one or two languages, at one scale."""

    def __init__(
        self,
        content: PosterContent,
        texts: PosterTexts,
        lang: str,
        second_lang: str | None,
        bank: QuestionBank | None,
        scale: float,
    ) -> None:
        self.content = content
        self.texts = texts
        self.lang = lang
        self.second = second_lang
        self.bank = bank
        self.size = PosterSizes.at(scale)

    def text(self, key: str, lang: str | None = None) -> str:
        """Return a fixed text in ``lang``, by default the poster's language."""
        return self.texts.text(key, lang or self.lang)

    def both(self, key: str, second_colour: colors.Color = SECOND_INK, keep: bool = False) -> str:
        """Return markup for a fixed text in the first language, followed by the second, lighter.

        With ``keep`` the whole (short) label stays on one line.
        """
        first = escape(self.text(key))
        second = escape(self.text(key, self.second)) if self.second else ""
        if second == first:  # e.g. "Manager" in English and Romanian
            second = ""
        if keep:
            first, second = first.replace(" ", "&nbsp;"), second.replace(" ", "&nbsp;")  # escaped already
        if not second:
            return first
        slash = "&nbsp;/&nbsp;" if keep else " / "
        return f'{first}<font color="{second_colour.hexval()}">{slash}{second}</font>'

    def scale_name(self, problem: PosterProblem, lang: str) -> str:
        """Return a problem's scale name in ``lang``, from the content or else the bank ("" if none).

        A problem of another kind is named by its title in the poster's first language only
        (it is written in the owner's words, not translated).
        """
        if problem.title:
            return problem.title if lang == self.lang else ""
        name = problem.scale_name.get(lang, "")
        if not name and self.bank is not None:
            try:
                name = self.bank.scale(problem.scale_id).name.get(lang, "")
            except KeyError:
                pass
        return name

    def para(
        self, text: str, size: float, colour=INK, bold: bool = False, leading: float = 1.25, **style
    ) -> Paragraph:
        """Return a paragraph of ready markup in DejaVu Sans."""
        font = BOLD if bold else FAMILY
        return Paragraph(
            text,
            ParagraphStyle(
                "poster", fontName=font, fontSize=size, leading=size * leading, textColor=colour, **style
            ),
        )
