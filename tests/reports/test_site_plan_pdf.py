"""The plan's sites printed: each problem's site, the agreements with customers, and the plan for one site.

The demo's customer site »Plejecenter Lærkehøj« gets one problem and one action; a second
customer site »Skolen« gets a problem of its own and an agreement with one point written.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Problem
from apvdesk.core.sites import Site, SiteAgreement
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli import ENGLISH, assert_user_error, run
from tests.without_sites import remove_sites

SCHOOL_PROBLEM = "Skolens rengøringshold mangler et sted at skifte"


@pytest.fixture(scope="module")
def sites_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sites_file(tmp_path_factory.mktemp("sites") / "Vaskeri.apvdesk")


def make_sites_file(path: Path) -> Path:
    """Write the demo with two customer sites: Lærkehøj has a problem and an action, the school a problem."""
    write_demo(path, respondents=12, seed=3)
    store = WorkplaceStore.open(path)
    try:
        [lærkehøj] = store.sites()
        school = store.add_site(
            Site("Skolen", customer="Aarhus Kommune", agreement=SiteAgreement(toilet="Ved hallen"))
        )
        round_id = store.rounds()[-1].id
        assert round_id is not None and lærkehøj.id is not None
        first, second, *_ = store.problems(round_id)
        assert first.id is not None and second.id is not None
        store.set_problem_site(second.id, lærkehøj.id)
        store.set_action_site(store.actions(first.id)[0].id, lærkehøj.id)
        store.save_problem(Problem(round_id, first.scale_id, SCHOOL_PROBLEM, site_id=school.id))
        # the demo's agreement with one point left empty
        store.update_site(
            dataclasses.replace(lærkehøj, agreement=dataclasses.replace(lærkehøj.agreement, toilet=""))
        )
    finally:
        store.close()
    return path


def _text(pdf: Path) -> str:
    return " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    )


def _print(folder: Path, source: Path, lang: str, *extra: str) -> str:
    out = folder / f"plan-{lang}.pdf"
    result = run(folder, "report", "action-plan", source, "-o", out, "--lang", lang, *extra, settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    return _text(out)


def test_the_whole_plan_marks_each_problems_site_and_prints_both_customers_agreements(sites_file, tmp_path):
    text = _print(tmp_path, sites_file, "en")
    # the demo's seven problems and the school's: the demo's linen-room problem and the one
    # put there at Lærkehøj, the school's at the school, five for the whole workplace
    assert text.count("Site The whole workplace") == 5
    assert text.count("Site Plejecenter Lærkehøj") == 2
    # the action at another site than its problem names its site
    assert text.count("Site: Plejecenter Lærkehøj") == 1
    assert "Site Skolen" in text and SCHOOL_PROBLEM in text
    assert "Agreements with customers" in text and "BEK 1838/2023 §§ 8–9" in text
    assert "good practice" in text
    lærkehøj = text[text.index("Plejecenter Lærkehøj Customer") :]
    assert "Toilet Not agreed yet" in lærkehøj  # the empty point says so
    assert "Break room Personalestuen" in lærkehøj
    school = text[text.index("Skolen Customer Aarhus Kommune") :]
    for point in (
        "Who coordinates safety and health",
        "Known risks at the site",
        "Whom to call after an episode",
        "Break room",
    ):
        assert f"{point} Not agreed yet" in school
    assert "Toilet Ved hallen" in school
    assert "Plan for one site" not in text


def test_the_plan_for_one_site_leaves_the_other_sites_out_and_says_so_in_danish(sites_file, tmp_path):
    text = _print(tmp_path, sites_file, "da", "--site", "plejecenter lærkehøj")
    assert "Plan for ét arbejdssted: Plejecenter Lærkehøj" in text
    title = PdfReader(tmp_path / "plan-da.pdf").metadata.title
    assert title == "Handlingsplan – Vaskeri Solsiden ApS – Plejecenter Lærkehøj"
    assert "og dem for hele arbejdspladsen" in text
    assert SCHOOL_PROBLEM not in text and "Arbejdssted Skolen" not in text
    assert "Aftaler med kunder" in text and "Toilet Ikke aftalt endnu" in text
    assert "Ved hallen" not in text  # the school's agreement belongs to the school's plan
    # the five problems of the whole workplace (none has all its actions elsewhere) and Lærkehøj's two
    assert text.count("Arbejdssted Hele arbejdspladsen") == 5
    assert text.count("Arbejdssted Plejecenter Lærkehøj") == 2
    assert text.count("Arbejdssted: Plejecenter Lærkehøj") == 1


def test_an_unknown_site_is_one_line_naming_the_sites_and_nothing_is_written(sites_file, tmp_path):
    out = tmp_path / "plan.pdf"
    result = run(
        tmp_path, "report", "action-plan", sites_file, "-o", out, "--site", "Hospitalet", settings=ENGLISH
    )
    line = assert_user_error(result, "Hospitalet", "Plejecenter Lærkehøj, Skolen")
    assert line.startswith("apvdesk: ")
    assert not out.exists()


def test_a_site_asked_of_a_file_without_sites_is_refused_in_one_line(tmp_path):
    path = tmp_path / "Uden steder.apvdesk"
    write_demo(path, respondents=12, seed=3)
    store = WorkplaceStore.open(path)
    try:
        remove_sites(store)
    finally:
        store.close()
    result = run(
        tmp_path, "report", "action-plan", path, "-o", tmp_path / "p.pdf", "--site", "X", settings=ENGLISH
    )
    assert "has no sites" in assert_user_error(result, "“X”")
