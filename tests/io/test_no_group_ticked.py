"""A problem with no group ticked concerns the whole workplace, and every output says so alike."""

from __future__ import annotations

import datetime as dt
import io

from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, Group, Problem, Round, Workplace
from apvdesk.io.plan_calendar import plan_calendar
from apvdesk.io.plan_workbook import build_plan_workbook
from apvdesk.reports.action_plan import build_action_plan_pdf

DAY = dt.date(2026, 10, 20)
WHOLE = {"en": "The whole workplace (all groups)", "da": "Hele arbejdspladsen (alle grupper)"}


def plan() -> ActionPlan:
    return ActionPlan(
        Workplace("Vaskeriet"),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [Group("Vask", 5, 1), Group("Chauffører", 4, 2)],
        [
            (
                Problem(1, "support_manager", "Svært at nå lederen", id=1),
                [Action("Telefontid", deadline=DAY, id=1)],
            )
        ],
        [],
        shipped_bank(),
        DAY,
    )


def squash(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_workbook_and_calendar_say_the_whole_workplace() -> None:
    for lang, whole in WHOLE.items():
        pdf = PdfReader(io.BytesIO(build_action_plan_pdf(plan(), lang)))
        assert whole in squash(" ".join(page.extract_text() for page in pdf.pages)), lang
        sheet = load_workbook(io.BytesIO(build_plan_workbook(plan(), lang))).worksheets[0]
        assert whole in [cell.value for cell in sheet[2]], lang
        events = Calendar.from_ical(plan_calendar(plan(), lang)).walk("VEVENT")
        assert all(whole in str(event["description"]) for event in events), lang


def test_the_action_plan_page_says_it_too(qtbot) -> None:
    from apvdesk.ui.models.plan import ProblemsModel

    model = ProblemsModel()
    the_plan = plan()
    model.set_data([(the_plan.problems[0][0], 1)], the_plan.bank, the_plan.groups, "en")
    assert model.data(model.index(0, 4)) == WHOLE["en"]
