"""A group of 3 with a threshold of 5: none of its figures, nor anything that gives them away,
appears in the GUI, the JSON, the charts' data or the full report."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from apvdesk.app.gathering import gather_full_report
from apvdesk.app.resources import default_round_bank
from apvdesk.cli.results import results_document
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.core.results import compute_results
from apvdesk.reports.full_report import build_full_report_pdf
from apvdesk.store.workplace_store import WorkplaceStore

SIZES = {"Nathold": 3, "Vaskeri": 8, "Butik": 9}


def _workplace(tmp_path: Path) -> Path:
    path = tmp_path / "lille.apvdesk"
    bank = default_round_bank()
    store = WorkplaceStore.create(
        path,
        Workplace(name="Renseri Syd", headcount=22),
        [Group(name, size) for name, size in SIZES.items()],
        Round(title="APV 2026", start_date=dt.date(2026, 10, 1)),
        bank,
    )
    rng = random.Random(5)
    round_id = store.latest_round().id
    groups = {g.name: g.id for g in store.groups()}
    # the night shift answers very differently, so its figures would stand out
    for name, size in SIZES.items():
        low = name == "Nathold"
        store.add_responses(
            round_id,
            [
                Response(
                    groups[name],
                    "da",
                    dt.date(2026, 10, 2),
                    {item.id: (4 if low else rng.randrange(3)) for item in bank.items},
                )
                for _ in range(size)
            ],
        )
    store.end_collection(round_id)  # the owner ends the collection: the results are released
    store.close()
    return path


def test_a_group_of_three_leaves_no_trace(qtbot, main_window, tmp_path):
    path = _workplace(tmp_path)
    store = WorkplaceStore.open(path)
    round_id = store.latest_round().id
    apv_round, bank = store.round(round_id), store.round_bank(round_id)
    groups = store.round_groups(round_id)
    night = next(g for g in groups if g.name == "Nathold")
    results = store.results(round_id)
    # what the night shift's means would be, were they shown: far from everyone else's
    revealing = compute_results(bank, groups, store.responses(round_id), threshold=1)
    assert all(revealing.get(s.id, night.id).mean is not None for s in bank.scales)
    assert all(not results.get(s.id, night.id).shown for s in bank.scales)

    # JSON: every figure of the night shift is null, and the total cannot be split
    document = json.loads(json.dumps(results_document(apv_round, bank, groups, results, None)))
    for entry in document["results"]:
        if entry["group"] == night.id:
            assert entry["withheld"] is True
            assert {k: v for k, v in entry.items() if k not in ("scale", "group", "n", "withheld")} == {
                k: None for k in entry if k not in ("scale", "group", "n", "withheld")
            }
    shown_groups = {e["group"] for e in document["results"] if e["group"] is not None and not e["withheld"]}
    assert len(shown_groups) != len(groups) - 1  # never exactly one group hidden behind a shown total

    # full report: the night shift's column only says "skjult"
    pdf = build_full_report_pdf(gather_full_report(store, round_id, dt.date(2026, 11, 1)), "da")
    store.close()
    out = tmp_path / "rapport.pdf"
    out.write_bytes(pdf)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "skjult" in text
    assert "(n=3)" not in text and "(n = 3)" not in text

    # GUI: the night shift's cells are withheld
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("assessment")
    page = view.page("assessment")
    qtbot.waitUntil(lambda: page.model is not None, timeout=5000)
    model = page.model
    column = next(
        c for c in range(model.columnCount()) if "Nathold" in model.headerData(c, Qt.Orientation.Horizontal)
    )
    cells = [model.data(model.index(r, column)) for r in range(model.rowCount())]
    assert all(cell.startswith("skjult") for cell in cells)
