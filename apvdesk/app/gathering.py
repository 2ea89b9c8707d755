"""Read everything the full APV report shows from a workplace file, in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from apvdesk.core.deadlines import next_apv, summarise_deadlines
from apvdesk.core.full_report import EarlierRound, FullReport
from apvdesk.core.mapping import response_overview
from apvdesk.core.round_people import groups_in_results
from apvdesk.core.support_matrix import support_matrices

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService


class GatherCancelled(Exception):
    """The reading was stopped by its ``should_stop`` hook."""


class ResultsNotReleased(Exception):
    """The round still collects answers: its results, and so its full report, do not exist yet."""

    def __init__(self, round_id: int, title: str) -> None:
        super().__init__(round_id, title)
        self.round_id = round_id
        self.title = title


def gather_full_report(
    store: WorkplaceService, round_id: int, today: dt.date, should_stop: Callable[[], bool] | None = None
) -> FullReport:
    """Return the full report of a round, printed on ``today``.

    ``should_stop`` is asked after the slow reads (results, answers); True stops the reading.

    Raises:
        KeyError: There is no round with ``round_id`` (as ``store.round`` raises).
        GatherCancelled: ``should_stop`` returned True.
        ResultsNotReleased: the round's collection is open (no results are shown yet).

    """

    def stop_if_asked() -> None:
        if should_stop is not None and should_stop():
            raise GatherCancelled

    apv_round = store.round(round_id)
    bank = store.round_bank(round_id)
    results = store.results(round_id)
    if results is None:
        raise ResultsNotReleased(round_id, apv_round.title)
    released = {group: count for group, count in results.respondents.items() if group is not None}
    answered = {**store.respondents_by_group(round_id), **released}
    groups = groups_in_results(apv_round.group_ids, store.groups(), answered)
    matrices = support_matrices(bank, results)  # drawn from the released answers to the items
    stop_if_asked()
    history = []
    for other in store.rounds():
        if other.id == round_id:
            history.append(EarlierRound(apv_round, bank, results))
        elif other.id is not None and store.respondent_count(other.id):
            earlier = store.results(other.id)
            if earlier is not None:
                history.append(EarlierRound(other, store.round_bank(other.id), earlier))
    stop_if_asked()
    plan = store.action_plan(round_id, today)
    actions = [action for _problem, problem_actions in plan.problems for action in problem_actions]
    meetings = [store.minutes(m.id, today) for m in store.meetings(round_id) if m.id is not None]
    return FullReport(
        workplace=store.workplace(),
        round=apv_round,
        groups=groups,
        bank=bank,
        results=results,
        response=response_overview(groups, released, apv_round.anonymity_threshold),
        languages=store.language_counts(round_id),
        matrices=matrices,
        meetings=meetings,
        absence_lines=store.absence_lines(round_id),
        absence=store.absence_assessment(round_id),
        plan=plan,
        deadlines=summarise_deadlines(actions, today),
        next_apv_due=next_apv(apv_round.start_date, plan.work_changes).due,
        printed_on=today,
        history=history,
    )
