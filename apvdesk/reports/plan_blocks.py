"""The pieces of the printed action plan (handlingsplan), laid out as reportlab flowables.

BEK 1838/2023 asks the written plan to hold each problem's kind, seriousness, extent and
causes, how and by when it is solved and who is responsible, the sickness absence, how
the effect of the measures is followed up, and who approved the plan. :class:`ActionPlanPdf`
lays out each of these pieces; ``action_plan`` puts them together as the plan's PDF and
``full_report`` reuses the problem and approval blocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.absence import Contributes
from apvdesk.core.approval import roles_still_needed
from apvdesk.core.deadlines import is_overdue, next_apv_due
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Problem,
)
from apvdesk.core.plan_order import follow_up_entries, ordered_problems
from apvdesk.reports.fonts import BOLD, FAMILY, register_fonts
from apvdesk.reports.pdf_document import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SHADE,
    DocumentInfo,
    Margins,
    markup,
    table_style,
)
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator
from apvdesk.wording.labels import label

CONTEXT = "ActionPlanPdf"
MARGINS = Margins(side=20 * mm, top=18 * mm, bottom=24 * mm)
TEXT_WIDTH = MARGINS.text_width
FRAME_HEIGHT = MARGINS.frame_height
WARNING_INK = "#b2182b"  # overdue and "changed since approval": always with words, never colour alone
WARNING = colors.HexColor(WARNING_INK)
WARNING_SHADE = colors.HexColor("#fbeaec")
LIGHT_SHADE = colors.HexColor("#f5f7f9")

# What is done | responsible | start | deadline | status (sums to TEXT_WIDTH = 170 mm)
_ACTION_COLUMNS = [64 * mm, 34 * mm, 23 * mm, 23 * mm, 26 * mm]
# Date | problem | action | responsible | how the effect is checked
_FOLLOW_UP_COLUMNS = [24 * mm, 17 * mm, 55 * mm, 30 * mm, 44 * mm]
_APPROVAL_COLUMNS = [40 * mm, 61 * mm, 69 * mm]
_LABEL_COLUMN = 34 * mm
_SHORT_ACTION = 200  # characters of an action shown in the follow-up plan (in full in its problem)
_SECTION_START = 55 * mm  # room a section needs on a page to start there
_CELL_PADDING = 3.5
_MIN_ROW_SPLIT = 30  # points: a tall row is split across pages only in pieces at least this high
_SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp;"  # between two facts on one line of a cell


def _shortened(text: str, limit: int = _SHORT_ACTION) -> str:
    """Return ``text`` on one line, cut at a word with "…" when longer than ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def plan_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles of the plan's pieces, by name (``body``, ``h1``, ``cell``...)."""
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
        "strong": ParagraphStyle("strong", base, fontName=BOLD),
        "warning": ParagraphStyle(
            "warning", base, fontName=BOLD, fontSize=10.5, leading=14, textColor=WARNING
        ),
    }


def _grid_commands(captioned: bool) -> list[tuple]:
    """Return the shared look of a gridded table: a shaded header row, under a caption if ``captioned``.

    The grid lines themselves are left to the caller.
    """
    head = 1 if captioned else 0
    commands: list[tuple] = [
        ("BACKGROUND", (0, head), (-1, head), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, head), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, head), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, head), (-1, -1), _CELL_PADDING),
        ("BOTTOMPADDING", (0, head), (-1, -1), _CELL_PADDING + 1),
    ]
    if captioned:  # the caption row spans the table and sits on the text's left edge
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ]
    return commands


