"""The workplace's records: who took part, the AMO rule by size, changes moving the next APV."""

from __future__ import annotations

import datetime as dt

from apvdesk.core.cooperation import CooperationGap, cooperation_gap
from apvdesk.core.deadlines import next_apv
from apvdesk.core.model import Group, Workplace
from apvdesk.core.records import Participation, WorkChange, latest_changes

START = dt.date(2026, 9, 1)


def test_participation_names_the_steps_not_recorded():
    assert Participation().missing() == ["mapping", "assessment", "plan", "follow_up"]
    partly = Participation(mapping="Alle ansatte", plan="AMO", follow_up="  ")
    assert partly.missing() == ["assessment", "follow_up"] and not partly.complete
    assert Participation("a", "b", "c", "d").complete


def test_the_amo_rule_by_size():
    def gap(headcount: int, levels: int) -> CooperationGap | None:
        return cooperation_gap(Workplace("X", headcount=headcount, amo_levels=levels))

    assert gap(9, 0) is None  # 1-9: directly with the employees
    assert gap(10, 0) is CooperationGap.NO_AMO
    assert gap(10, 1) is None
    assert gap(34, 1) is None
    assert gap(35, 1) is CooperationGap.ONE_LEVEL
    assert gap(35, 0) is CooperationGap.NO_AMO
    assert gap(35, 2) is None
    # without a recorded headcount, the groups' sum counts
    assert cooperation_gap(Workplace("X"), [Group("A", 6), Group("B", 5)]) is CooperationGap.NO_AMO


def test_the_next_apv_is_three_years_on_without_changes():
    assert next_apv(START).due == dt.date(2029, 9, 1) and next_apv(START).change is None


def test_an_open_change_after_the_round_brings_the_next_apv_forward_to_its_day():
    machine = WorkChange(dt.date(2027, 4, 1), "Ny strygerulle", needs_partial_apv=True, id=1)
    customer = WorkChange(dt.date(2027, 2, 1), "Ny kunde", needs_partial_apv=False, id=2)
    before = WorkChange(dt.date(2026, 5, 1), "Nye lokaler", needs_partial_apv=True, id=3)
    result = next_apv(START, [customer, machine, before])
    assert result.due == dt.date(2027, 4, 1) and result.change is machine
    machine.partial_apv_on = dt.date(2027, 3, 20)  # made: the three years decide again
    assert next_apv(START, [customer, machine, before]).due == dt.date(2029, 9, 1)


def test_latest_changes_newest_first():
    a = WorkChange(dt.date(2026, 1, 1), "a", id=1)
    b = WorkChange(dt.date(2027, 1, 1), "b", id=2)
    c = WorkChange(dt.date(2027, 1, 1), "c", id=3)
    assert latest_changes([a, b, c], 2) == [c, b]
