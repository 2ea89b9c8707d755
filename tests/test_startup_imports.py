"""Start-up imports: the first window comes without the store, reports and import libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each is loaded only when its work is asked for (a report, an import, a calendar file...).
NEVER_AT_START = ("matplotlib", "reportlab", "openpyxl", "alembic", "pypdfium2", "icalendar")
# The workplace file's store: needed for the overview, not for the first window.
STORE = ("sqlalchemy", "apvdesk.store.workplace_store", "apvdesk.ui.pages.mapping")

# Prints the modules loaded at the end, and those the GUI thread itself imported (the
# store is imported by a background thread once the overview is shown).
START = """
import json, sys, threading
from pathlib import Path

on_gui_thread = set()

class Recorder:
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.add(name)
        return None

sys.meta_path.insert(0, Recorder())
from apvdesk.ui.app import run_gui
run_gui(Path(sys.argv[1]), quit_when_shown=sys.argv[2])
loaded = {name.split(".")[0] for name in sys.modules} | set(sys.modules)
print(json.dumps([sorted(loaded), sorted({n.split(".")[0] for n in on_gui_thread} | on_gui_thread)]))
"""


def modules_at(moment: str, path: Path) -> tuple[set[str], set[str]]:
    """Return the modules loaded when the GUI quits at ``moment`` ("window" or "overview").

    The first set holds every module loaded, the second those the GUI thread imported.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(path), moment],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded, on_gui_thread = json.loads(done.stdout.strip().splitlines()[-1])
    return set(loaded), set(on_gui_thread)


@pytest.fixture(scope="module")
def workplace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("start") / "demo.apvdesk"
    write_demo(path, respondents=20, seed=7)
    return path


def test_the_first_window_needs_neither_the_store_nor_the_heavy_libraries(workplace: Path) -> None:
    loaded, _on_gui_thread = modules_at("window", workplace)
    assert "apvdesk.ui.main_window" in loaded
    assert not loaded & set(NEVER_AT_START)
    assert not loaded & set(STORE)


def test_the_filled_overview_comes_before_the_store_and_without_report_or_import_libraries(
    workplace: Path,
) -> None:
    loaded, on_gui_thread = modules_at("overview", workplace)
    assert {"apvdesk.ui.pages.overview", "apvdesk.store.sqlite.deferred_store"} <= on_gui_thread
    assert not on_gui_thread & set(STORE)  # SQLAlchemy comes in the background, after the overview
    assert not loaded & set(NEVER_AT_START)
    assert "apvdesk.ui.pages.mapping" not in loaded  # the other pages wait until shown
