"""Fuzzed imports: random CSV and XLSX files are imported whole, exactly as meant, or not at all.

Each random file is built from cells whose meaning the test knows (a valid code or
label, a blank, or something invalid: a code out of range, a formula, an error value,
random text), laid out with a random header, ragged rows, blank rows, separator, quoting,
line end and encoding (or as a workbook, with numbers, dates, booleans, formulas and
merged cells). The test works out what the import must give, and checks that the
importer gives exactly that: every respondent as written, or a problem list and no
respondent. Random bytes and damaged workbooks must give problems, never an exception;
and through a real workplace file, a refused import adds nobody and a good one adds
exactly its rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from apvdesk.core.bank import QuestionBank, parse_bank
from apvdesk.core.model import Group, Response
from apvdesk.io.answers_import import ImportResult, normalize, read_answers
from apvdesk.io.import_problems import ProblemCode
from apvdesk.store.workplace_store import WorkplaceStore

TODAY = dt.date(2026, 10, 5)
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]


def bounded(examples: int) -> settings:
    """Settings for one property: ``examples`` random files, no deadline (a workbook takes a while)."""
    return settings(
        max_examples=examples * int(os.environ.get("FUZZ_SCALE", "1")),
        deadline=None,
        suppress_health_check=_HEALTH,
    )


def small_bank() -> QuestionBank:
    """Two languages; two questions with five answers and one with three."""
    langs = ["da", "en"]
    items = [{"id": f"q{i}", "options": "freq", "text": {lang: f"Q{i}" for lang in langs}} for i in (1, 2)]
    items.append({"id": "q3", "options": "yes_no", "text": {lang: "Q3" for lang in langs}})
    dont_know = {"da": "Ved ikke", "en": "Don't know"}
    return parse_bank(
        {
            "bank": {
                "id": "fuzz",
                "version": "1",
                "languages": langs,
                "language_names": {"da": "Dansk", "en": "English"},
            },
            "option_sets": {
                "freq": {
                    "points": [100, 75, 50, 25, 0],
                    "labels": {
                        "da": ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig"],
                        "en": ["Always", "Often", "Sometimes", "Rarely", "Never"],
                    },
                    "dont_know": dont_know,
                },
                "yes_no": {
                    "points": [100, 50, 0],
                    "labels": {"da": ["Ja", "Delvis", "Nej"], "en": ["Yes", "Partly", "No"]},
                    "dont_know": dont_know,
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
        "fuzz bank",
    )


# --- what the random files are made of ---------------------------------------------------


class Schema:
    """What a round accepts: its groups, languages, and per question the answers' texts."""

    def __init__(self, bank: QuestionBank, groups: Sequence[Group]) -> None:
        self.bank = bank
        self.groups = list(groups)
        self.items = [item.id for item in bank.items]
        self.count = {item.id: len(bank.option_set(item).points) for item in bank.items}
        self.labels: dict[str, list[tuple[str, int | None]]] = {}
        known: set[str] = set()
        for item in bank.items:
            options = bank.option_set(item)
            texts: list[tuple[str, int | None]] = []
            for lang in bank.languages:
                texts += [(label, index) for index, label in enumerate(options.labels[lang])]
                texts.append((options.dont_know[lang], None))
            self.labels[item.id] = texts
            known |= {normalize(text) for text, _ in texts}
        self.languages = [
            (text, lang) for lang in bank.languages for text in (lang, bank.language_names.get(lang, lang))
        ]
        known |= {normalize(text) for text, _ in self.languages}
        known |= {normalize(g.name) for g in self.groups} | {"group", "language", "gruppe", "sprog"}
        known |= {normalize(item) for item in self.items}
        self.known = known

    def is_meaningless(self, text: str) -> bool:
        """True for text that is no group, language, answer, code or heading of this round."""
        stripped = text.strip()
        if not stripped or normalize(stripped) in self.known:
            return False
        return not stripped.replace(",", "").replace(".", "").lstrip("-").isdigit()


@dataclass(frozen=True)
class Cell:
    """A cell's content as written, and whether the importer must accept it."""

    value: object
    valid: bool
    meaning: object = None  # the answer index (None = don't know), group id or language


BLANK = object()  # the meaning of a blank answer cell: no answer


def padded(draw, text: str) -> str:
    """The same text as a person may type it: other case, spaces around."""
    style = draw(st.sampled_from(["same", "upper", "lower", "spaces"]))
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    return f"  {text} " if style == "spaces" else text


FORMULAS = ["=1+1", '=HYPERLINK("http://x.test";"2")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "+2", "=A1"]
ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#VÆRDI!"]
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=12,
)


