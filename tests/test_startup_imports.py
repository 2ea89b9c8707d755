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

START = """
import json, sys
from pathlib import Path
from apvdesk.ui.app import run_gui
run_gui(Path(sys.argv[1]), quit_when_shown=sys.argv[2])
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))))
"""


def modules_at(moment: str, path: Path) -> set[str]:
    """Return the modules loaded when the GUI quits at ``moment`` ("window" or "overview")."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", START, str(path), moment],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def workplace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from apvdesk.demo_file import write_demo

    path = tmp_path_factory.mktemp("start") / "demo.apvdesk"
    write_demo(path, respondents=20, seed=7)
    return path


def test_the_first_window_needs_neither_the_store_nor_the_heavy_libraries(workplace: Path) -> None:
    loaded = modules_at("window", workplace)
    assert "apvdesk.ui.main_window" in loaded
    assert not loaded & set(NEVER_AT_START)
    assert not loaded & set(STORE)


def test_the_filled_overview_loads_the_store_but_no_report_or_import_library(workplace: Path) -> None:
    loaded = modules_at("overview", workplace)
    assert {"sqlalchemy", "apvdesk.store.workplace_store", "apvdesk.ui.pages.overview"} <= loaded
    assert not loaded & set(NEVER_AT_START)
    assert "apvdesk.ui.pages.mapping" not in loaded  # the other pages wait until shown
