"""Sites as one more level of figures: no combination of groups, sites and the workplace reveals anyone.

The attacker (tests/core/attacker.py, written apart from core.disclosure) keeps every
figure shown over a round's life — the whole workplace, each group, each site — and adds
and subtracts them: a site minus its shown groups, the workplace minus the shown sites,
a site before and after late answers. Random layouts: sites with groups, groups at no
site, answers in groups outside the round, thresholds 3 to 10.
"""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from apvdesk.core import site_release
from apvdesk.core.model import Group
from apvdesk.core.release import Release, next_release, raise_threshold
from apvdesk.core.result_types import RoundResults
from apvdesk.core.results import cell_counts, results_from_sheets
from apvdesk.core.scoring import AnswerSheets
from tests.core.attacker import differences, disclosed_sets, shown_figures
from tests.core.test_release_attacks import SCALE_ITEMS
from tests.core.test_release_attacks import Round as GroupRound
from tests.core.test_results_properties import BANK, ITEM_IDS


class SiteRound(GroupRound):
    """A round whose groups stand at sites; ``naive`` shows every site at or above the threshold."""

    def __init__(self, sites: list[int | None], threshold: int, seed: int, naive: bool = False) -> None:
        super().__init__(len(sites), threshold, seed)
        self.groups = [Group(f"G{i}", 10, i, site) for i, site in enumerate(sites, start=1)]
        self.naive = naive

    def candidate(self):
        sheets = AnswerSheets.from_responses(ITEM_IDS, self.people)
        results = results_from_sheets(BANK, self.groups, sheets, self.threshold)
        sites = site_release.candidates(BANK, self.groups, sheets, self.threshold)
        return dataclasses.replace(results, sites=sites), cell_counts(BANK, BANK.scales, sheets)

    def end_collection(self) -> None:
        if not self.naive:
            super().end_collection()
            return
        results, counts = self.candidate()
        plain = dataclasses.replace(results, sites={})
        release = next_release(self.release, plain, counts, SCALE_ITEMS)
        if release is not None:  # the groups as released, the sites beside them unjudged
            self.release = dataclasses.replace(
                release, results=dataclasses.replace(release.results, sites=results.sites)
            )
        if self.release is not None:
            self.shown.append(self.release.results)


def site_figures(results: RoundResults, scored) -> dict[str, set[frozenset[int]]]:
    """Return, per scale, the people behind each shown site figure (its groups' first n)."""
    out: dict[str, set[frozenset[int]]] = {}
    for figures in results.sites.values():
        for scale_id, result in figures.results.items():
            if result.shown:
                people = [p for p, g in scored[scale_id] if g in figures.members]
                assert result.n <= len(people)
                out.setdefault(scale_id, set()).add(frozenset(people[: result.n]))
    return out


def attack(simulation: SiteRound) -> list:
    """Return what the attacker learns from every release: revealed sets and small moves."""
    threshold = simulation.threshold
    scored = simulation.scored()
    figures: dict[str, set[frozenset[int]]] = {}
    found: list = []
    for results in simulation.shown:
        for part in (shown_figures(results, scored), site_figures(results, scored)):
            for scale_id, sets in part.items():
                found += [f"{scale_id}: shown with {len(s)}" for s in sets if len(s) < threshold]
                figures.setdefault(scale_id, set()).update(sets)
    found += [sorted(s) for sets in figures.values() for s in disclosed_sets(sets, threshold)]
    for before, after in zip(simulation.shown, simulation.shown[1:], strict=False):
        found += differences(before, after, threshold)
        for site, now in after.sites.items():
            then = before.sites.get(site)
            if then is not None and then.members != now.members:
                continue  # other people under the same name: the sets above judge them
            for scale_id, result in now.results.items():
                old = then.results.get(scale_id) if then else None
                if old and old.shown and result.shown and 0 < abs(result.n - old.n) < threshold:
                    found.append(f"site {site} {scale_id}: n {old.n} -> {result.n}")
    return found


_layouts = st.lists(st.one_of(st.none(), st.integers(1, 3)), min_size=1, max_size=5)
_steps = st.lists(  # per step: how many answer in each group (6: a group outside the round), then end?
    st.tuples(st.lists(st.integers(0, 12), min_size=6, max_size=6), st.booleans()), min_size=1, max_size=3
)


