"""The paper questionnaire of a round: an A4 PDF to print and fill in with a pen, in any bank language.

Near the top it says how long answering takes; a sensitive theme has its note under its
heading; an item that offers "does not apply to me" has a box for it after "don't know".
Each box has a small digit beside it: the digit typed for it in the entry grid
(:func:`apvdesk.core.entry.box_digits`; the groups are numbered 1, 2, … as in the grid).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.bank import Item, OptionSet, QuestionBank, Scale, load_bank_file
from apvdesk.core.entry import box_digits
from apvdesk.core.group_names import shown_name
from apvdesk.core.model import Group, QuestionnaireForm
from apvdesk.core.questionnaire_length import (
    EXPECTED_TIME_KEY,
    NOT_APPLICABLE_KEY,
    expected_minutes,
    intro_keys,
)
from apvdesk.platform.paths import resource
from apvdesk.reports.blocks import Blocks, TypeSizes, markup, paragraph_styles, table_style
from apvdesk.reports.fonts import BOLD, REGULAR
from apvdesk.reports.pdf_document import (
    ACCENT,
    INK,
    RULE,
    DocumentInfo,
    Margins,
    build_pdf,
    page_footer,
    titled,
)

MARGINS = Margins(side=18 * mm, top=16 * mm, bottom=20 * mm)
TEXT_WIDTH = MARGINS.text_width
QUESTIONNAIRE_TYPE = TypeSizes(
    body=10,
    body_leading=13,
    title=18,
    title_leading=22,
    subtitle=12,
    subtitle_leading=15,
    subtitle_before=2,
    heading=12.5,
    heading_leading=16,
    heading_before=6 * mm,
    heading_after=2 * mm,
    intro_before=5,
)

ZEBRA = colors.HexColor("#f4f6f8")
NOTE = colors.HexColor("#e8eef7")

BOX_SIZE = 5 * mm  # an empty square a pen can cross comfortably
DIGIT_SIZE = 6.5  # the small digit beside a box: what the entry grid takes for it
DIGIT_GAP = 0.8 * mm
DIGIT_INK = colors.HexColor("#5a6470")
_NUMBER_COLUMN = 9 * mm
_MIN_TEXT_COLUMN = 62 * mm
_MAX_OPTION_COLUMN = 16 * mm
# Beside a "does not apply to me" column the questions get narrower, so the options keep their width.
_MIN_TEXT_BESIDE_NOT_APPLICABLE = 54 * mm
_HEADER_SIZES: tuple[float, ...] = (8, 7.5, 7, 6.5, 6)  # option labels shrink until their longest word fits
_CELL_PADDING = 2.5
_NAME_NOTE = "group_name_missing"  # a round's bank from before this text borrows the shipped one's


@cache
def _shipped_texts() -> QuestionBank:
    return load_bank_file(resource("questionnaires", "psychosocial.toml"))


def _styles() -> dict[str, ParagraphStyle]:
    styles = paragraph_styles(QUESTIONNAIRE_TYPE)
    base = styles["body"]
    styles.update(
        {
            "group_head": ParagraphStyle("group_head", base, fontName=BOLD, spaceBefore=5 * mm, spaceAfter=2),
            "number": ParagraphStyle("number", base, fontName=BOLD, fontSize=9.5, leading=12, alignment=2),
            "item": ParagraphStyle("item", base, fontSize=9.5, leading=12),
            "name_note": ParagraphStyle("name_note", base, fontSize=7.5, leading=9, textColor=DIGIT_INK),
            "scale": ParagraphStyle(
                "scale", base, fontName=BOLD, fontSize=10, leading=12.5, textColor=ACCENT
            ),
            "return": ParagraphStyle("return", base, fontName=BOLD, spaceBefore=8 * mm),
            "time": ParagraphStyle("time", base, fontName=BOLD, spaceBefore=3),
            "note": ParagraphStyle(
                "note",
                base,
                backColor=NOTE,
                borderPadding=(2 * mm, 3 * mm),
                leftIndent=3 * mm,
                rightIndent=3 * mm,
                spaceBefore=2 * mm,
                spaceAfter=4 * mm,
            ),
        }
    )
    return styles


class TickBox(Flowable):
    """An empty square to tick, centred in the width it is given, with its digit small at its left."""

    def __init__(self, digit: int | None = None, size: float = BOX_SIZE) -> None:
        super().__init__()
        self.size = size
        self.digit = "" if digit is None else str(digit)
        self._width = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = max(availWidth, self.size)
        return self._width, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setFillColor(colors.white)
        canvas.setLineWidth(0.8)
        left = (self._width - self.size) / 2
        canvas.rect(left, 0, self.size, self.size, stroke=1, fill=1)
        if self.digit:
            canvas.setFillColor(DIGIT_INK)
            canvas.setFont(REGULAR, DIGIT_SIZE)
            canvas.drawRightString(left - DIGIT_GAP, (self.size - DIGIT_SIZE) / 2 + 1, self.digit)
        canvas.restoreState()


def _runs(scale: Scale) -> list[list[Item]]:
    """Split a scale's items into consecutive runs that share an option set (one table each)."""
    runs: list[list[Item]] = []
    for item in scale.items:
        if runs and runs[-1][0].option_set_id == item.option_set_id:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


