"""The break-room poster: one A4 page with the APV's main problems, its actions and whom to ask.

The poster is printed in Danish or English, optionally with a second language (English,
Polish, Romanian or Ukrainian) on the same page: every fixed heading and label appears in
both languages, while the user's own texts (problems, actions, names) are shown once, as
written. The fixed texts come from ``resources/poster/texts.toml`` rather than Qt's
translation system: the UI catalogue has only Danish, and the poster speaks to employees
in their own language, as the questionnaire does (see ``apvdesk.core.poster``).

The poster is always exactly one page: when there is a lot of text, every type size and
space shrinks step by step until it fits.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import cache
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from apvdesk import __version__
from apvdesk.core.bank import QuestionBank
from apvdesk.core.languages import PROGRAM_LANGUAGES, SECOND_LANGUAGES
from apvdesk.core.model import ActionPlan, ActionStatus
from apvdesk.core.poster import (
    ContactRole,
    PosterAction,
    PosterContent,
    PosterProblem,
    PosterTexts,
    parse_poster_texts,
    poster_content,
)
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.platform.paths import resource
from apvdesk.reports.fonts import BOLD, FAMILY, REGULAR, register_fonts
from apvdesk.reports.pdf_document import (
    ACCENT,
    INK,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PDF_LANGUAGE_TAGS,
    DocumentInfo,
    markup,
    table_style,
)
from apvdesk.wording.formatting import format_date

MARGIN = 12 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN
HEIGHT = PAGE_HEIGHT - 2 * MARGIN
# Every size is multiplied by one of these, largest first, until the poster fits.
SCALES = tuple(round(1.0 - 0.03 * step, 2) for step in range(16))  # 1.0 … 0.55
_MAX_EXTRA_CARD_GAP = 6 * mm  # spare room goes between the cards, up to this much more each

SECOND_INK = colors.HexColor("#6b7a8c")  # the second language, on white
SECOND_ON_ACCENT = colors.HexColor("#c5d5e6")  # the second language, on the title band
CARD = colors.HexColor("#eef2f6")
CONTACT_BOX = colors.HexColor("#e1eaf3")
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
_SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp; "


@cache
def shipped_poster_texts() -> PosterTexts:
    """Return the poster's fixed texts from ``resources/poster/texts.toml`` (validated).

    Raises:
        PosterTextsError: The file is invalid (a ValueError naming the key).
        OSError: The file cannot be read.

    """
    path = resource("poster", "texts.toml")
    return parse_poster_texts(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def check_poster_languages(lang: str, second_lang: str | None) -> None:
    """Raise ValueError unless ``lang`` and ``second_lang`` are a pair the poster can print."""
    if lang not in PROGRAM_LANGUAGES:
        raise ValueError(f"the poster's language must be one of {', '.join(PROGRAM_LANGUAGES)}, not {lang!r}")
    if second_lang is None:
        return
    if second_lang not in SECOND_LANGUAGES:
        raise ValueError(
            f"the poster's second language must be one of {', '.join(SECOND_LANGUAGES)}, not {second_lang!r}"
        )
    if second_lang == lang:
        raise ValueError(f"the poster's second language must differ from its first ({lang!r})")


@dataclass(frozen=True)
class _Sizes:
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
    def at(cls, scale: float) -> _Sizes:
        full = cls()
        return cls(**{f.name: getattr(full, f.name) * scale for f in fields(cls)})


class _NumberBadge(Flowable):
    """A filled circle with the problem's number in it."""

    def __init__(self, number: int, diameter: float) -> None:
        super().__init__()
        self.number = number
        self.diameter = diameter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        radius = self.diameter / 2
        canvas = self.canv
        canvas.setFillColor(ACCENT)
        canvas.circle(radius, radius, radius, stroke=0, fill=1)
        size = self.diameter * 0.55
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(radius, radius - size * 0.36, str(self.number))


def _grid(rows: list[list], widths: list[float], *commands: tuple) -> Table:
    """Return a borderless table, cells top-aligned and unpadded unless ``commands`` say otherwise."""
    table = Table(rows, colWidths=widths)
    unpadded = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), *unpadded, *commands]))
    return table


def _unbroken(text: str) -> str:
    """Return markup for a short text that must stay on one line."""
    return escape(text).replace(" ", "&nbsp;")


