"""Texts typed by users (or put into a crafted file) never become formulas in what apvdesk writes.

Every workbook and CSV file the program writes is read back: the texts are there exactly,
as text cells, and the raw XML of the workbook holds no formula at all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.io.answers_import import read_answers
from apvdesk.io.plan_workbook import write_plan_workbook
from apvdesk.io.template import ANSWERS_SHEET, LEGEND_SHEET, write_template
from apvdesk.io.text_cells import csv_text, set_text

# Texts a spreadsheet would run: formulas, a link that opens a web page, a DDE call, an error value.
ATTACKS = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "@SUM(A1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "=Vask",
    "#N/A",
]
FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s>/]")


def xml_formulas(data: bytes) -> list[str]:
    """Return every worksheet part of an .xlsx that holds a formula element."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and FORMULA_ELEMENT.search(archive.read(name))
        ]


def text_cells(data: bytes) -> dict[str, list[tuple[str, str, bool]]]:
    """Return, per sheet, every non-empty cell as (value, data type, quote prefix)."""
    workbook = load_workbook(io.BytesIO(data))
    return {
        sheet.title: [
            (cell.value, cell.data_type, bool(cell.quotePrefix))
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        for sheet in workbook.worksheets
    }


def assert_texts_kept(data: bytes, texts: list[str]) -> None:
    """Each text is in the workbook exactly, as a text cell; no cell anywhere is a formula."""
    assert xml_formulas(data) == []
    cells = [cell for sheet in text_cells(data).values() for cell in sheet]
    assert all(kind != "f" for _value, kind, _prefix in cells)
    for text in texts:
        found = [(kind, prefix) for value, kind, prefix in cells if value == text]
        assert found, f"{text!r} is missing"
        assert all(kind == "s" for kind, _prefix in found), (text, found)
        if text.startswith(("=", "+", "-", "@")):  # stays a text when edited in Excel, too
            assert all(prefix for _kind, prefix in found), (text, found)


def crafted_bank() -> QuestionBank:
    """The shipped bank as a crafted file could hold it: ids, questions and answers as formulas."""
    data = json.loads(shipped_bank().to_json())
    item = data["themes"][0]["scales"][0]["items"][0]
    item["id"] = "=1+1"
    item["text"]["da"] = '=HYPERLINK("http://x","y")'
    option_set = data["option_sets"][item["options"]]
    option_set["labels"]["da"][0] = "@SUM(A1)"
    option_set["dont_know"]["da"] = "-2+3"
    data["bank"]["language_names"]["en"] = "+cmd|' /C calc'!A0"
    return parse_bank(data, "crafted")


GROUPS = [Group(text, 3, number) for number, text in enumerate(ATTACKS, start=1)]


# --- the import template --------------------------------------------------------------------


def test_the_template_workbook_writes_every_name_and_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "answers.xlsx"
    write_template(path, crafted_bank(), GROUPS, "da")
    data = path.read_bytes()
    assert_texts_kept(data, [*ATTACKS])
    cells = text_cells(data)
    assert ("=1+1", "s", True) in cells[ANSWERS_SHEET]  # the question id heading the column
    legend = {value for value, _kind, _prefix in cells[LEGEND_SHEET]}
    assert {'=HYPERLINK("http://x","y")', "@SUM(A1)", "-2+3", "+cmd|' /C calc'!A0"} <= legend


def test_the_template_csv_guards_a_heading_excel_would_run(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    write_template(path, crafted_bank(), GROUPS, "da")
    [header] = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert "'=1+1" in header
    assert not [field for field in header if field.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_a_group_named_like_a_formula_is_imported_from_the_filled_in_template(tmp_path: Path) -> None:
    """The legend's names are what the importer matches: written as texts, they come back as such.

    ("#N/A" is left out: the importer takes that for the error a failed formula shows.)
    """
    bank = shipped_bank()
    groups = [group for group in GROUPS if group.name != "#N/A"]
    path = tmp_path / "answers.xlsx"
    write_template(path, bank, groups, "da")
    workbook = load_workbook(path)
    sheet = workbook[ANSWERS_SHEET]
    for row, group in enumerate(groups, start=2):
        set_text(sheet.cell(row, 1), group.name)  # as copied from the legend: a text cell
        sheet.cell(row, 3, 2)
    workbook.save(path)
    result = read_answers(path, bank, groups, dt.date(2027, 3, 2))
    assert result.ok, result.problems
    assert sorted(r.group_id for r in result.responses) == [g.id for g in groups]


# --- the action plan workbook ---------------------------------------------------------------


def attacked_plan() -> ActionPlan:
    """A plan whose every user text (names, problems, actions, approvals) is a formula."""
    problem = Problem(
        7,
        "support_manager",
        "=1+1",
        Seriousness.HIGH,
        extent="@SUM(A1)",
        causes='=HYPERLINK("http://x","y")',
        priority=1,
        group_ids=[1, 2],
        id=11,
    )
    action = Action(
        how="+cmd|' /C calc'!A0",
        responsible="-2+3",
        deadline=dt.date(2027, 4, 1),
        status=ActionStatus.DONE,
        follow_up_date=dt.date(2027, 6, 1),
        follow_up_method="=Vask",
        effect=Effect.WORKED,
        effect_note="#N/A",
        effect_date=dt.date(2027, 5, 1),
        id=101,
    )
    return ActionPlan(
        workplace=Workplace('=HYPERLINK("http://evil","Vaskeri")'),
        round=Round("=APV 2027", dt.date(2027, 3, 1), id=7),
        groups=[Group("=Vask", 4, 1), Group("@Strygning", 3, 2)],
        problems=[(problem, [action])],
        approvals=[Approval(7, "=Karin", ApproverRole.EMPLOYER, dt.date(2027, 3, 20), plan_revision=1)],
        bank=shipped_bank(),
        printed_on=dt.date(2027, 3, 21),
        plan_revision=1,
        plan_changed_on=dt.date(2027, 3, 19),
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_plan_workbook_writes_every_user_text_as_text(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(attacked_plan(), path, lang)
    assert_texts_kept(
        path.read_bytes(),
        [
            "=1+1",
            "@SUM(A1)",
            '=HYPERLINK("http://x","y")',
            "+cmd|' /C calc'!A0",
            "-2+3",
            "=Vask",
            "#N/A",
            '=HYPERLINK("http://evil","Vaskeri")',
            "=APV 2027",
            "=Karin",
            "=Vask, @Strygning",
        ],
    )


# --- the helpers ----------------------------------------------------------------------------


def test_a_text_cell_keeps_what_a_workbook_can_hold() -> None:
    sheet = Workbook().active
    cell = sheet.cell(1, 1)
    set_text(cell, "=A\x01B" + "x" * 40_000)
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value.startswith("=AB") and len(cell.value) == 32_767
    plain = sheet.cell(2, 1)
    set_text(plain, "Vask og tørring")
    assert plain.data_type == "s" and not plain.quotePrefix


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("=1+1", "'=1+1"),
        ("+45 12 34 56 78", "'+45 12 34 56 78"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("group", "group"),
        ("Vask = tørring", "Vask = tørring"),
        ("", ""),
    ],
)
def test_csv_fields_excel_would_run_get_an_apostrophe(text: str, field: str) -> None:
    assert csv_text(text) == field
