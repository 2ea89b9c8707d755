"""The printed plan wraps every text and never cuts it; a number never parts from its unit."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Group, Problem, Round, Workplace
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.wording.formatting import NO_BREAK_SPACE, format_percent, format_signed


def _plan(how: str) -> ActionPlan:
    action = Action(
        how=how,
        responsible="Karin Holm",
        deadline=dt.date(2027, 3, 1),
        status=ActionStatus.PLANNED,
        follow_up_date=dt.date(2027, 5, 1),
        follow_up_method="Spørg på personalemødet.",
    )
    return ActionPlan(
        Workplace("Vaskeriet"),
        Round("APV 2027", dt.date(2027, 1, 1)),
        [Group("Vask", 8, id=1)],
        [(Problem(1, "influence", "Lidt indflydelse", extent="Alle", causes="Travlhed"), [action])],
        [],
        shipped_bank(),
        dt.date(2027, 1, 2),
    )


def test_a_long_action_is_printed_whole_in_the_follow_up_plan():
    how = " ".join(f"ord{i}" for i in range(90)) + " slutningen."  # about 600 characters
    reader = PdfReader(io.BytesIO(build_action_plan_pdf(_plan(how), "da")))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    # once under its problem and once in the follow-up plan, both whole
    assert text.count("slutningen.") == 2
    assert "…" not in text


def test_a_percentage_keeps_its_unit_and_a_change_its_sign():
    assert format_percent(60, lang="da") == f"60{NO_BREAK_SPACE}%"
    assert format_percent(60, lang="en") == "60%"
    assert format_percent(12.5, lang="da") == f"13{NO_BREAK_SPACE}%"  # halves up
    assert (format_signed(2.5, lang="da"), format_signed(-2.5, lang="da"), format_signed(0.4)) == (
        "+3",
        "−3",
        "±0",
    )