def _balanced(text: str, font: str, size: float, width: float) -> str:
    """Return markup for a title, broken after its dash or colon when it needs two lines."""
    if stringWidth(text, font, size) > width:
        for mark in (" – ", ": "):
            head, found, tail = text.partition(mark)
            if found and tail:
                return f"{escape(head + found.rstrip())}<br/>{escape(tail)}"
    return escape(text)


class PosterLayout:
    """Lays out one poster at one scale; :func:`build_poster_pdf` tries smaller scales until it fits."""

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
        self.size = _Sizes.at(scale)
        self.label_column = self._label_column()
        self.text_width = WIDTH - self.label_column

    # --- texts and paragraphs --------------------------------------------------

    def _text(self, key: str, lang: str | None = None) -> str:
        return self.texts.text(key, lang or self.lang)

    def _both(self, key: str, second_colour: colors.Color = SECOND_INK, keep: bool = False) -> str:
        """Return markup for a fixed text in the first language, followed by the second, lighter.

        With ``keep`` the whole (short) label stays on one line.
        """
        first = escape(self._text(key))
        second = escape(self._text(key, self.second)) if self.second else ""
        if second == first:  # e.g. "Manager" in English and Romanian
            second = ""
        if keep:
            first, second = first.replace(" ", "&nbsp;"), second.replace(" ", "&nbsp;")  # escaped already
        if not second:
            return first
        slash = "&nbsp;/&nbsp;" if keep else " / "
        return f'{first}<font color="{second_colour.hexval()}">{slash}{second}</font>'

    def _scale_name(self, problem: PosterProblem, lang: str) -> str:
        name = problem.scale_name.get(lang, "")
        if not name and self.bank is not None:
            try:
                name = self.bank.scale(problem.scale_id).name.get(lang, "")
            except KeyError:
                pass
        return name

    def _para(
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

    # --- the parts of the page, top to bottom ----------------------------------

    def head(self) -> list[Flowable]:
        """Return the title band (and the note that there are no problems, if so)."""
        parts: list[Flowable] = [self._band()]
        if not self.content.problems:
            parts += [
                Spacer(1, self.size.gap * 2),
                self._para(self._both("no_problems"), self.size.kind, bold=True),
            ]
        return parts

    def intro(self) -> list[Flowable]:
        """Return the introduction: shown only when the page has room for it."""
        s = self.size
        parts: list[Flowable] = [Spacer(1, s.gap), self._para(escape(self._text("intro")), s.intro)]
        if self.second:
            parts.append(self._para(escape(self._text("intro", self.second)), s.intro_second, SECOND_INK))
        return parts

    def cards(self) -> list[Flowable]:
        """Return one numbered card per problem, in the poster's order."""
        return [self._card(number, problem) for number, problem in enumerate(self.content.problems, 1)]

    def bottom(self) -> list[Flowable]:
        """Return the contacts box, the approval line and the footer."""
        return [self._contacts_box(), *self._facts(), *self._footer()]

    def _band(self) -> Table:
        s = self.size
        inner = WIDTH - 2.6 * s.pad
        meta = " · ".join(escape(p) for p in (self.content.workplace_name, self.content.round_title) if p)
        title = _balanced(self._text("title"), BOLD, s.title, inner)
        cell: list[Flowable] = [
            self._para(meta, s.band_meta, SECOND_ON_ACCENT, spaceAfter=s.band_meta * 0.6),
            self._para(title, s.title, colors.white, bold=True, leading=1.15),
        ]
        if self.second:
            second = _balanced(self._text("title", self.second), REGULAR, s.title_second, inner)
            cell.append(
                self._para(second, s.title_second, SECOND_ON_ACCENT, spaceBefore=s.title_second * 0.4)
            )
        band = Table([[cell]], colWidths=[WIDTH], cornerRadii=[3 * mm] * 4)
        band.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), s.pad * 1.3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), s.pad * 1.3),
                    ("TOPPADDING", (0, 0), (-1, -1), s.pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pad * 1.3),
                ]
            )
        )
        return band

    def _label_column(self) -> float:
        """Return the width of a card's label column: its longest label, on one line."""
        s = self.size
        langs = [self.lang] + ([self.second] if self.second else [])
        labels = [self._text(key, lang) for key in ("what_we_found", "what_we_do") for lang in langs]
        widest = max(stringWidth(label, BOLD, s.label) for label in labels)
        return max(s.badge, min(widest, 40 * mm * s.label / _Sizes.label)) + 1.6 * s.pad

    def _stacked_label(self, key: str) -> list[Flowable]:
        """Return a card's label in the first language, with the second language under it."""
        s = self.size
        parts = [self._para(escape(self._text(key)), s.label, ACCENT, True, 1.2, alignment=TA_RIGHT)]
        if self.second:
            second = escape(self._text(key, self.second))
            parts.append(self._para(second, s.label, SECOND_INK, True, 1.2, alignment=TA_RIGHT))
        return parts

    def _card(self, number: int, problem: PosterProblem) -> Flowable:
        """Return a problem's card: number and name, then what we found and what we do.

        The labels stand right-aligned in a column under the number, so that the name,
        the problem and the actions share one left edge.
        """
        s = self.size
        name = self._scale_name(problem, self.lang) or problem.scale_id
        heading: list[Flowable] = [self._para(escape(name), s.heading, ACCENT, bold=True, leading=1.15)]
        second_name = self._scale_name(problem, self.second) if self.second else ""
        if second_name:
            heading.append(self._para(escape(second_name), s.heading_second, SECOND_INK, leading=1.2))
        rows: list[list] = [[_NumberBadge(number, s.badge), heading]]
        if problem.kind:
            rows.append([self._stacked_label("what_we_found"), self._para(markup(problem.kind), s.kind)])
        doing: list[Flowable] = []
        if problem.actions:
            doing.append(self._actions(problem.actions))
        else:
            doing.append(self._para(self._both("no_actions"), s.action, MUTED))
        if problem.more_actions:
            more = self._both("more_actions").replace("%1", str(problem.more_actions))
            doing.append(self._para(more, s.meta, MUTED, spaceBefore=s.meta * 0.5))
        rows.append([self._stacked_label("what_we_do"), doing])
        card = Table(rows, colWidths=[self.label_column, self.text_width], cornerRadii=[2.5 * mm] * 4)
        label_drop = (s.kind - s.label) * 0.4  # the smaller label shares the text's first baseline
        card.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), CARD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                    ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (0, -1), s.pad * 0.8),
                    ("RIGHTPADDING", (0, 0), (0, -1), s.pad * 0.8),
                    ("LEFTPADDING", (1, 0), (1, -1), 0),
                    ("RIGHTPADDING", (1, 0), (1, -1), s.pad),
                    ("TOPPADDING", (0, 0), (-1, 0), s.pad * 0.8),
                    ("TOPPADDING", (1, 1), (1, -1), s.pad * 0.5),
                    ("TOPPADDING", (0, 1), (0, -1), s.pad * 0.5 + label_drop),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), s.pad * 0.9),
                ]
            )
        )
        return card

    def _actions(self, actions: Sequence[PosterAction]) -> Table:
        s = self.size
        rows = []
        for action in actions:
            colour = STATUS_COLOURS.get(action.status, MUTED)
            mark = self._para(STATUS_MARKS.get(action.status, "○"), s.action, colour, bold=True)
            how = self._para(markup(action.how or "–"), s.action, leading=1.2)
            rows.append([mark, [how, self._action_meta(action, colour)]])
        mark_column = s.action * 1.45
        widths = [mark_column, self.text_width - s.pad - mark_column]
        return _grid(rows, widths, ("TOPPADDING", (0, 1), (-1, -1), s.action * 0.45))

    def _action_meta(self, action: PosterAction, status_colour: colors.Color) -> Paragraph:
        """Return the line under an action: who is responsible, by when, and how far it is."""
        parts = []
        if action.responsible:
            parts.append(f"{self._both('responsible', keep=True)}:&nbsp;<b>{escape(action.responsible)}</b>")
        if action.deadline:
            date = escape(format_date(action.deadline, self.lang, printed=True))
            parts.append(f"{self._both('deadline', keep=True)}:&nbsp;<b>{date}</b>")
        status = self._both(STATUS_KEYS.get(action.status, "status_planned"), status_colour, keep=True)
        parts.append(f'<font color="{status_colour.hexval()}"><b>{status}</b></font>')
        return self._para(_SEPARATOR.join(parts), self.size.meta, MUTED, leading=1.3)

    def _contacts_box(self) -> Table:
        s = self.size
        cell: list[Flowable] = [
            self._para(self._both("who_to_talk_to"), s.contacts_heading, ACCENT, bold=True)
        ]
        if self.content.contacts:
            cell += [Spacer(1, s.gap * 0.7), self._contact_grid()]
        cell += [Spacer(1, s.gap * 0.5), self._para(escape(self._text("talk_note")), s.note)]
        if self.second:
            cell.append(self._para(escape(self._text("talk_note", self.second)), s.note * 0.92, SECOND_INK))
        box = Table([[cell]], colWidths=[WIDTH], cornerRadii=[2.5 * mm] * 4)
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), CONTACT_BOX),
                    ("LEFTPADDING", (0, 0), (-1, -1), s.pad * 1.2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), s.pad * 1.2),
                    ("TOPPADDING", (0, 0), (-1, -1), s.pad * 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), s.pad),
                ]
            )
        )
        return box

    def _contact_grid(self) -> Table:
        """Return the people to talk to, up to three to a row: name, and role under it."""
        s = self.size
        columns = min(3, len(self.content.contacts))
        cells: list[list[Flowable] | str] = [
            [
                self._para(escape(name), s.name, INK, bold=True, leading=1.2),
                self._para(self._both(ROLE_KEYS[role]), s.role, MUTED),
            ]
            for name, role in self.content.contacts
        ]
        cells += [""] * (-len(cells) % columns)
        rows = [cells[start : start + columns] for start in range(0, len(cells), columns)]
        widths = [(WIDTH - 2.4 * s.pad) / columns] * columns
        return _grid(
            rows,
            widths,
            ("RIGHTPADDING", (0, 0), (-1, -1), s.pad),
            ("TOPPADDING", (0, 1), (-1, -1), s.gap * 0.6),
        )

    def _facts(self) -> list[Flowable]:
        """Return the line on the plan's approval and its next follow-up."""
        content = self.content
        parts = []
        if content.approved and content.approved_by:
            names = escape(", ".join(content.approved_by))
            parts.append(f"{self._both('approved_by', keep=True)}:&nbsp;<b>{names}</b>")
        elif not content.approved:
            parts.append(self._both("not_approved"))
        if content.next_review:
            date = escape(format_date(content.next_review, self.lang, printed=True))
            parts.append(f"{self._both('next_review', keep=True)}:&nbsp;<b>{date}</b>")
        if not parts:
            return []
        size = self.size.meta
        line = self._para(_SEPARATOR.join(parts), size, leading=1.35)
        if line.wrap(WIDTH, HEIGHT)[1] < 2 * size:  # one line holds both; else one line each
            return [Spacer(1, self.size.gap * 0.8), line]
        return [Spacer(1, self.size.gap * 0.8), *(self._para(part, size, leading=1.35) for part in parts)]

    def _footer(self) -> list[Flowable]:
        """Return where the poster comes from (in both languages) and, on the right, when it was printed."""
        s = self.size
        content = self.content
        started = format_date(content.round_start, self.lang, printed=True)
        source: list[Flowable] = [
            self._para(escape(self._text("footer").replace("%1", started)), s.footer, MUTED)
        ]
        if self.second:
            second = self._text("footer", self.second)
            second = second.replace("%1", format_date(content.round_start, self.second, printed=True))
            source.append(self._para(escape(second), s.footer_second, SECOND_INK))
        printed = self._text("printed").replace(
            "%1", format_date(content.printed_on, self.lang, printed=True)
        )
        printed_width = stringWidth(printed, REGULAR, s.footer) + s.pad
        row = [[source, self._para(_unbroken(printed), s.footer, MUTED, alignment=TA_RIGHT)]]
        footer = _grid(row, [WIDTH - printed_width, printed_width])
        return [Spacer(1, s.gap * 0.5), footer]


