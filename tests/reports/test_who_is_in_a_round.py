"""One definition of who is in a round: a group taken out after answering is counted alike everywhere."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.app.gathering import gather_full_report
from apvdesk.core.round_people import groups_in_results, headcount_of
from apvdesk.reports.full_report import build_full_report_pdf
from apvdesk.store.workplace_store import WorkplaceStore

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def drivers_taken_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (49 answers from five groups, 53 employees) with the drivers taken off the round."""
    path = tmp_path_factory.mktemp("round") / "demo.apvdesk"
    write_demo(path)
    store = WorkplaceStore.open(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None
        keep = [g.id for g in store.groups() if g.id is not None and not g.name.startswith("Chauffør")]
        store.update_round(dataclasses.replace(apv_round, group_ids=keep))
    finally:
        store.close()
    return path


def test_every_count_agrees(drivers_taken_out: Path) -> None:
    store = WorkplaceStore.open_read_only(drivers_taken_out)
    try:
        facts = store.overview()
        assert facts.round is not None and facts.round.id is not None
        round_id = facts.round.id
        in_round = groups_in_results(facts.round.group_ids, facts.groups, facts.respondents_by_group)
        # its answers stay in the round: the drivers keep their place, before the linen room
        assert [g.name for g in in_round][3:] == ["Chauffører (kører alene)", "Linnedrum Lærkehøj"]
        assert headcount_of(in_round) == 53 and facts.respondents == 49  # 16+13+8+6+10; 40 and 9
        results = store.results(round_id)
        assert results is not None and results.respondents[None] == 49
        report = gather_full_report(store, round_id, TODAY)
    finally:
        store.close()
    assert report.response[-1].respondents == 49 and report.response[-1].headcount == 53
    assert sum(row.respondents for row in report.response[:-1]) == 49
    text = " ".join(
        " ".join(
            p.extract_text() for p in PdfReader(io.BytesIO(build_full_report_pdf(report, "en"))).pages
        ).split()
    )
    assert "Employees in the round 53" in text
    assert "Questionnaire: 49 answered" in text
    assert "Chauffører (kører alene) 4 6" in text  # the response table lists the group taken out


def test_results_json_groups_add_up_to_its_total(drivers_taken_out: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "apvdesk", "results", str(drivers_taken_out), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    document = json.loads(run.stdout)
    assert sum(g["respondents"] for g in document["groups"]) == document["respondents"] == 49
    assert sum(g["headcount"] for g in document["groups"]) == 53
