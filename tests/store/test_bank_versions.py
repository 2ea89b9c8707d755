"""Rounds on question bank 2.0 still open, score and print beside rounds on 3.0, and compare by scale.

A round keeps the snapshot of the bank it asked. A follow-up round, or next year's round,
may ask version 3.0 while the round it compares with asked 2.0: scales both versions have
are compared (matched by scale id), scales only one has give no comparison, and nothing
breaks.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, load_bank_file
from apvdesk.core.follow_up import before_after
from apvdesk.core.model import Group, Problem, Response, Round, Workplace
from apvdesk.core.results import compare, compute_results
from apvdesk.reports.questionnaire import build_questionnaire_pdf
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)
FIXTURE_2_0 = Path(__file__).parents[1] / "core" / "fixtures" / "psychosocial_2_0.toml"


@pytest.fixture(scope="module")
def bank_2_0() -> QuestionBank:
    bank = load_bank_file(FIXTURE_2_0)
    assert bank.version == "2.0"
    return bank


def _all(bank: QuestionBank, option: int, exposure_option: int = 4) -> dict[str, int | None]:
    """Every item answered with ``option``; the exposure items ("No" = index 4) with ``exposure_option``."""
    return {item.id: exposure_option if item.option_set_id == "exposure" else option for item in bank.items}


@pytest.fixture
def store(tmp_path: Path, bank_2_0: QuestionBank):
    """A workplace whose first round asked bank 2.0: 6 answers at "Often" (75), 6 at "Sometimes" (50)."""
    groups = [Group("Vask", 8), Group("Strygning", 8)]
    first = Round("APV 2025", DAY - dt.timedelta(days=365), anonymity_threshold=5)
    store = WorkplaceStore.create(tmp_path / "firma.apvdesk", Workplace("Firma"), groups, first, bank_2_0)
    ids = [g.id for g in store.groups()]
    base = store.latest_round()
    assert base is not None and base.id is not None
    answers = [Response(ids[0], "da", None, _all(bank_2_0, 1)) for _ in range(6)]
    answers += [Response(ids[1], "da", None, _all(bank_2_0, 2)) for _ in range(6)]
    store.add_responses(base.id, answers)
    store.end_collection(base.id)
    yield store
    store.close()


def test_a_round_on_2_0_still_opens_scores_and_prints(store: WorkplaceStore):
    (base,) = store.rounds()
    assert base.id is not None
    bank = store.round_bank(base.id)
    assert (bank.version, len(bank.items)) == ("2.0", 56)
    results = store.results(base.id)
    assert results is not None
    # (6 x 75 + 6 x 50) / 12 on every high-is-good scale of 2.0, its own items scored
    assert results.get("support_manager", None).mean == pytest.approx(62.5)
    assert ("violence_threats", None) not in results.results
    pdf = PdfReader(io.BytesIO(build_questionnaire_pdf(store.questionnaire_form(base.id), "en")))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert "lend me a hand" in text  # the 2.0 wording, as it was asked


def test_a_follow_up_on_3_0_compares_with_its_2_0_round_by_scale(store: WorkplaceStore):
    (base,) = store.rounds()
    assert base.id is not None
    vask = store.groups()[0].id
    assert vask is not None
    kept = store.save_problem(
        Problem(base.id, "support_manager", "Little support from the manager", group_ids=[vask])
    )
    new = store.save_problem(Problem(base.id, "violence_threats", "Threats on the route"))
    bank_3_0 = shipped_bank().with_scales(["support_manager", "violence_threats"])
    follow_up = store.create_round(
        Round(
            "Follow-up", DAY, anonymity_threshold=5, group_ids=list(base.group_ids), follows_round_id=base.id
        ),
        bank_3_0,
    )
    assert follow_up.id is not None and store.round_bank(follow_up.id).version == "3.0"
    # everyone now answers "Always" (100) on support, and "No" on violence and threats
    store.add_responses(follow_up.id, [Response(vask, "da", None, _all(bank_3_0, 0)) for _ in range(6)])
    store.end_collection(follow_up.id)

    before, after = store.baseline_results(follow_up.id), store.results(follow_up.id)
    assert before is not None and after is not None
    rows = before_after(store.problems(base.id), before, after, [s.id for s in bank_3_0.scales])
    by_key = {(row.problem.id, row.group_id): row for row in rows}
    # a scale both versions have: compared, for the workplace and the problem's group
    assert by_key[(kept.id, None)].change == pytest.approx(100 - 62.5)
    assert by_key[(kept.id, vask)].change == pytest.approx(100 - 75)
    # a scale only 3.0 has: an after figure, nothing before, no change
    only_new = by_key[(new.id, None)]
    assert only_new.before is None and only_new.change is None
    assert only_new.after is not None and only_new.after.mean == 0.0
    # the plain comparison of two rounds matches scales by id in the same way
    changes = compare(after, before)
    assert changes[("support_manager", None)] == pytest.approx(37.5)
    assert changes[("violence_threats", None)] is None


def test_a_scale_only_the_old_round_has_gives_no_comparison(bank_2_0: QuestionBank):
    """3.0 keeps every scale of 2.0; a scale dropped in a later version is simply not compared."""
    assert {s.id for s in bank_2_0.scales} <= {s.id for s in shipped_bank().scales}
    groups = [Group("Vask", 8, id=1)]
    old = compute_results(bank_2_0, groups, [Response(1, "da", None, _all(bank_2_0, 1))] * 5, 5)
    narrowed = shipped_bank().with_scales(["support_manager"])
    now = compute_results(narrowed, groups, [Response(1, "da", None, _all(narrowed, 0))] * 5, 5)
    changes = compare(old, now)  # the old round against the narrower one: most scales missing
    assert changes[("support_manager", None)] == pytest.approx(75 - 100)
    assert changes[("trust", None)] is None
