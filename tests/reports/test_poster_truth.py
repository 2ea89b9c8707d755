"""The poster says what the printed plan says: approval state, overdue actions, problem numbers."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.core.poster import poster_content
from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

TODAY = dt.date(2026, 12, 6)


def plan(approved_on: dt.date, revision: int = 2) -> ActionPlan:
    problem = Problem(1, "support_manager", "Lederen er svær at nå", Seriousness.HIGH, priority=1, id=1)
    actions = [
        Action("Telefontid om aftenen", "Karin", deadline=TODAY - dt.timedelta(days=1), id=1),
        Action("Fast morgenmøde", "Karin", deadline=TODAY, status=ActionStatus.IN_PROGRESS, id=2),
    ]
    return ActionPlan(
        Workplace("Vaskeriet", has_amo=True),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [],
        [(problem, actions)],
        [Approval(1, "Karin Holm", ApproverRole.AMO, approved_on, revision)],
        shipped_bank(),
        TODAY,
        plan_revision=2,
        plan_changed_on=dt.date(2026, 11, 1),
    )


def poster_text(the_plan: ActionPlan, lang: str) -> str:
    reader = PdfReader(io.BytesIO(build_poster_pdf(poster_content(the_plan), shipped_poster_texts(), lang)))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_poster_says_changed_since_approval_where_the_plan_does() -> None:
    changed = plan(dt.date(2026, 10, 20))  # approved before the plan last changed
    content = poster_content(changed)
    assert not content.approved and content.changed_since_approval
    text = poster_text(changed, "en")
    assert "changed since it was approved and should be approved again" in text
    assert "not approved yet" not in text
    assert "bør godkendes igen" in poster_text(changed, "da")


def test_the_poster_marks_overdue_actions_but_not_one_due_today() -> None:
    content = poster_content(plan(dt.date(2026, 11, 2)))
    assert content.approved
    assert [(a.how, a.overdue) for a in content.problems[0].actions] == [
        ("Telefontid om aftenen", True),
        ("Fast morgenmøde", False),
    ]
    text = poster_text(plan(dt.date(2026, 11, 2)), "en")
    assert text.count("Overdue") == 1
    assert "Overskredet" in poster_text(plan(dt.date(2026, 11, 2)), "da")
