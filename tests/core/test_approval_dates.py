"""The plan's approval is one computation from revisions and dates (core.approval)."""

from __future__ import annotations

import datetime as dt

from apvdesk.core.approval import approval_state
from apvdesk.core.model import Approval, ApproverRole

START = dt.date(2026, 9, 1)


def amo(on: dt.date, revision: int) -> Approval:
    return Approval(1, "AMO", ApproverRole.AMO, on, revision)


def test_an_approval_of_the_current_revision_after_the_last_change_approves() -> None:
    state = approval_state([amo(dt.date(2026, 10, 20), 3)], 3, dt.date(2026, 10, 15), START)
    assert state.approved and not state.changed_since_approval


def test_an_approval_given_the_day_the_plan_changed_approves() -> None:
    assert approval_state([amo(dt.date(2026, 10, 15), 3)], 3, dt.date(2026, 10, 15), START).approved


def test_a_plan_changed_after_the_approval_date_is_changed_since_approval() -> None:
    # approvals from October, the plan changed in December: whatever revision they were stamped with
    state = approval_state([amo(dt.date(2026, 10, 20), 3)], 3, dt.date(2026, 12, 6), START)
    assert not state.approved and state.changed_since_approval
    assert state.outdated and not state.current


def test_an_approval_of_an_earlier_revision_is_outdated() -> None:
    state = approval_state([amo(dt.date(2026, 12, 7), 2)], 3, dt.date(2026, 12, 6), START)
    assert not state.approved and state.changed_since_approval


def test_an_approval_dated_before_the_round_started_does_not_count() -> None:
    state = approval_state([amo(dt.date(2026, 8, 31), 3)], 3, None, START)
    assert not state.approved and not state.changed_since_approval
    assert state.too_early and not state.current and not state.outdated
