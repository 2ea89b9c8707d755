"""The written record of the annual work-environment discussions, as an A4 PDF.

BEK 1838/2023 asks every workplace with employees to hold an annual work-environment
discussion; the record shows when it was held, who took part and what was agreed on each
point (the past year, the coming year's work, how the cooperation is organised, the goals,
and the knowledge and training needed). The latest discussion comes first. Without any,
the document is a form with lines to fill in by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from apvdesk.core.records import AnnualDiscussion
from apvdesk.reports.blocks import Blocks, TypeSizes, paragraph_styles
from apvdesk.reports.pdf_document import DocumentInfo, Margins, build_pdf, page_footer, titled
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill

CONTEXT = "AnnualDiscussionPdf"
MARGINS = Margins(side=20 * mm, top=18 * mm, bottom=22 * mm)
TYPE = TypeSizes(
    title=20,
    title_leading=24,
    subtitle=12,
    subtitle_leading=15,
    heading=13,
    heading_leading=16,
    heading_before=7 * mm,
    intro_before=6,
    intro_after=4,
)
_LABEL = 44 * mm
_BLANK = "\n\n\n"  # room to write by hand on the empty form


@dataclass
class AnnualDiscussionPaper:
    """What the record prints: the workplace, its discussions (latest first) and the day."""

    workplace_name: str
    discussions: list[AnnualDiscussion] = field(default_factory=list)
    printed_on: dt.date = field(default_factory=dt.date.today)


class AnnualDiscussionPdf:
    """Lays out the record; its texts are translated in context ``AnnualDiscussionPdf``."""

    def __init__(self, paper: AnnualDiscussionPaper, translator: Translator) -> None:
        self.paper = paper
        self.lang = translator.lang
        self._translator = translator
        self._blocks = Blocks(paragraph_styles(TYPE), MARGINS)

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the record's language."""
        return self._translator.translate(CONTEXT, text)

    def build(self) -> bytes:
        """Return the finished PDF."""
        info = DocumentInfo(
            title=titled(self.tr("Annual work environment discussion"), self.paper.workplace_name),
            author=self.paper.workplace_name,
            subject=self.tr("Annual work environment discussion"),
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        blocks = self._blocks
        facts = [
            (self.tr("Workplace"), self.paper.workplace_name),
            (self.tr("Printed"), format_date(self.paper.printed_on, self.lang, printed=True)),
        ]
        story: list[Flowable] = [
            blocks.para(self.tr("Annual work environment discussion"), "title"),
            blocks.para(self.tr("Written record"), "subtitle"),
            Spacer(1, 3 * mm),
            blocks.facts(facts, [_LABEL, blocks.width - _LABEL], boxed=True),
            blocks.para(
                self.tr(
                    "Once a year the employer and the employees, or the work environment organisation "
                    "(AMO), talk through the work environment and plan the coming year's cooperation "
                    "(BEK 1838/2023). This is the written record of what was agreed."
                ),
                "intro",
            ),
        ]
        if not self.paper.discussions:
            story.append(
                blocks.para(self.tr("No discussion has been recorded yet: fill in by hand."), "note")
            )
            return story + self._discussion(None)
        for discussion in self.paper.discussions:
            story += self._discussion(discussion)
        return story

    def _discussion(self, discussion: AnnualDiscussion | None) -> list[Flowable]:
        blocks = self._blocks
        not_written = self.tr("Not written")

        def value(text: str) -> str:
            if discussion is None:
                return _BLANK
            return text.strip() or not_written

        if discussion is None:
            heading = fill(self.tr("Held on %1"), "____________")
        else:
            heading = fill(self.tr("Held on %1"), format_date(discussion.held_on, self.lang, printed=True))
        d = discussion or AnnualDiscussion(held_on=self.paper.printed_on)
        rows = [
            (self.tr("Who took part"), value(d.participants)),
            (
                self.tr("The past year: were the goals reached, how did the cooperation go?"),
                value(d.last_year),
            ),
            (self.tr("The coming year's work"), value(d.plan)),
            (
                self.tr("How the cooperation is organised (who does what, how often we meet)"),
                value(d.organisation),
            ),
            (self.tr("Goals for the coming year"), value(d.goals)),
            (
                self.tr("Knowledge and training needed (with an AMO: its members' training)"),
                value(d.competence),
            ),
        ]
        return [KeepTogether([*blocks.heading(heading), blocks.facts(rows, [_LABEL, blocks.width - _LABEL])])]

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        label = fill(self.tr("Page %1 of %2"), page, total)
        return page_footer(label, self.paper.workplace_name, self.tr("Annual work environment discussion"))


def build_annual_discussion_pdf(paper: AnnualDiscussionPaper, lang: str = "da") -> bytes:
    """Lay out the record of the annual discussions as an A4 PDF with embedded DejaVu fonts.

    Args:
        paper: The workplace's name, its discussions (latest first) and the day printed.
        lang: ``"da"`` (default) or ``"en"``; the language of the fixed texts and dates.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return AnnualDiscussionPdf(paper, Translator(lang)).build()
