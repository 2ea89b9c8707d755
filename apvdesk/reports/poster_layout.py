"""The poster's page at one scale, top to bottom: title band, introduction, cards, whom to ask, footer.

:class:`PosterLayout` returns each part as flowables; :mod:`apvdesk.reports.poster_fit`
measures them and places them on the page. The problem cards are
:mod:`apvdesk.reports.poster_cards`.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from apvdesk.reports.blocks import table_style
from apvdesk.reports.fonts import BOLD, REGULAR
from apvdesk.reports.pdf_document import ACCENT, INK, MUTED
from apvdesk.reports.poster_cards import ProblemCards
from apvdesk.reports.poster_look import (
    CONTACT_BOX,
    HEIGHT,
    ROLE_KEYS,
    SECOND_INK,
    SECOND_ON_ACCENT,
    SEPARATOR,
    WIDTH,
    PosterWords,
    balanced,
    borderless_grid,
    unbroken,
)
from apvdesk.wording.formatting import format_date


class PosterLayout(PosterWords):
    """Lays out one poster at one scale, part by part (``poster_fit`` tries smaller scales until it fits)."""

    def head(self) -> list[Flowable]:
        """Return the title band (and the note that there are no problems, if so)."""
        parts: list[Flowable] = [self._band()]
        if not self.content.problems:
            parts += [
                Spacer(1, self.size.gap * 2),
                self.para(self.both("no_problems"), self.size.kind, bold=True),
            ]
        return parts

    def intro(self) -> list[Flowable]:
        """Return the introduction: shown only when the page has room for it."""
        s = self.size
        parts: list[Flowable] = [Spacer(1, s.gap), self.para(escape(self.text("intro")), s.intro)]
        if self.second:
            parts.append(self.para(escape(self.text("intro", self.second)), s.intro_second, SECOND_INK))
        return parts

    def cards(self) -> list[Flowable]:
        """Return one numbered card per problem, in the poster's order."""
        return ProblemCards(self).cards()

    def bottom(self) -> list[Flowable]:
        """Return the site's points (a site's poster), the contacts, the approval, the records, the footer."""
        return [
            *self._site_box(),
            self._contacts_box(),
            *self._approval_line(),
            *self._records_lines(),
            *self._footer(),
        ]

    def _site_box(self) -> list[Flowable]:
        """Return, on the poster for a customer site, the practical points agreed with the customer there."""
        site = self.content.site
        if site is None or not site.customer:
            return []
        s = self.size
        heading = escape(self.text("site").replace("%1", site.name))
        cell: list[Flowable] = [self.para(heading, s.contacts_heading, ACCENT, bold=True)]
        if self.second:
            second = escape(self.text("site", self.second).replace("%1", site.name))
            cell.append(self.para(second, s.note, SECOND_INK))
        points = [
            ("site_coordinator", site.coordinator),
            ("site_after_episode", site.after_episode),
            ("site_break_room", site.break_room),
            ("site_toilet", site.toilet),
        ]
        label_width = WIDTH * 0.42
        rows = [
            [
                self.para(self.both(key), s.role, MUTED),
                self.para(
                    f"<b>{escape(value)}</b>" if value else self.both("site_not_agreed"), s.note * 0.92
                ),
            ]
            for key, value in points
        ]
        cell += [
            Spacer(1, s.gap * 0.5),
            borderless_grid(
                rows,
                [label_width, WIDTH - 2.4 * s.pad - label_width],
                ("TOPPADDING", (0, 0), (-1, -1), s.gap * 0.25),
                ("RIGHTPADDING", (0, 0), (0, -1), s.pad * 0.6),
            ),
        ]
        return [self._boxed(cell), Spacer(1, s.gap * 0.8)]

    def _boxed(self, cell: list[Flowable]) -> Table:
        s = self.size
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

    def _records_lines(self) -> list[Flowable]:
        """Return where the whole APV can be read (when recorded) and what the poster covers."""
        s = self.size
        parts: list[Flowable] = [Spacer(1, s.gap * 0.6)]
        if self.content.apv_access:
            access = f"{self.both('apv_kept', keep=True)}:&nbsp;<b>{escape(self.content.apv_access)}</b>"
            parts.append(self.para(access, s.meta, leading=1.35))
        parts.append(self.para(escape(self.text("scope")), s.footer, MUTED))
        if self.second:
            parts.append(self.para(escape(self.text("scope", self.second)), s.footer_second, SECOND_INK))
        return parts

    def _band(self) -> Table:
        s = self.size
        inner = WIDTH - 2.6 * s.pad
        site = self.content.site.name if self.content.site else ""
        parts = (self.content.workplace_name, site, self.content.round_title)
        meta = " · ".join(escape(p) for p in parts if p)
        title = balanced(self.text("title"), BOLD, s.title, inner)
        cell: list[Flowable] = [
            self.para(meta, s.band_meta, SECOND_ON_ACCENT, spaceAfter=s.band_meta * 0.6),
            self.para(title, s.title, colors.white, bold=True, leading=1.15),
        ]
        if self.second:
            second = balanced(self.text("title", self.second), REGULAR, s.title_second, inner)
            cell.append(self.para(second, s.title_second, SECOND_ON_ACCENT, spaceBefore=s.title_second * 0.4))
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

    def _contacts_box(self) -> Table:
        s = self.size
        cell: list[Flowable] = [self.para(self.both("who_to_talk_to"), s.contacts_heading, ACCENT, bold=True)]
        if self.content.contacts:
            cell += [Spacer(1, s.gap * 0.7), self._contact_grid()]
        cell += [Spacer(1, s.gap * 0.5), self.para(escape(self.text("talk_note")), s.note)]
        if self.second:
            cell.append(self.para(escape(self.text("talk_note", self.second)), s.note * 0.92, SECOND_INK))
        return self._boxed(cell)

    def _contact_grid(self) -> Table:
        """Return the people to talk to, up to three to a row: name, and role under it."""
        s = self.size
        columns = min(3, len(self.content.contacts))
        cells: list[list[Flowable] | str] = [
            [
                self.para(escape(name), s.name, INK, bold=True, leading=1.2),
                self.para(self.both(ROLE_KEYS[role]), s.role, MUTED),
            ]
            for name, role in self.content.contacts
        ]
        cells += [""] * (-len(cells) % columns)
        rows = [cells[start : start + columns] for start in range(0, len(cells), columns)]
        widths = [(WIDTH - 2.4 * s.pad) / columns] * columns
        return borderless_grid(
            rows,
            widths,
            ("RIGHTPADDING", (0, 0), (-1, -1), s.pad),
            ("TOPPADDING", (0, 1), (-1, -1), s.gap * 0.6),
        )

    def _approval_line(self) -> list[Flowable]:
        """Return the line on the plan's approval and its next follow-up."""
        content = self.content
        parts = []
        if content.approved and content.approved_by:
            names = escape(", ".join(content.approved_by))
            parts.append(f"{self.both('approved_by', keep=True)}:&nbsp;<b>{names}</b>")
        elif content.changed_since_approval:
            parts.append(self.both("changed_since_approval"))
        elif not content.approved:
            parts.append(self.both("not_approved"))
        if content.next_review:
            date = escape(format_date(content.next_review, self.lang, printed=True))
            parts.append(f"{self.both('next_review', keep=True)}:&nbsp;<b>{date}</b>")
        if not parts:
            return []
        size = self.size.meta
        line = self.para(SEPARATOR.join(parts), size, leading=1.35)
        if line.wrap(WIDTH, HEIGHT)[1] < 2 * size:  # one line holds both; else one line each
            return [Spacer(1, self.size.gap * 0.8), line]
        return [Spacer(1, self.size.gap * 0.8), *(self.para(part, size, leading=1.35) for part in parts)]

    def _footer(self) -> list[Flowable]:
        """Return where the poster comes from (in both languages) and, on the right, when it was printed."""
        s = self.size
        content = self.content
        started = format_date(content.round_start, self.lang, printed=True)
        source: list[Flowable] = [
            self.para(escape(self.text("footer").replace("%1", started)), s.footer, MUTED)
        ]
        if self.second:
            second = self.text("footer", self.second)
            second = second.replace("%1", format_date(content.round_start, self.second, printed=True))
            source.append(self.para(escape(second), s.footer_second, SECOND_INK))
        printed = self.text("printed").replace("%1", format_date(content.printed_on, self.lang, printed=True))
        printed_width = stringWidth(printed, REGULAR, s.footer) + s.pad
        row = [[source, self.para(unbroken(printed), s.footer, MUTED, alignment=TA_RIGHT)]]
        footer = borderless_grid(row, [WIDTH - printed_width, printed_width])
        return [Spacer(1, s.gap * 0.5), footer]
