"""The follow-up order, and before/after per problem (the checklist: test_checklist.py)."""

from __future__ import annotations

import datetime as dt

from apvdesk.core.follow_up import Urgency, before_after, follow_up_list, needs_attention
from apvdesk.core.model import Action, ActionStatus, Effect, Problem
from apvdesk.core.results import RoundResults, ScaleResult, Withheld

TODAY = dt.date(2026, 11, 27)


def _problem(**kw) -> Problem:
    base = dict(round_id=1, scale_id="support_manager", kind="Lidt hjælp", extent="Alle", causes="Travlhed")
    return Problem(**{**base, **kw})


def _action(**kw) -> Action:
    base = dict(
        how="Fast møde",
        responsible="Lene",
        deadline=dt.date(2026, 12, 15),
        follow_up_date=dt.date(2027, 3, 1),
        follow_up_method="Spørg på mødet",
    )
    return Action(**{**base, **kw})


def test_overdue_actions_come_first_then_due_effect_checks_then_soon():
    p = _problem()
    later = _action(how="later", deadline=dt.date(2027, 2, 1))
    soon = _action(how="soon", deadline=dt.date(2026, 12, 5))
    overdue_old = _action(how="old", deadline=dt.date(2026, 10, 1))
    overdue_new = _action(how="new", deadline=dt.date(2026, 11, 20))
    check = _action(how="check", status=ActionStatus.DONE, follow_up_date=dt.date(2026, 11, 30))
    closed = _action(how="closed", status=ActionStatus.DONE, effect=Effect.WORKED)
    rows = follow_up_list([(p, a) for a in (later, closed, soon, check, overdue_new, overdue_old)], TODAY)
    assert [r.action.how for r in rows] == ["old", "new", "check", "soon", "later", "closed"]
    assert rows[0].overdue and rows[0].urgency == Urgency.OVERDUE
    assert [r.action.how for r in needs_attention(rows)] == ["old", "new", "check", "soon"]


def _results(values: dict[tuple[str, int | None], float | None]) -> RoundResults:
    results = {
        key: ScaleResult(
            key[0],
            key[1],
            5 if mean is not None else 2,
            mean,
            10.0 if mean else None,
            None if mean is not None else Withheld.BELOW_THRESHOLD,
        )
        for key, mean in values.items()
    }
    return RoundResults(5, (1, 2), {None: 10}, results)


def test_before_and_after_per_problem_for_the_workplace_and_its_groups():
    before = _results(
        {
            ("support_manager", None): 45.0,
            ("support_manager", 1): 40.0,
            ("support_manager", 2): None,
            ("trust", None): 70.0,
        }
    )
    after = _results(
        {("support_manager", None): 60.0, ("support_manager", 1): 52.5, ("support_manager", 2): 55.0}
    )
    problems = [_problem(group_ids=[1, 2]), _problem(scale_id="trust")]
    rows = before_after(problems, before, after)
    assert [(r.group_id, r.change) for r in rows] == [(None, 15.0), (1, 12.5), (2, None)]
