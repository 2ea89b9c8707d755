"""The agenda of a dialogue meeting: one A4 page to hand out before the meeting, in the team's language.

Danish and English take the program's translations; Polish, Romanian and Ukrainian take the
agenda's own texts (:mod:`apvdesk.core.agenda_texts`). The shipped points are printed in the
agenda's language; a point written at the meeting is printed as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from apvdesk.core.agenda_texts import AgendaTexts, TextTable, agenda_in
from apvdesk.core.dialogue import DialogueMinutes, PointTemplate, Rating
from apvdesk.core.languages import PROGRAM_LANGUAGES
from apvdesk.reports.blocks import COMPACT, Blocks
from apvdesk.reports.dialogue_blocks import FACT_LABEL, dialogue_styles, rating_scale
from apvdesk.reports.pdf_document import INK, DocumentInfo, Margins, build_pdf, page_footer
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "AgendaPdf"
MARGINS = Margins(side=18 * mm, top=15 * mm, bottom=20 * mm)
_NUMBER_COLUMN = 9 * mm
_MINUTES_COLUMN = 18 * mm


class Translates(Protocol):
    """What the agenda needs of a translator: its language and ``translate(context, text)``."""

    lang: str

    def translate(self, context: str, text: str, n: int = -1) -> str: ...


class AgendaPdf:
    """Lays out the agenda; every text it shows is translated in context ``AgendaPdf``."""

    def __init__(self, minutes: DialogueMinutes, translator: Translates) -> None:
        self.minutes = minutes
        self.lang = translator.lang
        self._translator = translator
        self._blocks = Blocks(dialogue_styles(), MARGINS)

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the agenda's language."""
        return self._translator.translate(CONTEXT, text)

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
        blocks = self._blocks
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
        return [
            blocks.para(self.tr("Dialogue meeting – agenda"), "title"),
            Spacer(1, 3 * mm),
            blocks.facts(facts, [FACT_LABEL, blocks.width - FACT_LABEL], boxed=True),
            blocks.para(how, "intro"),
            Spacer(1, 1 * mm),
            rating_scale(self._rating_label, blocks.styles["scale"]),
            # The table may start under its heading and go on over the next page; the heading
            # is only kept from the foot of a page (keeping it with the whole table would leave
            # the first page empty when the table is longer than one page).
            CondPageBreak(35 * mm),
            Paragraph(
                self.tr("Points"), ParagraphStyle("h1_table", parent=blocks.styles["h1"], keepWithNext=0)
            ),
            self._points_table(),
        ]

    def _points_table(self) -> Table:
        para = self._blocks.para
        points = self.minutes.points
        rows: list[list] = [
            [
                para(f"{number}.", "cell_bold"),
                [para(point.title, "cell_bold"), para(point.question, "cell_muted")],
                fill(self.tr("%1 min."), point.minutes),
            ]
            for number, point in enumerate(points, start=1)
        ]
        total = sum(point.minutes for point in points)
        rows.append(
            ["", para(self.tr("Total"), "cell_bold"), para(fill(self.tr("%1 min."), total), "cell_bold")]
        )
        header = [self.tr("No."), self.tr("Point and question"), self.tr("Minutes")]
        text_column = MARGINS.text_width - _MINUTES_COLUMN - _NUMBER_COLUMN
        return self._blocks.data_table(
            header,
            rows,
            [_NUMBER_COLUMN, text_column, _MINUTES_COLUMN],
            padding=COMPACT,
            rules="between",
            commands=[("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)],  # over the total
        )

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        page_label = fill(self.tr("Page %1 of %2"), page, total)
        title = self.tr("Dialogue meeting – agenda")
        return page_footer(page_label, self.minutes.workplace_name, title, self.minutes.round_title)


def build_agenda_pdf(
    minutes: DialogueMinutes,
    lang: str = "da",
    templates: Sequence[PointTemplate] = (),
    texts: AgendaTexts | None = None,
) -> bytes:
    """Lay out a dialogue meeting's agenda as a one-page A4 PDF with embedded DejaVu fonts.

    Args:
        minutes: The meeting and its points, e.g. from ``WorkplaceStore.minutes``; the
            notes and decisions are not shown.
        lang: ``"da"`` (default), ``"en"``, ``"pl"``, ``"ro"`` or ``"uk"``: the language of
            the whole agenda.
        templates: The shipped points (``apvdesk.app.resources.agenda_templates``); a point
            that is one of them is printed in ``lang``, any other as it was written.
        texts: The agenda's own texts in Polish, Romanian and Ukrainian
            (``apvdesk.app.resources.agenda_texts``); needed for those languages.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` is not a language the agenda is written in, or its texts are not given.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    translator: Translates
    if lang in PROGRAM_LANGUAGES:
        translator = Translator(lang)
    elif texts is None:
        raise ValueError(f"the agenda's texts in {lang!r} are needed to print it in that language")
    else:
        translator = TextTable(lang, texts)
    points, _own = agenda_in(minutes.points, templates, lang)
    return AgendaPdf(dataclasses.replace(minutes, points=points), translator).build()
