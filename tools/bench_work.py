"""Measure the work targets of issue 8 on a round of 5,000 respondents: results, PDFs, kiosk, memory.

Called from ``tools/bench.py``: ``rows.extend(work_rows(Path(folder), runs=args.runs, env=env))``.
Every row is ``(what, figure text)``; the figure text carries the floor (where there is
one), the ratio and the target, and says whether the target is met. Heavy or GUI work
runs in child processes, so that imports and peak memory are those of a real program.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

RESPONDENTS = 5000

# The floor: one aggregation over the same answers, in plain sqlite3.
FLOOR_SQL = """
SELECT r.group_id, a.item_id, a.option, count(*)
FROM answer AS a JOIN respondent AS r ON r.id = a.respondent_id
WHERE r.round_id = ?
GROUP BY r.group_id, a.item_id, a.option
"""

# Child: the action-plan PDF and the full report (all charts), the first of each in a
# fresh process (so including the imports of reportlab and matplotlib), then warm runs.
PDF_CHILD = """
import datetime as dt, json, statistics, sys, time
from pathlib import Path
path, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
start = time.perf_counter()
from apvdesk.store.workplace_store import WorkplaceStore
store = WorkplaceStore.open_read_only(path)
round_id = store.latest_round().id
def plan_pdf():
    from apvdesk.platform.atomic_file import write_atomically
    from apvdesk.reports.action_plan import build_action_plan_pdf
    start = time.perf_counter()
    write_atomically(build_action_plan_pdf(store.action_plan(round_id), "da"), out / "plan.pdf")
    return time.perf_counter() - start
def full_pdf():
    from apvdesk.app.gathering import gather_full_report
    from apvdesk.platform.atomic_file import write_atomically
    from apvdesk.reports.full_report import build_full_report_pdf
    start = time.perf_counter()
    report = gather_full_report(store, round_id, dt.date.today())
    write_atomically(build_full_report_pdf(report, "da"), out / "full.pdf")
    return time.perf_counter() - start
