"""The full APV report PDF: sections, results, withheld groups, charts, fonts, languages."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.app.gathering import gather_full_report
from apvdesk.core.full_report import FullReport
from apvdesk.core.results import compute_results
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.full_report import CONTEXT, FullReportPdf, build_full_report_pdf
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.i18n import Translator

TODAY = dt.date(2026, 10, 15)
HEADINGS = (
    "Workplace assessment (APV) – psychosocial work environment",
    "Method",
    "Response overview",
    "Results",
    "Charts",
    "Dialogue findings",
    "Sickness absence",
    "Problems and action plan",
    "Follow-up",
)
DRIVERS = "Chauffører (kører alene)"


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[FullReport, WorkplaceStore, int]:
    path = tmp_path_factory.mktemp("full") / "demo.apvdesk"
    write_demo(path)
    store = WorkplaceStore.open_read_only(path)
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    return gather_full_report(store, apv_round.id, TODAY), store, apv_round.id


@pytest.fixture(scope="module")
def pdfs(demo) -> dict[str, PdfReader]:
    report, _store, _round = demo
    return {lang: PdfReader(io.BytesIO(build_full_report_pdf(report, lang))) for lang in ("da", "en")}


def text_of(reader: PdfReader) -> str:
    return squash("\n".join(page.extract_text() for page in reader.pages))


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start) + len(start))]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_section_heading_is_there(pdfs, lang: str) -> None:
    translator = Translator(lang)
    text = text_of(pdfs[lang])
    for heading in HEADINGS:
        assert squash(translator.translate(CONTEXT, heading)) in text, heading
    page = translator.translate(CONTEXT, "Page %1 of %2")
    total = len(pdfs[lang].pages)
    assert squash(page.replace("%1", str(total)).replace("%2", str(total))) in text


def test_danish_footer_says_side_x_af_y_once_translated(pdfs) -> None:
    text = text_of(pdfs["da"])
    assert re.search(r"(Side|Page) 1 (af|of) \d+", text)


def test_results_table_holds_the_workplace_means(demo, pdfs) -> None:
    report, store, round_id = demo
    results = store.results(round_id)
    tr = Translator("en")
    text = text_of(pdfs["en"])
    table = section(text, tr.translate(CONTEXT, "Results"), tr.translate(CONTEXT, "Charts"))
    for scale in report.bank.scales:
        result = results.get(scale.id, None)
        assert result.mean is not None
        assert f"{result.mean:.0f} (n={result.n})" in table, scale.id


def test_withheld_groups_are_marked_and_never_shown(demo, pdfs) -> None:
    report, store, round_id = demo
    drivers = next(g.id for g in report.groups if g.name == DRIVERS)
    assert report.results.respondents[drivers] == 4  # below the threshold of 5
    layout = FullReportPdf(report, Translator("da"))
    column = 1 + 1 + list(report.results.group_ids).index(drivers)
    rows = layout.findings.result_rows()
    assert rows and {row[column] for row in rows} == {layout.withheld_text()}
    # the shop (7 answers) is withheld too where the drivers could be found by subtraction:
    # no figure of all seven (its lone work, where fewer answered, may be shown)
    shop = next(g.id for g in report.groups if g.name.startswith("Butik"))
    assert report.results.respondents[shop] == 7
    shop_column = 1 + 1 + list(report.results.group_ids).index(shop)
    assert not any("(n=7)" in row[shop_column] for row in rows)
    # The drivers' means at threshold 1 (what suppression hides) appear nowhere in the table.
    apv_round = store.round(round_id)
    unsuppressed = compute_results(
        report.bank, report.groups, store.responses(round_id), 1, apv_round.green_from, apv_round.red_below
    )
    text = text_of(pdfs["da"])
    tr = Translator("da")
    table = section(text, tr.translate(CONTEXT, "Results"), tr.translate(CONTEXT, "Charts"))
    assert layout.withheld_text() in table
    for scale in report.bank.scales:
        hidden = unsuppressed.get(scale.id, drivers)
        assert hidden.mean is not None
        assert f"{hidden.mean:.0f} (n=4)" not in table
    assert "(n=4)" not in text  # no figure of the drivers
    # The shop's means at threshold 1 appear nowhere either. (A figure with n=7 may be shown:
    # the linen room's lone work, where two of its nine found the questions did not apply.)
    shop_hidden = [unsuppressed.get(scale.id, shop) for scale in report.bank.scales]
    assert all(f"{h.mean:.0f} (n=7)" not in table for h in shop_hidden if h.n == 7 and h.mean is not None)


def test_charts_are_embedded_as_images(pdfs) -> None:
    images = [image for page in pdfs["da"].pages for image in page.images]
    assert len(images) >= 3  # theme profile, support matrix, strain map


def test_only_dejavu_fonts(pdfs) -> None:
    for reader in pdfs.values():
        for page in reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for font in fonts.values():
                name = str(font.get_object()["/BaseFont"])
                assert "DejaVu" in name and "Helvetica" not in name, name


def test_absence_assessment_and_plan_are_shown(demo, pdfs) -> None:
    report, _store, _round = demo
    text = text_of(pdfs["da"])
    assert squash(report.absence.why)[:60] in text
    for problem, _actions in report.plan.problems:
        assert squash(problem.kind)[:40] in text


def test_write_leaves_a_pdf(demo, tmp_path: Path) -> None:
    report, _store, _round = demo
    out = tmp_path / "report.pdf"
    write_atomically(build_full_report_pdf(report, "en"), out)
    assert out.read_bytes().startswith(b"%PDF")
