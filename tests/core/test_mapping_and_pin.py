"""Response overview, dialogue advice and the kiosk PIN hash, against hand-worked cases."""

from __future__ import annotations

import pytest

from apvdesk.core.mapping import Advice, dialogue_advice, response_overview
from apvdesk.core.model import Group
from apvdesk.core.pin import hash_pin, lockout_seconds, verify_pin

GROUPS = [Group("Vask", 16, id=1), Group("Butik", 8, id=2), Group("Chauffører", 4, id=3)]


def test_response_overview_rates_and_warnings():
    rows = response_overview(GROUPS, {1: 12, 2: 4, 3: 3}, threshold=5)
    vask, butik, drivers, total = rows
    assert (vask.respondents, vask.headcount, vask.rate) == (12, 16, 0.75)
    assert not vask.below_threshold and not vask.weak_rate
    assert butik.rate == 0.5 and butik.weak_rate and butik.below_threshold  # 4 < 5 and 50 % < 60 %
    assert drivers.below_threshold and not drivers.weak_rate  # 3 of 4 = 75 %
    assert total.group is None
    assert (total.respondents, total.headcount) == (19, 28)
    assert total.weak_rate is False  # 19 / 28 = 68 %


def test_a_group_without_headcount_has_no_rate():
    [row, _total] = response_overview([Group("Ny", 0, id=9)], {9: 2}, threshold=3)
    assert row.rate is None and not row.weak_rate and row.below_threshold


def test_dialogue_is_advised_for_small_workplaces_and_small_groups():
    assert dialogue_advice(40, GROUPS[:2], 5) == ([], [])
    reasons, small = dialogue_advice(40, GROUPS, 5)
    assert reasons == [Advice.SMALL_GROUP] and small == [GROUPS[2]]
    reasons, _ = dialogue_advice(12, GROUPS[:1], 5)
    assert reasons == [Advice.SMALL_WORKPLACE]
    reasons, _ = dialogue_advice(0, [Group("A", 6, id=1), Group("B", 6, id=2)], 5)  # 12 from the groups
    assert reasons == [Advice.SMALL_WORKPLACE]


def test_pin_is_salted_and_verifies():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # a fresh salt each time
    assert "2468" not in first
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "not a hash")


@pytest.mark.parametrize("pin", ["123", "12a4", ""])
def test_short_or_non_digit_pins_are_refused(pin):
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_wrong_pins_slow_down():
    assert [lockout_seconds(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert lockout_seconds(50) == 300
