"""A difference of two percentages is in percentage points ("procentpoint"), never "points".

The demo's washing hall (Vask og tørring): 121 sick days ÷ (16 × 123) = 6.148 % in the first
half of 2026, 98 ÷ (16 × 122) = 5.020 % a year before: +1.1 percentage points. The drivers:
52.5 ÷ (6 × 123) = 7.114 % against 41 ÷ (6 × 122) = 5.601 %: +1.5.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.app.gathering import gather_full_report
from apvdesk.reports.full_report import build_full_report_pdf
from apvdesk.store.workplace_store import WorkplaceStore

TODAY = dt.date(2026, 10, 15)


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    path = tmp_path_factory.mktemp("points") / "demo.apvdesk"
    write_demo(path)
    store = WorkplaceStore.open_read_only(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        report = gather_full_report(store, apv_round.id, TODAY)
    finally:
        store.close()
    found = {}
    for lang in ("da", "en"):
        reader = PdfReader(io.BytesIO(build_full_report_pdf(report, lang)))
        found[lang] = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return found


def absence_section(text: str, heading: str, end: str) -> str:
    start = text.rindex(heading)  # the section, not the table of contents
    return text[start : text.index(end, start)]


def test_the_full_report_gives_the_absence_change_in_procentpoint(texts) -> None:
    section = absence_section(texts["da"], "Sygefravær", "Vurdering")
    assert "+1,1 procentpoint" in section
    assert "+1,5 procentpoint" in section
    assert re.search(r"\d point\b", section) is None  # never bare "point"


def test_the_english_report_says_percentage_points(texts) -> None:
    section = absence_section(texts["en"], "Sickness absence", "Assessment")
    assert "+1.1 percentage points" in section
    assert "+1.5 percentage points" in section
    assert re.search(r"\d points\b", section) is None


def test_the_absence_page_says_procentpoint_and_percentage_points(tmp_path) -> None:
    """The Sygefravær page's change column, in both languages."""
    from apvdesk.ui.app import make_application
    from apvdesk.ui.models.absence import AbsenceModel
    from apvdesk.wording.i18n import install

    path = tmp_path / "demo.apvdesk"
    write_demo(path)
    store = WorkplaceStore.open_read_only(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        lines = gather_full_report(store, apv_round.id, TODAY).absence_lines
    finally:
        store.close()
    hall = next(i for i, line in enumerate(lines) if line.group_id == 1 and line.change is not None)
    make_application("da")
    try:
        for lang, shown in (("da", "+1,1 procentpoint"), ("en", "+1.1 percentage points")):
            install(lang)
            model = AbsenceModel()
            model.set_lines(lines, {})
            assert model.index(hall, AbsenceModel.CHANGE).data() == shown
    finally:
        install("da")
