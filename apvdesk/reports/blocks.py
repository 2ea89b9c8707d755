"""The building blocks of an apvdesk PDF's story: paragraph styles, headings, key–value and data tables.

Each report takes what it needs from here and adds only what is its own: a document's
type sizes give its paragraph styles (:func:`paragraph_styles`), and :class:`Blocks`
makes its paragraphs, section headings, key–value tables (a label and its value on each
line) and data tables (a shaded header row over rows of cells) in those styles and its
text width. The page, the footer and laying out to bytes are in
:mod:`apvdesk.reports.pdf_document`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, Paragraph, Table, TableStyle

from apvdesk.reports.fonts import BOLD, FAMILY, REGULAR, register_fonts
from apvdesk.reports.pdf_document import ACCENT, INK, MUTED, RULE, SHADE, Margins

NO_VALUE = "–"  # printed where a value is empty
_BOX_PADDING = 5  # inside a shaded key–value box, all round
_MIN_RIGHT_PADDING = 4  # after the text of a key–value cell


# --- type --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeSizes:
    """A document's own sizes, in points: running text, title, subtitle and section headings.

    The small type of tables and notes is the same in every document.
    """

    title: float
    title_leading: float
    subtitle: float
    subtitle_leading: float
    heading: float
    heading_leading: float
    heading_before: float
    heading_after: float = 0
    intro_before: float = 0
    intro_after: float = 0
    subtitle_before: float = 0
    body: float = 9.5
    body_leading: float = 12.5


def paragraph_styles(sizes: TypeSizes) -> dict[str, ParagraphStyle]:
    """Return the paragraph styles every document shares, in its own sizes, by name.

    ``body``, ``title``, ``subtitle``, ``intro`` and ``h1`` (a section heading) follow
    ``sizes``; ``h2`` and ``caption`` (a smaller bold heading, with and without space
    around it), ``label`` (of a key–value line), ``note``, ``strong`` and the table cells
    ``cell``, ``cell_head``, ``cell_bold`` and ``cell_muted`` are the same everywhere.
    """
    s = sizes
    base = ParagraphStyle("body", fontName=FAMILY, fontSize=s.body, leading=s.body_leading, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=s.title, leading=s.title_leading, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            base,
            fontSize=s.subtitle,
            leading=s.subtitle_leading,
            textColor=MUTED,
            spaceBefore=s.subtitle_before,
        ),
        "intro": ParagraphStyle("intro", base, spaceBefore=s.intro_before, spaceAfter=s.intro_after),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=s.heading,
            leading=s.heading_leading,
            textColor=ACCENT,
            spaceBefore=s.heading_before,
            spaceAfter=s.heading_after,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        "caption": ParagraphStyle("caption", base, fontName=BOLD, fontSize=10, leading=13),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=8.5, leading=11.5, textColor=MUTED),
        "note": ParagraphStyle("note", base, fontSize=9, leading=12, textColor=MUTED),
        "strong": ParagraphStyle("strong", base, fontName=BOLD),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=9, leading=11.5),
        "cell_muted": ParagraphStyle("cell_muted", base, fontSize=8.5, leading=11, textColor=MUTED),
    }


def markup(text: str) -> str:
    """Escape plain text for a Paragraph, keeping the writer's line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


# --- tables ------------------------------------------------------------------------------


def table_style(commands: list[tuple]) -> TableStyle:
    """Return a table style whose cells use DejaVu: reportlab's cell default is Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


@dataclass(frozen=True)
class CellPadding:
    """The padding of a data table's cells, in points."""

    side: float
    top: float
    bottom: float


