"""The plan's workbook carries the poster texts in other languages, a column per language that has any."""

from __future__ import annotations

import dataclasses
import io

from openpyxl import load_workbook

from apvdesk.io.plan_workbook import build_plan_workbook
from tests.io.test_plan_export import make_plan


def test_poster_texts_go_into_their_own_columns(qapp) -> None:
    plan = make_plan()
    problem, actions = plan.problems[0]
    plan.problems[0] = (
        dataclasses.replace(problem, translations={"pl": "Brak wsparcia", "uk": "Немає підтримки"}),
        [dataclasses.replace(actions[0], translations={"ro": "Întâlnire săptămânală"}), *actions[1:]],
    )
    workbook = load_workbook(io.BytesIO(build_plan_workbook(plan, "da")))
    problems = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert problems[0][-2:] == ("Plakattekst (polsk)", "Plakattekst (ukrainsk)")
    assert problems[1][-2:] == ("Brak wsparcia", "Немає підтримки")
    assert problems[2][-2:] == (None, None)
    sheet = workbook.worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-3:] == ("Overskredet", "Historik", "Plakattekst (rumænsk)")
    assert rows[1][-1] == "Întâlnire săptămânală"
    overdue = [row for row in range(2, sheet.max_row + 1) if sheet.cell(row, 13).value == "Ja"]
    assert overdue and all(sheet.cell(row, 13).font.bold for row in overdue)


def test_without_texts_the_columns_stay_as_they_were() -> None:
    workbook = load_workbook(io.BytesIO(build_plan_workbook(make_plan(), "en")))
    assert list(workbook.worksheets[0].iter_rows(values_only=True))[0][-1] == "Number of actions"
    assert list(workbook.worksheets[1].iter_rows(values_only=True))[0][-2:] == ("Overdue", "History")
