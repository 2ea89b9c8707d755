"""Problem numbers are one numbering: the printed plan, the workbook, the calendar, the poster agree."""

from __future__ import annotations

import datetime as dt
import io
import re

from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, Group, Problem, Round, Seriousness, Workplace
from apvdesk.core.plan_order import numbered_problems
from apvdesk.core.poster import poster_content
from apvdesk.io.plan_calendar import plan_calendar
from apvdesk.io.plan_workbook import build_plan_workbook
from apvdesk.reports.action_plan import build_action_plan_pdf

DAY = dt.date(2026, 10, 20)


def entered_out_of_order() -> ActionPlan:
    """Problems entered low priority first: creation order and plan order differ."""

    def problem(
        pid: int, kind: str, priority: int, seriousness: Seriousness, solved: bool = False
    ) -> Problem:
        return Problem(
            1, "support_manager", kind, seriousness, priority=priority, solved_at_once=solved, id=pid
        )

    problems = [
        (problem(1, "Skiltet mangler", 1, Seriousness.LOW, solved=True), []),
        (problem(2, "Travlt om fredagen", 3, Seriousness.LOW), [Action("Ekstra hjælp", deadline=DAY, id=21)]),
        (
            problem(3, "Lederen er svær at nå", 2, Seriousness.MEDIUM),
            [Action("Telefontid", deadline=DAY, id=31)],
        ),
        (
            problem(4, "Tunge løft ved rullen", 2, Seriousness.HIGH),
            [Action("Løftebord", deadline=DAY, id=41)],
        ),
    ]
    return ActionPlan(
        Workplace("Vaskeriet"),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [Group("Vask", 5, 1)],
        problems,
        [],
        shipped_bank(),
        DAY,
    )


def test_the_plan_order_is_priority_then_seriousness_solved_at_once_last() -> None:
    numbers = {
        problem.kind: number for number, problem, _ in numbered_problems(entered_out_of_order().problems)
    }
    assert numbers == {
        "Tunge løft ved rullen": 1,
        "Lederen er svær at nå": 2,
        "Travlt om fredagen": 3,
        "Skiltet mangler": 4,
    }


def test_workbook_calendar_pdf_and_poster_number_alike() -> None:
    plan = entered_out_of_order()
    expected = {problem.kind: number for number, problem, _ in numbered_problems(plan.problems)}

    sheet = load_workbook(io.BytesIO(build_plan_workbook(plan, "en")))["Problems"]
    header = [cell.value for cell in sheet[1]]
    number_column, kind_column = header.index("No."), header.index("Kind")
    in_workbook = {
        row[kind_column]: row[number_column] for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert in_workbook == expected

    actions = load_workbook(io.BytesIO(build_plan_workbook(plan, "en")))["Actions"]
    by_action = {row[2]: row[0] for row in actions.iter_rows(min_row=2, values_only=True)}
    assert by_action == {"Løftebord": 1, "Telefontid": 2, "Ekstra hjælp": 3}

    calendar = Calendar.from_ical(plan_calendar(plan, "en"))
    in_calendar = {}
    for event in calendar.walk("VEVENT"):
        found = re.search(r"Problem (\d+): (.+)", str(event["description"]))
        assert found
        in_calendar[found.group(2).strip()] = int(found.group(1))
    assert in_calendar == {kind: n for kind, n in expected.items() if kind != "Skiltet mangler"}

    text = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(build_action_plan_pdf(plan, "en"))).pages
    )
    text = " ".join(text.split())
    for kind, number in expected.items():
        assert re.search(rf"{number}\D[^0-9]*?{re.escape(kind)}", text), (kind, number)

    poster = poster_content(plan)
    assert [(p.kind, p.number) for p in poster.problems] == [
        ("Tunge løft ved rullen", 1),
        ("Lederen er svær at nå", 2),
        ("Travlt om fredagen", 3),
    ]