@st.composite
def invalid_text(draw, schema: Schema) -> str:
    kind = draw(st.sampled_from(["formula", "formula", "error", "text", "text", "long"]))
    if kind == "formula":
        return draw(st.sampled_from(FORMULAS))
    if kind == "error":
        return draw(st.sampled_from(ERRORS))
    if kind == "long":
        return "Ofte " * 250
    return draw(meaningless(schema))


def meaningless(schema: Schema) -> st.SearchStrategy[str]:
    """Random text that means nothing to the round (a sign put in front when it would)."""
    return TEXT.map(lambda text: text if schema.is_meaningless(text) else "¤" + text)


@st.composite
def answer_cell(draw, schema: Schema, item: str, workbook: bool) -> Cell:
    """A valid answer most of the time, so that a file with one wrong cell is common."""
    count = schema.count[item]
    if draw(st.integers(0, 7)) == 0:
        return draw(invalid_answer(schema, count, workbook))
    kind = draw(st.sampled_from(["code", "code", "label", "blank"]))
    if kind == "code":
        code = draw(st.integers(0, count))
        meaning = None if code == 0 else code - 1
        if workbook and draw(st.booleans()):
            return Cell(draw(st.sampled_from([code, float(code)])), True, meaning)
        return Cell(padded(draw, draw(st.sampled_from([str(code), f"{code}.0", f"{code},0"]))), True, meaning)
    if kind == "label":
        text, meaning = draw(st.sampled_from(schema.labels[item]))
        return Cell(padded(draw, text), True, meaning)
    return Cell(
        draw(st.sampled_from([None, "", "   "]) if workbook else st.sampled_from(["", "  "])), True, BLANK
    )


@st.composite
def invalid_answer(draw, schema: Schema, count: int, workbook: bool) -> Cell:
    kind = draw(st.sampled_from(["bad_code", "text", "text", "typed"]))
    if kind == "bad_code":
        number = draw(st.one_of(st.integers(count + 1, 10**30), st.integers(-99, -1)))
        value: object = number if workbook and draw(st.booleans()) else str(number)
        return Cell(draw(st.sampled_from([value, f"{number}.5", "2,5"])), False)
    if kind == "typed" and workbook:
        return Cell(draw(st.sampled_from([True, dt.date(2026, 1, 2), 2.5, 1e300])), False)
    return Cell(draw(invalid_text(schema)), False)


@st.composite
def group_cell(draw, schema: Schema) -> Cell:
    if draw(st.integers(0, 9)):
        group = draw(st.sampled_from(schema.groups))
        return Cell(padded(draw, group.name), True, group.id)
    return Cell(draw(st.one_of(st.just(""), invalid_text(schema))), False)


@st.composite
def language_cell(draw, schema: Schema) -> Cell:
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return Cell(draw(invalid_text(schema)), False)
    if choice < 3:
        return Cell("", True, "da")
    text, lang = draw(st.sampled_from(schema.languages))
    return Cell(padded(draw, text), True, lang)


@st.composite
def column_cell(draw, schema: Schema, name: str, workbook: bool) -> Cell:
    if name == "group":
        return draw(group_cell(schema))
    if name == "language":
        return draw(language_cell(schema))
    if name in schema.count:
        return draw(answer_cell(schema, name, workbook))
    return Cell(draw(st.sampled_from(["", "1"])), True)  # under a wrong heading: the file fails anyway


def blank_cell(name: str) -> Cell:
    """What a missing cell at the end of a workbook's row means: no group is wrong, the rest blank."""
    if name == "group":
        return Cell(None, False)
    if name == "language":
        return Cell(None, True, "da")
    return Cell(None, True, BLANK)


def meaning_of(columns: Sequence[str], cells: Sequence[Cell]) -> tuple[int, str, dict[str, int | None]]:
    """The respondent a row of valid cells gives: group id, language, answers."""
    group, language, answers = 0, "da", {}
    for name, cell in zip(columns, cells, strict=True):
        if name == "group":
            group = cast(int, cell.meaning)
        elif name == "language" and cell.valid:
            language = cast(str, cell.meaning)
        elif cell.valid and cell.meaning is not BLANK and name != "language":
            answers[name] = cast(int | None, cell.meaning)
    return group, language, answers


@dataclass
class Sheet:
    """A random table and what importing it must give."""

    rows: list[list[object]] = field(default_factory=list)
    expected: list[tuple[int, str, dict[str, int | None]]] | None = None  # None: must be refused
    merged: str | None = None


