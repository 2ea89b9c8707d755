"""Measure start-up, demo creation and the action-plan PDF; print a Markdown table.

Usage: ``python -m tools.bench [--runs N] [--write docs/performance.md]`` (``make bench``).
Start-up is measured as whole processes, against a bare PySide6 window (the floor), in
the same run so that the ratio holds on a noisy machine.
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

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""

APVDESK_WINDOW = """
import sys
from pathlib import Path
from apvdesk.ui.app import run_gui
run_gui(Path(sys.argv[1]) if len(sys.argv) > 1 else None, quit_when_shown=True)
"""


def process_seconds(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def median_of(runs: int, func) -> tuple[float, float]:
    values = [func() for _ in range(runs)]
    return statistics.median(values), max(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", type=Path, help="also write the table into this Markdown file")
    args = parser.parse_args()

    from apvdesk.banks import shipped_bank
    from apvdesk.core.demo import make_demo
    from apvdesk.reports.action_plan import build_action_plan_pdf
    from apvdesk.store.workplace_store import WorkplaceStore

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=folder)
        bank = shipped_bank()
        demo_path = Path(folder) / "demo.apvdesk"
        WorkplaceStore.create_demo(demo_path, make_demo(bank, 40, 7), bank).close()

        process_seconds(BARE_WINDOW, env=env)  # warm the file cache for both
        process_seconds(APVDESK_WINDOW, str(demo_path), env=env)
        bare, _ = median_of(args.runs, lambda: process_seconds(BARE_WINDOW, env=env))
        ours, _ = median_of(args.runs, lambda: process_seconds(APVDESK_WINDOW, str(demo_path), env=env))
        rows.append(("Bare PySide6 window, process start to shown (floor)", f"{bare:.3f} s"))
        rows.append(
            ("apvdesk FILE, process start to overview shown", f"{ours:.3f} s ({ours / bare:.2f} × floor)")
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
