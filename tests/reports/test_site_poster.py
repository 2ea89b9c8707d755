"""``apvdesk report poster FILE --site NAME``: the poster for one site, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.core.sites import Site, SiteKind
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli import ENGLISH, assert_user_error, run
from tests.reports.test_site_plan_pdf import SCHOOL_PROBLEM, make_sites_file


@pytest.fixture(scope="module")
def site_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = make_sites_file(tmp_path_factory.mktemp("poster") / "Vaskeri.apvdesk")
    store = WorkplaceStore.open(path)
    try:
        store.add_site(Site("Butikken i Viby", kind=SiteKind.OWN, address="Viby Torv 2"))
    finally:
        store.close()
    return path


def _poster(folder: Path, source: Path, *extra: str) -> tuple[int, str]:
    out = folder / "poster.pdf"
    result = run(folder, "report", "poster", source, "-o", out, *extra, settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    pages = PdfReader(out).pages
    return len(pages), " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def _problems(path: Path) -> list[str]:
    store = WorkplaceStore.open_read_only(path)
    try:
        round_id = store.rounds()[-1].id
        assert round_id is not None
        return [" ".join(p.kind.split())[:40] for p in store.problems(round_id)]
    finally:
        store.close()


def test_the_poster_for_a_customer_site_pins_up_what_was_agreed_there(site_file, tmp_path):
    pages, text = _poster(tmp_path, site_file, "--lang", "en", "--site", "Plejecenter Lærkehøj")
    assert pages == 1
    assert "Site: Plejecenter Lærkehøj" in text
    assert "Coordinates safety and health Servicechef Lone Dahl" in text
    assert "After threats, violence or an accident, call Ring til Karin Holm" in text
    assert "Break room Personalestuen i kælderen" in text
    assert "Toilet Not agreed yet" in text  # the point left empty says so
    # the site's problem and those of the whole workplace, not the school's
    assert SCHOOL_PROBLEM not in text
    for kind in _problems(site_file)[:-1]:
        assert kind in text


def test_the_site_poster_speaks_both_languages(site_file, tmp_path):
    _pages, text = _poster(
        tmp_path, site_file, "--lang", "da", "--second-lang", "uk", "--site", "plejecenter lærkehøj"
    )
    assert "Arbejdssted: Plejecenter Lærkehøj" in text and "Місце роботи: Plejecenter Lærkehøj" in text
    assert "Pauserum / Кімната відпочинку" in text
    assert "Ikke aftalt endnu / Ще не узгоджено" in text


def test_the_poster_for_the_own_premises_names_it_and_shows_no_agreement(site_file, tmp_path):
    pages, text = _poster(tmp_path, site_file, "--lang", "en", "--site", "Butikken i Viby")
    assert pages == 1
    assert "Butikken i Viby" in text
    assert "Site:" not in text and "Not agreed yet" not in text


def test_the_whole_workplaces_poster_has_no_site_box(site_file, tmp_path):
    _pages, text = _poster(tmp_path, site_file, "--lang", "en")
    assert "Site:" not in text and SCHOOL_PROBLEM in text


def test_an_unknown_site_is_one_line_naming_the_sites(site_file, tmp_path):
    out = tmp_path / "poster.pdf"
    result = run(tmp_path, "report", "poster", site_file, "-o", out, "--site", "Lærkehøj", settings=ENGLISH)
    assert_user_error(result, "Lærkehøj", "Plejecenter Lærkehøj, Skolen, Butikken i Viby")
    assert not out.exists()
