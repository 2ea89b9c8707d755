"""What the program says after it wrote a file, and the words it puts beside a label.

Every writing path of the GUI says "Plakaten er gemt som …" (one pattern, the file's
name in it) — never "Gemt: …" or "Skrev plakaten til …". A label and the value beside it
never repeat a word ("Næste APV senest: Senest …").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from tests.test_glossary import DOUBLED


def _export_and_wait(qtbot, box, out: Path, **kwargs) -> str:
    box.export(out, **kwargs)
    qtbot.waitUntil(lambda: box.last_output == out, timeout=30000)
    assert out.stat().st_size > 0
    return box.result_label.text()


@pytest.mark.parametrize(
    ("box_name", "file_name", "said"),
    [
        ("poster_box", "plakat.pdf", "Plakaten er gemt som {out}."),
        ("action_plan_box", "plan.pdf", "Handlingsplanen er gemt som {out}."),
        ("questionnaire_box", "skema.pdf", "Spørgeskemaet er gemt som {out}."),
        ("full_report_box", "apv.pdf", "APV-rapporten er gemt som {out}."),
    ],
)
def test_a_saved_pdf_is_announced_by_what_it_is(
    qtbot, main_window, demo_file: Path, tmp_path: Path, box_name: str, file_name: str, said: str
) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    box = getattr(view.page("reports"), box_name)
    out = tmp_path / file_name
    assert _export_and_wait(qtbot, box, out, open_when_done=False) == said.format(out=out)


def test_the_plan_as_spreadsheet_and_calendar_is_announced(
    qtbot, main_window, demo_file: Path, tmp_path: Path
) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").plan_export_box
    xlsx, ics = tmp_path / "plan.xlsx", tmp_path / "plan.ics"
    assert _export_and_wait(qtbot, box, xlsx) == f"Regnearket er gemt som {xlsx}."
    assert _export_and_wait(qtbot, box, ics) == f"Kalenderfilen er gemt som {ics}."


def test_the_paper_questionnaire_of_the_mapping_page_is_announced(
    qtbot, main_window, demo_file: Path, tmp_path: Path
) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    box = view.page("mapping").paper_box
    out = tmp_path / "papir.pdf"
    assert _export_and_wait(qtbot, box, out, open_when_done=False) == f"Spørgeskemaet er gemt som {out}."


def form_rows(widget: QWidget) -> list[str]:
    """Return each row of every form on ``widget`` as "label value" (the texts of its labels)."""

    def texts(item) -> str:
        if item is None:
            return ""
        shown = item.widget()
        if shown is None:
            return ""
        labels = [shown] if isinstance(shown, QLabel) else shown.findChildren(QLabel)
        return " ".join(label.text() for label in labels if label.text())

    rows = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = texts(form.itemAt(row, QFormLayout.ItemRole.LabelRole))
            field = texts(form.itemAt(row, QFormLayout.ItemRole.FieldRole))
            rows.append(re.sub(r"<[^>]+>", " ", f"{label} {field}"))
    return rows


def test_the_overview_never_repeats_a_label_in_its_value(qtbot, main_window, demo_file: Path) -> None:
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("overview")
    rows = form_rows(view.page("overview"))
    assert any(row.startswith("Næste APV:") for row in rows), rows
    doubled = [(row, m.group(0)) for row in rows for m in DOUBLED.finditer(" ".join(row.split()))]
    assert doubled == []
