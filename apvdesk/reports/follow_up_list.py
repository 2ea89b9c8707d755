"""The follow-up list: the action plan's open actions, the earliest deadline first, to tick off on a round.

A sheet or two of A4 the safety representative takes round the workplace: for each action
that is not done yet (planned or in progress), its problem, what is done, who is
responsible, the deadline (marked "Overdue" in words when it has passed) and when and how
its effect is checked, with a box to tick and lines to write the outcome. It shows no
answers and no results, and names no group, so nothing of a group below the anonymity
threshold can show here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from apvdesk.core.action_history import needs_next_step
from apvdesk.core.deadlines import is_open, is_overdue
from apvdesk.core.model import Action, ActionPlan, Problem, ProblemKind
from apvdesk.core.plan_order import numbered_problems
from apvdesk.reports.blocks import (
    COMPACT,
    Blocks,
    TypeSizes,
    data_table_commands,
    markup,
    paragraph_styles,
    table_style,
)
from apvdesk.reports.pdf_document import RULE, DocumentInfo, Margins, build_pdf, page_footer, titled
from apvdesk.wording.formatting import format_date
from apvdesk.wording.history_texts import dated_event_text, needs_next_step_text
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label
from apvdesk.wording.record_texts import scope_text

CONTEXT = "FollowUpListPdf"
MARGINS = Margins(side=15 * mm, top=14 * mm, bottom=18 * mm)
TYPE = TypeSizes(
    title=19,
    title_leading=23,
    subtitle=12,
    subtitle_leading=15,
    heading=12.5,
    heading_leading=15,
    heading_before=4 * mm,
    intro_before=5,
    intro_after=4,
)
TICK_BOX = "☐"  # DejaVu Sans has it; a pen fills it in
OVERDUE_INK = "#b2182b"  # as the action plan marks it: always with the word, never the colour alone
_FACT_LABEL = 28 * mm
# tick, action (its problem above it), responsible, deadline, effect check
_COLUMNS = (9 * mm, 63 * mm, 30 * mm, 26 * mm, 52 * mm)
_WRITING_LINE = 7.5 * mm


@dataclass(frozen=True)
class OpenAction:
    """An action still to be done, with the number and the problem it belongs to in the plan."""

    action: Action
    problem: Problem
    problem_number: int


def open_actions(plan: ActionPlan) -> list[OpenAction]:
    """Return the plan's actions that are not done (planned or in progress), the earliest deadline first.

    An action that worked partly or not at all and waits for its next step is listed too.

    Actions without a deadline come last; actions with the same deadline keep the plan's
    order (its problems as numbered in the printed plan, then the actions of each).
    """
    found = [
        OpenAction(action, problem, number)
        for number, problem, actions in numbered_problems(plan.problems)
        for action in actions
        if is_open(action) or needs_next_step(action)
    ]
    return sorted(
        found, key=lambda entry: (entry.action.deadline is None, entry.action.deadline or dt.date.min)
    )


class FollowUpListPdf:
    """Lays out the follow-up list; every text it shows is translated in context ``FollowUpListPdf``."""

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        self.plan = plan
        self.lang = translator.lang
        self._translator = translator
        styles = paragraph_styles(TYPE)
        styles["tick"] = ParagraphStyle("tick", styles["body"], fontSize=15, leading=16)
        self._blocks = Blocks(styles, MARGINS)

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the list's language."""
        return self._translator.translate(CONTEXT, text)

    def _date(self, value: dt.date | None) -> str:
        return format_date(value, self.lang, printed=True)

    def build(self) -> bytes:
        """Return the finished PDF."""
        workplace = self.plan.workplace.name
        info = DocumentInfo(
            title=titled(self.tr("Follow-up list"), workplace),
            author=workplace,
            subject=self.plan.round.title,
            lang=self.lang,
        )
        return build_pdf(self._story, info, MARGINS, self._footer)

    def _story(self) -> list[Flowable]:
        blocks = self._blocks
        entries = open_actions(self.plan)
        overdue = sum(1 for entry in entries if is_overdue(entry.action, self.plan.printed_on))
        count = (
            fill(self.tr("%1, of which %2 overdue"), len(entries), overdue) if overdue else str(len(entries))
        )
        facts = [
            (self.tr("Workplace"), self.plan.workplace.name),
            (self.tr("APV round"), self.plan.round.title),
            (self.tr("Printed"), self._date(self.plan.printed_on)),
            (self.tr("Open actions"), count),
        ]
        intro = self.tr(
            "The actions of the action plan that are not done yet, the earliest deadline first. "
            "Tick an action off when it is done, and write down how it went and whether it had the "
            "effect intended; then enter it on the Action plan page in apvdesk."
        )
        story: list[Flowable] = [
            blocks.para(self.tr("Follow-up list"), "title"),
            blocks.para(self.plan.round.title, "subtitle"),
            Spacer(1, 3 * mm),
            blocks.facts(facts, [_FACT_LABEL, blocks.width - _FACT_LABEL], boxed=True),
            blocks.para(intro, "intro"),
            blocks.para(scope_text(self._translator.translate), "note"),  # what the APV here covers
        ]
        if not entries:
            story.append(
                blocks.para(
                    self.tr("There are no open actions in this action plan: nothing to follow up."), "note"
                )
            )
            return story
        story += [self._actions_table(entries), Spacer(1, 6 * mm), self._gone_through()]
        return story

    def _problem(self, entry: OpenAction) -> list[Flowable]:
        para = self._blocks.para
        scale_id = entry.problem.scale_id
        try:
            names = self.plan.bank.scale(scale_id).name
            name = names.get(self.lang) or next(iter(names.values()), scale_id)
        except KeyError:
            name = scale_id
        if entry.problem.is_other:  # a problem of another kind: its own title
            name = entry.problem.title.strip() or label(ProblemKind.OTHER, self._translator.translate)
        heading = fill(self.tr("Problem %1: %2"), entry.problem_number, name)
        parts = [para(heading, "cell_bold")]
        if entry.problem.kind.strip():
            parts.append(para(entry.problem.kind.strip(), "cell_muted"))
        return parts

    def _deadline(self, action: Action) -> Flowable:
        text = markup(self._date(action.deadline) or self.tr("No deadline"))
        if is_overdue(action, self.plan.printed_on):
            overdue = self.tr("Overdue")  # outside the f-string, where lupdate finds it
            text += f'<br/><font color="{OVERDUE_INK}"><b>{markup(overdue)}</b></font>'
        return self._cell(text)

    def _check(self, action: Action) -> Flowable:
        when = self._date(action.follow_up_date) or self.tr("No date set yet")
        how = action.follow_up_method.strip() or self.tr("Not specified")
        return self._cell(f"<b>{markup(when)}</b><br/>{markup(how)}")

    def _history(self, action: Action) -> list[str]:
        """Return the action's history, one dated line per entry, the latest last."""
        return [dated_event_text(event, self._translator.translate, self.lang) for event in action.history]

    def _cell(self, text: str, style: str = "cell") -> Flowable:
        """Return a cell of ``text`` that is Paragraph markup already (escaped, with its own tags)."""
        return Paragraph(text, self._blocks.styles[style])

    def _actions_table(self, entries: list[OpenAction]) -> Table:
        para = self._blocks.para
        header = [
            "",
            self.tr("Problem and action"),
            self.tr("Responsible"),
            self.tr("Deadline"),
            self.tr("Effect check"),
        ]
        data: list[list[object]] = [[para(text, "cell_head") for text in header]]
        heights: list[float | None] = [None]
        commands = data_table_commands(COMPACT)
        commands += [("GRID", (0, 0), (-1, 0), 0.5, RULE), ("VALIGN", (0, 0), (0, -1), "TOP")]
        for entry in entries:
            action = entry.action
            first = len(data)
            what = [*self._problem(entry), Spacer(1, 1.5 * mm), para(action.how.strip() or "–", "cell")]
            what.append(para(label(action.status, self._translator.translate), "cell_muted"))
            if needs_next_step(action):
                what.append(para(needs_next_step_text(self._translator.translate), "cell_bold"))
            what += [para(text, "cell_muted") for text in self._history(action)]
            data.append(
                [
                    para(TICK_BOX, "tick"),
                    what,
                    para(action.responsible.strip() or "–", "cell"),
                    self._deadline(action),
                    self._check(action),
                ]
            )
            data.append(["", para(self.tr("Outcome and effect:"), "label"), "", "", ""])
            data.append(["", "", "", "", ""])
            heights += [None, _WRITING_LINE, _WRITING_LINE]
            last = first + 2
            commands += [
                ("SPAN", (1, first + 1), (-1, first + 1)),
                ("SPAN", (1, last), (-1, last)),
                ("SPAN", (0, first), (0, last)),
                ("LINEBELOW", (1, first + 1), (-1, last), 0.4, colors.HexColor("#b8c0c8"), None, (1, 2)),
                ("VALIGN", (1, first + 1), (-1, first + 1), "BOTTOM"),
                ("BOX", (0, first), (-1, last), 0.5, RULE),
                ("LINEAFTER", (0, first), (0, last), 0.5, RULE),
                ("NOSPLIT", (0, first), (-1, last)),
            ]
        table = Table(data, colWidths=list(_COLUMNS), rowHeights=heights, repeatRows=1)
        table.setStyle(table_style(commands))
        return table

    def _gone_through(self) -> Flowable:
        blank = "_" * 22
        return self._blocks.para(fill(self.tr("Gone through on %1 by %2"), blank, blank), "body")

    def _footer(self, page: int, total: int) -> tuple[str, str]:
        page_label = fill(self.tr("Page %1 of %2"), page, total)
        workplace, title = self.plan.workplace.name, self.tr("Follow-up list")
        return page_footer(page_label, workplace, title, self.plan.round.title)


def build_follow_up_list_pdf(plan: ActionPlan, lang: str = "da") -> bytes:
    """Lay out the follow-up list of an action plan as an A4 PDF with embedded DejaVu fonts.

    Args:
        plan: The round's action plan, e.g. from ``WorkplaceStore.action_plan``; its
            ``printed_on`` day decides which deadlines have passed.
        lang: ``"da"`` (default) or ``"en"``; the language of the fixed texts and dates.
            What the plan holds is printed as it was written.

    Returns:
        The PDF file's bytes; save them with ``write_atomically``.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue or a font file is missing.

    """
    return FollowUpListPdf(plan, Translator(lang)).build()
