"""The minutes of a dialogue meeting: each point's joint rating and notes, and the decisions."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.dialogue import AgendaPoint, DialogueMinutes
from apvdesk.core.model import Action, Problem
from apvdesk.reports.blocks import Blocks, table_style
from apvdesk.reports.dialogue_blocks import FACT_LABEL, dialogue_styles, rating_markup
from apvdesk.reports.pdf_document import SHADE, DocumentInfo, Margins, build_pdf, page_footer
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "MinutesPdf"
MARGINS = Margins(side=18 * mm, top=16 * mm, bottom=22 * mm)
TEXT_WIDTH = MARGINS.text_width
_NOTE_LABEL = 38 * mm
_NOTE_COLUMNS = [_NOTE_LABEL, TEXT_WIDTH - _NOTE_LABEL]
_RATING_COLUMN = 42 * mm
# What is done | who | deadline | status (sums to TEXT_WIDTH = 174 mm)
_ACTION_COLUMNS = [88 * mm, 38 * mm, 24 * mm, 24 * mm]


class MinutesPdf:
    """Lays out the minutes; every text it shows is translated in context ``MinutesPdf``."""

    def __init__(self, minutes: DialogueMinutes, translator: Translator) -> None:
        self.minutes = minutes
        self.lang = translator.lang
        self._translator = translator
        self._blocks = Blocks(dialogue_styles(), MARGINS)

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the minutes' language."""
        return self._translator.translate(CONTEXT, text)

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return self._blocks.para(text, style)

    def _date(self, value) -> str:
        return format_date(value, self.lang, printed=True)

    def build(self) -> bytes:
        """Return the finished PDF."""
        info = DocumentInfo(
            title=self.tr("Dialogue meeting – minutes"),
            author=self.minutes.workplace_name,
            subject=self.minutes.round_title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        blocks = self._blocks
        joint = self.tr(
            "The ratings and notes are the group's joint judgement, agreed on at the meeting "
            "— not an anonymous score and not anyone's own answer. No names of participants "
            "are written down."
        )
        story: list[Flowable] = [
            self._para(self.tr("Dialogue meeting – minutes"), "title"),
            Spacer(1, 3 * mm),
            blocks.facts(self._facts(), [FACT_LABEL, TEXT_WIDTH - FACT_LABEL], boxed=True),
            self._para(joint, "intro"),
            *blocks.heading(self.tr("Points")),
        ]
        for number, point in enumerate(self.minutes.points, start=1):
            story.append(self._point_block(number, point))
        story += blocks.heading(self.tr("Decisions"))
        if not self.minutes.decisions:
            story.append(self._para(self.tr("The meeting decided no problems for the action plan."), "note"))
        for point, problem, actions in self.minutes.decisions:
            story.append(self._decision_block(point, problem, actions))
        return story

    def _facts(self) -> list[tuple[str, str]]:
        m = self.minutes
        meeting = m.meeting
        return [
            (self.tr("Workplace"), m.workplace_name),
            (self.tr("APV round"), m.round_title),
            (self.tr("Date"), self._date(meeting.held_on) or self.tr("Not recorded")),
            (self.tr("Groups"), ", ".join(m.group_names)),
            (
                self.tr("Participants"),
                fill(self.tr("%1 (names are not recorded)"), meeting.participants),
            ),
            (self.tr("Facilitator"), meeting.facilitator.strip() or self.tr("Not recorded")),
            (self.tr("Printed"), self._date(m.printed_on)),
        ]

    def _rating_cell(self, point: AgendaPoint) -> Paragraph:
        if point.rating is None:
            return self._para(self.tr("Not rated"), "note")
        text = label(point.rating, self._translator.translate)
        return Paragraph(rating_markup(point.rating, text), self._blocks.styles["caption"])

    def _point_block(self, number: int, point: AgendaPoint) -> Flowable:
        head = Table(
            [
                [
                    [
                        self._para(f"{number}. {point.title}", "caption"),
                        self._para(point.question, "cell_muted"),
                    ],
                    self._rating_cell(point),
                ]
            ],
            colWidths=[TEXT_WIDTH - _RATING_COLUMN, _RATING_COLUMN],
        )
        head.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        notes = [
            (self.tr("What works"), point.works),
            (self.tr("What does not work"), point.not_works),
            (self.tr("Ideas"), point.ideas),
        ]
        body = self._blocks.facts(
            [
                (
                    name,
                    self._para(text.strip(), "cell")
                    if text.strip()
                    else self._para(self.tr("Nothing noted"), "note"),
                )
                for name, text in notes
            ],
            _NOTE_COLUMNS,
            inset=4,  # under the text of the shaded head
            value_style="cell",
        )
        return KeepTogether([head, Spacer(1, 1), body, Spacer(1, 3 * mm)])

    def _decision_block(self, point: AgendaPoint, problem: Problem, actions: list[Action]) -> Flowable:
        numbers = [
            n
            for n, p in enumerate(self.minutes.points, start=1)
            if p is point or (p.id is not None and p.id == point.id)
        ]
        heading = fill(self.tr("From point %1: %2"), numbers[0], point.title) if numbers else point.title
        fields = [
            (self.tr("Problem"), problem.kind.strip() or self.tr("Not recorded")),
            (self.tr("Seriousness"), label(problem.seriousness, self._translator.translate)),
        ]
        details = self._blocks.facts(fields, _NOTE_COLUMNS)
        parts: list[Flowable] = [self._para(heading, "caption"), Spacer(1, 2), details, Spacer(1, 2)]
        if actions:
            parts.append(self._actions_table(actions))
        else:
            parts.append(self._para(self.tr("No actions have been decided for this problem yet."), "note"))
        parts.append(Spacer(1, 4 * mm))
        return KeepTogether(parts)

    def _actions_table(self, actions: list[Action]) -> Table:
        header = [self.tr("Action"), self.tr("Who"), self.tr("Deadline"), self.tr("Status")]
        rows = [
            [
                action.how.strip() or "–",
                action.responsible.strip() or "–",
                self._date(action.deadline) or "–",
                label(action.status, self._translator.translate),
            ]
            for action in actions
        ]
        return self._blocks.data_table(header, rows, _ACTION_COLUMNS)

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        page_label = fill(self.tr("Page %1 of %2"), page, total)
        title = self.tr("Dialogue meeting – minutes")
        return page_footer(page_label, self.minutes.workplace_name, title, self.minutes.round_title)


def build_minutes_pdf(minutes: DialogueMinutes, lang: str = "da") -> bytes:
    """Lay out the minutes of a dialogue meeting as an A4 PDF with embedded DejaVu fonts.

    Args:
        minutes: Everything the minutes show, e.g. from ``WorkplaceStore.minutes``.
        lang: ``"da"`` (default) or ``"en"``; the language of the fixed texts and dates.
            The points' texts and notes are printed as they were written.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return MinutesPdf(minutes, Translator(lang)).build()
