"""An action's history: notes, moved deadlines with the effect check moving along, next steps."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.core.action_events import ActionEvent, EventKind
from apvdesk.core.action_history import (
    add_note,
    continue_action,
    effect_check_after,
    followed_by,
    history_from_json,
    history_to_json,
    move_deadline,
    needs_next_step,
    reconsider,
    record_effect,
    to_reconsider,
)
from apvdesk.core.model import Action, ActionStatus, Effect, Problem

TODAY = dt.date(2026, 12, 6)


def _done(effect: Effect | None) -> Action:
    return Action(
        how="Fast kontaktperson",
        deadline=dt.date(2026, 11, 1),
        status=ActionStatus.DONE,
        effect=effect,
        effect_date=dt.date(2026, 12, 1),
        problem_id=1,
        id=5,
    )


@pytest.mark.parametrize("status", list(ActionStatus))
def test_a_note_is_kept_at_any_status(status):
    action = add_note(Action(how="x", status=status), "  Halvvejs  ", TODAY)
    assert action.history == [ActionEvent(EventKind.NOTE, TODAY, "Halvvejs")]
    assert action.status == status


def test_an_empty_note_is_refused():
    with pytest.raises(ValueError):
        add_note(Action(how="x"), "  ", TODAY)


def test_a_moved_deadline_keeps_the_old_one_and_moves_the_check_keeping_its_distance():
    # deadline 1 Nov, check 20 Nov (19 days after); moved to 1 Feb -> check 20 Feb
    action = Action(how="x", deadline=dt.date(2026, 11, 1), follow_up_date=dt.date(2026, 11, 20))
    moved = move_deadline(action, dt.date(2027, 2, 1), "Travlt før jul", TODAY)
    assert moved.deadline == dt.date(2027, 2, 1)
    assert moved.follow_up_date == dt.date(2027, 2, 20)
    assert moved.history == [
        ActionEvent(
            EventKind.DEADLINE_MOVED, TODAY, "Travlt før jul", dt.date(2026, 11, 1), dt.date(2027, 2, 1)
        )
    ]


def test_a_check_already_after_the_new_deadline_stays():
    action = Action(how="x", deadline=dt.date(2026, 12, 10), follow_up_date=dt.date(2027, 3, 1))
    assert move_deadline(action, dt.date(2027, 1, 10), "", TODAY).follow_up_date == dt.date(2027, 3, 1)


def test_a_check_without_a_deadline_before_comes_eight_weeks_after_the_new_one():
    action = Action(how="x", follow_up_date=dt.date(2026, 12, 20))
    moved = move_deadline(action, dt.date(2027, 1, 10), "", TODAY)
    assert moved.follow_up_date == dt.date(2027, 3, 7) == effect_check_after(dt.date(2027, 1, 10), TODAY)


@pytest.mark.parametrize("effect", [Effect.PARTLY, Effect.NOT_WORKED])
def test_partly_or_not_worked_needs_a_next_step_until_one_is_chosen(effect):
    action = record_effect(None, _done(effect), TODAY)
    assert needs_next_step(action)
    assert not needs_next_step(followed_by(action, "Ny plan", TODAY))
    assert not needs_next_step(reconsider(action, "", TODAY))
    continued = continue_action(action, dt.date(2027, 2, 1), "", TODAY)
    assert not needs_next_step(continued)
    assert continued.status == ActionStatus.IN_PROGRESS and continued.effect is None
    # judged again later, still partly: it asks again
    again = record_effect(continued, _rejudged(continued, effect), TODAY)
    assert needs_next_step(again)


def _rejudged(action: Action, effect: Effect) -> Action:
    import dataclasses

    return dataclasses.replace(
        action, status=ActionStatus.DONE, effect=effect, effect_date=dt.date(2027, 2, 5), effect_note="igen"
    )


def test_worked_needs_no_next_step():
    assert not needs_next_step(record_effect(None, _done(Effect.WORKED), TODAY))
    assert not needs_next_step(_done(None))


def test_the_problem_to_reconsider_is_named_once():
    problem = Problem(round_id=1, scale_id="s", kind="k", id=1)
    a = reconsider(_done(Effect.PARTLY), "Forkert tiltag", TODAY)
    b = reconsider(_done(Effect.NOT_WORKED), "", TODAY)
    assert to_reconsider([(problem, a), (problem, b), (problem, _done(None))]) == [problem]


def test_the_history_round_trips_as_json_and_bad_entries_are_left_out():
    history = add_note(Action(how="x"), "Æble »ø«", TODAY).history + [
        ActionEvent(EventKind.DEADLINE_MOVED, TODAY, "r", None, dt.date(2027, 1, 1))
    ]
    assert history_from_json(history_to_json(history)) == history
    assert history_from_json("not json") == []
    assert history_from_json('[{"kind": "x", "on": "2026-01-01"}, {"kind": "note", "on": "bad"}, 3]') == []
