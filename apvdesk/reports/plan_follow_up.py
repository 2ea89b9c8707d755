"""The printed action plan's follow-up plan: when and how each action's effect is checked, and the next APV.

BEK 1838/2023 asks the plan to say how the effect of the measures is followed up. This
section lists every planned check by date, with its problem's number in the plan, and
ends with when the next APV is due.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from apvdesk.core.deadlines import next_apv
from apvdesk.core.plan_order import follow_up_entries
from apvdesk.reports.blocks import markup
from apvdesk.reports.plan_blocks import LABEL_COLUMN, TEXT_WIDTH, ActionPlanPdf
from apvdesk.wording.i18n import fill

CONTEXT = "PlanFollowUpPdf"
# Date | problem | action | responsible | how the effect is checked (sums to TEXT_WIDTH = 170 mm)
_COLUMNS = [24 * mm, 17 * mm, 55 * mm, 30 * mm, 44 * mm]
_SECTION_START = 55 * mm  # room the section needs on a page to start there


class PlanFollowUpPdf:
    """Lays out the plan's follow-up plan; its texts are translated in context ``PlanFollowUpPdf``."""

    def __init__(self, pieces: ActionPlanPdf) -> None:
        self.pieces = pieces
        self.plan = pieces.plan

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self.pieces.translator.translate(CONTEXT, text)

    def follow_up_plan(self) -> list[Flowable]:
        """Return when and how each action's effect is checked, by date, and when the next APV is due."""
        pieces, blocks = self.pieces, self.pieces.blocks
        parts: list[Flowable] = [
            CondPageBreak(_SECTION_START),  # the heading never ends a page without its first lines
            *blocks.heading(self.tr("Follow-up plan")),
            blocks.para(
                self.tr("When and how the effect of each action is checked, earliest first."), "note"
            ),
        ]
        entries = follow_up_entries(self.plan.problems)
        if entries:
            header = [
                self.tr("Date"),
                self.tr("Problem"),
                self.tr("Action"),
                self.tr("Responsible"),
                self.tr("How the effect is checked"),
            ]
            rows = []
            for entry in entries:
                action = entry.action
                check = markup(pieces.or_not_given(action.follow_up_method))
                if action.effect is not None:
                    effect = pieces.effect_text(action, with_note=False)
                    check += "<br/>" + pieces.bold(self.tr("Effect"), effect)
                rows.append(
                    [
                        pieces.date(entry.date) or self.tr("No date set yet"),
                        str(entry.problem_number),
                        Paragraph(markup(action.how), blocks.styles["cell"]) if action.how.strip() else "–",
                        action.responsible.strip() or "–",
                        Paragraph(check, blocks.styles["cell"]),
                    ]
                )
            parts += [Spacer(1, 2 * mm), blocks.data_table(header, rows, _COLUMNS)]
        else:
            parts.append(blocks.para(self.tr("No follow-up has been planned yet."), "strong"))
        coming = next_apv(self.plan.round.start_date, self.plan.work_changes)
        due = pieces.date(coming.due)
        if coming.change is not None:
            next_due = fill(
                self.tr(
                    "By %1: a partial APV for a change in the work (%2); at the latest three years "
                    "after this one."
                ),
                due,
                coming.change.what,
            )
        else:
            next_due = fill(
                self.tr(
                    "By %1 at the latest (three years after this one), and sooner if the work, "
                    "the working methods or the premises change."
                ),
                due,
            )
        next_due = blocks.facts([(self.tr("Next APV"), next_due)], [LABEL_COLUMN, TEXT_WIDTH - LABEL_COLUMN])
        return [*parts, Spacer(1, 4 * mm), next_due]
