"""The plan's blocks about the APV as a whole: what this program covers, where the APV is kept, who took part.

The plan PDF and the full report print them from the same
:class:`~apvdesk.reports.plan_blocks.ActionPlanPdf` pieces: the scope (the program maps
the psychosocial work environment only, and where the rest of the APV is kept), where the
APV is kept and how the employees can read it, and who took part in each step of the
round (the employees' part in the APV, arbejdsmiljøloven §§ 6–7).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from apvdesk.reports.plan_blocks import LABEL_COLUMN, TEXT_WIDTH, ActionPlanPdf
from apvdesk.wording.record_texts import (
    access_label,
    access_text,
    rest_of_apv_label,
    rest_of_apv_text,
    scope_text,
)

CONTEXT = "PlanRecordsPdf"
_WIDE_LABEL = LABEL_COLUMN + 16 * mm


class PlanRecordsPdf:
    """The scope and participation blocks of a plan, in the plan's language."""

    def __init__(self, pieces: ActionPlanPdf) -> None:
        self.pieces = pieces
        self.plan = pieces.plan
        self._translate = pieces.translator.translate

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the plan's language."""
        return self._translate(CONTEXT, text)

    def scope_block(self) -> list[Flowable]:
        """Return "About this APV": the program's scope, where the rest is, where the APV is kept."""
        workplace = self.plan.workplace
        blocks = self.pieces.blocks
        facts = blocks.facts(
            [
                (
                    rest_of_apv_label(self._translate),
                    rest_of_apv_text(workplace.rest_of_apv_location, self._translate),
                ),
                (access_label(self._translate), access_text(workplace.apv_access, self._translate)),
            ],
            [_WIDE_LABEL, TEXT_WIDTH - _WIDE_LABEL],
        )
        return [
            KeepTogether(
                [
                    *blocks.heading(self.tr("About this APV")),
                    blocks.para(scope_text(self._translate)),
                    Spacer(1, 2 * mm),
                    facts,
                ]
            )
        ]

    def participation_block(self) -> list[Flowable]:
        """Return "Who took part": one line per step of the round, as the owner wrote it."""
        participation = self.plan.participation
        not_recorded = self.tr("Not recorded")
        rows = [
            (self.tr("Mapping"), participation.mapping.strip() or not_recorded),
            (self.tr("Assessment"), participation.assessment.strip() or not_recorded),
            (self.tr("Action plan"), participation.plan.strip() or not_recorded),
            (self.tr("Follow-up"), participation.follow_up.strip() or not_recorded),
        ]
        blocks = self.pieces.blocks
        return [
            KeepTogether(
                [
                    *blocks.heading(self.tr("Who took part")),
                    blocks.para(
                        self.tr(
                            "The employees take part in the APV: directly in a firm with fewer than 10 "
                            "employees (arbejdsmiljøloven § 6), through the work environment organisation "
                            "(AMO) from 10 employees (arbejdsmiljøloven § 7)."
                        ),
                        "note",
                    ),
                    Spacer(1, 1.5 * mm),
                    blocks.facts(rows, [LABEL_COLUMN, TEXT_WIDTH - LABEL_COLUMN]),
                ]
            )
        ]