@st.composite
def sheets(draw, schema: Schema, workbook: bool = False) -> Sheet:
    """A header and up to six respondent rows, sometimes wrong in the header or in a row."""
    items = draw(st.lists(st.sampled_from(schema.items), unique=True, max_size=len(schema.items)))
    columns = ["group", *(["language"] if draw(st.booleans()) else []), *items]
    columns = draw(st.permutations(columns))
    header_ok = True
    if draw(st.integers(0, 9)) == 0:  # a wrong header: an unknown column, a repeated one, no group
        header_ok = False
        wrong = draw(st.sampled_from(["unknown", "repeat", "no_group"]))
        if wrong == "unknown":
            columns = [*columns, draw(meaningless(schema)).strip()]
        elif wrong == "repeat":
            columns = [*columns, draw(st.sampled_from(columns)).upper()]
        else:
            columns = [c for c in columns if c != "group"] or ["language"]
    width = len(columns)
    sheet = Sheet(rows=[[padded(draw, name) if name in ("group", "language") else name for name in columns]])
    all_ok = header_ok
    expected: list[tuple[int, str, dict[str, int | None]]] = []
    for _ in range(draw(st.integers(0, 6))):
        while draw(st.integers(0, 4)) == 0:  # blank rows are skipped
            sheet.rows.append(draw(st.sampled_from([[], [""], ["", " "]])) if not workbook else [])
        drawn = [draw(column_cell(schema, name, workbook)) for name in columns]
        cells = [cell.value for cell in drawn]
        extra_ok = True
        shape = draw(st.sampled_from(["full"] * 6 + ["short", "extra_blank", "extra_filled"]))
        if shape == "short":
            cut = draw(st.integers(0, width - 1))
            cells = cells[:cut]
            # a workbook's row may end early (the rest is blank); a CSV row must be whole
            drawn = drawn[:cut] + [blank_cell(name) for name in columns[cut:]]
            extra_ok = workbook
        elif shape == "extra_blank":
            cells += [""] * draw(st.integers(1, 3))
        elif shape == "extra_filled":
            cells += ["", "x"]
            extra_ok = False
        if all(_blank(c) for c in cells):
            continue  # a row with nothing in it is a blank row: skipped, whatever its shape
        all_ok &= extra_ok and all(cell.valid for cell in drawn)
        expected.append(meaning_of(columns, drawn))
        sheet.rows.append(cells)
    if workbook and len(sheet.rows) > 1 and draw(st.integers(0, 9)) == 0:
        sheet.merged = f"A2:A{len(sheet.rows)}" if len(sheet.rows) > 2 else "A2:B2"
        all_ok = False
    sheet.expected = expected if all_ok and expected else None
    return sheet


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- writing them ------------------------------------------------------------------------


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]


@st.composite
def csv_files(draw, schema: Schema) -> tuple[Sheet, bytes]:
    sheet = draw(sheets(schema))
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=draw(st.sampled_from([";", ",", "\t"])),
        lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
    )
    writer.writerows([["" if c is None else str(c) for c in row] for row in sheet.rows])
    text = out.getvalue()
    encoding = draw(st.sampled_from(ENCODINGS))
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    return sheet, data


def xlsx_bytes(sheet: Sheet) -> bytes:
    book = Workbook()
    for row in sheet.rows:
        book.active.append(row)
    if sheet.merged:
        book.active.merge_cells(sheet.merged)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@st.composite
def xlsx_files(draw, schema: Schema) -> tuple[Sheet, bytes]:
    sheet = draw(sheets(schema, workbook=True))
    return sheet, xlsx_bytes(sheet)


# --- the properties ----------------------------------------------------------------------


SMALL = Schema(small_bank(), [Group("Vask og tørring", 9, 1), Group("Chauffører", 4, 2), Group("Café", 5, 3)])


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def imported(folder: Path, name: str, data: bytes, schema: Schema = SMALL) -> ImportResult:
    path = folder / name
    path.write_bytes(data)
    return read_answers(path, schema.bank, schema.groups, TODAY)


def check(result: ImportResult, sheet: Sheet) -> None:
    """The import gives exactly the respondents written, or problems and none."""
    assert all(p.code != ProblemCode.UNEXPECTED for p in result.problems), result.problems
    event("refused" if sheet.expected is None else "imported")
    if sheet.expected is None:
        assert not result.ok and result.problems and result.rows == [], (sheet, result)
        return
    assert result.ok, (sheet.rows, result.problems)
    got = [(r.group_id, r.language, r.answers) for r in result.responses]
    assert got == sheet.expected
    assert all(r.answered_on == TODAY for r in result.responses)


def check_refused_or_whole(result: ImportResult) -> None:
    assert all(p.code != ProblemCode.UNEXPECTED for p in result.problems), result.problems
    event("imported" if result.ok else min(p.code.value for p in result.problems))
    assert result.ok == (not result.problems)
    if result.problems:
        assert result.rows == []


