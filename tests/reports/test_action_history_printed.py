"""An action's history is printed: on the follow-up list (the next step still to choose) and the plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.core.action_history import add_note, move_deadline, record_effect
from apvdesk.core.model import ActionPlan, ActionStatus, Effect
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.reports.follow_up_list import build_follow_up_list_pdf, open_actions
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 12, 6)


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> ActionPlan:
    """The demo's plan; its first open action has a note and a moved deadline, another worked partly."""
    path: Path = tmp_path_factory.mktemp("history") / "demo.apvdesk"
    write_demo(path, respondents=12, seed=7)
    store = WorkplaceStore.open(path)
    try:
        round_id = store.latest_round().id
        pairs = store.round_actions(round_id)
        first = next(a for _p, a in pairs if a.status == ActionStatus.IN_PROGRESS)
        first = add_note(first, "Halvvejs: to af fire vagtplaner", DAY)
        store.save_action(move_deadline(first, dt.date(2027, 2, 1), "Travlt før jul", DAY))
        other = next(a for _p, a in pairs if a.status == ActionStatus.PLANNED)
        judged = dataclasses.replace(
            other,
            status=ActionStatus.DONE,
            effect=Effect.PARTLY,
            effect_date=DAY,
            effect_note="Kun om morgenen",
        )
        store.save_action(record_effect(other, judged, DAY))
        return store.action_plan(round_id, DAY)
    finally:
        store.close()


def test_the_follow_up_list_prints_the_history_and_keeps_the_partly_action(plan: ActionPlan) -> None:
    listed = [entry.action for entry in open_actions(plan)]
    assert any(a.effect == Effect.PARTLY for a in listed)  # done, but waiting for its next step
    da = _text(build_follow_up_list_pdf(plan, "da"))
    assert "06-12-2026: Note: Halvvejs: to af fire vagtplaner" in da
    assert "Frist flyttet fra" in da and "til 01-02-2027 (hvorfor: Travlt før jul)" in da
    assert "Vælg næste skridt" in da
    assert "Effekt vurderet:" in da and "Kun om morgenen" in da
    en = _text(build_follow_up_list_pdf(plan, "en"))
    assert "6 Dec 2026: Note: Halvvejs" in en and "Choose the next step" in en


def test_the_printed_plan_shows_the_history_under_the_action(plan: ActionPlan) -> None:
    da = _text(build_action_plan_pdf(plan, "da"))
    assert "Note: Halvvejs: to af fire vagtplaner" in da
    assert "(hvorfor: Travlt før jul)" in da
