"""The printed action plan (handlingsplan): its title, its problems with their actions, its absence section.

BEK 1838/2023 asks the written plan to hold each problem's kind, seriousness, extent and
causes, how and by when it is solved and who is responsible, the sickness absence, how
the effect of the measures is followed up, and who approved the plan. :class:`ActionPlanPdf`
lays out the title, the change notice, the problems with their actions and the sickness
absence, and holds what the plan's other pieces share (its styles, dates and labels); the
follow-up plan is in :mod:`apvdesk.reports.plan_follow_up`, the approval in
:mod:`apvdesk.reports.plan_approval`. ``action_plan`` puts them together as the plan's PDF
and ``full_report`` reuses the problem and approval blocks.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from apvdesk.core.absence import Contributes
from apvdesk.core.approval import plan_approval_state
from apvdesk.core.deadlines import is_overdue, next_apv
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Problem, ProblemKind
from apvdesk.core.plan_order import numbered_problems
from apvdesk.core.site_plan import site_names
from apvdesk.reports.blocks import (
    Blocks,
    TypeSizes,
    data_table_commands,
    markup,
    paragraph_styles,
    table_style,
)
from apvdesk.reports.fonts import BOLD
from apvdesk.reports.pdf_document import RULE, SHADE, DocumentInfo, Margins, page_footer
from apvdesk.wording.formatting import format_date, problem_groups_text
from apvdesk.wording.history_texts import dated_event_text
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "ActionPlanPdf"
MARGINS = Margins(side=20 * mm, top=18 * mm, bottom=24 * mm)
TEXT_WIDTH = MARGINS.text_width
PLAN_TYPE = TypeSizes(
    title=22,
    title_leading=26,
    subtitle=12.5,
    subtitle_leading=16,
    heading=13,
    heading_leading=16,
    heading_before=8 * mm,
    intro_before=8,
    intro_after=4,
)
WARNING_INK = "#b2182b"  # overdue and "changed since approval": always with words, never colour alone
WARNING = colors.HexColor(WARNING_INK)
WARNING_SHADE = colors.HexColor("#fbeaec")
LIGHT_SHADE = colors.HexColor("#f5f7f9")

# What is done | responsible | start | deadline | status (sums to TEXT_WIDTH = 170 mm)
_ACTION_COLUMNS = [64 * mm, 34 * mm, 23 * mm, 23 * mm, 26 * mm]
_TITLE_COLUMNS = [27 * mm, 58 * mm, 27 * mm, 58 * mm]  # two label–value pairs to a line
LABEL_COLUMN = 34 * mm
SEPARATOR = "&nbsp;&nbsp;·&nbsp;&nbsp;"  # between two facts on one line of a cell


def plan_styles() -> dict[str, ParagraphStyle]:
    """Return the paragraph styles of the plan's pieces, by name (``body``, ``h1``, ``cell``...)."""
    styles = paragraph_styles(PLAN_TYPE)
    styles["warning"] = ParagraphStyle(
        "warning", styles["body"], fontName=BOLD, fontSize=10.5, leading=14, textColor=WARNING
    )
    return styles


