"""``apvdesk report poster --second-lang``: the owner's texts in that language, and a warning for the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
from pathlib import Path

from pypdf import PdfReader

from apvdesk.core.poster import poster_content, untranslated
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli import ENGLISH, run

KIND_PL = "Kierowcy jeżdżą sami i nie mają z kim porozmawiać."


def _with_one_polish_text(demo_file: Path, tmp_path: Path) -> tuple[Path, int]:
    """Copy the demo, give its poster's first problem a Polish text; return the file and how many lack one."""
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(demo_file, path)
    store = WorkplaceStore.open(path)
    try:
        plan = store.action_plan(store.latest_round().id, dt.date.today())
        first_id = poster_content(plan).problems[0].problem_id
        first = next(p for p, _ in plan.problems if p.id == first_id)
        store.save_problem(dataclasses.replace(first, translations={"pl": KIND_PL}))
        plan = store.action_plan(store.latest_round().id, dt.date.today())
        lacking = len(untranslated(poster_content(plan), "pl"))
    finally:
        store.close()
    return path, lacking


def test_a_bilingual_poster_prints_the_polish_text_and_warns_about_the_rest(demo_file: Path, tmp_path: Path):
    path, lacking = _with_one_polish_text(demo_file, tmp_path)
    assert lacking > 0
    out = tmp_path / "plakat.pdf"
    result = run(tmp_path, "report", "poster", path, "-o", out, "--second-lang", "pl", settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    [warning] = result.stderr.splitlines()
    assert warning.startswith("apvdesk: Warning: ")
    assert f"{lacking} of the poster's problems and actions have no text in Polish yet" in warning
    assert "Problem 1" not in warning and "Action for problem 1" in warning  # the first problem has its text
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert KIND_PL in text

    danish = run(tmp_path, "report", "poster", path, "-o", tmp_path / "da.pdf")
    assert danish.returncode == 0 and danish.stderr == ""  # one language: nothing to warn about
