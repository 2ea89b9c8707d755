"""Reading answers from CSV and XLSX: encodings, separators, codes, labels, and every kind of bad file."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Group
from apvdesk.io.answers_import import MAX_PROBLEMS, ImportResult, column_letter, normalize, read_answers
from apvdesk.io.import_problems import ImportProblem, ProblemCode
from apvdesk.io.tables import guess_delimiter

TODAY = dt.date(2026, 10, 5)
GROUPS = [Group("Vask og tørring", 16, 11), Group("Strygning og finish", 13, 12), Group("Chauffører", 6, 13)]


def _texts(**by_lang: str) -> dict[str, str]:
    return dict(by_lang)


def small_bank() -> QuestionBank:
    """A bank in Danish, English and Polish with a 5-option and a 3-option set."""
    langs = ["da", "en", "pl"]
    items = [
        {"id": f"q{i}", "options": "freq", "text": {lang: f"Q{i} {lang}" for lang in langs}} for i in (1, 2)
    ]
    items.append({"id": "q3", "options": "yes_no", "text": {lang: f"Q3 {lang}" for lang in langs}})
    return parse_bank(
        {
            "bank": {
                "id": "small",
                "version": "1",
                "languages": langs,
                "language_names": {"da": "Dansk", "en": "English", "pl": "Polski"},
            },
            "option_sets": {
                "freq": {
                    "points": [100, 75, 50, 25, 0],
                    "labels": {
                        "da": ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig"],
                        "en": ["Always", "Often", "Sometimes", "Rarely", "Never"],
                        "pl": ["Zawsze", "Często", "Czasami", "Rzadko", "Nigdy"],
                    },
                    "dont_know": {"da": "Ved ikke", "en": "Don't know", "pl": "Nie wiem"},
                },
                "yes_no": {
                    "points": [100, 50, 0],
                    "labels": {
                        "da": ["Ja", "Delvis", "Nej"],
                        "en": ["Yes", "Partly", "No"],
                        "pl": ["Tak", "Częściowo", "Nie"],
                    },
                    "dont_know": {"da": "Ved ikke", "en": "Don't know", "pl": "Nie wiem"},
                },
            },
            "themes": [
                {
                    "id": "t",
                    "name": {lang: "T" for lang in langs},
                    "scales": [
                        {
                            "id": "s",
                            "name": {lang: "S" for lang in langs},
                            "high_is_good": True,
                            "items": items,
                        }
                    ],
                }
            ],
        },
        "test bank",
    )


BANK = small_bank()


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def read(path: Path, bank: QuestionBank = BANK) -> ImportResult:
    return read_answers(path, bank, GROUPS, TODAY)


def codes(result: ImportResult) -> list[tuple[ProblemCode, int | None]]:
    return [(p.code, p.row) for p in result.problems]


# --- good files ----------------------------------------------------------------------


def test_windows_1252_semicolons_and_danish_labels(tmp_path: Path) -> None:
    text = (
        "group;language;q1;q2;q3\r\n"
        "Vask og tørring;da;Ofte;Somme tider;Ja\r\n"
        "  strygning OG finish ;Dansk; ved IKKE ;;nej\r\n"
        "Chauffører;;Aldrig;  sjældent  ;Delvis\r\n"
    )
    result = read(write_csv(tmp_path / "a.csv", text, "cp1252"))
    assert result.ok, result.problems
    assert [r.row for r in result.rows] == [2, 3, 4]
    first, second, third = result.responses
    assert first.group_id == 11 and first.language == "da" and first.answered_on == TODAY
    assert first.answers == {"q1": 1, "q2": 2, "q3": 0}
    assert second.group_id == 12 and second.answers == {"q1": None, "q3": 2}  # blank q2 is absent
    assert third.language == "da" and third.answers == {"q1": 4, "q2": 3, "q3": 1}


def test_utf8_bom_commas_and_codes(tmp_path: Path) -> None:
    text = "group,language,q1,q2,q3\nVask og tørring,en,1,5,3\nChauffører,pl,0,2,\n"
    result = read(write_csv(tmp_path / "b.csv", text, "utf-8-sig"))
    assert result.ok, result.problems
    assert [r.answers for r in result.responses] == [{"q1": 0, "q2": 4, "q3": 2}, {"q1": None, "q2": 1}]
    assert [r.language for r in result.responses] == ["en", "pl"]


def test_tabs_utf16_and_labels_in_any_language(tmp_path: Path) -> None:
    text = "group\tlanguage\tq1\tq2\tq3\nVask og tørring\tPOLSKI\tCzęsto\tOften\tDon’t know\n"
    for encoding in ("utf-8", "utf-16"):
        result = read(write_csv(tmp_path / f"{encoding}.txt", text, encoding))
        assert result.ok, result.problems
        assert result.responses[0].language == "pl"
        assert result.responses[0].answers == {"q1": 1, "q2": 1, "q3": None}


def test_columns_in_any_order_a_subset_and_danish_header_names(tmp_path: Path) -> None:
    text = "Q3;Gruppe;Q1\nja;Vask og tørring;2\n"
    result = read(write_csv(tmp_path / "c.csv", text))
    assert result.ok, result.problems
    assert result.responses[0].answers == {"q3": 0, "q1": 1}
    assert result.responses[0].language == "da"


def test_empty_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers(tmp_path: Path) -> None:
    text = '\ngroup;q1\n;\n"Vask og\ntørring";1\nNowhere;1\n\nChauffører;9\n'
    result = read(write_csv(tmp_path / "d.csv", text))
    # header on row 2; row 4 is one record over two lines (a cell with a line break)
    assert codes(result) == [(ProblemCode.UNKNOWN_GROUP, 5), (ProblemCode.CODE_OUT_OF_RANGE, 7)]
    assert result.rows == []
    fixed = read(write_csv(tmp_path / "d2.csv", text.replace("Nowhere", "Chauffører").replace("9", "1")))
    assert [r.row for r in fixed.rows] == [4, 5, 7]


def xlsx(path: Path, rows: list[list[object]], cached: dict[str, str] | None = None) -> Path:
    """Write rows to the first sheet; ``cached`` gives saved results to formulas (as Excel does)."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    if cached:
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        for formula, value in cached.items():
            sheet = sheet.replace(f"<f>{formula}</f><v />", f"<f>{formula}</f><v>{value}</v>")
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


