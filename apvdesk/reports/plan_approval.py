"""The printed action plan's approval: who approves it, who did, and signature lines for the rest.

Having the plan approved by the work environment organisation (AMO) or, without one, by
the employer and an employee representative is good practice recommended by the trade's
guidance (BFA), not a requirement of BEK 1838/2023; the block says so, says whether the
plan as it is now is approved, lists the approvals recorded (also those of earlier
versions), and prints signature boxes for the roles still needed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from apvdesk.core.approval import plan_approval_state, roles_still_needed
from apvdesk.core.model import Approval, ApproverRole
from apvdesk.reports.blocks import table_style
from apvdesk.reports.pdf_document import INK
from apvdesk.reports.plan_blocks import TEXT_WIDTH, ActionPlanPdf
from apvdesk.wording.i18n import fill

CONTEXT = "PlanApprovalPdf"
_COLUMNS = [40 * mm, 61 * mm, 69 * mm]  # name | role | date (sums to TEXT_WIDTH = 170 mm)
_GAP = 10 * mm  # between two signature boxes
_BOX_WIDTH = (TEXT_WIDTH - _GAP) / 2
_BOX_LABEL = 24 * mm


class PlanApprovalPdf:
    """Lays out the plan's approval; its texts are translated in context ``PlanApprovalPdf``."""

    def __init__(self, pieces: ActionPlanPdf) -> None:
        self.pieces = pieces
        self.plan = pieces.plan

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self.pieces.translator.translate(CONTEXT, text)

    def approval_block(self) -> Flowable:
        """Return who approves, who approved (current and earlier versions) and signature lines.

        Signature lines are printed for the roles the plan still needs; an approved plan
        has none.
        """
        blocks = self.pieces.blocks
        state = plan_approval_state(self.plan)
        if self.plan.workplace.has_amo:
            rule = self.tr("The action plan is approved by the work environment organisation (AMO).")
        else:
            rule = self.tr(
                "The action plan is approved by the employer and at least one employee representative."
            )
        rule += " " + self.tr(
            "This approval is good practice recommended by the trade's guidance (BFA); "
            "BEK 1838/2023 does not require it."
        )
        if state.approved:
            status = self.tr("The plan as it is now is approved.")
        elif state.changed_since_approval:
            status = self.tr("The plan was changed after it was approved and should be approved again.")
        else:
            status = self.tr("The plan has not been approved yet.")
        parts: list[Flowable] = [*blocks.heading(self.tr("Approval")), blocks.para(rule), Spacer(1, 2 * mm)]
        parts.append(blocks.para(status, "strong"))
        if self.plan.approvals:
            parts.append(self._approvals_table(state.current, state.outdated, state.too_early))
        needed = roles_still_needed(self.plan.workplace.has_amo, state)
        if needed:
            parts += [Spacer(1, 6 * mm), self._signature_boxes(needed)]
        return KeepTogether(parts)

    def _approvals_table(
        self, current: Sequence[Approval], outdated: Sequence[Approval], too_early: Sequence[Approval]
    ) -> Table:
        date = self.pieces.date
        rows = [
            [approval.name, self.pieces.label(approval.role), date(approval.approved_on)]
            for approval in current
        ]
        rows += [
            [
                approval.name,
                self.pieces.label(approval.role),
                fill(self.tr("Approved an earlier version on %1"), date(approval.approved_on)),
            ]
            for approval in outdated
        ]
        rows += [
            [
                approval.name,
                self.pieces.label(approval.role),
                fill(
                    self.tr("Dated %1, before the round started: does not count"), date(approval.approved_on)
                ),
            ]
            for approval in too_early
        ]
        header = [self.tr("Name"), self.tr("Role"), self.tr("Date")]
        return self.pieces.blocks.data_table(header, rows, _COLUMNS, caption=self.tr("Recorded approvals"))

    def _signature_boxes(self, roles: list[ApproverRole]) -> Table:
        """Return the signature boxes two to a row, the first on the left."""
        boxes: list[Flowable | str] = [self.signature_box(role) for role in roles]
        rows = [boxes[i : i + 2] + [""] * (2 - len(boxes[i : i + 2])) for i in range(0, len(boxes), 2)]
        table = Table(rows, colWidths=[_BOX_WIDTH + _GAP, _BOX_WIDTH])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), _GAP),
                    ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ]
            )
        )
        return table

    def signature_box(self, role: ApproverRole) -> Table:
        """Return an empty signature box for ``role``: name, date and signature lines."""
        para = self.pieces.blocks.para
        rows = [
            [para(self.pieces.label(role), "h2"), ""],
            [para(self.tr("Name"), "label"), ""],
            [para(self.tr("Date"), "label"), ""],
            [para(self.tr("Signature"), "label"), ""],
        ]
        box = Table(
            rows,
            colWidths=[_BOX_LABEL, _BOX_WIDTH - _BOX_LABEL],
            rowHeights=[None, 11 * mm, 11 * mm, 16 * mm],
        )
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