class ActionPlanPdf:
    """Lays out the title, the problems and the absence of one plan, as flowables for a reportlab story.

    The class is named after the translation context of its texts (lupdate takes the
    context of ``self.tr`` from the class name): every text is translated in context
    ``ActionPlanPdf``. Each method returns new flowables, so a story can be laid out twice.
    """

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        self.plan = plan
        self.lang = translator.lang
        self.translator = translator
        self.blocks = Blocks(plan_styles(), MARGINS, split_tall_rows=True)
        self.styles = self.blocks.styles
        self._group_names = {group.id: group.name for group in plan.groups}
        self._site_names = site_names(plan)  # with sites, problems and actions say where they belong

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self.translator.translate(CONTEXT, text)

    def para(self, text: str, style: str = "body") -> Paragraph:
        """Return plain ``text`` as a paragraph in one of :attr:`styles`."""
        return self.blocks.para(text, style)

    def label(self, value: Enum) -> str:
        """Return the name of a status, a role, a seriousness... in the plan's language."""
        return label(value, self.translator.translate)

    def date(self, value: dt.date | None) -> str:
        """Return a date as printed in the plan's language, or "" for None."""
        return format_date(value, self.lang, printed=True)

    def site(self, site_id: int | None) -> str:
        """Return a site's name, or "The whole workplace" for None."""
        return self._site_names.get(site_id, "") if site_id is not None else self.tr("The whole workplace")

    def or_not_given(self, text: str) -> str:
        """Return ``text``, or "Not specified" when it is empty."""
        return text.strip() or self.tr("Not specified")

    # --- the document --------------------------------------------------------------

    def document_info(self) -> DocumentInfo:
        """Return the PDF's metadata: title, author, subject and language."""
        workplace = self.plan.workplace.name
        return DocumentInfo(
            title=fill(self.tr("Action plan – %1"), workplace),
            author=workplace,
            subject=fill(self.tr("Workplace assessment (APV): %1"), self.plan.round.title),
            lang=self.lang,
        )

    def footer(self, page: int, total: int) -> tuple[str, str]:
        """Return the footer's left and right texts; the right one warns of an unapproved change."""
        right = fill(self.tr("Page %1 of %2"), page, total)
        if plan_approval_state(self.plan).changed_since_approval:
            right = self.tr("Changed since approval") + "  ·  " + right
        return page_footer(right, self.plan.workplace.name, self.tr("Action plan"), self.plan.round.title)

    # --- title facts and the change notice -------------------------------------------

    def _approval_summary(self) -> str:
        state = plan_approval_state(self.plan)
        if state.approved:
            last = max(approval.approved_on for approval in state.current)
            return fill(self.tr("Approved on %1"), self.date(last))
        if state.changed_since_approval:
            return self.tr("Changed since approval")
        return self.tr("Not approved yet")

    def title_block(self) -> list[Flowable]:
        """Return the title, the workplace and round facts, the approval state and an introduction."""
        workplace, apv_round = self.plan.workplace, self.plan.round
        facts = [
            (self.tr("Workplace"), workplace.name),
            (self.tr("APV round"), apv_round.title),
            (self.tr("CVR no."), workplace.cvr),
            (self.tr("Start date"), self.date(apv_round.start_date)),
            (self.tr("Address"), workplace.address),
            (self.tr("Printed"), self.date(self.plan.printed_on)),
            (self.tr("Approval"), self._approval_summary()),
            (self.tr("Next APV due"), self.date(next_apv(apv_round.start_date, self.plan.work_changes).due)),
        ]
        intro = self.tr(
            "The problems found in the workplace assessment (APV), how serious they are, "
            "and what will be done about them: how, by whom and by when."
        )
        return [
            self.para(self.tr("Action plan"), "title"),
            self.para(apv_round.title, "subtitle"),
            Spacer(1, 5 * mm),
            self.blocks.facts(facts, _TITLE_COLUMNS, boxed=True, row_padding=3),
            self.para(intro, "intro"),
        ]

    def changed_notice(self) -> Flowable | None:
        """Return a boxed warning when the plan changed after it was approved, else None."""
        if not plan_approval_state(self.plan).changed_since_approval:
            return None
        if self.plan.plan_changed_on is not None:
            text = fill(
                self.tr("The plan was changed on %1, after it was approved. It should be approved again."),
                self.date(self.plan.plan_changed_on),
            )
        else:
            text = self.tr("The plan was changed after it was approved. It should be approved again.")
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
        """Return every problem's block, numbered in plan order (see :func:`numbered_problems`)."""
        if not self.plan.problems:
            return [self.para(self.tr("There are no problems in this action plan."), "note")]
        return [
            self.problem_block(number, problem, actions)
            for number, problem, actions in numbered_problems(self.plan.problems)
        ]

    def problem_block(self, number: int, problem: Problem, actions: list[Action]) -> Flowable:
        """Return one problem: heading, kind, seriousness, extent, causes, groups, and its actions.

        A problem solved at once says so; its actions, if any were recorded, are still shown.
        """
        scale_name, theme_name = self._scale_and_theme(problem.scale_id)
        if problem.is_other:  # a problem of another kind: its own title, the theme "Other"
            scale_name = problem.title.strip() or self.label(ProblemKind.OTHER)
            theme_name = self.label(ProblemKind.OTHER)
        heading = fill(self.tr("Problem %1: %2"), number, scale_name)
        groups = problem_groups_text(problem.group_ids, self._group_names, self.translator.translate)
        fields = [
            (self.tr("Theme"), theme_name),
            (self.tr("Affected groups"), groups),
            (self.tr("Kind"), problem.kind),
            (self.tr("Seriousness"), self.label(problem.seriousness)),
            (self.tr("Extent"), problem.extent),
            (self.tr("Causes"), problem.causes),
            (self.tr("Priority"), fill(self.tr("%1 (1 is the highest)"), problem.priority)),
        ]
        if self._site_names:
            fields.insert(2, (self.tr("Site"), self.site(problem.site_id)))
        details = self.blocks.facts(
            [(name, self.or_not_given(value)) for name, value in fields],
            [LABEL_COLUMN, TEXT_WIDTH - LABEL_COLUMN],
        )
        parts: list[Flowable] = [*self.blocks.heading(heading), details]
        if problem.solved_at_once:
            parts.append(self._solved_at_once_note())
        if actions:
            parts.append(self.actions_table(actions, problem.site_id))
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

    def bold(self, name: str, value: str) -> str:
        """Return markup for "name: value" with the name in bold."""
        return f"<b>{markup(name)}:</b> {markup(value)}"

    def effect_text(self, action: Action, with_note: bool = True) -> str:
        """Return the recorded effect as text: what it was, when it was checked, and the note."""
        if action.effect is None:
            return self.tr("Not checked yet")
        text = self.label(action.effect)
        if action.effect_date is not None:
            text = fill(self.tr("%1 (checked on %2)"), text, self.date(action.effect_date))
        note = action.effect_note.strip()
        return f"{text}. {note}" if note and with_note else text

    def _follow_up_cell(self, action: Action) -> Paragraph:
        """Return the line under an action: its planned follow-up and, once done, its effect."""
        when = self.date(action.follow_up_date) or self.tr("No date set yet")
        lines = [
            self.bold(self.tr("Follow-up"), when)
            + SEPARATOR
            + self.bold(self.tr("How the effect is checked"), self.or_not_given(action.follow_up_method))
        ]
        if action.effect is not None or action.status == ActionStatus.DONE:
            lines.append(self.bold(self.tr("Effect"), self.effect_text(action)))
        for event in action.history:  # notes, moved deadlines, next steps: dated, the latest last
            lines.append(markup(dated_event_text(event, self.translator.translate, self.lang)))
        return Paragraph("<br/>".join(lines), self.styles["cell"])

    def _status_cell(self, action: Action) -> Paragraph:
        text = markup(self.label(action.status))
        if is_overdue(action, self.plan.printed_on):
            overdue = self.tr("Overdue")
            text += f'<br/><font color="{WARNING_INK}"><b>{markup(overdue)}</b></font>'
        return Paragraph(text, self.styles["cell"])

    def actions_table(self, actions: list[Action], problem_site: int | None = None) -> Table:
        """Return the actions under a caption, each with its planned follow-up and effect.

        Each action takes two lines: how, who, start, deadline and status; under them when
        and how the effect is checked and, once done, the effect found. Open actions past
        their deadline on the printing day are marked "Overdue" in words, not by colour alone.
        An action at another site than its problem (``problem_site``) names its site.
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
        commands = [*data_table_commands(captioned=True), ("GRID", (0, 1), (-1, 1), 0.5, RULE)]
        for action in actions:
            row = len(data)
            how = markup(action.how.strip() or "–")
            if self._site_names and action.site_id not in (None, problem_site):
                how += "<br/>" + self.bold(self.tr("Site"), self.site(action.site_id))
            data.append(
                [
                    Paragraph(how, self.styles["cell"]),
                    self.para(action.responsible.strip() or "–", "cell"),
                    self.para(self.date(action.start) or "–", "cell"),
                    self.para(self.date(action.deadline) or "–", "cell"),
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
        table = self.blocks.table(data, colWidths=_ACTION_COLUMNS, repeatRows=(1,))
        table.setStyle(table_style(commands))
        return table

    # --- sickness absence ----------------------------------------------------------------

    def absence_section(self) -> list[Flowable]:
        """Return the round's conclusion on the sickness absence, or that it is not yet considered."""
        parts: list[Flowable] = [
            *self.blocks.heading(self.tr("Sickness absence")),
            self.para(
                self.tr(
                    "The APV must include the sickness absence (BEK 1838/2023): can conditions at work "
                    "contribute to it?"
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
            (self.tr("Why"), self.or_not_given(absence.why)),
            (self.tr("Considered on"), self.date(absence.considered_on) or self.tr("Not specified")),
        ]
        return [KeepTogether([*parts, self.blocks.facts(facts, [50 * mm, TEXT_WIDTH - 50 * mm])])]
