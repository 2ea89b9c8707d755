"""The minutes of a dialogue meeting: each point's joint rating and notes, and the decisions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.dialogue import AgendaPoint, DialogueMinutes
from apvdesk.core.model import Action, Problem
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.agenda import dialogue_styles, facts_table, rating_markup
from apvdesk.reports.fonts import register_fonts
from apvdesk.reports.pdf_document import (
    ACCENT,
    RULE,
    SHADE,
    DocumentInfo,
    Margins,
    build_pdf,
    markup,
    table_style,
)
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "MinutesPdf"
MARGINS = Margins(side=18 * mm, top=16 * mm, bottom=22 * mm)
TEXT_WIDTH = MARGINS.text_width
_NOTE_LABEL = 38 * mm
_RATING_COLUMN = 42 * mm
# What is done | who | deadline | status (sums to TEXT_WIDTH = 174 mm)
_ACTION_COLUMNS = [88 * mm, 38 * mm, 24 * mm, 24 * mm]


class MinutesPdf:
    """Lays out the minutes; every text it shows is translated in context ``MinutesPdf``."""

    def __init__(self, minutes: DialogueMinutes, translator: Translator) -> None:
        register_fonts()
        self.minutes = minutes
        self.lang = translator.lang
        self._translator = translator
        self._styles = dialogue_styles()

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the minutes' language."""
        return self._translator.translate(CONTEXT, text)

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self._styles[style])

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
        story: list[Flowable] = [
            self._para(self.tr("Dialogue meeting – minutes"), "title"),
            Spacer(1, 3 * mm),
            facts_table(self._facts(), TEXT_WIDTH, self._styles),
            self._para(
                self.tr(
                    "The ratings and notes are the group's joint judgement, agreed on at the meeting "
                    "— not an anonymous score and not anyone's own answer. No names of participants "
                    "are written down."
                ),
                "intro",
            ),
            *self._heading(self.tr("Points")),
        ]
        for number, point in enumerate(self.minutes.points, start=1):
            story.append(self._point_block(number, point))
        story += self._heading(self.tr("Decisions"))
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
            (
                self.tr("Date"),
                format_date(meeting.held_on, self.lang, printed=True) or self.tr("Not recorded"),
            ),
            (self.tr("Groups"), ", ".join(m.group_names)),
            (
                self.tr("Participants"),
                fill(self.tr("%1 (names are not recorded)"), meeting.participants),
            ),
            (self.tr("Facilitator"), meeting.facilitator.strip() or self.tr("Not recorded")),
            (self.tr("Printed"), format_date(m.printed_on, self.lang, printed=True)),
        ]

    def _heading(self, text: str) -> list[Flowable]:
        rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=1, spaceAfter=4)
        return [self._para(text, "h1"), rule]

    def _rating_cell(self, point: AgendaPoint) -> Paragraph:
        if point.rating is None:
            return self._para(self.tr("Not rated"), "note")
        text = label(point.rating, self._translator.translate)
        return Paragraph(rating_markup(point.rating, text), self._styles["point"])

    def _point_block(self, number: int, point: AgendaPoint) -> Flowable:
        head = Table(
            [
                [
                    [self._para(f"{number}. {point.title}", "point"), self._para(point.question, "question")],
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
        rows = [
            [
                self._para(name, "label"),
                self._para(text.strip(), "cell")
                if text.strip()
                else self._para(self.tr("Not recorded"), "note"),
            ]
            for name, text in notes
        ]
        body = Table(rows, colWidths=[_NOTE_LABEL, TEXT_WIDTH - _NOTE_LABEL])
        body.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
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
        details = Table(
            [[self._para(name, "label"), self._para(value)] for name, value in fields],
            colWidths=[_NOTE_LABEL, TEXT_WIDTH - _NOTE_LABEL],
        )
        details.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        parts: list[Flowable] = [self._para(heading, "point"), Spacer(1, 2), details, Spacer(1, 2)]
        if actions:
            parts.append(self._actions_table(actions))
        else:
            parts.append(self._para(self.tr("No actions have been decided for this problem yet."), "note"))
        parts.append(Spacer(1, 4 * mm))
        return KeepTogether(parts)

    def _actions_table(self, actions: list[Action]) -> Table:
        header = [self.tr("Action"), self.tr("Who"), self.tr("Deadline"), self.tr("Status")]
        data: list[list[Paragraph]] = [[self._para(text, "cell_head") for text in header]]
        for action in actions:
            data.append(
                [
                    self._para(action.how.strip() or "–", "cell"),
                    self._para(action.responsible.strip() or "–", "cell"),
                    self._para(format_date(action.deadline, self.lang, printed=True) or "–", "cell"),
                    self._para(label(action.status, self._translator.translate), "cell"),
                ]
            )
        table = Table(data, colWidths=_ACTION_COLUMNS, repeatRows=1)
        table.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        right = fill(self.tr("Page %1 of %2"), page, total)
        title = self.tr("Dialogue meeting – minutes")
        parts = (self.minutes.workplace_name, title, self.minutes.round_title)
        return " · ".join(part for part in parts if part), right


def build_minutes_pdf(minutes: DialogueMinutes, lang: str = "da") -> bytes:
    """Lay out the minutes of a dialogue meeting as an A4 PDF with embedded DejaVu fonts.

    Args:
        minutes: Everything the minutes show, e.g. from ``WorkplaceStore.minutes``.
        lang: ``"da"`` (default) or ``"en"``; the language of the fixed texts and dates.
            The points' texts and notes are printed as they were written.

    Returns:
        The PDF file's bytes.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return MinutesPdf(minutes, Translator(lang)).build()


def write_minutes_pdf(minutes: DialogueMinutes, path: Path, lang: str = "da") -> None:
    """Write the minutes PDF to ``path``, atomically (see ``write_atomically``).

    Raises:
        OSError: The file cannot be written.

    """
    write_atomically(build_minutes_pdf(minutes, lang), path)