class BreakableTable(Table):
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
    """Lays out the pieces of one action plan, each as flowables for a reportlab story.

    The class is named after the translation context of its texts (lupdate takes the
    context of ``self.tr`` from the class name): every text is translated in context
    ``ActionPlanPdf``. Each method returns new flowables, so a story can be laid out twice.
    """

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        register_fonts()
        self.plan = plan
        self.lang = translator.lang
        self.styles = plan_styles()
        self._translator = translator
        self._group_names = {group.id: group.name for group in plan.groups}

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self._translator.translate(CONTEXT, text)

    def para(self, text: str, style: str = "body") -> Paragraph:
        """Return plain ``text`` as a paragraph in one of :attr:`styles`."""
        return Paragraph(markup(text), self.styles[style])

    def heading(self, text: str) -> list[Flowable]:
        """Return a section heading with a rule under it; the two never part."""
        rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2, spaceAfter=5)
        return [self.para(text, "h1"), rule]

    def _label(self, value: Enum) -> str:
        return label(value, self._translator.translate)

    def _date(self, value: dt.date | None) -> str:
        return format_date(value, self.lang, printed=True)

    def _or_not_given(self, text: str) -> str:
        return text.strip() or self.tr("Not specified")

    # --- the document --------------------------------------------------------------

    def document_info(self) -> DocumentInfo:
        """Return the PDF's metadata: title, author, subject and language."""
        workplace = self.plan.workplace.name
        return DocumentInfo(
            title=self.tr("Action plan – %1").replace("%1", workplace),
            author=workplace,
            subject=self.tr("Workplace assessment (APV): %1").replace("%1", self.plan.round.title),
            lang=self.lang,
        )

    def footer(self, page: int, total: int) -> tuple[str, str]:
        """Return the footer's left and right texts; the right one warns of an unapproved change."""
        right = self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(total))
        if self.plan.approval_state().changed_since_approval:
            right = self.tr("Changed since approval") + "  ·  " + right
        title = self.tr("Action plan")
        left = " · ".join(part for part in (self.plan.workplace.name, title, self.plan.round.title) if part)
        return left, right

    # --- title facts and the change notice -------------------------------------------

    def _approval_summary(self) -> str:
        state = self.plan.approval_state()
        if state.approved:
            last = max(approval.approved_on for approval in state.current)
            return self.tr("Approved on %1").replace("%1", self._date(last))
        if state.changed_since_approval:
            return self.tr("Changed since approval")
        return self.tr("Not approved yet")

    def title_block(self) -> list[Flowable]:
        """Return the title, the workplace and round facts, the approval state and an introduction."""
        workplace, apv_round = self.plan.workplace, self.plan.round
        pairs = [
            (self.tr("Workplace"), workplace.name, self.tr("APV round"), apv_round.title),
            (self.tr("CVR no."), workplace.cvr, self.tr("Start date"), self._date(apv_round.start_date)),
            (self.tr("Address"), workplace.address, self.tr("Printed"), self._date(self.plan.printed_on)),
            (
                self.tr("Approval"),
                self._approval_summary(),
                self.tr("Next APV due"),
                self._date(next_apv_due(apv_round.start_date)),
            ),
        ]
        rows = [
            [self.para(a, "label"), self.para(b or "–"), self.para(c, "label"), self.para(d or "–")]
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
            self.para(self.tr("Action plan"), "title"),
            self.para(apv_round.title, "subtitle"),
            Spacer(1, 5 * mm),
            info,
            self.para(intro, "intro"),
        ]

    def changed_notice(self) -> Flowable | None:
        """Return a boxed warning when the plan changed after it was approved, else None."""
        if not self.plan.approval_state().changed_since_approval:
            return None
        if self.plan.plan_changed_on is not None:
            text = self.tr(
                "The plan was changed on %1, after it was approved. It must be approved again."
            ).replace("%1", self._date(self.plan.plan_changed_on))
        else:
            text = self.tr("The plan was changed after it was approved. It must be approved again.")
        box = Table([[self.para(self.tr("Changed since approval"), "warning")], [self.para(text)]])
        box.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, WARNING),
                    ("BACKGROUND", (0, 0), (-1, -1), WARNING_SHADE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("TOPPADDING", (0, 1), (-1, 1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
                ]
            )
        )
        box.hAlign = "LEFT"
        return KeepTogether([Spacer(1, 3 * mm), box, Spacer(1, 2 * mm)])

    # --- problems and actions ----------------------------------------------------------

    def _scale_and_theme(self, scale_id: str) -> tuple[str, str]:
        bank = self.plan.bank
        try:
            scale, theme = bank.scale(scale_id), bank.theme_of(scale_id)
        except KeyError:
            return scale_id, ""
        scale_name = scale.name.get(self.lang) or next(iter(scale.name.values()), scale_id)
        theme_name = theme.name.get(self.lang) or next(iter(theme.name.values()), "")
        return scale_name, theme_name

    def problem_blocks(self) -> list[Flowable]:
        """Return every problem's block, numbered in plan order (see :func:`ordered_problems`)."""
        if not self.plan.problems:
            return [self.para(self.tr("There are no problems in this action plan."), "note")]
        return [
            self.problem_block(number, problem, actions)
            for number, (problem, actions) in enumerate(ordered_problems(self.plan.problems), start=1)
        ]

    def problem_block(self, number: int, problem: Problem, actions: list[Action]) -> Flowable:
        """Return one problem: heading, kind, seriousness, extent, causes, groups, and its actions.

        A problem solved at once says so; its actions, if any were recorded, are still shown.
        """
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
        details = self._facts([(name, self._or_not_given(value)) for name, value in fields], _LABEL_COLUMN)
        parts: list[Flowable] = [*self.heading(heading), details]
        if problem.solved_at_once:
            parts.append(self._solved_at_once_note())
        if actions:
            parts.append(self.actions_table(actions))
        elif not problem.solved_at_once:
            parts.append(self.para(self.tr("Actions"), "h2"))
            parts.append(self.para(self.tr("No actions have been planned for this problem yet."), "note"))
        return KeepTogether(parts)

    def _solved_at_once_note(self) -> Flowable:
        note = Table(
            [[self.para(self.tr("Solved at once – no action needed"), "strong")]], colWidths=[TEXT_WIDTH]
        )
        note.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return KeepTogether([Spacer(1, 3 * mm), note])

    def _facts(self, pairs: list[tuple[str, str]], label_width: float) -> Table:
        """Return label–value lines without a grid, the label in the narrow first column."""
        rows = [[self.para(name, "label"), self.para(value)] for name, value in pairs]
        table = BreakableTable(rows, colWidths=[label_width, TEXT_WIDTH - label_width])
        table.setStyle(
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
        return table

    def _bold(self, name: str, value: str) -> str:
        return f"<b>{markup(name)}:</b> {markup(value)}"

    def _effect_text(self, action: Action, with_note: bool = True) -> str:
        """Return the recorded effect as text: what it was, when it was checked, and the note."""
        if action.effect is None:
            return self.tr("Not checked yet")
        text = self._label(action.effect)
        if action.effect_date is not None:
            text = (
                self.tr("%1 (checked on %2)")
                .replace("%1", text)
                .replace("%2", self._date(action.effect_date))
            )
        note = action.effect_note.strip()
        return f"{text}. {note}" if note and with_note else text

    def _follow_up_cell(self, action: Action) -> Paragraph:
        """Return the line under an action: its planned follow-up and, once done, its effect."""
        when = self._date(action.follow_up_date) or self.tr("No date set yet")
        lines = [
            self._bold(self.tr("Follow-up"), when)
            + _SEPARATOR
            + self._bold(self.tr("How the effect is checked"), self._or_not_given(action.follow_up_method))
        ]
        if action.effect is not None or action.status == ActionStatus.DONE:
            lines.append(self._bold(self.tr("Effect"), self._effect_text(action)))
        return Paragraph("<br/>".join(lines), self.styles["cell"])

    def _status_cell(self, action: Action) -> Paragraph:
        text = markup(self._label(action.status))
        if is_overdue(action, self.plan.printed_on):
            overdue = self.tr("Overdue")
            text += f'<br/><font color="{WARNING_INK}"><b>{markup(overdue)}</b></font>'
        return Paragraph(text, self.styles["cell"])

    def actions_table(self, actions: list[Action]) -> Table:
        """Return the actions under a caption, each with its planned follow-up and effect.

        Each action takes two lines: how, who, start, deadline and status; under them when
        and how the effect is checked and, once done, the effect found. Open actions past
        their deadline on the printing day are marked "Overdue" in words, not by colour alone.
        """
        header = [
            self.tr("What is done"),
            self.tr("Responsible"),
            self.tr("Start"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]
        data: list[list[Flowable | str]] = [[self.para(self.tr("Actions"), "caption"), "", "", "", ""]]
        data.append([self.para(text, "cell_head") for text in header])
        commands = [*_grid_commands(captioned=True), ("GRID", (0, 1), (-1, 1), 0.5, RULE)]
        for action in actions:
            row = len(data)
            data.append(
                [
                    self.para(action.how.strip() or "–", "cell"),
                    self.para(action.responsible.strip() or "–", "cell"),
                    self.para(self._date(action.start) or "–", "cell"),
                    self.para(self._date(action.deadline) or "–", "cell"),
                    self._status_cell(action),
                ]
            )
            last = row
            if action.status != ActionStatus.CANCELLED:
                data.append([self._follow_up_cell(action), "", "", "", ""])
                last = row + 1
                commands += [
                    ("SPAN", (0, last), (-1, last)),
                    ("BACKGROUND", (0, last), (-1, last), LIGHT_SHADE),
                    ("TOPPADDING", (0, last), (-1, last), 2.5),
                    ("BOTTOMPADDING", (0, last), (-1, last), 3.5),
                    ("NOSPLIT", (0, row), (-1, last)),
                ]
            commands += [
                ("INNERGRID", (0, row), (-1, row), 0.5, RULE),
                ("BOX", (0, row), (-1, last), 0.5, RULE),
            ]
        # Repeating only the header row keeps caption, header and first action together.
        table = BreakableTable(data, colWidths=_ACTION_COLUMNS, repeatRows=(1,))
        table.setStyle(table_style(commands))
        return table

    # --- sickness absence and follow-up --------------------------------------------------

    def absence_section(self) -> list[Flowable]:
        """Return the round's conclusion on the sickness absence, or that it is not yet considered."""
        parts: list[Flowable] = [
            *self.heading(self.tr("Sickness absence")),
            self.para(
                self.tr(
                    "The APV must include the sickness absence: can conditions at work contribute to it?"
                ),
                "note",
            ),
            Spacer(1, 2 * mm),
        ]
        absence = self.plan.absence
        if absence is None or absence.contributes is None:
            return [KeepTogether([*parts, self.para(self.tr("Not yet considered."), "strong")])]
        answers = {
            Contributes.YES: self.tr("Yes"),
            Contributes.PARTLY: self.tr("Partly"),
            Contributes.NO: self.tr("No"),
        }
        facts = [
            (self.tr("Can conditions at work contribute?"), answers[absence.contributes]),
            (self.tr("Why"), self._or_not_given(absence.why)),
            (self.tr("Considered on"), self._date(absence.considered_on) or self.tr("Not specified")),
        ]
        return [KeepTogether([*parts, self._facts(facts, 50 * mm)])]

    def follow_up_plan(self) -> list[Flowable]:
        """Return when and how each action's effect is checked, by date, and when the next APV is due."""
        parts: list[Flowable] = [
            CondPageBreak(_SECTION_START),  # the heading never ends a page without its first lines
            *self.heading(self.tr("Follow-up plan")),
            self.para(self.tr("When and how the effect of each action is checked, earliest first."), "note"),
        ]
        entries = follow_up_entries(ordered_problems(self.plan.problems))
        if entries:
            header = [
                self.tr("Date"),
                self.tr("Problem"),
                self.tr("Action"),
                self.tr("Responsible"),
                self.tr("How the effect is checked"),
            ]
            data: list[list[Flowable]] = [[self.para(text, "cell_head") for text in header]]
            for entry in entries:
                action = entry.action
                check = markup(self._or_not_given(action.follow_up_method))
                if action.effect is not None:
                    check += "<br/>" + self._bold(
                        self.tr("Effect"), self._effect_text(action, with_note=False)
                    )
                data.append(
                    [
                        self.para(self._date(entry.date) or self.tr("No date set yet"), "cell"),
                        self.para(str(entry.problem_number), "cell"),
                        self.para(_shortened(action.how) or "–", "cell"),
                        self.para(action.responsible.strip() or "–", "cell"),
                        Paragraph(check, self.styles["cell"]),
                    ]
                )
            table = BreakableTable(data, colWidths=_FOLLOW_UP_COLUMNS, repeatRows=1)
            table.setStyle(
                table_style([*_grid_commands(captioned=False), ("GRID", (0, 0), (-1, -1), 0.5, RULE)])
            )
            parts += [Spacer(1, 2 * mm), table]
        else:
            parts.append(self.para(self.tr("No follow-up has been planned yet."), "strong"))
        due = self._date(next_apv_due(self.plan.round.start_date))
        next_apv = self.tr(
            "By %1 at the latest (three years after this one), and sooner if the work, "
            "the working methods or the premises change."
        ).replace("%1", due)
        parts += [Spacer(1, 4 * mm), self._facts([(self.tr("Next APV due"), next_apv)], _LABEL_COLUMN)]
        return parts

    # --- approval --------------------------------------------------------------------------

    def approval_block(self) -> Flowable:
        """Return who must approve, who approved (current and earlier versions) and signature lines.

        Signature lines are printed for the roles the plan still needs; an approved plan
        has none.
        """
        state = self.plan.approval_state()
        if self.plan.workplace.has_amo:
            rule = self.tr("The action plan is approved by the work environment organisation (AMO).")
        else:
            rule = self.tr(
                "The action plan is approved by the employer and at least one employee representative."
            )
        rule += " " + self.tr(
            "This is required by BEK no. 1838 of 14 December 2023 on systematic work environment management."
        )
        if state.approved:
            status = self.tr("The plan as it is now is approved.")
        elif state.changed_since_approval:
            status = self.tr("The plan was changed after it was approved and must be approved again.")
        else:
            status = self.tr("The plan has not been approved yet.")
        parts: list[Flowable] = [*self.heading(self.tr("Approval")), self.para(rule), Spacer(1, 2 * mm)]
        parts.append(self.para(status, "strong"))
        if self.plan.approvals:
            parts.append(self._approvals_table(state.current, state.outdated))
        needed = roles_still_needed(self.plan.workplace.has_amo, self.plan.approval_state())
        if needed:
            parts += [Spacer(1, 6 * mm), self._signature_boxes(needed)]
        return KeepTogether(parts)

    def _approvals_table(self, current: Sequence[Approval], outdated: Sequence[Approval]) -> Table:
        header = [self.tr("Name"), self.tr("Role"), self.tr("Date")]
        data: list[list[Flowable | str]] = [[self.para(self.tr("Recorded approvals"), "caption"), "", ""]]
        data.append([self.para(text, "cell_head") for text in header])
        for approval in current:
            when = self._date(approval.approved_on)
            data.append([self.para(t, "cell") for t in (approval.name, self._label(approval.role), when)])
        for approval in outdated:
            when = self.tr("Approved an earlier version on %1").replace(
                "%1", self._date(approval.approved_on)
            )
            data.append([self.para(t, "cell") for t in (approval.name, self._label(approval.role), when)])
        table = BreakableTable(data, colWidths=_APPROVAL_COLUMNS, repeatRows=(1,))
        table.setStyle(table_style([*_grid_commands(captioned=True), ("GRID", (0, 1), (-1, -1), 0.5, RULE)]))
        return table

    def _signature_boxes(self, roles: list[ApproverRole]) -> Table:
        """Return the signature boxes two to a row, the first on the left."""
        gap = 10 * mm
        boxes: list[Flowable | str] = [self.signature_box(role) for role in roles]
        rows = [boxes[i : i + 2] + [""] * (2 - len(boxes[i : i + 2])) for i in range(0, len(boxes), 2)]
        table = Table(rows, colWidths=[(TEXT_WIDTH - gap) / 2 + gap, (TEXT_WIDTH - gap) / 2])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), gap),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ]
            )
        )
        return table

    def signature_box(self, role: ApproverRole) -> Table:
        """Return an empty signature box for ``role``: name, date and signature lines."""
        width = (TEXT_WIDTH - 10 * mm) / 2
        rows = [
            [self.para(self._label(role), "h2"), ""],
            [self.para(self.tr("Name"), "label"), ""],
            [self.para(self.tr("Date"), "label"), ""],
            [self.para(self.tr("Signature"), "label"), ""],
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