def _play(simulation: SiteRound, steps) -> None:
    ended = False
    for step, (counts, end) in enumerate(steps, start=1):
        end = end or step == len(steps)  # the collection ends at last
        for group, count in enumerate(counts, start=1):
            for _ in range(count):
                simulation.answer(min(group, len(simulation.groups) + 1))  # beyond: outside the round
        if ended or end:
            ended = True
            simulation.end_collection()


@settings(max_examples=150, deadline=None)
@given(_layouts, st.integers(3, 10), _steps, st.integers(0, 10**6))
def test_no_layout_of_sites_and_groups_reveals_anyone(layout, threshold, steps, seed):
    simulation = SiteRound(layout, threshold, seed)
    _play(simulation, steps)
    assert attack(simulation) == []


@settings(max_examples=60, deadline=None)
@given(_layouts, st.integers(3, 6), _steps, st.integers(0, 10**6), st.integers(1, 4))
def test_raising_the_threshold_keeps_the_sites_safe(layout, threshold, steps, seed, more):
    simulation = SiteRound(layout, threshold, seed)
    _play(simulation, steps)
    if simulation.release is None:
        return
    raised = raise_threshold(simulation.release, threshold + more, SCALE_ITEMS)
    for site, figures in raised.results.sites.items():
        for scale_id, result in figures.results.items():
            if result.shown:
                assert result == simulation.release.results.sites[site].results[scale_id]
                assert result.n >= threshold + more
    simulation.threshold += more
    simulation.shown = [raised.results]
    assert attack(simulation) == []


def test_the_attacker_finds_what_naive_site_figures_reveal():
    """Sites shown whenever they reach the threshold give away a group at no site and a small group.

    Threshold 5. Site 1 holds groups 1 (6) and 2 (2); site 2 holds group 3 (6); group 4 (2)
    is at no site. The groups' own suppression withholds 2 and 4, and group 1 to protect
    them; the workplace (16) and group 3 are shown. Site 1 (8) shown beside them: the
    workplace minus site 1 minus group 3 is group 4's two people. Judged together, the
    smallest figures go first: group 3 (6), then site 2 (the same six people); the workplace
    (16) and site 1 (8) stay, and their difference holds eight.
    """
    naive = SiteRound([1, 1, 2, None], 5, seed=4, naive=True)
    for group in [1] * 6 + [2] * 2 + [3] * 6 + [4] * 2:
        naive.answer(group, complete=True)
    naive.end_collection()
    assert [15, 16] in attack(naive)

    safe = SiteRound([1, 1, 2, None], 5, seed=4)
    safe.people = naive.people
    safe.end_collection()
    assert attack(safe) == []
    results = safe.release.results
    shown = {key for (scale, key), r in results.results.items() if scale == "two" and r.shown}
    assert shown == {None}
    assert results.get("two", None).n == 16
    assert results.sites[1].results["two"].n == 8
    assert not results.sites[2].results["two"].shown


@settings(max_examples=100, deadline=None)
@given(_layouts, st.integers(3, 8), _steps, st.integers(0, 10**6), st.data())
def test_groups_moved_between_sites_after_the_release_reveal_no_one(layout, threshold, steps, seed, data):
    """The sites are released again with the answers already released (the store's release_sites)."""
    simulation = SiteRound(layout, threshold, seed)
    _play(simulation, steps)
    for _ in range(2):
        if simulation.release is None:
            return
        moved = data.draw(
            st.lists(st.one_of(st.none(), st.integers(1, 3)), min_size=len(layout), max_size=len(layout))
        )
        simulation.groups = [
            dataclasses.replace(g, site_id=s) for g, s in zip(simulation.groups, moved, strict=True)
        ]
        candidate, counts = simulation.candidate()
        added = site_release.add_sites(
            simulation.release.results, simulation.release.history, candidate.sites, counts, SCALE_ITEMS
        )
        if added is None:  # answers wait for the next release
            assert candidate.respondents != simulation.release.results.respondents
            return
        simulation.release = Release(*added)
        simulation.shown.append(simulation.release.results)
        assert attack(simulation) == []
