"""Add one and subtract: no two releases of a round reveal fewer people than the threshold.

The attacker keeps every set of results the program shows over a round's life — the
collection ended, late paper forms, the collection reopened and ended again — and adds
and subtracts them (tests/core/attacker.py). Simulated here on the domain functions the
store uses, over random rounds; tests/store/test_release_store.py plays the same through
the workplace file.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.core.disclosure import Entry, audit
from apvdesk.core.model import Group, Response
from apvdesk.core.release import Release, gate_open, next_release, raise_threshold
from apvdesk.core.results import cell_counts, results_from_sheets
from apvdesk.core.scoring import AnswerSheets, scale_score
from tests.core.attacker import differences, disclosed_sets, shown_figures
from tests.core.test_results_properties import BANK, ITEM_IDS, OPTIONS

SCALE_ITEMS = {scale.id: [item.id for item in scale.items] for scale in BANK.scales}


class Round:
    """A round in the simulation: people answer in order, releases happen as the store makes them."""

    def __init__(self, group_count: int, threshold: int, seed: int) -> None:
        self.groups = [Group(f"G{i}", 10, i) for i in range(1, group_count + 1)]
        self.threshold = threshold
        self.rng = random.Random(seed)
        self.people: list[Response] = []
        self.release: Release | None = None
        self.shown: list = []  # every RoundResults shown, in order

    def answer(self, group_id: int, complete: bool = False) -> None:
        """Add one person's answers: random, with blanks and "don't know" unless ``complete``."""
        answers: dict[str, int | None] = {}
        for item_id in ITEM_IDS:
            roll = 1.0 if complete else self.rng.random()
            if roll < 0.15:
                continue  # blank
            answers[item_id] = None if roll < 0.25 else self.rng.randrange(OPTIONS)
        self.people.append(Response(group_id, "da", answers=answers, id=len(self.people) + 1))

    def candidate(self):
        sheets = AnswerSheets.from_responses(ITEM_IDS, self.people)
        results = results_from_sheets(BANK, self.groups, sheets, self.threshold)
        return results, cell_counts(BANK, BANK.scales, sheets)

    def end_collection(self) -> None:
        """What the store does when the collection ends, or a late answer comes in after that."""
        results, counts = self.candidate()
        release = next_release(self.release, results, counts, SCALE_ITEMS)
        if release is not None:
            self.release = release
        if self.release is not None:
            self.shown.append(self.release.results)

    def scored(self) -> dict[str, list[tuple[int, int]]]:
        out: dict[str, list[tuple[int, int]]] = {}
        for scale in BANK.scales:
            out[scale.id] = [
                (person.id, person.group_id)  # type: ignore[misc]
                for person in self.people
                if scale_score(BANK, scale, person.answers) is not None
            ]
        return out


def _disclosed(simulation: Round) -> list[list[int]]:
    """Return every set of fewer than the threshold people that the shown results reveal."""
    figures: dict[str, set[frozenset[int]]] = {}
    scored = simulation.scored()
    for results in simulation.shown:
        for scale_id, sets in shown_figures(results, scored).items():
            figures.setdefault(scale_id, set()).update(sets)
    return [sorted(s) for sets in figures.values() for s in disclosed_sets(sets, simulation.threshold)]


def _attack(simulation: Round) -> list:
    """Return what the attacker learns: revealed sets, and figures moved by too few people."""
    found: list = _disclosed(simulation)
    for before, after in zip(simulation.shown, simulation.shown[1:], strict=False):
        found += differences(before, after, simulation.threshold)
    return found


_steps = st.lists(
    st.tuples(st.lists(st.integers(1, 4), min_size=0, max_size=9), st.booleans()), min_size=1, max_size=6
)


@settings(max_examples=120, deadline=None)
@given(st.integers(1, 4), st.integers(3, 5), _steps, st.integers(0, 10**6))
def test_no_sequence_of_releases_reveals_anyone(group_count, threshold, steps, seed):
    simulation = Round(group_count, threshold, seed)
    ended = False
    for arrivals, end in steps:
        for group in arrivals:
            simulation.answer(min(group, group_count + 1))  # group_count + 1: outside the round
        if ended or end:  # after the first end every late answer is judged at once
            ended = True
            simulation.end_collection()
    assert _attack(simulation) == []


