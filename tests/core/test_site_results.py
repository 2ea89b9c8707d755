"""A site's figures against numbers worked out by hand; its response overview; the snapshot keeps them.

Scale "two" (items a and b, points 100/75/50/25/0, high is good): a person's score is the
mean of the two answers' points.
"""

from __future__ import annotations

import dataclasses
import math

from apvdesk.core import site_release
from apvdesk.core.model import Group, Response
from apvdesk.core.release import next_release
from apvdesk.core.result_types import Light, Withheld
from apvdesk.core.results import cell_counts, results_from_sheets
from apvdesk.core.results_snapshot import (
    history_from_json,
    history_to_json,
    results_from_json,
    results_to_json,
)
from apvdesk.core.scoring import AnswerSheets
from apvdesk.core.site_view import site_response_overview, site_results
from tests.core.test_release_attacks import SCALE_ITEMS
from tests.core.test_results_properties import BANK, ITEM_IDS

# Site 1 holds groups 1 and 2; group 3 is at site 2 alone; group 4 is at no site.
GROUPS = [Group("A", 3, 1, 1), Group("B", 2, 2, 1), Group("C", 5, 3, 2), Group("D", 2, 4, None)]


def _person(group: int, a: int, b: int, number: int) -> Response:
    return Response(group, "da", answers={"a": a, "b": b, "x": 0, "y": 0, "z": 0}, id=number)


PEOPLE = [
    _person(1, 0, 0, 1),  # 100
    _person(1, 1, 1, 2),  # 75
    _person(2, 2, 2, 3),  # 50
    _person(2, 0, 2, 4),  # 75
    *(_person(3, 4, 4, 5 + i) for i in range(4)),  # 0 each
    _person(4, 3, 3, 9),  # 25
]


def _release(threshold: int):
    sheets = AnswerSheets.from_responses(ITEM_IDS, PEOPLE)
    candidate = results_from_sheets(BANK, GROUPS, sheets, threshold)
    candidate = dataclasses.replace(candidate, sites=site_release.candidates(BANK, GROUPS, sheets, threshold))
    release = next_release(None, candidate, cell_counts(BANK, BANK.scales, sheets), SCALE_ITEMS)
    assert release is not None
    return release


def test_a_site_shows_its_groups_together_while_each_is_too_small():
    release = _release(3)
    results = release.results
    assert not results.get("two", 1).shown and not results.get("two", 2).shown  # 2 answers each
    assert results.get("two", None).n == 9 and math.isclose(
        results.get("two", None).mean, 325 / 9
    )  # 100+75+50+75+0×4+25
    site = results.sites[1]
    assert site.members == (1, 2) and site.respondents == 4
    two = site.results["two"]
    assert two.n == 4
    assert two.mean == 75.0  # (100 + 75 + 50 + 75) / 4
    assert math.isclose(two.sd, math.sqrt((25**2 + 0 + 25**2 + 0) / 3))
    assert two.share_unfavourable == 0.0 and two.light is Light.GREEN  # none below 50; 75 >= 66.7
    assert site.distributions["a"].counts == (2, 1, 1, 0, 0)  # options 0, 1, 2, 0
    assert site.distributions["b"].counts == (1, 1, 2, 0, 0)
    # the workplace (9) minus site 1 (4) minus group C (4) is group D's one person: something
    # must go; the smallest figures first, a group before a site: group C, and with it site 2,
    # which counts the same four people
    assert not results.get("two", 3).shown
    assert results.get("two", 3).withheld is Withheld.PROTECTS_OTHER_GROUP
    assert results.sites[2].results["two"].withheld is Withheld.PROTECTS_OTHER_GROUP


def test_a_site_of_one_group_shows_that_group_and_nothing_more():
    groups = [Group("A", 3, 1, 1), Group("C", 5, 3, 2)]
    people = [p for p in PEOPLE if p.group_id in (1, 3)]
    sheets = AnswerSheets.from_responses(ITEM_IDS, people)
    candidate = results_from_sheets(BANK, groups, sheets, 2)
    candidate = dataclasses.replace(candidate, sites=site_release.candidates(BANK, groups, sheets, 2))
    release = next_release(None, candidate, cell_counts(BANK, BANK.scales, sheets), SCALE_ITEMS)
    assert release is not None
    results = release.results
    assert results.get("two", 1).shown and results.get("two", 3).shown and results.get("two", None).shown
    assert results.sites[1].results["two"] == dataclasses.replace(results.get("two", 1), group_id=None)
    assert results.sites[2].results["two"].mean == 0.0


def test_a_site_below_the_threshold_is_withheld_with_its_items():
    release = _release(5)
    site = release.results.sites[1]
    assert site.results["two"].withheld is Withheld.BELOW_THRESHOLD and site.results["two"].n == 0
    assert site.distributions["a"].counts is None


def test_the_site_view_puts_the_site_in_place_of_the_workplace():
    results = _release(3).results
    view = site_results(results, 1)
    assert view is not None
    assert view.group_ids == (1, 2)
    assert view.respondents == {None: 4, 1: 2, 2: 2}
    assert view.get("two", None).mean == 75.0
    assert not view.get("two", 1).shown
    assert view.distribution("a", None).counts == (2, 1, 1, 0, 0)
    assert all(key[1] in (None, 1, 2) for key in view.results)
    assert site_results(results, 99) is None


def test_the_response_overview_of_a_site_counts_its_groups_only():
    rows = site_response_overview(GROUPS, {1: 2, 2: 2, 3: 4, 4: 1}, 3, 1)
    assert [row.group.name if row.group else None for row in rows] == ["A", "B", None]
    assert (rows[-1].headcount, rows[-1].respondents, rows[-1].below_threshold) == (5, 4, False)
    assert rows[0].below_threshold
    everyone = site_response_overview(GROUPS, {1: 2, 2: 2, 3: 4, 4: 1}, 3, None)
    assert everyone[-1].respondents == 9


def test_the_snapshot_keeps_the_sites_and_the_history_its_unions():
    release = _release(3)
    assert results_from_json(results_to_json(release.results)) == release.results
    assert history_from_json(history_to_json(release.history)) == release.history
    assert any(
        isinstance(key, frozenset) for entries in release.history.values() for key in entries[-1].shown
    )
    plain = dataclasses.replace(release.results, sites={})
    assert "sites" not in results_to_json(plain)  # a workplace without sites writes what it wrote before
