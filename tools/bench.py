"""Measure start-up, demo creation and the action-plan PDF; print a Markdown table.

Usage: ``python -m tools.bench [--runs N] [--write docs/performance.md]`` (``make bench``).
Start-up is measured as whole processes, against a bare PySide6 window (the floor), in
the same run so that the ratio holds on a noisy machine: the runs of the floor and of
apvdesk take turns. Each process ends right after the first paint of its window in the
state measured: the bare window, apvdesk's first window, apvdesk with the overview filled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.bench_work import work_rows

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)

class CloseWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, window.close)
        return False

closer = CloseWhenPainted()
window.installEventFilter(closer)
window.show()
app.exec()
"""

# argv: the workplace file, then "window" (first window) or "overview" (overview filled).
APVDESK_WINDOW = """
import sys
from pathlib import Path
from apvdesk.ui.app import run_gui
run_gui(Path(sys.argv[1]), quit_when_shown=sys.argv[2])
"""

FIRST_WINDOW_TARGET = 1.5
OVERVIEW_TARGET = 3.0


def process_seconds(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, timeout=120)
    return time.perf_counter() - start


def median_of(runs: int, func) -> tuple[float, float]:
    values = [func() for _ in range(runs)]
    return statistics.median(values), max(values)


def start_up_medians(runs: int, path: Path, env: dict[str, str]) -> tuple[float, float, float]:
    """Return the medians for the bare window, apvdesk's first window and its overview.

    The three processes take turns in every round, so that a busy moment of the machine
    falls on all three alike.
    """
    bare: list[float] = []
    window: list[float] = []
    overview: list[float] = []
    process_seconds(BARE_WINDOW, env=env)  # warm the file cache for both
    process_seconds(APVDESK_WINDOW, str(path), "overview", env=env)
    for _ in range(runs):
        bare.append(process_seconds(BARE_WINDOW, env=env))
        window.append(process_seconds(APVDESK_WINDOW, str(path), "window", env=env))
        overview.append(process_seconds(APVDESK_WINDOW, str(path), "overview", env=env))
    return statistics.median(bare), statistics.median(window), statistics.median(overview)


def compile_like_an_installation() -> None:
    """Write apvdesk's bytecode, as pip and the bundle do.

    Run from a source checkout with PYTHONDONTWRITEBYTECODE set (as on some build
    machines), every start would compile apvdesk's modules again (about 0.03 s to the
    first window and as much again to the overview), which no installed copy does. The
    libraries in the virtual environment were compiled by pip already.
    """
    import compileall

    import apvdesk

    compileall.compile_dir(Path(apvdesk.__file__).parent, quiet=1)


def against_floor(seconds: float, floor: float, target: float) -> str:
    """Return ``seconds`` with its ratio to ``floor`` and the target ratio."""
    return f"{seconds:.3f} s ({seconds / floor:.2f} × floor; target ≤ {target:g} ×)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", type=Path, help="also write the table into this Markdown file")
    args = parser.parse_args()

    from apvdesk.app.resources import shipped_bank
    from apvdesk.core.demo import make_demo
    from apvdesk.reports.action_plan import build_action_plan_pdf
    from apvdesk.store.workplace_store import WorkplaceStore

    compile_like_an_installation()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=folder)
        bank = shipped_bank()
        demo_path = Path(folder) / "demo.apvdesk"
        WorkplaceStore.create_demo(demo_path, make_demo(bank, 40, 7), bank).close()

        bare, first_window, overview = start_up_medians(args.runs, demo_path, env)
        rows.append(("Bare PySide6 window, process start to shown (floor)", f"{bare:.3f} s"))
        rows.append(
            (
                "apvdesk FILE, process start to first window shown",
                against_floor(first_window, bare, FIRST_WINDOW_TARGET),
            )
        )
        rows.append(
            ("apvdesk FILE, process start to overview shown", against_floor(overview, bare, OVERVIEW_TARGET))
        )

        def create_demo_1000() -> float:
            path = Path(folder) / "big.apvdesk"
            path.unlink(missing_ok=True)
            start = time.perf_counter()
            WorkplaceStore.create_demo(path, make_demo(bank, 1000, 7), bank).close()
            return time.perf_counter() - start

        demo_median, demo_worst = median_of(3, create_demo_1000)
        rows.append(
            (
                "Demo with 1,000 respondents (write the file)",
                f"{demo_median:.3f} s (worst {demo_worst:.3f} s)",
            )
        )

        store = WorkplaceStore.open(Path(folder) / "big.apvdesk")
        round_id = store.latest_round().id  # type: ignore[union-attr]
        start = time.perf_counter()
        results = store.results(round_id)  # type: ignore[arg-type]
        items = len(store.round_bank(round_id).items)  # type: ignore[arg-type]
        rows.append(
            (f"Results of that round (1,000 × {items} items)", f"{time.perf_counter() - start:.3f} s")
        )
        assert results.respondents[None] == 1000
        plan = store.action_plan(round_id)  # type: ignore[arg-type]
        store.close()

        build_action_plan_pdf(plan, "da")  # fonts registered once, as in the program

        def pdf_seconds() -> float:
            start = time.perf_counter()
            build_action_plan_pdf(plan, "da")
            return time.perf_counter() - start

        pdf_median, pdf_worst = median_of(args.runs, pdf_seconds)
        rows.append(
            ("Action-plan PDF (demo plan)", f"{pdf_median * 1000:.0f} ms (worst {pdf_worst * 1000:.0f} ms)")
        )
        rows.extend(work_rows(Path(folder), runs=args.runs, env=env))

    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    table = [
        f"Measured {dt.date.today().isoformat()} on {machine}; medians of {args.runs} runs.",
        "",
        "| What | Figure |",
        "| --- | --- |",
        *(f"| {what} | {figure} |" for what, figure in rows),
    ]
    text = "\n".join(table)
    print(text)
    if args.write:
        doc = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
        if begin in doc and end in doc:
            doc = doc[: doc.index(begin) + len(begin)] + "\n" + text + "\n" + doc[doc.index(end) :]
        else:
            doc += f"\n{begin}\n{text}\n{end}\n"
        args.write.write_text(doc, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