@bounded(250)
@given(st.data())
def test_random_csv_is_imported_exactly_or_not_at_all(folder: Path, data: st.DataObject) -> None:
    sheet, content = data.draw(csv_files(SMALL))
    check(imported(folder, "answers.csv", content), sheet)


@bounded(60)
@given(st.data())
def test_random_workbook_is_imported_exactly_or_not_at_all(folder: Path, data: st.DataObject) -> None:
    sheet, content = data.draw(xlsx_files(SMALL))
    check(imported(folder, "answers.xlsx", content), sheet)


PREFIXES = [
    b"",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
]


@bounded(300)
@given(
    st.sampled_from(PREFIXES),
    st.one_of(
        st.binary(max_size=600), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    ),
    st.sampled_from([b"", b"group;q1;q3\r\nCaf\xe9;1;2\r\n", b"group,q1\nCaf\xc3\xa9,=1+1\n"]),
)
def test_random_bytes_never_raise(folder: Path, prefix: bytes, junk: bytes, tail: bytes) -> None:
    check_refused_or_whole(imported(folder, "junk.csv", prefix + junk + tail))


GOOD_WORKBOOK = xlsx_bytes(
    Sheet(rows=[["group", "language", "q1", "q3"], ["Café", "da", 1, "Ja"], ["Chauffører", "en", "Often", 0]])
)


@bounded(120)
@given(
    st.lists(st.tuples(st.integers(0, len(GOOD_WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(10, len(GOOD_WORKBOOK)),
)
def test_damaged_workbooks_never_raise(folder: Path, flips: list[tuple[int, int]], length: int) -> None:
    data = bytearray(GOOD_WORKBOOK)
    for where, byte in flips:
        data[where] = byte
    check_refused_or_whole(imported(folder, "damaged.xlsx", bytes(data[:length])))


@bounded(60)
@given(st.data(), st.sampled_from(["sheet", "shared"]))
def test_damaged_parts_of_a_workbook_never_raise(folder: Path, data: st.DataObject, part: str) -> None:
    """Valid ZIP, damaged XML inside: the sheet, or shared strings another program wrote."""
    source = zipfile.ZipFile(io.BytesIO(GOOD_WORKBOOK))
    name = "xl/worksheets/sheet1.xml" if part == "sheet" else "xl/sharedStrings.xml"
    original = source.read(name) if name in source.namelist() else b"<sst><si><t>Caf\xc3\xa9</t></si></sst>"
    cut = data.draw(st.integers(0, len(original)))
    insert = data.draw(
        st.sampled_from([b"", b"<", b'<c r="ZZZZ9"><v>1</v></c>', b"&bad;", b"\x00", b"<v>1E999</v>"])
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for other in source.namelist():
            if other != name:
                target.writestr(other, source.read(other))
        target.writestr(name, original[:cut] + insert + original[cut:])
    check_refused_or_whole(imported(folder, "parts.xlsx", out.getvalue()))


# --- through a workplace file: nothing stored, or exactly the rows ---------------------


@dataclass
class Workplace:
    store: WorkplaceStore
    round_id: int
    schema: Schema


@pytest.fixture(scope="module")
def workplace(folder: Path) -> Iterator[Workplace]:
    from apvdesk.app.demo_file import write_demo

    source = folder / "demo.apvdesk"
    write_demo(source, respondents=20, seed=5)
    path = folder / "work.apvdesk"
    shutil.copyfile(source, path)
    store = WorkplaceStore.open(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        bank = store.round_bank(apv_round.id)
        few = bank.with_scales(["meaning"])  # three questions are enough; the rest stay unanswered
        yield Workplace(store, apv_round.id, Schema(few, store.round_groups(apv_round.id)))
    finally:
        store.close()


def _key(response: Response) -> tuple:
    return response.group_id, sorted(response.answers.items(), key=str)


@bounded(60)
@given(st.data())
def test_a_workplace_gets_every_row_or_none(folder: Path, workplace: Workplace, data: st.DataObject) -> None:
    store, round_id, schema = workplace.store, workplace.round_id, workplace.schema
    as_workbook = data.draw(st.booleans())
    sheet, content = data.draw(xlsx_files(schema) if as_workbook else csv_files(schema))
    before = sorted(map(_key, store.responses(round_id)), key=str)
    languages = Counter(store.language_counts(round_id))
    result = imported(folder, "answers.xlsx" if as_workbook else "answers.csv", content, schema)
    check(result, sheet)
    added = store.add_responses(round_id, result.responses)  # as a careless caller would: rows or none
    after = sorted(map(_key, store.responses(round_id)), key=str)
    assert added == len(sheet.expected or [])
    assert after == sorted(before + [_key(r) for r in result.responses], key=str)
    assert Counter(store.language_counts(round_id)) - languages == Counter(
        r.language for r in result.responses
    )
