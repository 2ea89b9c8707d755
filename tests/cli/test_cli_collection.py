"""``apvdesk collect``, ``import`` into a collection file and ``apvdesk merge``, run as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from apvdesk.store.collection.file import sheet_count
from tests.cli.test_cli_mapping import Round, assert_user_error, danish_csv, run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


@pytest.fixture
def workplace(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.apvdesk"
    shutil.copyfile(demo_file, path)
    return path


def test_collect_import_there_and_merge_once(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    site = tmp_path / "Skolen.apvcollect"
    result = run(tmp_path, "collect", workplace, "-o", site)
    assert result.returncode == 0, result.stderr
    assert "Skolen.apvcollect" in result.stdout and "5 groups" in result.stdout  # the demo's five

    data = tmp_path / "svar.csv"
    data.write_bytes(danish_csv(before.frequency).encode("cp1252"))
    result = run(tmp_path, "import", site, data)  # typed in on the other PC, into the collection
    assert result.returncode == 0, result.stderr
    assert "Added 4 answer sheets" in result.stdout
    assert Round(workplace).responses == before.responses  # the workplace file is not touched

    result = run(tmp_path, "merge", workplace, site)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added 4 answer sheets from")
    after = Round(workplace)
    assert len(after.new_since(before)) == 4
    assert after.languages_since(before) == {"da": 3, "en": 1}

    result = run(tmp_path, "merge", workplace, site, "--wipe")
    assert result.returncode == 0, result.stderr
    assert "were added before; nothing was added again" in result.stdout
    assert "were deleted from it" in result.stdout
    assert len(Round(workplace).responses) == len(after.responses)
    assert sheet_count(site) == 0


def test_a_collection_of_another_workplace_file_is_refused_with_one_line(
    workplace: Path, demo_file: Path, tmp_path: Path
) -> None:
    # Another demo written afresh: a workplace file of its own, with its own key (made when
    # the demo's linen room collected; a copy of the same file would share it).
    assert run(tmp_path, "demo", "other.apvdesk").returncode == 0
    other = tmp_path / "other.apvdesk"
    site = tmp_path / "other.apvcollect"
    assert run(tmp_path, "collect", other, "-o", site).returncode == 0
    before = workplace.read_bytes()
    lines = assert_user_error(run(tmp_path, "merge", workplace, site), "other.apvcollect")
    assert len(lines) == 1 and "another workplace file or another round" in lines[0]
    assert workplace.read_bytes() == before


def test_merging_a_workplace_file_or_collecting_over_one_is_refused(workplace: Path, tmp_path: Path) -> None:
    before = workplace.read_bytes()
    lines = assert_user_error(run(tmp_path, "merge", workplace, workplace), "work.apvdesk")
    assert len(lines) == 1 and "not an apvdesk collection file" in lines[0]
    other = tmp_path / "other.apvdesk"
    shutil.copyfile(workplace, other)
    assert_user_error(run(tmp_path, "collect", workplace, "-o", other))
    assert other.read_bytes() == before


def test_no_output_is_written_over_a_collection_file(workplace: Path, tmp_path: Path) -> None:
    site = tmp_path / "Skolen.apvcollect"
    assert run(tmp_path, "collect", workplace, "-o", site).returncode == 0
    before = site.read_bytes()
    for command in (("collect", workplace, "-o", site), ("report", "action-plan", workplace, "-o", site)):
        lines = assert_user_error(run(tmp_path, *command), "Skolen.apvcollect")
        assert len(lines) == 1 and "collection file and may hold answers" in lines[0]
        assert site.read_bytes() == before


def _two_sites(path: Path) -> dict[str, int]:
    """Put the first group at the demo's customer site and the second at a new own shop."""
    from apvdesk.core.sites import Site, SiteKind
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open(path)
    try:
        (laerkehoj,) = [s for s in store.sites() if s.name == "Plejecenter Lærkehøj"]
        shop = store.add_site(Site("Butikken", SiteKind.OWN))
        groups = store.groups()
        assert laerkehoj.id is not None and shop.id is not None and groups[0].id and groups[1].id
        store.set_group_site(groups[0].id, laerkehoj.id)
        store.set_group_site(groups[1].id, shop.id)
        return {g.name: g.id for g in store.groups() if g.id is not None}
    finally:
        store.close()


def test_collect_for_one_site_holds_its_groups_and_those_of_the_whole_workplace(
    workplace: Path, tmp_path: Path
) -> None:
    from apvdesk.store.collection.file import read_header

    groups = _two_sites(workplace)
    names = list(groups)
    out = tmp_path / "Lærkehøj.apvcollect"
    result = run(tmp_path, "collect", workplace, "-o", out, "--site", "plejecenter lærkehøj")
    assert result.returncode == 0, result.stderr
    # washing (put there), the linen room (the demo's own team there), the shop and the drivers
    # (no site: the workplace as a whole); not ironing, put at the own shop
    assert "at the site “Plejecenter Lærkehøj”" in result.stdout and "4 groups" in result.stdout
    held = [g.name for g in read_header(out).groups]
    assert sorted(held) == sorted([names[0], *names[2:]])  # not the shop's group
    assert names[1] not in held

    everything = tmp_path / "alle.apvcollect"
    assert run(tmp_path, "collect", workplace, "-o", everything).returncode == 0
    assert len(read_header(everything).groups) == 5


def test_an_unknown_site_is_refused_with_one_line_naming_the_sites(workplace: Path, tmp_path: Path) -> None:
    _two_sites(workplace)
    out = tmp_path / "x.apvcollect"
    lines = assert_user_error(run(tmp_path, "collect", workplace, "-o", out, "--site", "Skolen"), "Skolen")
    assert len(lines) == 1
    assert "has no site called “Skolen”" in lines[0]  # the sentence of every --site
    assert lines[0].endswith("Its sites: Plejecenter Lærkehøj, Butikken.")
    assert not out.exists()


def test_answers_collected_after_a_merge_come_in_at_the_next(workplace: Path, tmp_path: Path) -> None:
    before = Round(workplace)
    site = tmp_path / "Skolen.apvcollect"
    assert run(tmp_path, "collect", workplace, "-o", site).returncode == 0
    result = run(tmp_path, "merge", workplace, site)
    assert result.returncode == 0, result.stderr
    assert "holds no answers yet, so nothing was added" in result.stdout
    data = tmp_path / "svar.csv"
    data.write_bytes(danish_csv(before.frequency).encode("cp1252"))
    assert run(tmp_path, "import", site, data).returncode == 0
    assert run(tmp_path, "merge", workplace, site).returncode == 0
    assert run(tmp_path, "import", site, data).returncode == 0  # the same four typed in again, later
    result = run(tmp_path, "merge", workplace, site)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added 4 new answer sheets from")
    assert "The 4 answer sheets in it that were added before were not added again." in result.stdout
    assert len(Round(workplace).new_since(before)) == 8
