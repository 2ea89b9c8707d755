"""Everything the full APV report shows, gathered in one object for the PDF to lay out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from apvdesk.core.absence import AbsenceAssessment, AbsenceLine
from apvdesk.core.bank import QuestionBank
from apvdesk.core.deadlines import DeadlineSummary
from apvdesk.core.dialogue import DialogueMinutes
from apvdesk.core.mapping import GroupResponse
from apvdesk.core.model import ActionPlan, Group, Round, Workplace
from apvdesk.core.result_types import RoundResults
from apvdesk.core.support_matrix import SupportMatrix


@dataclass(frozen=True)
class EarlierRound:
    """A round with its bank and results, for the trend across rounds."""

    apv_round: Round
    bank: QuestionBank
    results: RoundResults


@dataclass(frozen=True)
class FullReport:
    """The full APV report of one round: workplace, method, results, dialogue, absence, plan.

    ``results`` is already suppressed (withheld figures carry no mean); ``history`` holds
    every round with answers, this one included, for the trend chart; ``languages``
    counts the questionnaire answers per language.
    """

    workplace: Workplace
    round: Round
    groups: list[Group]
    bank: QuestionBank
    results: RoundResults
    response: list[GroupResponse]
    languages: dict[str, int]
    matrices: dict[int | None, SupportMatrix]
    meetings: list[DialogueMinutes]
    absence_lines: list[AbsenceLine]
    absence: AbsenceAssessment
    plan: ActionPlan
    deadlines: DeadlineSummary
    next_apv_due: dt.date
    printed_on: dt.date
    history: list[EarlierRound] = field(default_factory=list)

    @property
    def respondents(self) -> int:
        """How many answered the questionnaire in this round."""
        return self.results.respondents.get(None, 0)