first_plan = plan_pdf()
first_full = full_pdf()
plans = [plan_pdf() for _ in range(runs)]
fulls = [full_pdf() for _ in range(max(1, runs // 2))]
print(json.dumps({
    "plan_first": first_plan, "plan_median": statistics.median(plans), "plan_worst": max(plans),
    "full_first": first_full, "full_median": statistics.median(fulls), "full_worst": max(fulls),
    "pages": (out / "full.pdf").read_bytes().count(b"/Type /Page") - 1,
}))
"""

# Child: the GUI offscreen with the file open on the Assessment page, results and charts
# shown; prints the peak resident memory (VmHWM) in KiB.
MEMORY_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from apvdesk.ui.app import make_application
from apvdesk.ui.main_window import MainWindow
app, settings = make_application()
window = MainWindow(settings)
window.show()
window.open_file(Path(sys.argv[1]))
window.workplace_view.show_page("assessment")
page = window.workplace_view.page("assessment")
waited = [0]
def check():
    waited[0] += 1
    charts = page.charts
    if (page.model is not None and charts is not None and getattr(charts, "data", None) is not None) \\
            or waited[0] > 1200:
        timer.stop()
        QTimer.singleShot(300, finish)
def finish():
    status = Path("/proc/self/status").read_text().splitlines()
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print("shown" if page.model is not None else "timeout", peak)
    window.close()
    app.quit()
timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
app.exec()
"""


def _median_worst(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), max(values)


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def make_big_round(path: Path) -> tuple[int, int]:
    """Write the demo with 5,000 respondents to ``path``; return (respondents, items)."""
    from apvdesk.app.demo_file import write_demo
    from apvdesk.store.workplace_store import WorkplaceStore

    respondents = write_demo(path, respondents=RESPONDENTS)
    store = WorkplaceStore.open_read_only(path)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        items = len(store.round_bank(round_id).items)  # type: ignore[arg-type]
    finally:
        store.close()
    return respondents, items


def results_seconds(path: Path, runs: int) -> tuple[float, float]:
    """Return the medians of (raw SQL aggregation, ``store.results`` from a freshly opened store)."""
    from apvdesk.store.workplace_store import WorkplaceStore

    def floor() -> float:
        connection = sqlite3.connect(path)
        try:
            round_id = connection.execute("SELECT max(id) FROM apv_round").fetchone()[0]
            return _timed(lambda: connection.execute(FLOOR_SQL, (round_id,)).fetchall())
        finally:
            connection.close()

    def ours() -> float:
        store = WorkplaceStore.open_read_only(path)
        try:
            round_id = store.latest_round().id  # type: ignore[union-attr]
            return _timed(lambda: store.results(round_id))  # type: ignore[arg-type]
        finally:
            store.close()

    floor(), ours()  # warm the file cache and the imports for both
    floors, oursides = [], []
    for _ in range(runs):  # interleaved, so that a noisy moment hits both
        floors.append(floor())
        oursides.append(ours())
    return statistics.median(floors), statistics.median(oursides)


def release_seconds(path: Path) -> float:
    """Return the time ``end_collection`` takes on a copy of ``path`` whose results were never released."""
    from apvdesk.store.workplace_store import WorkplaceStore

    copy = path.with_name("release.apvdesk")
    shutil.copyfile(path, copy)
    connection = sqlite3.connect(copy)
    try:
        with connection:
            connection.execute("DELETE FROM round_release")
            connection.execute("UPDATE apv_round SET collecting = 1")
    finally:
        connection.close()
    store = WorkplaceStore.open(copy)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        return _timed(lambda: store.end_collection(round_id))  # type: ignore[arg-type]
    finally:
        store.close()
        copy.unlink(missing_ok=True)


def kiosk_seconds(path: Path, submissions: int = 50) -> tuple[float, float, int]:
    """Return (median, worst, answers) of one kiosk submission into a copy of ``path``."""
    import datetime as dt

    from apvdesk.core.model import Response
    from apvdesk.store.workplace_store import WorkplaceStore

    copy = path.with_name("kiosk.apvdesk")
    shutil.copyfile(path, copy)
    store = WorkplaceStore.open(copy)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        bank = store.round_bank(round_id)  # type: ignore[arg-type]
        group_id = store.round_groups(round_id)[0].id  # type: ignore[arg-type]
        answers: dict[str, int | None] = {item.id: i % 5 for i, item in enumerate(bank.items)}
        assert group_id is not None

        def submit() -> float:
            response = Response(group_id, "da", dt.date.today(), dict(answers))
            return _timed(lambda: store.add_responses(round_id, [response]))  # type: ignore[arg-type]

        submit()
        median, worst = _median_worst([submit() for _ in range(submissions)])
    finally:
        store.close()
        copy.unlink(missing_ok=True)
    return median, worst, len(answers)


def _child(code: str, args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1]


def work_rows(folder: Path, runs: int = 5, env: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Measure the 5,000-respondent targets in ``folder``; return Markdown table rows.

    ``env`` is the environment of the child processes (default: this one with the
    offscreen Qt platform and ``folder`` as apvdesk's data folder).
    """
    env = env or dict(os.environ, QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=str(folder))
    path = folder / "work5000.apvdesk"
    path.unlink(missing_ok=True)
    respondents, items = make_big_round(path)
    size = f"{respondents:,} × {items} items"
    rows: list[tuple[str, str]] = []

    floor, ours = results_seconds(path, runs)
    rows.append((f"Raw SQL aggregation of the answers, {size} (floor)", f"{floor:.3f} s"))
    rows.append(
        (
            f"Results of that round as every page reads them ({size}; the released results)",
            f"{ours:.3f} s ({ours / floor:.2f} × floor; target ≤ 2 × and < 0.3 s: "
            f"{_met(ours <= 2 * floor and ours < 0.3)})",
        )
    )
    release = release_seconds(path)
    rows.append(
        (
            f"Ending the collection of that round ({size}; read, score, suppress, audit, "
            "support matrix, store, rebuild the file; once per round, behind a progress bar)",
            f"{release:.3f} s ({release / floor:.1f} × floor)",
        )
    )

    pdfs = json.loads(_child(PDF_CHILD, [str(path), str(folder), str(runs)], env))
    rows.append(
        (
            "Action-plan PDF of that round (read the plan, write the file)",
            f"{pdfs['plan_median'] * 1000:.0f} ms (worst {pdfs['plan_worst'] * 1000:.0f} ms; first in a "
            f"fresh process with the reportlab import {pdfs['plan_first'] * 1000:.0f} ms; "
            f"target < 300 ms: {_met(pdfs['plan_median'] < 0.3)})",
        )
    )
    rows.append(
        (
            f"Full report with all charts ({pdfs['pages']} pages; gather, results, draw, write)",
            f"{pdfs['full_median']:.2f} s (worst {pdfs['full_worst']:.2f} s; first in a fresh process "
            f"with the matplotlib import {pdfs['full_first']:.2f} s; target < 3 s: "
            f"{_met(max(pdfs['full_first'], pdfs['full_median']) < 3)})",
        )
    )

    median, worst, answers = kiosk_seconds(path)
    rows.append(
        (
            f"Kiosk submission into that file (1 respondent, {answers} answers; write and commit)",
            f"{median * 1000:.1f} ms (worst {worst * 1000:.1f} ms of 50; disk-dependent; "
            f"target < 30 ms median: {_met(median < 0.03)})",
        )
    )

    state, peak_kib = _child(MEMORY_CHILD, [str(path)], env).split()
    peak = int(peak_kib) / 1024
    rows.append(
        (
            "Peak memory (VmHWM) of the GUI with that round on the Assessment page",
            f"{peak:.0f} MB ({'results and charts shown' if state == 'shown' else 'NOT shown in 60 s'}; "
            f"target < 250 MB: {_met(peak < 250 and state == 'shown')})",
        )
    )
    return rows


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for what, figure in work_rows(Path(folder)):
            print(f"| {what} | {figure} |")
