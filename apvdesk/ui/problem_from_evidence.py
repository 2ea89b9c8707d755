"""Create a problem in the action plan from a result or an absence figure, prefilled.

The problem dialog opens with the scale, the groups, a suggested seriousness and priority,
and the evidence written out: the figures with n. The user edits it and saves it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from apvdesk.core.absence import AbsenceLine
from apvdesk.core.bank import QuestionBank
from apvdesk.core.evidence import absence_evidence, result_evidence
from apvdesk.core.model import Group, Problem
from apvdesk.core.results import Light, ScaleResult
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.wording.formatting import format_number, format_percent


def _ids(groups: Sequence[Group]) -> list[int]:
    return [g.id for g in groups if g.id is not None]


class ProblemFromEvidence(QObject):
    """Prefill a problem from evidence, let the user edit it, save it and say so."""

    def __init__(self, store: WorkplaceService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    # --- the prefilled problems ---------------------------------------------------------

    def _group_name(self, group_id: int | None, groups: Sequence[Group]) -> str:
        if group_id is None:
            return self.tr("the whole workplace")
        return next((g.name for g in groups if g.id == group_id), "?")

    def result_problem(
        self, round_id: int, bank: QuestionBank, groups: Sequence[Group], result: ScaleResult, lang: str
    ) -> Problem | None:
        """Return a problem prefilled from a shown result; None when the result is withheld.

        ``groups`` are the round's groups: the whole workplace's result concerns them all.
        """
        evidence = result_evidence(result, _ids(groups))
        if evidence is None:
            return None
        scale = bank.scale(evidence.scale_id)
        name = scale.name.get(lang) or scale.name.get("en") or scale.id
        where = self._group_name(evidence.group_id, groups)
        if evidence.light not in (Light.RED, Light.YELLOW):
            kind = self.tr("%1 in %2")
        elif scale.high_is_good:
            kind = self.tr("Low score on %1 in %2")
        else:
            kind = self.tr("High score on %1 (high = heavy) in %2")
        kind = kind.replace("%1", name).replace("%2", where)
        who = self.tr("Whole workplace") if evidence.group_id is None else where
        extent = (
            self.tr("%1: %2 answers, mean %3 on a scale from 0 to 100")
            .replace("%1", who)
            .replace("%2", str(evidence.n))
            .replace("%3", format_number(evidence.mean, 0))
        )
        if evidence.share_unfavourable is not None:
            extent += "; " + self.tr("%1 with an unfavourable score").replace(
                "%1", format_percent(evidence.share_unfavourable)
            )
        return Problem(
            round_id=round_id,
            scale_id=evidence.scale_id,
            kind=kind,
            seriousness=evidence.seriousness,
            extent=extent + ".",
            priority=evidence.priority,
            group_ids=evidence.group_ids,
        )

    def absence_problem(
        self,
        round_id: int,
        bank: QuestionBank,
        groups: Sequence[Group],
        line: AbsenceLine,
        causes: str = "",
    ) -> Problem | None:
        """Return a problem prefilled from a shown absence line; None when it is withheld.

        The theme starts as the bank's first scale: the user chooses the one that fits.
        """
        evidence = absence_evidence(line, _ids(groups))
        if evidence is None or not bank.scales:
            return None
        where = self._group_name(evidence.group_id, groups)
        percentage = format_percent(evidence.percentage, 1)
        kind = (
            self.tr("Sickness absence of %1 in %2 (%3)")
            .replace("%1", percentage)
            .replace("%2", where)
            .replace("%3", evidence.label)
        )
        who = self.tr("Whole workplace") if evidence.group_id is None else where
        extent = (
            self.tr("%1, %2: %3 sickness absence (%4 absence days, %5 employees or FTE)")
            .replace("%1", who)
            .replace("%2", evidence.label)
            .replace("%3", percentage)
            .replace("%4", format_number(evidence.absence_days))
            .replace("%5", format_number(evidence.employees))
        )
        if evidence.change is not None and evidence.previous_label:
            sign = "+" if evidence.change > 0.05 else ("−" if evidence.change < -0.05 else "±")
            extent += "; " + (
                self.tr("%1 percentage points compared with %2")
                .replace("%1", sign + format_number(abs(evidence.change)))
                .replace("%2", evidence.previous_label)
            )
        return Problem(
            round_id=round_id,
            scale_id=bank.scales[0].id,
            kind=kind,
            seriousness=evidence.seriousness,
            extent=extent + ".",
            causes=causes.strip(),
            priority=evidence.priority,
            group_ids=evidence.group_ids,
            concerns_absence=True,
        )

    # --- the dialog -------------------------------------------------------------------

    def create(
        self,
        parent: QWidget | None,
        draft: Problem,
        bank: QuestionBank,
        lang: str,
        status: QLabel | None = None,
    ) -> Problem | None:
        """Open the problem dialog on ``draft``; save the problem if accepted and say so."""
        sites = self.store.sites()  # a problem found in the results can be put at a site at once
        problem, accepted = ProblemDialog.edit(parent, draft, bank, self.store.groups(), lang, sites)
        if not accepted or not problem.kind:
            return None
        saved = self.store.save_problem(problem)
        if status is not None:
            status.setText(self.tr("Problem added to the action plan."))
        return saved
