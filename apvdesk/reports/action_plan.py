"""The action plan (handlingsplan) as a printable, signable A4 PDF in Danish or English."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from apvdesk.core.model import Action, ActionPlan, ApproverRole, Problem
from apvdesk.i18n import Translator
from apvdesk.labels import label
from apvdesk.reports.fonts import BOLD, FAMILY, register_fonts
from apvdesk.reports.pdf_document import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    DocumentInfo,
    Margins,
    build_pdf,
    markup,
    table_style,
    write_atomically,
)

CONTEXT = "ActionPlanPdf"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

MARGINS = Margins(side=20 * mm, top=18 * mm, bottom=24 * mm)
TEXT_WIDTH = MARGINS.text_width

# What is done | responsible | start | deadline | status (sums to TEXT_WIDTH = 170 mm)
_ACTION_COLUMNS = [64 * mm, 34 * mm, 23 * mm, 23 * mm, 26 * mm]
_LABEL_COLUMN = 34 * mm
_CELL_PADDING = 3.5
FRAME_HEIGHT = MARGINS.frame_height
_MIN_ROW_SPLIT = 30  # points: a tall row is split across pages only in pieces at least this high


def format_date(value: dt.date | None, lang: str) -> str:
    """Format a date for print: ``01-09-2026`` in Danish, ``1 Sep 2026`` in English.

    Args:
        value: The date, or ``None`` for no date.
        lang: ``"da"`` or ``"en"``.

    Returns:
        The formatted date, or an empty string for ``None``.

    """
    if value is None:
        return ""
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return value.strftime("%d-%m-%Y")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=12.5, leading=16, textColor=MUTED),
        "intro": ParagraphStyle("intro", base, spaceBefore=8, spaceAfter=4),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=8 * mm,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
        "caption": ParagraphStyle("caption", base, fontName=BOLD, fontSize=10, leading=13),
        "label": ParagraphStyle("label", base, fontName=BOLD, fontSize=8.5, leading=11.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=8.5, leading=11),
        "note": ParagraphStyle("note", base, fontSize=9, leading=12, textColor=MUTED),
    }


class _BreakableTable(Table):
    """A table that breaks between rows, and inside a row only when that row is very tall.

    reportlab's ``splitInRow`` alone would also split an ordinary row to fill the end of
    a page (leaving a repeated header row in mid-page); here a row is split only when
    at least half a page is free and the row still does not fit, so that a text longer
    than a page can never stop the layout.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if parts or availHeight < FRAME_HEIGHT / 2:
            return parts
        self.splitInRow = _MIN_ROW_SPLIT
        return super().split(availWidth, availHeight)