def test_xlsx_with_codes_numbers_and_a_formula_with_its_saved_value(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "e.xlsx",
        [
            ["group", "language", "q1", "q2", "q3"],
            ["Vask og tørring", "da", 2, 4.0, "=1+1"],
            [],
            ["Chauffører"],
        ],
        cached={"1+1": "2"},
    )
    result = read(path)
    assert result.ok, result.problems
    assert [r.answers for r in result.responses] == [{"q1": 1, "q2": 3, "q3": 1}, {}]
    assert [r.row for r in result.rows] == [2, 4]


def test_xlsx_formula_without_a_saved_value_is_an_error(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "f.xlsx", [["group", "q1", "q2"], ["Chauffører", 1, "=1+1"]])
    result = read(path)
    assert result.problems == [ImportProblem(ProblemCode.FORMULA_WITHOUT_VALUE, 2, ("C", "q2"))]


def test_xlsx_value_beyond_the_named_columns(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "g.xlsx", [["group", "q1"], ["Chauffører", 1, None, "x"], ["Chauffører", 2.5]])
    assert codes(read(path)) == [(ProblemCode.WRONG_CELL_COUNT, 2), (ProblemCode.CODE_OUT_OF_RANGE, 3)]


# --- bad rows ------------------------------------------------------------------------


def test_every_bad_row_is_reported_and_nothing_is_kept(tmp_path: Path) -> None:
    text = (
        "group;language;q1;q2;q3\n"
        "Vask og tørring;da;1;2;3\n"  # row 2 fine
        "Lager;da;1;2;3\n"  # 3 unknown group
        ";da;1;2;3\n"  # 4 no group
        "Chauffører;fr;1;2;3\n"  # 5 unknown language
        "Chauffører;da;6;-1;4\n"  # 6 three codes out of range (q3 has three options)
        "Chauffører;da;Måske;1,5;1\n"  # 7 unknown label and a fraction
        "Chauffører;da;1;2\n"  # 8 too few cells
        "Chauffører;da;1;2;3;4\n"  # 9 too many
        "Chauffører;da;1;2;3;;\n"  # 10 blank extra cells are fine
    )
    result = read(write_csv(tmp_path / "h.csv", text))
    assert codes(result) == [
        (ProblemCode.UNKNOWN_GROUP, 3),
        (ProblemCode.MISSING_GROUP, 4),
        (ProblemCode.UNKNOWN_LANGUAGE, 5),
        (ProblemCode.CODE_OUT_OF_RANGE, 6),
        (ProblemCode.CODE_OUT_OF_RANGE, 6),
        (ProblemCode.CODE_OUT_OF_RANGE, 6),
        (ProblemCode.UNKNOWN_LABEL, 7),
        (ProblemCode.CODE_OUT_OF_RANGE, 7),
        (ProblemCode.WRONG_CELL_COUNT, 8),
        (ProblemCode.WRONG_CELL_COUNT, 9),
    ]
    assert result.rows == [] and not result.ok
    assert result.problems[0].values == ("Lager", "Vask og tørring, Strygning og finish, Chauffører")
    assert result.problems[5].values == ("E", "q3", "4", 3)
    assert result.problems[8].values == (4, 5)


def test_problems_beyond_the_limit_are_counted(tmp_path: Path) -> None:
    text = "group;q1\n" + "Lager;1\n" * (MAX_PROBLEMS + 10)
    result = read(write_csv(tmp_path / "i.csv", text))
    assert len(result.problems) == MAX_PROBLEMS and result.more_problems == 10
    assert result.problem_count == MAX_PROBLEMS + 10


