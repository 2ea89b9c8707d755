"""Table headings and labels break between words, never inside one."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from apvdesk.app.gathering import gather_full_report
from apvdesk.reports.blocks import widths_fitting_words
from apvdesk.reports.full_report import build_full_report_pdf
from apvdesk.store.workplace_store import WorkplaceStore


def test_a_column_too_narrow_for_its_word_takes_room_from_the_others() -> None:
    assert widths_fitting_words([20, 100, 30], [50, 0, 25]) == [50, 70, 30]
    assert widths_fitting_words([60, 40], [50, 30]) == [60, 40]  # room enough: unchanged
    assert sum(widths_fitting_words([10, 10, 10], [20, 5, 5])) == 30


def test_the_full_reports_title_labels_are_whole_words(demo_file: Path) -> None:
    import datetime as dt

    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.latest_round().id
        report = gather_full_report(store, round_id, dt.date(2026, 12, 1))
    finally:
        store.close()
    first_page = PdfReader(io.BytesIO(build_full_report_pdf(report, "da"))).pages[0].extract_text()
    lines = [line.strip() for line in first_page.splitlines()]
    assert "Arbejdsmiljørepræsentanter" in " ".join(lines).split()
    assert any(line.startswith("Arbejdsmiljøorganisation") for line in lines)
