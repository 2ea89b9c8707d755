"""The empty import template: its columns, its legend, and that a filled-in template imports."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Group
from apvdesk.io.answers_import import read_answers
from apvdesk.io.template import (
    ANSWERS_SHEET,
    LEGEND_SHEET,
    template_columns,
    write_template,
    write_template_xlsx,
)

GROUPS = [Group("Vask og tørring", 16, 1), Group("Chauffører (kører alene)", 6, 2)]


def three_language_bank() -> QuestionBank:
    """The shipped bank, with Polish made up from the English texts if the bank has none yet."""
    data = json.loads(shipped_bank().to_json())

    def add_pl(node: object) -> None:
        if isinstance(node, dict):
            if "en" in node and "da" in node and "pl" not in node:
                value = node["en"]
                node["pl"] = [f"PL {v}" for v in value] if isinstance(value, list) else f"PL {value}"
            for child in node.values():
                add_pl(child)
        elif isinstance(node, list):
            for child in node:
                add_pl(child)

    add_pl(data)
    if "pl" not in data["bank"]["languages"]:
        data["bank"]["languages"].append("pl")
    data["bank"].setdefault("language_names", {})["pl"] = "Polski"
    return parse_bank(data, "three languages")


def test_columns_follow_the_bank() -> None:
    bank = shipped_bank()
    assert template_columns(bank) == ["group", "language", *(item.id for item in bank.items)]


def test_csv_template_is_a_semicolon_header_with_bom(tmp_path: Path) -> None:
    bank = shipped_bank()
    path = tmp_path / "t.csv"
    write_template(path, bank, GROUPS)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfgroup;language;")
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 1
    assert data.decode("utf-8-sig").strip().split(";") == template_columns(bank)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_xlsx_template_has_answers_and_legend(tmp_path: Path, lang: str, qapp) -> None:
    bank = shipped_bank()
    path = tmp_path / "t.xlsx"
    write_template(path, bank, GROUPS, lang)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [ANSWERS_SHEET, LEGEND_SHEET]
    answers = workbook[ANSWERS_SHEET]
    assert [c.value for c in answers[1]] == template_columns(bank)
    assert answers.max_row == 1 and answers.freeze_panes == "A2"
    assert answers.column_dimensions["A"].width >= len("Chauffører (kører alene)")
    legend = [row for row in workbook[LEGEND_SHEET].iter_rows(values_only=True)]
    first = bank.items[0]
    options = bank.option_set(first)
    row = next(r for r in legend if r[0] == first.id)
    assert row[1] == first.text[lang]
    assert row[2] == options.dont_know[lang]
    assert list(row[3 : 3 + len(options.points)]) == list(options.labels[lang])
    cells = {value for r in legend for value in r if value is not None}
    assert {g.name for g in GROUPS} <= cells
    assert set(bank.languages) <= cells


def test_legend_in_a_language_apvdesk_itself_lacks(tmp_path: Path, qapp) -> None:
    bank = three_language_bank()
    path = tmp_path / "pl.xlsx"
    write_template_xlsx(path, bank, GROUPS, "pl")
    legend = list(load_workbook(path)[LEGEND_SHEET].iter_rows(values_only=True))
    assert legend[0][0] == "How to fill in the sheet Answers"  # explained in English
    first = bank.items[0]
    row = next(r for r in legend if r[0] == first.id)
    # but the questions and answers in Polish
    assert row[1] == first.text["pl"]
    assert row[3] == bank.option_set(first).labels["pl"][0]
    assert ("pl", bank.language_names["pl"]) in [r[:2] for r in legend]


def test_bad_name_or_language(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_template(tmp_path / "t.ods", shipped_bank(), GROUPS)
    with pytest.raises(ValueError):
        write_template(tmp_path / "t.xlsx", shipped_bank(), GROUPS, "xx")


def test_a_filled_in_xlsx_template_imports(tmp_path: Path, qapp) -> None:
    bank = three_language_bank()
    path = tmp_path / "filled.xlsx"
    write_template(path, bank, GROUPS, "da")
    workbook = load_workbook(path)
    sheet = workbook[ANSWERS_SHEET]
    items = bank.items
    sheet.append(["Vask og tørring", "da", *[1 + i % 5 for i in range(len(items))]])
    sheet.append(["chauffører (kører alene)", "pl", 0, bank.option_set(items[1]).labels["pl"][2]])
    sheet.append([])
    sheet.append(["Vask og tørring", "Dansk", None, "ved ikke"])
    workbook.save(path)
    result = read_answers(path, bank, GROUPS, dt.date(2026, 10, 1))
    assert result.ok, result.problems
    first, second, third = result.responses
    assert first.answers == {item.id: i % 5 for i, item in enumerate(items)}
    assert (second.group_id, second.language, second.answers) == (
        2,
        "pl",
        {items[0].id: None, items[1].id: 2},
    )
    assert third.answers == {items[1].id: None}
    assert [r.row for r in result.rows] == [2, 3, 5]


def test_a_filled_in_csv_template_imports_after_excel_saves_it(tmp_path: Path) -> None:
    bank = shipped_bank()
    path = tmp_path / "filled.csv"
    write_template(path, bank, GROUPS)
    header = path.read_text(encoding="utf-8-sig").strip().split(";")
    # Danish Excel saves "CSV (semikolonsepareret)" in Windows-1252, every row as wide as the header
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerow(["Chauffører (kører alene)", "", "Ofte"] + [""] * (len(header) - 3))
    result = read_answers(path, bank, GROUPS, dt.date(2026, 10, 1))
    assert result.ok, result.problems
    assert result.responses[0].answers == {bank.items[0].id: 1}


@pytest.mark.parametrize(
    ("lang", "zero"), [("da", "Ved ikke / Gælder ikke for mig"), ("en", "Don't know / Does not apply to me")]
)
def test_the_legend_says_0_is_also_does_not_apply_where_a_question_offers_it(
    tmp_path: Path, lang: str, zero: str, qapp
) -> None:
    bank = shipped_bank()
    path = tmp_path / "t.xlsx"
    write_template(path, bank, GROUPS, lang)
    legend = {row[0]: row for row in load_workbook(path)[LEGEND_SHEET].iter_rows(values_only=True)}
    assert legend["sf_after_episode"][2] == zero  # offers "does not apply to me"
    assert legend["ssc_practical"][2] == zero.split(" / ")[0]  # does not


def test_does_not_apply_to_me_imports_as_dont_know_in_any_language(tmp_path: Path) -> None:
    bank = shipped_bank()
    path = tmp_path / "answers.csv"
    path.write_text(
        "group;language;sf_after_episode;lw_reach;lw_asked_after;ssc_practical\n"
        "Vask og tørring;da;Gælder ikke for mig;0;nie dotyczy mnie;Altid\n"
        "Chauffører (kører alene);uk;Мене це не стосується;3;Does not apply to me;2\n",
        encoding="utf-8",
    )
    result = read_answers(path, bank, GROUPS, dt.date(2026, 10, 1))
    assert result.ok, result.problems
    first, second = result.responses
    assert first.answers == {
        "sf_after_episode": None,
        "lw_reach": None,
        "lw_asked_after": None,
        "ssc_practical": 0,
    }
    assert second.answers == {
        "sf_after_episode": None,
        "lw_reach": 2,
        "lw_asked_after": None,
        "ssc_practical": 1,
    }


def test_does_not_apply_to_me_is_refused_where_the_question_does_not_offer_it(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_text("group;ssc_practical\nVask og tørring;Gælder ikke for mig\n", encoding="utf-8")
    result = read_answers(path, shipped_bank(), GROUPS, dt.date(2026, 10, 1))
    assert not result.ok
    assert [problem.code.name for problem in result.problems] == ["UNKNOWN_LABEL"]
