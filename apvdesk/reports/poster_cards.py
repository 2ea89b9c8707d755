"""The poster's problem cards: a numbered card per problem with what we found and what we do.

The labels stand right-aligned in a column under the number, so that the problem's name,
what was found and the actions share one left edge; each action shows who is
responsible, by when, and how far it is, with a mark and a colour that always come with
words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from apvdesk.core.poster import PosterAction, PosterProblem
from apvdesk.reports.blocks import markup, table_style
from apvdesk.reports.fonts import BOLD
from apvdesk.reports.pdf_document import ACCENT, MUTED
from apvdesk.reports.poster_look import (
    CARD,
    OVERDUE_INK,
    SECOND_INK,
    SEPARATOR,
    STATUS_COLOURS,
    STATUS_KEYS,
    STATUS_MARKS,
    WIDTH,
    PosterSizes,
    PosterWords,
    borderless_grid,
)
from apvdesk.wording.formatting import format_date


class NumberBadge(Flowable):
    """A filled circle with the problem's number in it."""

    def __init__(self, number: int, diameter: float) -> None:
        super().__init__()
        self.number = number
        self.diameter = diameter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
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


class ProblemCards:
    """Lays out the poster's problem cards in its words and at its scale."""

    def __init__(self, words: PosterWords) -> None:
        self.words = words
        self.size = words.size
        self.label_column = self._label_column()
        self.text_width = WIDTH - self.label_column

    def cards(self) -> list[Flowable]:
        """Return one numbered card per problem, in the poster's order, and a note on any left off."""
        content, words = self.words.content, self.words
        cards = [
            self._card(problem.number or index, problem) for index, problem in enumerate(content.problems, 1)
        ]
        if content.more_problems:  # never silently: say how many more the action plan holds
            more = words.both("more_problems").replace("%1", str(content.more_problems))
            cards.append(words.para(more, self.size.kind, ACCENT, bold=True))
        return cards

    def _label_column(self) -> float:
        """Return the width of a card's label column: its longest label, on one line."""
        s, words = self.size, self.words
        langs = [words.lang] + ([words.second] if words.second else [])
        labels = [words.text(key, lang) for key in ("what_we_found", "what_we_do") for lang in langs]
        widest = max(stringWidth(label, BOLD, s.label) for label in labels)
        return max(s.badge, min(widest, 40 * mm * s.label / PosterSizes.label)) + 1.6 * s.pad

    def _stacked_label(self, key: str) -> list[Flowable]:
        """Return a card's label in the first language, with the second language under it."""
        s, words = self.size, self.words
        parts = [words.para(escape(words.text(key)), s.label, ACCENT, True, 1.2, alignment=TA_RIGHT)]
        if words.second:
            second = escape(words.text(key, words.second))
            parts.append(words.para(second, s.label, SECOND_INK, True, 1.2, alignment=TA_RIGHT))
        return parts

    def _card(self, number: int, problem: PosterProblem) -> Flowable:
        """Return a problem's card: number and name, then what we found and what we do."""
        s, words = self.size, self.words
        name = words.scale_name(problem, words.lang) or problem.scale_id
        heading: list[Flowable] = [words.para(escape(name), s.heading, ACCENT, bold=True, leading=1.15)]
        second_name = words.scale_name(problem, words.second) if words.second else ""
        if second_name:
            heading.append(words.para(escape(second_name), s.heading_second, SECOND_INK, leading=1.2))
        rows: list[list] = [[NumberBadge(number, s.badge), heading]]
        if problem.kind:
            found = [
                words.para(markup(problem.kind), s.kind),
                *self._second_text(problem.translations, s.kind),
            ]
            rows.append([self._stacked_label("what_we_found"), found])
        doing: list[Flowable] = []
        if problem.actions:
            doing.append(self._actions(problem.actions))
        else:
            doing.append(words.para(words.both("no_actions"), s.action, MUTED))
        if problem.more_actions:
            more = words.both("more_actions").replace("%1", str(problem.more_actions))
            doing.append(words.para(more, s.meta, MUTED, spaceBefore=s.meta * 0.5))
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
        s, words = self.size, self.words
        rows = []
        for action in actions:
            colour = STATUS_COLOURS.get(action.status, MUTED)
            mark = words.para(STATUS_MARKS.get(action.status, "○"), s.action, colour, bold=True)
            how = words.para(markup(action.how or "–"), s.action, leading=1.2)
            second = self._second_text(action.translations, s.action)
            rows.append([mark, [how, *second, self._action_meta(action, colour)]])
        mark_column = s.action * 1.45
        widths = [mark_column, self.text_width - s.pad - mark_column]
        return borderless_grid(rows, widths, ("TOPPADDING", (0, 1), (-1, -1), s.action * 0.45))

    def _second_text(self, translations: Mapping[str, str], size: float) -> list[Flowable]:
        """Return the owner's text in the poster's second language, under the first (none if unwritten)."""
        words = self.words
        text = translations.get(words.second, "") if words.second else ""
        if not text:
            return []
        return [words.para(markup(text), size * 0.92, SECOND_INK, leading=1.2, spaceBefore=size * 0.15)]

    def _action_meta(self, action: PosterAction, status_colour: colors.Color) -> Paragraph:
        """Return the line under an action: who is responsible, by when, and how far it is."""
        words = self.words
        parts = []
        if action.responsible:
            parts.append(f"{words.both('responsible', keep=True)}:&nbsp;<b>{escape(action.responsible)}</b>")
        if action.deadline:
            date = escape(format_date(action.deadline, words.lang, printed=True))
            parts.append(f"{words.both('deadline', keep=True)}:&nbsp;<b>{date}</b>")
        status = words.both(STATUS_KEYS.get(action.status, "status_planned"), status_colour, keep=True)
        parts.append(f'<font color="{status_colour.hexval()}"><b>{status}</b></font>')
        if action.overdue:  # in words, as the printed plan marks it, never by colour alone
            overdue = words.both("overdue", OVERDUE_INK, keep=True)
            parts.append(f'<font color="{OVERDUE_INK.hexval()}"><b>{overdue}</b></font>')
        return words.para(SEPARATOR.join(parts), self.size.meta, MUTED, leading=1.3)
