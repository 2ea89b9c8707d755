"""An action's history: progress notes, moved deadlines, effects judged and the next step chosen.

The history is a list of dated events kept with the action (the store writes it as JSON
in the action's row, so it travels with the action wherever the action goes). Whether an
action still waits for its next step is computed from these facts, never stored: an
action whose effect was judged "partly" or "did not work" needs a next step until one is
chosen after that judgement (:func:`needs_next_step`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable

from apvdesk.core.action_events import NEXT_STEPS, ActionEvent, EventKind
from apvdesk.core.deadlines import DUE_SOON_DAYS
from apvdesk.core.model import Action, ActionStatus, Effect, Problem

# How long after the deadline the effect is checked when nothing else says so.
DEFAULT_FOLLOW_UP_WEEKS = 8
NOT_WORKING = (Effect.PARTLY, Effect.NOT_WORKED)


# --- facts ---------------------------------------------------------------------------------


def needs_next_step(action: Action) -> bool:
    """Return whether a done action judged "partly" or "did not work" still waits for its next step.

    A next step (continue, new action, reconsider) counts only when it comes after the
    latest judgement of the effect, so an action judged again later asks again.
    """
    if action.status != ActionStatus.DONE or action.effect not in NOT_WORKING:
        return False
    for event in reversed(action.history):
        if event.kind in NEXT_STEPS:
            return False
        if event.kind == EventKind.EFFECT:
            return True
    return True


def to_reconsider(pairs: Iterable[tuple[Problem, Action]]) -> list[Problem]:
    """Return the problems (once each, in order) whose action's latest next step is "reconsider"."""
    found: list[Problem] = []
    for problem, action in pairs:
        steps = [e for e in action.history if e.kind in NEXT_STEPS]
        if steps and steps[-1].kind == EventKind.RECONSIDER and problem.id not in {p.id for p in found}:
            found.append(problem)
    return found


def effect_check_after(
    deadline: dt.date | None, today: dt.date, weeks: int = DEFAULT_FOLLOW_UP_WEEKS
) -> dt.date:
    """When to check the effect by default: ``weeks`` after the deadline (from today without one).

    Never earlier than the follow-up list's "due soon" window, so a new check never
    raises a reminder at once.
    """
    start = max(deadline or today, today)
    return max(start + dt.timedelta(weeks=weeks), today + dt.timedelta(days=DUE_SOON_DAYS + 1))


# --- changes (each returns a new action with the event added) ------------------------------


def _with(action: Action, event: ActionEvent, **changes: object) -> Action:
    return dataclasses.replace(action, history=[*action.history, event], **changes)  # type: ignore[arg-type]


def add_note(action: Action, text: str, today: dt.date) -> Action:
    """Return ``action`` with a dated progress note added (any status)."""
    text = text.strip()
    if not text:
        raise ValueError("a note needs some text")
    return _with(action, ActionEvent(EventKind.NOTE, today, text))


def _moved(action: Action, new_deadline: dt.date, today: dt.date) -> dict[str, object]:
    """Return the new deadline and, where the check would fall on or before it, a later effect check."""
    check = action.follow_up_date
    if check is not None and check <= new_deadline:
        gap = (check - action.deadline).days if action.deadline and check > action.deadline else 0
        weeks_later = new_deadline + dt.timedelta(days=gap) if gap else None
        check = weeks_later or effect_check_after(new_deadline, today)
        check = max(check, today + dt.timedelta(days=DUE_SOON_DAYS + 1))
    return {"deadline": new_deadline, "follow_up_date": check}


def move_deadline(action: Action, new_deadline: dt.date, reason: str, today: dt.date) -> Action:
    """Return ``action`` with a new deadline; the old one and the reason go into the history.

    The effect check moves along when it would otherwise fall on or before the new
    deadline: it keeps its distance after the deadline, or (without one) comes
    :data:`DEFAULT_FOLLOW_UP_WEEKS` after it.
    """
    event = ActionEvent(EventKind.DEADLINE_MOVED, today, reason.strip(), action.deadline, new_deadline)
    return _with(action, event, **_moved(action, new_deadline, today))


def record_effect(before: Action | None, after: Action, today: dt.date) -> Action:
    """Return ``after`` with an EFFECT event when its effect was judged anew since ``before``."""
    if after.effect is None:
        return after
    if before is not None and (before.effect, before.effect_note, before.effect_date) == (
        after.effect,
        after.effect_note,
        after.effect_date,
    ):
        return after
    event = ActionEvent(
        EventKind.EFFECT, after.effect_date or today, after.effect_note, effect=after.effect.value
    )
    return _with(after, event)


def continue_action(action: Action, new_deadline: dt.date, reason: str, today: dt.date) -> Action:
    """Next step: the action goes on (in progress) with a new deadline; its effect stays in the history."""
    event = ActionEvent(EventKind.CONTINUED, today, reason.strip(), action.deadline, new_deadline)
    return _with(
        action,
        event,
        status=ActionStatus.IN_PROGRESS,
        effect=None,
        effect_note="",
        effect_date=None,
        **_moved(action, new_deadline, today),
    )


def followed_by(action: Action, new_how: str, today: dt.date) -> Action:
    """Next step: a new action for the same problem (named in the history)."""
    return _with(action, ActionEvent(EventKind.NEW_ACTION, today, new_how.strip()))


def reconsider(action: Action, reason: str, today: dt.date) -> Action:
    """Next step: the problem is to be reconsidered."""
    return _with(action, ActionEvent(EventKind.RECONSIDER, today, reason.strip()))


def follow_on_action(action: Action, today: dt.date) -> Action:
    """Return a new action for the same problem, prefilled from ``action``, for the user to edit."""
    return Action(
        how=action.how,
        responsible=action.responsible,
        start=today,
        follow_up_method=action.follow_up_method,
        catalogue_id=action.catalogue_id,
        problem_id=action.problem_id,
        site_id=action.site_id,  # the next step is taken where the first was
    )


# --- in the file ---------------------------------------------------------------------------


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def history_to_json(events: Iterable[ActionEvent]) -> str:
    """Write the history as JSON (dates as ``YYYY-MM-DD``)."""
    out = []
    for e in events:
        item: dict[str, str] = {"kind": e.kind.value, "on": e.on.isoformat()}
        if e.note:
            item["note"] = e.note
        if e.old_deadline:
            item["old_deadline"] = e.old_deadline.isoformat()
        if e.new_deadline:
            item["new_deadline"] = e.new_deadline.isoformat()
        if e.effect:
            item["effect"] = e.effect
        out.append(item)
    return json.dumps(out, ensure_ascii=False)


def history_from_json(text: str | None) -> list[ActionEvent]:
    """Read a history written by :func:`history_to_json`; what cannot be read is left out."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    events: list[ActionEvent] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        on = _date(item.get("on"))
        try:
            kind = EventKind(str(item.get("kind")))
        except ValueError:
            continue
        if on is None:
            continue
        note, effect = item.get("note", ""), item.get("effect", "")
        events.append(
            ActionEvent(
                kind,
                on,
                note if isinstance(note, str) else "",
                _date(item.get("old_deadline")),
                _date(item.get("new_deadline")),
                effect if effect in {e.value for e in Effect} else "",
            )
        )
    return events