def widths_fitting_words(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Return ``widths`` with each column at least its ``needs`` wide, the room taken from the others.

    A heading or label is broken between words, never inside one ("Arbejdsmiljøorg/anisation"):
    a column too narrow for its longest word takes the room from the columns with the most
    to spare, never taking them below their own needs. The total width stays the same.
    """
    out = list(widths)
    for column, need in enumerate(needs):
        short = need - out[column]
        for other in sorted(range(len(out)), key=lambda k: needs[k] - out[k]):
            if short <= 0:
                break
            take = min(short, out[other] - needs[other]) if other != column else 0
            if take > 0:
                out[other] -= take
                out[column] += take
                short -= take
    return out


def longest_word(texts: Sequence[str], style: ParagraphStyle) -> float:
    """Return the width of the longest word of ``texts`` in ``style``."""
    words = [word for text in texts for word in text.split()]
    return max((stringWidth(word, style.fontName, style.fontSize) for word in words), default=0.0)


ROOMY = CellPadding(side=3.5, top=3.5, bottom=4.5)
COMPACT = CellPadding(side=3, top=2.5, bottom=3.5)  # tables of figures, and one-page documents
_MIN_ROW_SPLIT = 30  # points: a tall row is split across pages only in pieces at least this high


class BreakableTable(Table):
    """A table that breaks between rows, and inside a row only when that row is very tall.

    reportlab's ``splitInRow`` alone would also split an ordinary row to fill the end of
    a page (leaving a repeated header row in mid-page); here a row is split only when
    at least half a page (of ``frame_height``) is free and the row still does not fit,
    so that a text longer than a page can never stop the layout.
    """

    def __init__(
        self, data: Sequence[Sequence[object]], frame_height: float = math.inf, **kwargs: Any
    ) -> None:
        super().__init__(data, **kwargs)
        self.frame_height = frame_height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if not parts and availHeight >= self.frame_height / 2:
            self.splitInRow = _MIN_ROW_SPLIT
            parts = super().split(availWidth, availHeight)
        for part in parts:  # reportlab makes the parts without knowing the frame
            if isinstance(part, BreakableTable):
                part.frame_height = self.frame_height
        return parts


def data_table_commands(padding: CellPadding = ROOMY, captioned: bool = False) -> list[tuple]:
    """Return the look of a data table: a shaded header row (under a caption row, if any).

    The lines between the cells are left to the caller.
    """
    head = 1 if captioned else 0
    commands: list[tuple] = [
        ("BACKGROUND", (0, head), (-1, head), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, head), (-1, -1), padding.side),
        ("RIGHTPADDING", (0, head), (-1, -1), padding.side),
        ("TOPPADDING", (0, head), (-1, -1), padding.top),
        ("BOTTOMPADDING", (0, head), (-1, -1), padding.bottom),
    ]
    if captioned:  # the caption row spans the table and sits on the text's left edge
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ]
    return commands


Cell: TypeAlias = "Flowable | str | list[Flowable]"  # a table cell: text, a flowable, or several


class Blocks:
    """Makes one document's paragraphs, headings and tables, in its styles and text width.

    Args:
        styles: The document's paragraph styles, from :func:`paragraph_styles` plus its own.
        margins: The document's page margins.
        split_tall_rows: Make tables a :class:`BreakableTable`, which may split a row
            taller than half a page (for tables of texts that can be long).

    """

    def __init__(
        self, styles: dict[str, ParagraphStyle], margins: Margins, split_tall_rows: bool = False
    ) -> None:
        register_fonts()
        self.styles = styles
        self.margins = margins
        self.width = margins.text_width
        self._split_tall_rows = split_tall_rows

    def para(self, text: str, style: str = "body") -> Paragraph:
        """Return plain ``text`` as a paragraph in one of :attr:`styles`."""
        return Paragraph(markup(text), self.styles[style])

    def heading(self, text: str, ruled: bool = True, room: float = 0) -> list[Flowable]:
        """Return a section heading (``h1``), with a rule under it unless not ``ruled``.

        With ``room``, the heading starts a new page unless that much room is left.
        """
        parts: list[Flowable] = [CondPageBreak(room)] if room else []
        parts.append(self.para(text, "h1"))
        if ruled:
            parts.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=5))
        return parts

    def table(self, data: Sequence[Sequence[object]], **kwargs: Any) -> Table:
        """Return a table of this document's kind (see ``split_tall_rows``)."""
        if self._split_tall_rows:
            return BreakableTable(data, frame_height=self.margins.frame_height, **kwargs)
        return Table(data, **kwargs)

    def _cell(self, value: Cell, style: str) -> Flowable | list[Flowable]:
        return self.para(value, style) if isinstance(value, str) else value

    def facts(
        self,
        pairs: Sequence[tuple[str, Cell]],
        widths: Sequence[float],
        boxed: bool = False,
        row_padding: float = 1.5,
        inset: float = 0,
        value_style: str = "body",
    ) -> Table:
        """Return key–value lines: each label (bold, small, muted) beside its value.

        Args:
            pairs: (label, value) pairs; an empty text value prints as "–".
            widths: The column widths: a label's and a value's, repeated to put two or
                more pairs on one line.
            boxed: Put the lines in a shaded box (as under a document's title).
            row_padding: Space above and below each line.
            inset: Space before each label and value.
            value_style: The style of the values given as text.

        """
        per_line = len(widths) // 2
        cells: list[Flowable | list[Flowable]] = []
        for name, value in pairs:
            if isinstance(value, str):
                value = value or NO_VALUE
            cells += [self.para(name, "label"), self._cell(value, value_style)]
        step = 2 * per_line
        rows = [cells[start : start + step] for start in range(0, len(cells), step)]
        side = _BOX_PADDING if boxed else inset
        # The smaller label drops to share the baseline of the value's first line.
        drop = max(0.0, self.styles[value_style].leading - self.styles["label"].leading)
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), side),
            ("RIGHTPADDING", (0, 0), (-1, -1), max(side, _MIN_RIGHT_PADDING)),
            ("TOPPADDING", (0, 0), (-1, -1), row_padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), row_padding),
        ]
        if boxed:
            commands += [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, 0), _BOX_PADDING),
                ("BOTTOMPADDING", (0, -1), (-1, -1), _BOX_PADDING),
            ]
        if drop:
            for column in range(0, step, 2):
                commands.append(("TOPPADDING", (column, 0), (column, -1), row_padding + drop))
                if boxed:
                    commands.append(("TOPPADDING", (column, 0), (column, 0), _BOX_PADDING + drop))
        padding = side + max(side, _MIN_RIGHT_PADDING) + 1
        labels = [name for name, _value in pairs]
        needs = [
            longest_word(labels[column // 2 :: per_line], self.styles["label"]) + padding
            if column % 2 == 0
            else 0
            for column in range(len(widths))
        ]
        table = self.table(rows, colWidths=widths_fitting_words(widths, needs))
        table.setStyle(table_style(commands))
        return table

    def data_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        padding: CellPadding = ROOMY,
        rules: Literal["grid", "between"] = "grid",
        caption: str | None = None,
        commands: Sequence[tuple] = (),
    ) -> Table:
        """Return a table with a shaded header row that repeats on every page.

        Args:
            header: The columns' headings.
            rows: The cells; a text is printed in style ``cell``.
            widths: The column widths.
            padding: The cells' padding.
            rules: ``"grid"`` draws every cell's lines; ``"between"`` draws a line under
                the header and between the rows only.
            caption: A heading in the table's first row, kept with the header row.
            commands: More table style commands, applied last.

        """
        first = 1 if caption is not None else 0
        data: list[list[Cell]] = []
        if caption is not None:
            data.append([self.para(caption, "caption"), *([""] * (len(widths) - 1))])
        data.append([self.para(text, "cell_head") for text in header])
        data += [[self._cell(value, "cell") for value in row] for row in rows]
        style = data_table_commands(padding, captioned=caption is not None)
        if rules == "grid":
            style.append(("GRID", (0, first), (-1, -1), 0.5, RULE))
        else:
            style.append(("LINEBELOW", (0, first), (-1, -2), 0.5, RULE))
        needs = [longest_word([text], self.styles["cell_head"]) + 2 * padding.side + 1 for text in header]
        fitted = widths_fitting_words(widths, needs)
        table = self.table(data, colWidths=fitted, repeatRows=(first,) if caption is not None else 1)
        table.setStyle(table_style([*style, *commands]))
        return table