def _height(flowables: list[Flowable], canvas: Canvas) -> float:
    return sum(flowable.wrapOn(canvas, WIDTH, HEIGHT * 4)[1] for flowable in flowables)


def _draw_column(canvas: Canvas, flowables: list[Flowable], top: float, gaps: Sequence[float]) -> None:
    """Draw flowables one under the other from ``top`` down, each after its gap."""
    y = top
    for flowable, gap in zip(flowables, gaps, strict=True):
        _, height = flowable.wrapOn(canvas, WIDTH, HEIGHT * 4)
        y -= gap + height
        flowable.drawOn(canvas, MARGIN, y)


def _lay_out(canvas: Canvas, make_layout: Callable[[float], PosterLayout]) -> None:
    """Draw the poster at the largest scale that fits on the page (or the smallest, squeezed).

    The head and the cards hang from the top margin; the contacts box and the footer stand
    on the bottom margin. The introduction is shown when there is room for it; the rest of
    the spare room goes between the cards (up to a limit), then above the contacts box.
    """
    for scale in SCALES:
        layout = make_layout(scale)
        head, cards, bottom = layout.head(), layout.cards(), layout.bottom()
        gap = layout.size.gap
        spare = HEIGHT - _height(head + cards + bottom, canvas) - gap * (len(cards) + 1)
        if spare < 0:
            continue
        intro = layout.intro() if cards else []
        intro_height = _height(intro, canvas)
        if intro_height <= spare:
            head, spare = head + intro, spare - intro_height
        card_gap = gap + min(_MAX_EXTRA_CARD_GAP * scale, spare / (len(cards) + 1))
        _draw_column(canvas, head + cards, PAGE_HEIGHT - MARGIN, [0.0] * len(head) + [card_gap] * len(cards))
        _draw_column(canvas, bottom, MARGIN + _height(bottom, canvas), [0.0] * len(bottom))
        return
    # Even the smallest type does not fit: squeeze the smallest layout into the page.
    layout = make_layout(SCALES[-1])
    story = [*layout.head(), *layout.cards(), Spacer(1, layout.size.gap), *layout.bottom()]
    squeezed = KeepInFrame(WIDTH, HEIGHT, story, mode="shrink")
    _, height = squeezed.wrapOn(canvas, WIDTH, HEIGHT)
    squeezed.drawOn(canvas, MARGIN, MARGIN + HEIGHT - height)