def test_the_attacker_finds_what_live_results_would_reveal():
    """The attacker is not blind: results shown after every answer give away the last person."""
    simulation = Round(2, 5, seed=2)
    for group in [1] * 6 + [2] * 6:
        simulation.answer(group, complete=True)
    simulation.shown.append(simulation.candidate()[0])
    simulation.answer(1, complete=True)
    simulation.shown.append(simulation.candidate()[0])
    assert differences(simulation.shown[0], simulation.shown[1], 5)
    assert [13] in _disclosed(simulation)


def test_one_late_answer_waits_and_changes_nothing():
    simulation = Round(2, 5, seed=1)
    for group in [1] * 6 + [2] * 6:
        simulation.answer(group)
    simulation.end_collection()
    first = simulation.release
    simulation.answer(1)
    simulation.end_collection()
    assert simulation.release is first  # the late answer waits
    assert differences(simulation.shown[0], simulation.shown[1], 5) == []
    for _ in range(4):
        simulation.answer(1)
        simulation.end_collection()
    assert simulation.release is not first  # five new in group 1, none in group 2: released
    assert simulation.release.results.respondents == {1: 11, 2: 6, None: 17}
    assert _attack(simulation) == []


def test_a_group_withheld_to_protect_another_is_not_shown_later_beside_the_old_figures():
    """The complementary choice must not swap between releases.

    Group 1 has 2 answers (withheld), group 2 five (withheld to protect group 1), group 3
    six (shown). Then group 2 gets five more. On the new answers alone the smallest shown
    group is now group 3, so group 2 would be shown and group 3 withheld: the new total
    minus group 2, minus group 3 as shown the first time, is group 1's two people.
    """
    simulation = Round(3, 5, seed=3)
    for group in [1, 1] + [2] * 5 + [3] * 6:
        simulation.answer(group, complete=True)
    simulation.end_collection()
    first = simulation.release.results
    assert not first.get("two", 1).shown and not first.get("two", 2).shown and first.get("two", 3).shown
    for _ in range(5):
        simulation.answer(2, complete=True)
    naive, _counts = simulation.candidate()
    assert naive.get("two", 2).shown and not naive.get("two", 3).shown  # what a fresh computation shows
    naive_attack = Round(3, 5, seed=3)
    naive_attack.people, naive_attack.shown = simulation.people, [first, naive]
    assert [1, 2] in _disclosed(naive_attack)

    simulation.end_collection()
    assert simulation.release.results is not first
    assert simulation.release.results.get("two", None).shown  # the workplace's figure moves by five
    assert _attack(simulation) == []


def test_the_gate_needs_the_threshold_in_every_group_that_changed():
    released = {1: 6, 2: 6, None: 12}
    assert not gate_open(released, {1: 7, 2: 6, None: 13}, 5)
    assert gate_open(released, {1: 11, 2: 6, None: 17}, 5)
    assert not gate_open(released, {1: 11, 2: 7, None: 18}, 5)  # group 2: one new answer
    assert gate_open(released, {1: 11, 2: 11, 3: 5, None: 27}, 5)
    assert not gate_open(released, released, 5)  # nothing new
    assert not gate_open(released, {1: 5, 2: 6, None: 11}, 5)  # fewer: never


def test_the_audit_refuses_a_new_release_that_shows_one_more_person():
    earlier = [Entry({1: 6, 2: 6}, {1: "a", 2: "b"}, frozenset({None, 1, 2}))]
    one_more = Entry({1: 7, 2: 6}, {1: "c", 2: "b"}, frozenset({None, 1, 2}))
    assert not audit(earlier, one_more, 5)
    five_more = Entry({1: 11, 2: 6}, {1: "d", 2: "b"}, frozenset({None, 1, 2}))
    assert audit(earlier, five_more, 5)
    same_count_other_answers = Entry({1: 6, 2: 6}, {1: "x", 2: "b"}, frozenset({None, 1, 2}))
    assert not audit(earlier, same_count_other_answers, 5)


def test_raising_the_threshold_only_withholds_more():
    simulation = Round(3, 5, seed=8)
    for group in [1] * 5 + [2] * 6 + [3] * 9:
        simulation.answer(group)
    simulation.end_collection()
    before = simulation.release
    raised = raise_threshold(before, 6, SCALE_ITEMS)
    for key, result in raised.results.results.items():
        if result.shown:
            assert before.results.results[key] == result  # nothing new, nothing changed
            assert result.n >= 6
    for key, item in raised.results.distributions.items():
        if item.shown:
            assert before.results.distributions[key] == item
    assert raised.results.threshold == 6
    simulation.shown.append(raised.results)
    assert _disclosed(simulation) == []  # no set of fewer than five comes out