class ActionPlanPdf:
    """Lays out one action plan; every text it shows is translated in context ``ActionPlanPdf``."""

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        register_fonts()
        self.plan = plan
        self.lang = translator.lang
        self._translator = translator
        self._styles = _styles()
        self._group_names = {group.id: group.name for group in plan.groups}
        self._total_pages: int | None = None

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self._translator.translate(CONTEXT, text)

    def _label(self, value: Enum) -> str:
        """Return the translated name of a seriousness, status or role."""
        return label(value, self._translator.translate)

    # --- building ----------------------------------------------------------------

    def build(self) -> bytes:
        """Return the finished PDF."""
        workplace = self.plan.workplace.name
        info = DocumentInfo(
            title=self.tr("Action plan – %1").replace("%1", workplace),
            author=workplace,
            subject=self.tr("Workplace assessment (APV): %1").replace("%1", self.plan.round.title),
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        story: list[Flowable] = self._title_block()
        if not self.plan.problems:
            story.append(self._para(self.tr("There are no problems in this action plan."), "note"))
        for number, (problem, actions) in enumerate(self.plan.problems, start=1):
            story.append(self._problem_block(number, problem, actions))
        story.append(self._approval_block())
        return story

    # --- pieces ------------------------------------------------------------------

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(markup(text), self._styles[style])

    def _heading(self, text: str) -> list[Flowable]:
        """Return a section heading with a rule under it; the two never part."""
        rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=5)
        return [self._para(text, "h1"), rule]

    def _or_not_given(self, text: str) -> str:
        return text.strip() or self.tr("Not specified")

    def _title_block(self) -> list[Flowable]:
        workplace, apv_round = self.plan.workplace, self.plan.round
        pairs = [
            (self.tr("Workplace"), workplace.name, self.tr("APV round"), apv_round.title),
            (
                self.tr("CVR no."),
                workplace.cvr,
                self.tr("Start date"),
                format_date(apv_round.start_date, self.lang),
            ),
            (
                self.tr("Address"),
                workplace.address,
                self.tr("Printed"),
                format_date(self.plan.printed_on, self.lang),
            ),
        ]
        rows = [
            [self._para(a, "label"), self._para(b or "–"), self._para(c, "label"), self._para(d or "–")]
            for a, b, c, d in pairs
        ]
        info = Table(rows, colWidths=[27 * mm, 58 * mm, 27 * mm, 58 * mm])
        info.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("TOPPADDING", (0, 0), (0, 0), 7),  # the smaller labels share the baseline
                    ("TOPPADDING", (2, 0), (2, 0), 7),
                    ("TOPPADDING", (0, 1), (0, -1), 4),
                    ("TOPPADDING", (2, 1), (2, -1), 4),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            )
        )
        intro = self.tr(
            "The problems found in the workplace assessment (APV), how serious they are, "
            "and what will be done about them: how, by whom and by when."
        )
        return [
            self._para(self.tr("Action plan"), "title"),
            self._para(apv_round.title, "subtitle"),
            Spacer(1, 5 * mm),
            info,
            self._para(intro, "intro"),
        ]

    def _scale_and_theme(self, scale_id: str) -> tuple[str, str]:
        bank = self.plan.bank
        try:
            scale, theme = bank.scale(scale_id), bank.theme_of(scale_id)
        except KeyError:
            return scale_id, ""
        scale_name = scale.name.get(self.lang) or next(iter(scale.name.values()), scale_id)
        theme_name = theme.name.get(self.lang) or next(iter(theme.name.values()), "")
        return scale_name, theme_name

    def _problem_block(self, number: int, problem: Problem, actions: list[Action]) -> Flowable:
        scale_name, theme_name = self._scale_and_theme(problem.scale_id)
        heading = self.tr("Problem %1: %2").replace("%1", str(number)).replace("%2", scale_name)
        groups = [self._group_names[i] for i in problem.group_ids if i in self._group_names]
        fields = [
            (self.tr("Theme"), theme_name),
            (self.tr("Affected groups"), ", ".join(groups)),
            (self.tr("Kind"), problem.kind),
            (self.tr("Seriousness"), self._label(problem.seriousness)),
            (self.tr("Extent"), problem.extent),
            (self.tr("Causes"), problem.causes),
            (self.tr("Priority"), self.tr("%1 (1 is the highest)").replace("%1", str(problem.priority))),
        ]
        details = _BreakableTable(
            [[self._para(name, "label"), self._para(self._or_not_given(value))] for name, value in fields],
            colWidths=[_LABEL_COLUMN, TEXT_WIDTH - _LABEL_COLUMN],
        )
        details.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, -1), 2.5),  # the smaller label shares the baseline
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        parts: list[Flowable] = [
            *self._heading(heading),
            details,
        ]
        if actions:
            parts.append(self._actions_table(actions))
        else:
            parts.append(self._para(self.tr("Actions"), "h2"))
            parts.append(self._para(self.tr("No actions have been planned for this problem yet."), "note"))
        return KeepTogether(parts)

    def _grid_table(
        self, caption: str, header: list[str], rows: list[list[str]], widths: list[float]
    ) -> Table:
        """Return a gridded table under a caption row; the caption never ends a page alone."""
        data: list[list[Paragraph | str]] = [[self._para(caption, "caption")] + [""] * (len(header) - 1)]
        data.append([self._para(text, "cell_head") for text in header])
        data += [[self._para(text, "cell") for text in row] for row in rows]
        # Repeating only the header row keeps caption, header and first row together.
        table = _BreakableTable(data, colWidths=widths, repeatRows=(1,))
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LEFTPADDING", (0, 0), (-1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("BACKGROUND", (0, 1), (-1, 1), SHADE),
                    ("GRID", (0, 1), (-1, -1), 0.5, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 1), (-1, -1), _CELL_PADDING),
                    ("RIGHTPADDING", (0, 1), (-1, -1), _CELL_PADDING),
                    ("TOPPADDING", (0, 1), (-1, -1), _CELL_PADDING),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), _CELL_PADDING + 1),
                ]
            )
        )
        return table

    def _actions_table(self, actions: list[Action]) -> Table:
        header = [
            self.tr("What is done"),
            self.tr("Responsible"),
            self.tr("Start"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]
        rows = [
            [
                action.how.strip() or "–",
                action.responsible.strip() or "–",
                format_date(action.start, self.lang) or "–",
                format_date(action.deadline, self.lang) or "–",
                self._label(action.status),
            ]
            for action in actions
        ]
        return self._grid_table(self.tr("Actions"), header, rows, _ACTION_COLUMNS)

    def _approval_block(self) -> Flowable:
        has_amo = self.plan.workplace.has_amo
        if has_amo:
            rule = self.tr("The action plan is approved by the work environment organisation (AMO).")
        else:
            rule = self.tr(
                "The action plan is approved by the employer and at least one employee representative."
            )
        parts: list[Flowable] = [
            *self._heading(self.tr("Approval")),
            self._para(rule),
        ]
        if self.plan.approvals:
            rows = [
                [
                    approval.name,
                    self._label(approval.role),
                    format_date(approval.approved_on, self.lang),
                ]
                for approval in self.plan.approvals
            ]
            header = [self.tr("Name"), self.tr("Role"), self.tr("Date")]
            parts.append(
                self._grid_table(self.tr("Recorded approvals"), header, rows, [70 * mm, 70 * mm, 30 * mm])
            )
        second = ApproverRole.AMO if has_amo else ApproverRole.EMPLOYEE_REPRESENTATIVE
        boxes = [self._signature_box(ApproverRole.EMPLOYER), self._signature_box(second)]
        gap = 10 * mm
        pair = Table([boxes], colWidths=[(TEXT_WIDTH - gap) / 2 + gap, (TEXT_WIDTH - gap) / 2])
        pair.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), gap),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ]
            )
        )
        parts += [Spacer(1, 6 * mm), pair]
        return KeepTogether(parts)

    def _signature_box(self, role: ApproverRole) -> Table:
        width = (TEXT_WIDTH - 10 * mm) / 2
        rows = [
            [self._para(self._label(role), "h2"), ""],
            [self._para(self.tr("Name"), "label"), ""],
            [self._para(self.tr("Date"), "label"), ""],
            [self._para(self.tr("Signature"), "label"), ""],
        ]
        box = Table(rows, colWidths=[24 * mm, width - 24 * mm], rowHeights=[None, 11 * mm, 11 * mm, 16 * mm])
        box.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 1), (1, -1), 0.6, INK),
                ]
            )
        )
        return box

    # --- page furniture ----------------------------------------------------------

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        right = self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(total))
        title = self.tr("Action plan")
        left = " · ".join(part for part in (self.plan.workplace.name, title, self.plan.round.title) if part)
        return left, right


def build_action_plan_pdf(plan: ActionPlan, lang: str = "da") -> bytes:
    """Lay out the action plan as an A4 PDF with embedded DejaVu fonts.

    Args:
        plan: Everything the printout shows, e.g. from ``WorkplaceStore.action_plan``.
        lang: ``"da"`` (default) or ``"en"``; the language of every text and date.

    Returns:
        The PDF file's bytes.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return ActionPlanPdf(plan, Translator(lang)).build()


def write_action_plan_pdf(plan: ActionPlan, path: Path, lang: str = "da") -> None:
    """Write the action plan PDF to ``path``, atomically.

    The PDF is built in memory, written to a temporary file in the same folder and then
    moved over ``path``, so a failure never leaves a half-written file behind.

    Args:
        plan: Everything the printout shows.
        path: Where to save the PDF; an existing file is replaced.
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        OSError: The file cannot be written (for example, it is open in another program).

    """
    write_atomically(build_action_plan_pdf(plan, lang), path)