def test_header_problems(tmp_path: Path) -> None:
    result = read(write_csv(tmp_path / "j.csv", "group;q1;q9;Spørgsmål 10;Q1\nChauffører;1;1;1;1\n"))
    assert result.problems == [
        ImportProblem(ProblemCode.UNKNOWN_COLUMNS, 1, ("q9, Spørgsmål 10",)),
        ImportProblem(ProblemCode.DUPLICATE_COLUMNS, 1, ("Q1",)),
    ]
    assert codes(read(write_csv(tmp_path / "k.csv", "language;q1\nda;1\n"))) == [
        (ProblemCode.NO_GROUP_COLUMN, 1)
    ]
    assert codes(read(write_csv(tmp_path / "l.csv", "group;;q1\nChauffører;;1\n"))) == [
        (ProblemCode.BLANK_HEADING, 1)
    ]


# --- bad files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", ProblemCode.EMPTY),
        (b" \r\n\r\n", ProblemCode.EMPTY),
        (b";;;\n;;\n", ProblemCode.EMPTY),
        (b"group;language;q1\r\n", ProblemCode.NO_ROWS),
        (b"group;language;q1\r\n;;\r\n", ProblemCode.NO_ROWS),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ProblemCode.NOT_A_TABLE),
        (bytes(range(256)) * 4, ProblemCode.NOT_A_TABLE),
        (b"group;q1\nA\x81B;1\n", ProblemCode.NOT_A_TABLE),  # undefined in Windows-1252
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ProblemCode.OLD_EXCEL),
        (b"PK\x03\x04 not really a zip", ProblemCode.NOT_A_TABLE),
        (b'group;q1\nChauff\xc3\xb8rer;"' + b"x" * 200_000 + b'"\n', ProblemCode.BAD_CSV),
    ],
)
def test_a_bad_file_gives_one_problem(tmp_path: Path, content: bytes, code: ProblemCode) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = read(path)
    assert [p.code for p in result.problems] == [code]
    assert result.rows == []


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert codes(read(path)) == [(ProblemCode.NOT_A_TABLE, None)]


def test_a_long_cell_and_a_missing_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", "group;q1\nChauffører;" + "Ofte " * 300 + "\n")
    assert codes(read(path)) == [(ProblemCode.CELL_TOO_LONG, 2)]
    assert codes(read(tmp_path / "missing.csv")) == [(ProblemCode.CANNOT_READ, None)]
    assert codes(read(tmp_path)) == [(ProblemCode.CANNOT_READ, None)]


def test_shipped_bank_accepts_its_own_labels_in_every_language(tmp_path: Path) -> None:
    from apvdesk.app.resources import shipped_bank

    bank = shipped_bank()
    items = bank.items[:3]
    rows = ["group;language;" + ";".join(item.id for item in items)]
    for lang in bank.languages:
        labels = [bank.option_set(item).labels[lang][-1] for item in items]
        rows.append(f"Chauffører;{lang};" + ";".join(label.upper() for label in labels))
    result = read(write_csv(tmp_path / "n.csv", "\n".join(rows), "utf-8-sig"), bank)
    assert result.ok, result.problems
    last = [len(bank.option_set(item).points) - 1 for item in items]
    assert all(list(r.answers.values()) == last for r in result.responses)


# --- helpers and messages ------------------------------------------------------------


def test_helpers() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]
    assert normalize("  Somme\u00a0 TIDER ") == "somme tider"
    assert normalize("Don\u2019t know") == normalize("don't KNOW")
    assert guess_delimiter("group,language;q1;q2\n") == ";"
    assert guess_delimiter("group\tq1\n") == "\t"
    assert guess_delimiter("group\n") == ";"


def test_every_problem_has_a_sentence_with_its_values(qapp) -> None:
    from apvdesk.io.import_messages import ImportMessages

    messages = ImportMessages()
    for code in ProblemCode:
        text = messages.describe(ImportProblem(code, 7, ("A", "B", "C", "D")))
        assert not re.search(r"%\d", text), (code, text)
        if code not in (ProblemCode.NOT_A_TABLE, ProblemCode.OLD_EXCEL, ProblemCode.EMPTY):
            assert "7" in text or "A" in text
    result = ImportResult(problems=[ImportProblem(ProblemCode.MISSING_GROUP, 3)], more_problems=4)
    assert messages.lines(result) == ["Row 3 has no group.", "… and 4 more problems."]


def test_a_group_name_guarded_against_formulas_is_read_as_the_name(tmp_path: Path) -> None:
    """Our CSV puts an apostrophe before a text Excel would run (docs/import.md); it reads back."""
    groups = [*GROUPS, Group("=Team 1", 4, id=19)]
    text = "group,language,q1\n'=Team 1,da,1\n=Team 1,da,2\n"
    result = read_answers(write_csv(tmp_path / "g.csv", text), BANK, groups, TODAY)
    assert result.ok, result.problems
    assert [r.group_id for r in result.responses] == [19, 19]
