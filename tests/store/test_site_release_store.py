"""Sites' figures in the workplace file: released with the groups', kept, and judged when groups move.

The demo round (threshold 5): Vask og tørring 16 answers, Strygning og finish 13, Butik og
kundeservice 7, Chauffører 4, and Linnedrum Lærkehøj 9 at the customer site »Plejecenter
Lærkehøj«. The drivers are below the threshold, so the shop is withheld to protect them
(its 7 alone would leave the drivers as workplace minus the other four).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.core.result_types import Withheld
from apvdesk.core.site_view import site_results
from apvdesk.core.sites import Site, SiteKind
from apvdesk.store.workplace_store import WorkplaceStore

SCALE = "support_colleagues"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri.apvdesk"
    write_demo(path, respondents=49, seed=7)
    return path


def _ids(store: WorkplaceStore) -> dict[str, int]:
    return {group.name.split()[0]: group.id for group in store.groups() if group.id is not None}


def test_groups_put_at_a_site_after_the_release_show_the_site_together(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        round_id = store.latest_round().id
        ids = _ids(store)
        shop = store.add_site(Site("Butikken", kind=SiteKind.OWN))
        store.set_group_site(ids["Butik"], shop.id)
        store.set_group_site(ids["Chauffører"], shop.id)
        assert shop.id not in store.results(round_id).sites  # not yet released
        assert store.release_sites(round_id)
        assert not store.release_sites(round_id)  # the same layout: nothing new
    finally:
        store.close()
    store = WorkplaceStore.open(demo_path)  # reopened: kept in the file
    try:
        results = store.results(round_id)
        figures = results.sites[shop.id]
        assert figures.respondents == 11 and set(figures.members) == {ids["Butik"], ids["Chauffører"]}
        shown = [r for r in figures.results.values() if r.shown]
        assert shown and all(r.n <= 11 for r in shown) and any(r.n == 11 for r in shown)
        assert results.get(SCALE, ids["Chauffører"]).withheld is Withheld.BELOW_THRESHOLD
        assert results.get(SCALE, ids["Butik"]).withheld is Withheld.PROTECTS_OTHER_GROUP
        view = site_results(results, shop.id)
        assert view is not None and view.get(SCALE, None).n == figures.results[SCALE].n
    finally:
        store.close()


def test_a_site_holding_only_a_group_withheld_to_protect_another_stays_withheld(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        round_id = store.latest_round().id
        ids = _ids(store)
        shop = store.add_site(Site("Butikken", kind=SiteKind.OWN))
        routes = store.add_site(Site("Ruterne", kind=SiteKind.OWN))
        store.set_group_site(ids["Butik"], shop.id)
        store.set_group_site(ids["Chauffører"], routes.id)
        assert store.release_sites(round_id)
        results = store.results(round_id)
        # the shop alone is group Butik (7): shown, workplace minus the others is the drivers
        assert not results.sites[shop.id].results[SCALE].shown
        assert results.sites[routes.id].results[SCALE].withheld is Withheld.BELOW_THRESHOLD
        assert results.get(SCALE, None).shown and results.get(SCALE, None).n == 49
    finally:
        store.close()


def test_a_site_of_a_shown_group_and_the_drivers_is_withheld(demo_path):
    """The drivers (4) put at Lærkehøj with its linen room (9): the site's 13 less the linen
    room's shown 9 would be the drivers, so the site is withheld."""
    store = WorkplaceStore.open(demo_path)
    try:
        round_id = store.latest_round().id
        ids = _ids(store)
        [nursing_home] = store.sites()
        store.set_group_site(ids["Chauffører"], nursing_home.id)
        assert store.release_sites(round_id)
        results = store.results(round_id)
        assert results.get(SCALE, ids["Linnedrum"]).shown and results.get(SCALE, ids["Linnedrum"]).n == 9
        assert results.sites[nursing_home.id].respondents == 13
        assert not any(r.shown for r in results.sites[nursing_home.id].results.values())
    finally:
        store.close()


def test_after_the_answers_are_deleted_the_sites_stay_as_released(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        round_id = store.latest_round().id
        ids = _ids(store)
        shop = store.add_site(Site("Butikken", kind=SiteKind.OWN))
        store.set_group_site(ids["Butik"], shop.id)
        store.set_group_site(ids["Chauffører"], shop.id)
        store.release_sites(round_id)
        before = store.results(round_id)
        store.discard_raw_answers(round_id)
        store.set_group_site(ids["Chauffører"], None)
        assert not store.release_sites(round_id)  # nothing to work them out from
        assert store.results(round_id).sites == before.sites
    finally:
        store.close()
