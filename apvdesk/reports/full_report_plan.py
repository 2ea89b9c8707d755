"""The full APV report's second half: the sickness absence, the problems with the plan, and the follow-up.

The problems and the approval block are the action plan's own
(:mod:`apvdesk.reports.plan_blocks`, :mod:`apvdesk.reports.plan_approval`), laid out and
numbered the same as in the printed plan. Absence figures that would reveal someone's
absence are withheld. The section headings are the report's own
(:mod:`apvdesk.reports.full_report`).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from apvdesk.core.absence import AbsenceLine, Contributes
from apvdesk.core.plan_order import numbered_problems
from apvdesk.reports.blocks import NO_VALUE
from apvdesk.reports.full_report_layout import FullReportLayout
from apvdesk.reports.plan_approval import PlanApprovalPdf
from apvdesk.wording.formatting import format_percent
from apvdesk.wording.i18n import fill

CONTEXT = "FullReportPlanPdf"
_PROBLEMS_ROOM = 40 * mm  # the problems' heading starts a new page unless this much room is left


class FullReportPlanPdf:
    """Lays out the absence, the problems and the follow-up, in context ``FullReportPlanPdf``."""

    def __init__(self, layout: FullReportLayout) -> None:
        self.layout = layout
        self.report = layout.report

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the report's language."""
        return self.layout.translator.translate(CONTEXT, text)

    def _para(self, text: str, style: str = "body") -> Paragraph:
        return self.layout.blocks.para(text, style)

    # --- absence -----------------------------------------------------------------

    def absence(self) -> list[Flowable]:
        """Return the absence figures by period and group, and the assessment of the absence."""
        parts: list[Flowable] = []
        lines = self.report.absence_lines
        if lines:
            parts.append(self._absence_table(lines))
            if any(not line.shown for line in lines):
                parts.append(
                    self._para(
                        self.tr("– : withheld, so that no one's absence can be worked out from the figures."),
                        "note",
                    )
                )
        else:
            parts.append(self._para(self.tr("No sickness absence has been recorded for this round."), "note"))
        assessment = self.report.absence
        answers = {
            Contributes.YES: self.tr("Yes"),
            Contributes.PARTLY: self.tr("Partly"),
            Contributes.NO: self.tr("No"),
        }
        answer = answers[assessment.contributes] if assessment.contributes else self.tr("Not assessed yet")
        assessed_on = self.layout.date(assessment.considered_on) or self.tr("Not recorded")
        facts = [
            (self.tr("Can conditions at work contribute to the sickness absence?"), answer),
            (self.tr("Why"), assessment.why.strip() or self.tr("Not recorded")),
            (self.tr("Assessed on"), assessed_on),
        ]
        return [
            *parts,
            Spacer(1, 3 * mm),
            self._para(self.tr("Assessment"), "h2"),
            self.layout.blocks.facts(facts, self.layout.fact_columns(55 * mm)),
        ]

    def _absence_table(self, lines: list[AbsenceLine]) -> Flowable:
        number, lang = self.layout.number, self.layout.lang
        rows: list[list] = [
            [
                line.label,
                self.layout.group_name(line.group_id),
                number(line.absence_days, 1) if line.absence_days is not None else NO_VALUE,
                number(line.employees, 1),
                format_percent(line.percentage, 1, lang) if line.percentage is not None else NO_VALUE,
                self._change(line.change),
            ]
            for line in lines
        ]
        header = [
            self.tr("Period"),
            self.tr("Group"),
            self.tr("Absence days"),
            self.tr("Employees"),
            self.tr("Absence"),
            self.tr("Change"),
        ]
        return self.layout.grid(header, rows, [26 * mm, 38 * mm, 25 * mm, 20 * mm, 18 * mm, 43 * mm])

    def _change(self, change: float | None) -> str:
        if change is None:
            return NO_VALUE
        sign = "+" if change > 0 else ""
        return fill(self.tr("%1 percentage points"), sign + self.layout.number(change, 1))

    # --- problems, plan, follow-up -----------------------------------------------

    def problems(self, heading: list[Flowable]) -> list[Flowable]:
        """Return ``heading``, the plan's problems numbered as in the printed plan, and its approval."""
        plan_pdf = self.layout.plan_pdf
        blocks: list[Flowable] = [
            plan_pdf.problem_block(number, problem, actions)
            for number, problem, actions in numbered_problems(self.report.plan.problems)
        ]
        if not blocks:
            blocks = [self._para(self.tr("No problems have been recorded in this round."), "note")]
        # The heading goes to the next page with the first problem rather than end a page alone.
        first = KeepTogether([*heading, blocks[0]])
        approval = PlanApprovalPdf(plan_pdf).approval_block()
        return [CondPageBreak(_PROBLEMS_ROOM), first, *blocks[1:], approval]

    def follow_up(self) -> list[Flowable]:
        """Return how the actions stand, when the next APV is due, and the annual discussion."""
        r = self.report
        d = r.deadlines
        if r.workplace.has_amo:
            annual = self.tr(
                "The annual work-environment discussion: the employer and the work environment "
                "organisation (AMO) go through the year's work environment once a year; follow up "
                "this action plan there."
            )
        else:
            annual = self.tr(
                "The annual work-environment discussion: the employer and the employees go through "
                "the year's work environment once a year; follow up this action plan there."
            )
        next_apv = fill(
            self.tr("%1 at the latest (three years after this round, or sooner for a change in the work)"),
            self.layout.date(r.next_apv_due),
        )
        facts = [
            (self.tr("Open actions"), str(d.open)),
            (self.tr("Overdue"), str(len(d.overdue))),
            (self.tr("Due within 14 days"), str(len(d.due_soon))),
            (self.tr("Done"), str(d.done)),
            (self.tr("Next APV"), next_apv),
        ]
        return [
            self.layout.blocks.facts(facts, self.layout.fact_columns(42 * mm)),
            Spacer(1, 3 * mm),
            self._para(annual),
        ]
