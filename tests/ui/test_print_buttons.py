"""The Print… buttons of the Reports page build the PDF in the background and hand it to the print dialog."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.poster_texts_check import Choice, PosterTextsCheck


def test_poster_and_plan_go_to_the_print_dialog(qtbot, main_window: MainWindow, demo_file: Path, monkeypatch):
    printed: list[tuple[bytes, str]] = []

    def ask_and_print(parent, pdf: bytes, title: str, printer=None) -> bool:
        printed.append((pdf, title))
        return True

    monkeypatch.setattr("apvdesk.ui.printing.ask_and_print", ask_and_print)
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("reports")
    page = view.page("reports")
    box = page.poster_box
    assert box.print_button is not None and box.print_button.isEnabled()
    box.second_combo.setCurrentIndex(box.second_combo.findData("pl"))
    asked: list[int] = []

    def danish_only(self, missing, second):
        asked.append(len(missing))
        return Choice.DANISH_ONLY

    monkeypatch.setattr(PosterTextsCheck, "ask", danish_only)
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0] > 0  # the demo's texts have no Polish: asked first
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    poster = PdfReader(io.BytesIO(printed[0][0]))
    text = poster.pages[0].extract_text() or ""
    assert len(poster.pages) == 1 and "Vaskeri Solsiden" in text and "Co robimy" in text
    assert page.tr("poster") in printed[0][1]

    plan_box = page.action_plan_box
    qtbot.mouseClick(plan_box.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=20000)
    plan = PdfReader(io.BytesIO(printed[1][0]))
    assert len(plan.pages) >= 2 and "Handlingsplan" in (plan.pages[0].extract_text() or "")
