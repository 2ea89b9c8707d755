"""With the checklist complete, the printed plan holds every element BEK 1838/2023 names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from apvdesk.core.checklist import checklist_complete
from apvdesk.core.deadlines import next_apv_due
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator
from apvdesk.wording.labels import label


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_demo_plan_is_complete_and_the_pdf_holds_every_element(demo_file: Path, tmp_path: Path):
    store = WorkplaceStore.open_read_only(demo_file)
    try:
        round_id = store.latest_round().id
        assert checklist_complete(store.apv_checklist(round_id))
        plan = store.action_plan(round_id, dt.date(2026, 11, 27))
    finally:
        store.close()
    out = tmp_path / "plan.pdf"
    write_atomically(build_action_plan_pdf(plan, lang="da"), out)
    text = _flat(" ".join(page.extract_text() or "" for page in PdfReader(out).pages))
    da = Translator("da").translate

    for problem, actions in plan.problems:
        # the risk assessment: kind, seriousness, extent, causes
        for written in (problem.kind, problem.extent, problem.causes):
            assert _flat(written) in text
        assert label(problem.seriousness, da) in text
        # the plan: how, who, when, and how the effect is followed up
        for action in actions:
            assert _flat(action.how)[:40] in text
            assert action.responsible in text
            assert format_date(action.deadline, "da", printed=True) in text
            assert format_date(action.follow_up_date, "da", printed=True) in text
            assert _flat(action.follow_up_method)[:40] in text
    # the sickness absence, the approval and the next APV
    assert da("ActionPlanPdf", "Sickness absence") in text and _flat(plan.absence.why)[:40] in text
    for approval in plan.approvals:
        assert approval.name in text
    assert format_date(plan.approvals[0].approved_on, "da", printed=True) in text
    assert da("PlanApprovalPdf", "The plan as it is now is approved.") in text
    assert format_date(next_apv_due(plan.round.start_date), "da", printed=True) in text
    assert da("ActionPlanPdf", "Changed since approval") not in text
