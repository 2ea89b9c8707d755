"""Saving a PDF over one that is open in a reader: tried again for a moment, then a clear message."""

from __future__ import annotations

import os
from pathlib import Path

from apvdesk.app import file_messages
from apvdesk.platform import file_retry
from apvdesk.ui.main_window import MainWindow
from tests.platform.windows_errors import windows_error


def _action_plan_box(main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("reports")
    return view.page("reports").action_plan_box


class HeldReplace:
    """os.replace as Windows answers while a reader holds ``held``: a sharing violation, ``times`` times."""

    def __init__(self, held: Path, times: int) -> None:
        self.held, self.times, self.refused = held, times, 0
        self.real = os.replace

    def __call__(self, source, target) -> None:  # noqa: ANN001 - os.replace's own arguments
        if Path(target) == self.held and self.refused < self.times:
            self.refused += 1
            raise windows_error(32, "Processen kan ikke få adgang til filen", str(source))
        self.real(source, target)


def test_a_pdf_open_in_a_reader_is_named_and_left_as_it_was(
    qtbot, main_window, no_modals, demo_file, monkeypatch
):
    box = _action_plan_box(main_window, demo_file)
    out = demo_file.parent / "Handlingsplan.pdf"
    out.write_bytes(b"%PDF last week's plan")
    held = HeldReplace(out, times=100)
    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(file_retry, "WAITS", (0.01, 0.01))
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: ["Adobe Acrobat Reader"])
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: bool(no_modals), timeout=20000)
    [(_title, text)] = no_modals
    assert text == (
        f"{out} er åben i et andet program (Adobe Acrobat Reader). "
        "Luk filen dér, og prøv igen; der blev ikke skrevet noget."
    )
    assert held.refused == 3  # the first try and two more
    assert out.read_bytes() == b"%PDF last week's plan"
    assert sorted(p.name for p in out.parent.iterdir() if p.suffix == ".pdf" or ".tmp" in p.name) == [
        out.name
    ]


def test_a_pdf_an_antivirus_check_holds_for_a_moment_is_saved(
    qtbot, main_window, no_modals, demo_file, monkeypatch
):
    box = _action_plan_box(main_window, demo_file)
    out = demo_file.parent / "Handlingsplan.pdf"
    out.write_bytes(b"%PDF last week's plan")
    held = HeldReplace(out, times=2)
    monkeypatch.setattr(os, "replace", held)
    box.last_output = None
    box.export(out, open_when_done=False)
    qtbot.waitUntil(lambda: box.last_output is not None, timeout=20000)
    assert no_modals == [] and held.refused == 2
    assert out.read_bytes().startswith(b"%PDF-")
