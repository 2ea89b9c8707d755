"""`apvdesk checklist`: each element met or not and why; exit 0 complete, 1 not, 2 a user error."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from apvdesk.core.absence import AbsenceAssessment, Contributes
from apvdesk.store.workplace_store import WorkplaceStore

ENGLISH = "[general]\nlanguage=en\n"


def run(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.ini").write_text(ENGLISH, encoding="utf-8")
    env = dict(os.environ, APVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _document(tmp_path: Path, workplace: Path, *extra: object) -> tuple[int, dict]:
    result = run(tmp_path, "checklist", workplace, "--json", *extra)
    assert result.stderr == ""
    return result.returncode, json.loads(result.stdout)


def test_the_json_lists_every_element_and_the_exit_status_follows_it(demo_file: Path, tmp_path: Path):
    code, document = _document(tmp_path, demo_file)
    assert set(document) == {"round", "complete", "elements"}
    assert [e["id"] for e in document["elements"]][:3] == ["mapped", "assessed", "problems_described"]
    for element in document["elements"]:
        assert set(element) == {"id", "title", "met", "reasons"}
        assert element["met"] == (not element["reasons"])
    assert document["complete"] == all(e["met"] for e in document["elements"])
    assert code == (0 if document["complete"] else 1)


def test_an_unhandled_finding_and_an_unjudged_absence_are_named(demo_file: Path, tmp_path: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.latest_round().id
        dismissed = store.dismissals(round_id)[0]
        store.delete_dismissal(round_id, dismissed.key)
        store.save_absence_assessment(
            AbsenceAssessment(round_id, Contributes.YES, "Travlt", dt.date(2026, 10, 1))
        )
        for problem in store.problems(round_id):
            if problem.concerns_absence:
                problem.concerns_absence = False
                store.save_problem(problem)
    finally:
        store.close()
    code, document = _document(tmp_path, demo_file, "--round", round_id)
    assert code == 1 and document["complete"] is False and document["round"] == round_id
    elements = {e["id"]: e for e in document["elements"]}
    assert not elements["assessed"]["met"]
    assert len(elements["assessed"]["reasons"]) == 1 and "not handled" in elements["assessed"]["reasons"][0]
    assert elements["absence"]["reasons"] == [
        "Conditions at work are judged to contribute to the absence, but no problem is linked to it "
        "and no reason is written."
    ]
    table = run(tmp_path, "checklist", demo_file)
    assert table.returncode == 1 and "NOT MET" in table.stdout and "The APV is not complete." in table.stdout


def test_user_errors_exit_2(tmp_path: Path, demo_file: Path):
    missing = run(tmp_path, "checklist", tmp_path / "nowhere.apvdesk")
    assert missing.returncode == 2 and missing.stdout == "" and missing.stderr.startswith("apvdesk: ")
    unknown = run(tmp_path, "checklist", demo_file, "--round", "99")
    assert unknown.returncode == 2 and unknown.stderr.startswith("apvdesk: ")
