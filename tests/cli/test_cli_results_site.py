"""``apvdesk results FILE --site NAME``: one site's groups and its own figures, as released."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from apvdesk.core.sites import Site, SiteKind
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli_mapping import assert_user_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


def _json(tmp_path: Path, path: Path, *extra: str) -> dict:
    result = run(tmp_path, "results", path, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_demo_site_shows_its_linen_room_and_its_own_figures(demo: Path, tmp_path: Path) -> None:
    whole = _json(tmp_path, demo)
    site = _json(tmp_path, demo, "--site", " plejecenter LÆRKEHØJ ")
    assert site["site"]["name"] == "Plejecenter Lærkehøj" and whole["site"] is None
    assert [g["name"] for g in site["groups"]] == ["Linnedrum Lærkehøj"]
    assert site["respondents"] == 9 and whole["respondents"] == 49
    [team] = site["groups"]
    by_key = {(e["scale"], e["group"]): e for e in whole["results"]}
    for entry in site["results"]:
        # the site holds exactly the linen room's people: the same figures under both names
        twin = by_key[(entry["scale"], team["id"])]
        assert entry["n"] == twin["n"] and entry["mean"] == twin["mean"]
    table = run(tmp_path, "results", demo, "--site", "Plejecenter Lærkehøj")
    assert "  Plejecenter Lærkehøj  n 9, mean" in table.stdout and "Whole workplace" not in table.stdout


def test_a_site_of_the_shop_and_the_drivers_shows_its_total_and_withholds_both(
    demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "shop.apvdesk"
    shutil.copyfile(demo, path)
    store = WorkplaceStore.open(path)
    try:
        shop = store.add_site(Site("Butikken i Viby", SiteKind.OWN))
        for group in store.groups():
            if group.name.startswith(("Butik", "Chauffører")):
                store.set_group_site(group.id, shop.id)
        assert store.release_sites(store.latest_round().id)
    finally:
        store.close()
    site = _json(tmp_path, path, "--site", "Butikken i Viby")
    assert site["respondents"] == 11
    support = [e for e in site["results"] if e["scale"] == "support_colleagues"]
    [total] = [e for e in support if e["group"] is None]
    assert total["n"] == 11 and not total["withheld"]
    # the drivers (4) are below the threshold and the shop (7) protects them: neither shows
    groups = [e for e in support if e["group"] is not None]
    assert len(groups) == 2 and all(e["withheld"] and e["n"] is None for e in groups)


def test_an_unknown_site_and_a_site_without_figures_are_one_line_each(demo: Path, tmp_path: Path) -> None:
    line = assert_user_error(run(tmp_path, "results", demo, "--site", "Skolen"), "Skolen")
    assert len(line) == 1 and "Plejecenter Lærkehøj" in line[0]
    path = tmp_path / "school.apvdesk"
    shutil.copyfile(demo, path)
    store = WorkplaceStore.open(path)
    try:
        store.add_site(Site("Skolen på Bakken"))  # no group at it, so nothing was released for it
    finally:
        store.close()
    line = assert_user_error(run(tmp_path, "results", path, "--site", "skolen på bakken"), "Skolen på Bakken")
    assert len(line) == 1 and "no results for the site" in line[0]