class QuestionnairePdf:
    """Lays out one round's paper questionnaire in one respondent language.

    Every printed text comes from the question bank or the workplace file; the page
    numbers are written as ``2 / 5`` so that no other language is needed.
    """

    def __init__(self, form: QuestionnaireForm, lang: str) -> None:
        if lang not in form.bank.languages:
            known = ", ".join(form.bank.languages)
            raise ValueError(f"the question bank has no language {lang!r}; choose one of {known}")
        self.form = form
        self.lang = lang
        self._blocks = Blocks(_styles(), MARGINS)
        self._total_pages: int | None = None

    @property
    def bank(self) -> QuestionBank:
        return self.form.bank

    def _text(self, key: str) -> str:
        return self.bank.text(key, self.lang)

    def _optional_text(self, key: str) -> str:
        """Return a bank text, or "" if the round's bank has none (a round from before it existed)."""
        return self._text(key) if key in self.bank.texts else ""

    # --- building ----------------------------------------------------------------

    def build(self) -> bytes:
        """Return the finished PDF."""
        workplace = self.form.workplace_name
        info = DocumentInfo(
            title=titled(self._text("paper_title"), workplace),
            author=workplace,
            subject=self.form.round.title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = self._title_block()
        story += self._group_block()
        number = 1
        intros = intro_keys(self.bank)
        for theme in self.bank.themes:
            heading = self._blocks.heading(theme.name[self.lang], ruled=False)
            intro = self._optional_text(intros.get(theme.scales[0].items[0].id, ""))
            if intro:
                heading.append(self._para(intro, "note"))
            for scale in theme.scales:
                for run in _runs(scale):
                    # A table is not split if it fits on a page; a theme heading never ends one.
                    story.append(KeepTogether([*heading, self._items_table(scale, run, number)]))
                    story.append(Spacer(1, 3 * mm))
                    heading = []
                    number += len(run)
        story.append(self._para(self._text("paper_return"), "return"))
        return story

    # --- pieces ------------------------------------------------------------------

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return self._blocks.para(text, style)

    def _title_block(self) -> list[Flowable]:
        subtitle = " · ".join(part for part in (self.form.workplace_name, self.form.round.title) if part)
        note = self._text("anonymity_note").replace("%1", str(self.form.round.anonymity_threshold))
        # the same figure as the round setup and the kiosk: the slowest of the round's languages
        minutes = expected_minutes(self.bank, self.form.round.languages)
        duration = self._optional_text(EXPECTED_TIME_KEY).replace("%1", str(minutes))
        return [
            self._para(self._text("paper_title"), "title"),
            self._para(subtitle, "subtitle"),
            *([self._para(duration, "time")] if duration else []),
            Spacer(1, 3 * mm),
            self._para(self._text("paper_instructions"), "intro"),
            self._para(note, "intro"),
        ]

    def _group_block(self) -> list[Flowable]:
        """Return the group question: one empty box per group, in one or two columns."""
        groups = self.form.groups
        if not groups:
            return []
        cells = [[TickBox(number), self._group_name(group)] for number, group in enumerate(groups, 1)]
        box_width = 12 * mm
        if len(groups) <= 4:
            rows = cells
            widths = [box_width, TEXT_WIDTH - box_width]
        else:
            half = (len(cells) + 1) // 2
            right = cells[half:] + [["", ""]] * (2 * half - len(cells))
            rows = [left + other for left, other in zip(cells[:half], right, strict=True)]
            column = TEXT_WIDTH / 2 - box_width
            widths = [box_width, column, box_width, column]
        table = Table(rows, colWidths=widths)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return [KeepTogether([self._para(self._text("paper_group"), "group_head"), table])]

    def _group_name(self, group: Group) -> list[Flowable]:
        """Return a group's name in the form's language, or its own name with a note that it is Danish."""
        name = shown_name(group, self.form.group_names, self.lang)
        shown = [self._para(name.text, "item")]
        if not name.translated:
            shown.append(self._para(self._name_note(), "name_note"))
        return shown

    def _name_note(self) -> str:
        """Return "(the name is only in Danish)" in the form's language, from the shipped bank if need be."""
        if _NAME_NOTE in self.bank.texts:
            return self._text(_NAME_NOTE)
        return _shipped_texts().text(_NAME_NOTE, self.lang)

    def _header_style(self, labels: list[str], width: float) -> ParagraphStyle:
        """Return the header style whose size lets the longest word of every label fit."""
        room = width - 2 * _CELL_PADDING
        words = [word for text in labels for word in text.split()] or [""]
        size = _HEADER_SIZES[-1]
        for candidate in _HEADER_SIZES:
            if max(stringWidth(word, REGULAR, candidate) for word in words) <= room:
                size = candidate
                break
        return ParagraphStyle(
            f"head{size}", fontName=REGULAR, fontSize=size, leading=size + 1.5, textColor=INK, alignment=1
        )

    def _items_table(self, scale: Scale, items: list[Item], first_number: int) -> Table:
        """Return a scale's items with a header of option labels and a row of boxes each.

        When an item of the run offers "does not apply to me", a last column has its box
        (and no box for the items that do not offer it).
        """
        options: OptionSet = self.bank.option_set(items[0])
        labels = [*options.labels[self.lang], options.dont_know[self.lang]]
        with_not_applicable = any(item.not_applicable for item in items)
        if with_not_applicable:
            labels.append(self._text(NOT_APPLICABLE_KEY))
        boxes = len(options.points) + 1  # the options and "don't know"
        na_width = _MAX_OPTION_COLUMN if with_not_applicable else 0
        min_text = _MIN_TEXT_BESIDE_NOT_APPLICABLE if with_not_applicable else _MIN_TEXT_COLUMN
        option_width = min(_MAX_OPTION_COLUMN, (TEXT_WIDTH - _NUMBER_COLUMN - min_text - na_width) / boxes)
        text_width = TEXT_WIDTH - _NUMBER_COLUMN - option_width * boxes - na_width
        header_style = self._header_style(labels, option_width)
        name = scale.name[self.lang]
        if name == self.bank.theme_of(scale.id).name[self.lang]:
            name = ""  # the theme heading just above already says it
        data: list[list[Flowable | str]] = [
            [
                "",
                self._para(name, "scale"),
                *(Paragraph(markup(t), header_style) for t in labels),
            ]
        ]
        for offset, item in enumerate(items):
            digits, dont_know_digit, na_digit = box_digits(len(options.points), item.not_applicable)
            data.append(
                [
                    self._para(f"{first_number + offset}.", "number"),
                    self._para(item.text[self.lang], "item"),
                    *(TickBox(digit) for digit in digits),
                    TickBox(dont_know_digit),
                    *([TickBox(na_digit) if item.not_applicable else ""] if with_not_applicable else []),
                ]
            )
        table = Table(
            data,
            colWidths=[
                _NUMBER_COLUMN,
                text_width,
                *([option_width] * boxes),
                *([na_width] if na_width else []),
            ],
            repeatRows=1,
        )
        dont_know = 2 + len(options.points)
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 1), (1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("LINEBEFORE", (dont_know, 0), (dont_know, -1), 0.6, RULE),
        ]
        commands += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(2, len(data), 2)]
        table.setStyle(table_style(commands))
        return table

    # --- page furniture ----------------------------------------------------------

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        return page_footer(f"{page} / {total}", self.form.workplace_name, self.form.round.title)


def build_questionnaire_pdf(form: QuestionnaireForm, lang: str) -> bytes:
    """Lay out a round's paper questionnaire as an A4 PDF with embedded DejaVu fonts.

    Args:
        form: What the questionnaire shows, e.g. from ``WorkplaceStore.questionnaire_form``.
        lang: The respondents' language; any language of the round's question bank.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: The question bank has no texts in ``lang``.
        FileNotFoundError: A font file is missing.

    """
    return QuestionnairePdf(form, lang).build()