def build_poster_pdf(
    content: PosterContent,
    texts: PosterTexts,
    lang: str = "da",
    second_lang: str | None = None,
    bank: QuestionBank | None = None,
) -> bytes:
    """Lay out the poster as a one-page A4 PDF with embedded DejaVu fonts.

    Args:
        content: What the poster shows, from :func:`apvdesk.core.poster.poster_content`.
        texts: The fixed texts, e.g. :func:`shipped_poster_texts`.
        lang: ``"da"`` (default) or ``"en"``: the poster's main language.
        second_lang: ``"en"``, ``"pl"``, ``"ro"`` or ``"uk"`` (not ``lang``) to print every
            fixed text in a second language as well, or ``None``.
        bank: A bank to look up scale names that ``content`` lacks in a language, if any.

    Returns:
        The PDF file's bytes: always exactly one page.

    Raises:
        ValueError: ``lang`` or ``second_lang`` is not one the poster can print.

    """
    check_poster_languages(lang, second_lang)
    register_fonts()
    document_title = texts.text("document_title", lang)
    info = DocumentInfo(
        title=f"{document_title} – {content.workplace_name}" if content.workplace_name else document_title,
        author=content.workplace_name,
        subject=content.round_title,
        lang=lang,
    )
    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), lang=PDF_LANGUAGE_TAGS[lang], initialFontName=REGULAR
    )
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author or "apvdesk")
    canvas.setSubject(info.subject)
    canvas.setCreator(f"apvdesk {__version__}")
    _lay_out(canvas, lambda scale: PosterLayout(content, texts, lang, second_lang, bank, scale))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_poster_pdf(
    plan: ActionPlan,
    path: Path,
    lang: str = "da",
    second_lang: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the plan's poster to ``path``, atomically (see ``write_atomically``).

    Args:
        plan: The round's action plan.
        path: Where to save the PDF; an existing file is replaced.
        lang: ``"da"`` (default) or ``"en"``.
        second_lang: ``"en"``, ``"pl"``, ``"ro"``, ``"uk"`` or ``None``.
        today: The printing date; defaults to ``plan.printed_on``.

    Raises:
        ValueError: The languages are not a pair the poster can print.
        OSError: The file cannot be written.

    """
    check_poster_languages(lang, second_lang)
    content = poster_content(plan, today=today)
    write_atomically(build_poster_pdf(content, shipped_poster_texts(), lang, second_lang, plan.bank), path)
