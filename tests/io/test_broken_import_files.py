"""A corpus of broken answer files, each made here: a clear problem list, never a crash, nothing stored.

Every file is built by the test (no binary fixtures): CSV in odd encodings, ragged and
huge, with formulas, quotes left open and binary junk; ZIPs that are not workbooks;
workbooks with no sheet, a chart sheet, merged cells, dates, errors, formulas, a password
(an encrypted package in a compound file, as Excel writes it) and the old .xls format.
Each goes through the importer (the problems expected), then through ``apvdesk import``
on a copy of the demo workplace (exit 2, one clear message or a list of rows, the file
byte-identical), and a few through the import dialog.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import random
import re
import shutil
import struct
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group
from apvdesk.io.answers_import import MAX_CELL_CHARS, ImportResult, read_answers
from apvdesk.io.import_problems import ProblemCode
from apvdesk.io.tables import MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, MAX_UNPACKED_BYTES
from apvdesk.store.workplace_store import WorkplaceStore

P = ProblemCode
BANK = shipped_bank()
A, B, C = [item.id for item in BANK.items if item.option_set_id == "frequency"][:3]
WASH, DRIVERS = "Vask og tørring", "Chauffører (kører alene)"
HEADER = ["group", "language", A, B, C]
GOOD = [[WASH, "da", "Ofte", "2", ""], [DRIVERS, "en", "0", "Often", "5"]]
ENGLISH = "[General]\nlanguage=en\n"


# --- making files ----------------------------------------------------------------------


def table_text(rows: list[list[str]], sep: str = ";", eol: str = "\r\n") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator=eol).writerows(rows)
    return out.getvalue()


def good_text(sep: str = ";", eol: str = "\r\n") -> str:
    return table_text([HEADER, *GOOD], sep, eol)


def with_row(*cells: str) -> bytes:
    """The good file with one more row (row 4) holding ``cells``."""
    return table_text([HEADER, *GOOD, list(cells)]).encode("utf-8")


def workbook(rows: Sequence[Sequence[object]]) -> Workbook:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    return book


def saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def patched(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """Return the ZIP ``data`` with one part rewritten, or added (as another program would save it)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        names = source.namelist()
        for name in names:
            content = source.read(name)
            target.writestr(name, change(content) if name == part else content)
        if part not in names:
            target.writestr(part, change(b""))
    return out.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


def good_xlsx() -> bytes:
    return saved(workbook([HEADER, [WASH, "da", 2, 4.0, None], [DRIVERS, "en", "Often", 0, "5"]]))


def compound_file(streams: dict[str, bytes]) -> bytes:
    """Return a minimal compound file (version 3) with ``streams`` in its root, as Office writes.

    Each stream is padded to 4096 bytes, so it lives in ordinary sectors (no mini stream).
    """
    sector, free, end = 512, 0xFFFFFFFF, 0xFFFFFFFE
    bodies = [data.ljust(4096, b"\x00") for data in streams.values()]
    fat, starts = [0xFFFFFFFD, end], []  # sector 0 is the FAT, sector 1 the directory
    for body in bodies:
        starts.append(len(fat))
        count = -(-len(body) // sector)
        fat.extend(range(len(fat) + 1, len(fat) + count))
        fat.append(end)
    fat_sector = struct.pack(f"<{sector // 4}I", *fat, *[free] * (sector // 4 - len(fat)))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        fields = struct.pack("<HBB3I", len(encoded), kind, 1, free, right, child)
        return encoded.ljust(64, b"\x00") + fields + b"\x00" * 36 + struct.pack("<IQ", start, size)

    names = list(streams)
    entries = [entry("Root Entry", 5, 1, free, end, 0)]
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else free
        entries.append(entry(name, 2, free, right, starts[index], len(bodies[index])))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<5H", 0x3E, 3, 0xFFFE, 9, 6)
    header += b"\x00" * 6 + struct.pack("<9I", 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<109I", 0, *[free] * 108)
    return header + fat_sector + b"".join(entries).ljust(sector, b"\x00") + b"".join(bodies)


def encrypted_xlsx() -> bytes:
    """A password-protected .xlsx: Excel wraps the encrypted workbook in a compound file."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>"  # agile encryption, version 4.4
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": os.urandom(3000)})


def old_xls() -> bytes:
    """An .xls: a compound file with a BIFF8 "Workbook" stream (a BOF record to begin)."""
    return compound_file({"Workbook": struct.pack("<HHHH", 0x0809, 16, 0x0600, 0x0005) + b"\x00" * 12})


def merged_xlsx() -> bytes:
    book = workbook([HEADER, [WASH, "da", 1, 2, 3], [None, "da", 1, 2, 3], [None, "da", 1, 2, 3]])
    book.active.merge_cells("A2:A4")
    return saved(book)


def chart_first_xlsx() -> bytes:
    book = workbook([HEADER, *GOOD])
    book.create_chartsheet("Chart", 0).add_chart(BarChart())
    return saved(book)


def chart_only_xlsx() -> bytes:
    """A workbook whose only sheet is a chart sheet (the worksheet dropped from the book)."""
    book = workbook([])
    book.create_chartsheet("Chart", 0).add_chart(BarChart())
    drop = re.compile(rb'<sheet name="Sheet"[^>]*/>')
    return patched(saved(book), "xl/workbook.xml", lambda xml: drop.sub(b"", xml))


def no_sheets_xlsx() -> bytes:
    empty = re.compile(rb"<sheets>.*</sheets>")
    return patched(saved(workbook([HEADER])), "xl/workbook.xml", lambda xml: empty.sub(b"<sheets/>", xml))


def typed_cells_xlsx(*cells: object) -> bytes:
    """One row for each value in ``cells`` (in column C): dates, booleans, error codes…"""
    return saved(workbook([HEADER, *([WASH, "da", cell] for cell in cells)]))


def text_formula_xlsx() -> bytes:
    """A cell holding the *text* "=1+1" (not a formula), as a CSV opened and saved may leave."""
    book = workbook([HEADER, [WASH, "da", None]])
    cell = book.active["C2"]
    cell.value = "=1+1"
    cell.data_type = "s"
    return saved(book)


def cached(data: bytes, formula: str, value: str, kind: str = "") -> bytes:
    """Give ``formula`` a saved result (Excel saves one; openpyxl does not)."""
    typed = f' t="{kind}"'.encode() if kind else b""

    def change(xml: bytes) -> bytes:
        xml = xml.replace(f"<f>{formula}</f><v />".encode(), f"<f>{formula}</f><v>{value}</v>".encode())
        return xml.replace(b'<c r="C2">', b'<c r="C2"' + typed + b">")

    return patched(data, SHEET, change)


def formula_xlsx(formula: str) -> bytes:
    return saved(workbook([HEADER, [WASH, "da", f"={formula}"]]))


def far_cell_xlsx(row: int, column: int, value: object) -> bytes:
    book = workbook([HEADER, *GOOD])
    book.active.cell(row=row, column=column, value=value)
    return saved(book)


def styled_last_row_xlsx() -> bytes:
    """A formatted but empty cell in Excel's last row must not count as a million rows."""
    from openpyxl.styles import Font

    book = workbook([HEADER, *GOOD])
    book.active.cell(row=1_048_576, column=1).font = Font(bold=True)
    return saved(book)


def row_beyond_excel_xlsx() -> bytes:
    data = far_cell_xlsx(5, 1, WASH)
    return patched(data, SHEET, lambda xml: xml.replace(b'r="5"', b'r="1100000"').replace(b"A5", b"A1100000"))


def infinite_number_xlsx() -> bytes:
    data = saved(workbook([HEADER, [WASH, "da", 7]]))
    return patched(data, SHEET, lambda xml: xml.replace(b"<v>7</v>", b"<v>1E999</v>"))


def many_rows_xlsx(count: int) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for _ in range(count):
        sheet.append([WASH, "da", 1])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zip_of(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def zip_bomb_xlsx() -> bytes:
    """A small workbook whose shared strings unpack to more than the limit."""
    bomb = b"<sst>" + b" " * (MAX_UNPACKED_BYTES + 1024) + b"</sst>"
    return patched(good_xlsx(), "xl/sharedStrings.xml", lambda _xml: bomb)


def broken_sheet_xlsx() -> bytes:
    return patched(good_xlsx(), SHEET, lambda xml: xml[: len(xml) // 2])


def utf16_without_bom(encoding: str) -> bytes:
    return good_text().encode(encoding)


def mixed_encodings() -> bytes:
    header, first, second = good_text().splitlines(keepends=True)
    return header.encode("utf-8") + first.encode("utf-8") + second.encode("cp1252")


def random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


# --- the corpus: (file name, content, the problems expected, or the respondents) -------


@dataclass(frozen=True)
class Case:
    """One file of the corpus and what the importer must make of it."""

    name: str
    content: Callable[[], bytes]
    problems: tuple[ProblemCode, ...] = ()
    rows: int = 0  # respondents imported when there is no problem
    through_cli: bool = True

    def write(self, folder: Path) -> Path:
        if self.name not in _MADE:
            _MADE[self.name] = self.content()
        path = folder / self.name
        path.write_bytes(_MADE[self.name])
        return path


_MADE: dict[str, bytes] = {}  # each file is made once per run


def ok(name: str, content: Callable[[], bytes], rows: int = 2) -> Case:
    return Case(name, content, rows=rows)


def bad(name: str, content: Callable[[], bytes], *problems: ProblemCode) -> Case:
    return Case(name, content, problems)


CORPUS = [
    # encodings
    ok("utf8.csv", lambda: good_text().encode("utf-8")),
    ok("utf8-bom.csv", lambda: good_text().encode("utf-8-sig")),
    ok("utf16-bom-le.csv", lambda: b"\xff\xfe" + good_text().encode("utf-16-le")),
    ok("utf16-bom-be.csv", lambda: b"\xfe\xff" + good_text().encode("utf-16-be")),
    ok("utf16-le-no-bom.csv", lambda: utf16_without_bom("utf-16-le")),
    ok("utf16-be-no-bom.csv", lambda: utf16_without_bom("utf-16-be")),
    ok("cp1252.csv", lambda: good_text().encode("cp1252")),
    ok("latin1.csv", lambda: good_text().encode("latin-1")),
    ok("mixed-utf8-and-cp1252.csv", mixed_encodings),
    bad("utf16-cut-short.csv", lambda: good_text().encode("utf-16")[:-1], P.NOT_A_TABLE),
    bad("lone-ff.csv", lambda: b"\xff", P.UNKNOWN_COLUMNS, P.NO_GROUP_COLUMN),
    bad("undefined-cp1252-byte.csv", lambda: good_text().encode("cp1252") + b"\x81\r\n", P.NOT_A_TABLE),
    bad("nul-byte.csv", lambda: good_text().encode("utf-8").replace(b"Ofte", b"Of\x00te"), P.NOT_A_TABLE),
    bad("control-character.csv", lambda: with_row(WASH, "da", "\x07"), P.NOT_A_TABLE),
    bad("bom-only.csv", lambda: b"\xef\xbb\xbf", P.EMPTY),
    # separators and line ends
    ok("comma.csv", lambda: good_text(",").encode()),
    ok("tab.txt", lambda: good_text("\t").encode()),
    ok("unix.csv", lambda: good_text(eol="\n").encode()),
    ok("old-mac.csv", lambda: good_text(eol="\r").encode()),
    ok("no-last-line-end.csv", lambda: good_text().rstrip().encode()),
    # shape
    bad("too-few-cells.csv", lambda: with_row(WASH, "da", "1"), P.WRONG_CELL_COUNT),
    bad("too-many-cells.csv", lambda: with_row(WASH, "da", "1", "2", "3", "4"), P.WRONG_CELL_COUNT),
    ok("empty-cells-at-the-end.csv", lambda: with_row(WASH, "da", "1", "2", "3", "", " "), rows=3),
    bad("header-only.csv", lambda: table_text([HEADER]).encode(), P.NO_ROWS),
    bad("no-header.csv", lambda: table_text(GOOD).encode(), P.UNKNOWN_COLUMNS, P.NO_GROUP_COLUMN),
    bad(
        "duplicate-column.csv",
        lambda: table_text([[*HEADER, A], [*GOOD[0], "1"]]).encode(),
        P.DUPLICATE_COLUMNS,
    ),
    bad(
        "unknown-column.csv",
        lambda: table_text([[*HEADER, "q99"], [*GOOD[0], "1"]]).encode(),
        P.UNKNOWN_COLUMNS,
    ),
    bad("empty.csv", lambda: b"", P.EMPTY),
    bad("blank-lines.csv", lambda: b"\r\n  \r\n\t\r\n" * 50, P.EMPTY),
    bad("only-separators.csv", lambda: b";;;;\r\n;;\r\n", P.EMPTY),
    # size
    bad("1mb-cell-quoted.csv", lambda: with_row(WASH, "da", "x" * 1_000_000, "", ""), P.BAD_CSV),
    bad("1mb-cell.csv", lambda: with_row(WASH, "da", "1", "2", "y" * 1_000_000), P.BAD_CSV),
    bad("long-cell.csv", lambda: with_row(WASH, "da", "Ofte " * 300, "", ""), P.CELL_TOO_LONG),
    bad("long-heading.csv", lambda: table_text([[*HEADER, "h" * 5000], GOOD[0]]).encode(), P.UNKNOWN_COLUMNS),
    bad(
        "100000-columns.csv", lambda: (";".join(HEADER + ["x"] * 100_000) + "\n").encode(), P.TOO_MANY_COLUMNS
    ),
    bad("501-columns.csv", lambda: with_row(WASH, "da", *[""] * (MAX_COLUMNS - 2), "1"), P.TOO_MANY_COLUMNS),
    bad("too-many-rows.csv", lambda: table_text([HEADER] + [GOOD[0]] * MAX_ROWS).encode(), P.TOO_MANY_ROWS),
    Case(
        "just-enough-rows.csv",
        lambda: table_text([HEADER] + [GOOD[0]] * (MAX_ROWS - 1)).encode(),
        rows=MAX_ROWS - 1,
        through_cli=False,
    ),
    # formulas and errors: never run, never numbers
    bad("formula.csv", lambda: with_row(WASH, "da", "=1+1", "", ""), P.FORMULA),
    bad("hyperlink.csv", lambda: with_row(WASH, "da", '=HYPERLINK("http://x.test","3")', "", ""), P.FORMULA),
    bad("dde.csv", lambda: with_row(WASH, "da", "+cmd|' /C calc'!A0", "", ""), P.FORMULA),
    bad("dde-equals.csv", lambda: with_row(WASH, "da", "=cmd|' /C calc'!A0", "", ""), P.FORMULA),
    bad("at-formula.csv", lambda: with_row(WASH, "da", "@SUM(1+1)", "", ""), P.FORMULA),
    bad("minus-formula.csv", lambda: with_row(WASH, "da", "-2+5", "", ""), P.FORMULA),
    bad("plus-number.csv", lambda: with_row(WASH, "da", "+3", "", ""), P.FORMULA),
    bad("formula-as-group.csv", lambda: with_row("=A2", "da", "1", "", ""), P.FORMULA),
    bad("formula-as-language.csv", lambda: with_row(WASH, "=B2", "1", "", ""), P.FORMULA),
    bad("error-values.csv", lambda: with_row(WASH, "da", "#DIV/0!", "#N/A", "#VÆRDI!"), *[P.ERROR_VALUE] * 3),
    bad("negative.csv", lambda: with_row(WASH, "da", "-1", "", ""), P.CODE_OUT_OF_RANGE),
    bad("huge-number.csv", lambda: with_row(WASH, "da", "9" * 400, "", ""), P.CODE_OUT_OF_RANGE),
    bad("exponent.csv", lambda: with_row(WASH, "da", "1e999", "", ""), P.UNKNOWN_LABEL),
    # quotes
    bad("quote-never-closed.csv", lambda: good_text().replace("Often", '"Often').encode(), P.BAD_CSV),
    bad("text-after-closing-quote.csv", lambda: (good_text() + f'{WASH};da;"1"2;;\r\n').encode(), P.BAD_CSV),
    ok("quoted-line-break.csv", lambda: with_row(WASH, "da", "Ofte\n", "", ""), rows=3),
    # not text at all
    bad("png.csv", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(1, 500), P.NOT_A_TABLE),
    bad("random.csv", lambda: random_bytes(2, 4000), P.NOT_A_TABLE),
    bad("gzip.csv", lambda: gzip.compress(good_text().encode(), mtime=0), P.NOT_A_TABLE),
    bad("program.csv", lambda: b"MZ\x90\x00\x03\x00\x00\x00" + random_bytes(3, 2000), P.NOT_A_TABLE),
    # ZIPs that are not workbooks
    bad("not-a-zip.xlsx", lambda: b"PK\x03\x04 not really a zip", P.NOT_A_TABLE),
    bad("zip-of-a-csv.xlsx", lambda: zip_of({"answers.csv": good_text().encode()}), P.NOT_A_TABLE),
    bad(
        "document.xlsx",
        lambda: zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
        P.NOT_A_TABLE,
    ),
    bad("cut-short.xlsx", lambda: good_xlsx()[:3000], P.DAMAGED_WORKBOOK),
    bad("broken-sheet.xlsx", broken_sheet_xlsx, P.DAMAGED_WORKBOOK),
    bad("zip-bomb.xlsx", zip_bomb_xlsx, P.TOO_LARGE),
    # workbooks
    ok("good.xlsx", good_xlsx),
    bad("no-sheets.xlsx", no_sheets_xlsx, P.EMPTY),
    bad("chart-sheet-only.xlsx", chart_only_xlsx, P.EMPTY),
    ok("chart-sheet-first.xlsx", chart_first_xlsx),
    bad("merged-cells.xlsx", merged_xlsx, P.MERGED_CELLS),
    bad(
        "date-and-boolean.xlsx",
        lambda: typed_cells_xlsx(__import__("datetime").date(2026, 9, 1), True),
        P.UNKNOWN_LABEL,
        P.UNKNOWN_LABEL,
    ),
    bad("error-cells.xlsx", lambda: typed_cells_xlsx("#DIV/0!", "#N/A", "#REF!"), *[P.ERROR_VALUE] * 3),
    ok("formula-with-saved-result.xlsx", lambda: cached(formula_xlsx("1+1"), "1+1", "2"), rows=1),
    bad(
        "formula-with-saved-error.xlsx",
        lambda: cached(formula_xlsx("1/0"), "1/0", "#DIV/0!", "e"),
        P.ERROR_VALUE,
    ),
    bad("formula-without-saved-result.xlsx", lambda: formula_xlsx("1+1"), P.FORMULA_WITHOUT_VALUE),
    bad("text-that-looks-like-a-formula.xlsx", text_formula_xlsx, P.FORMULA),
    bad("encrypted.xlsx", encrypted_xlsx, P.ENCRYPTED),
    bad("old-excel.xlsx", old_xls, P.OLD_EXCEL),
    bad("cell-in-the-last-column.xlsx", lambda: far_cell_xlsx(2, 16_384, "x"), P.TOO_MANY_COLUMNS),
    ok("styled-cell-in-the-last-row.xlsx", styled_last_row_xlsx),
    bad("row-beyond-excel.xlsx", row_beyond_excel_xlsx, P.DAMAGED_WORKBOOK),
    bad("infinite-number.xlsx", infinite_number_xlsx, P.UNKNOWN_LABEL),
    bad("too-many-rows.xlsx", lambda: many_rows_xlsx(MAX_ROWS), P.TOO_MANY_ROWS),
]
BAD = [case for case in CORPUS if case.problems]


def test_the_corpus_has_unique_names_and_both_kinds() -> None:
    assert len({case.name for case in CORPUS}) == len(CORPUS)
    assert len(BAD) > 60 and len(CORPUS) - len(BAD) > 15


# --- the importer ----------------------------------------------------------------------


@dataclass
class Demo:
    """The demo workplace: its file and what its latest round imports against."""

    path: Path
    round_id: int
    groups: list[Group]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.apvdesk"
    write_demo(path, respondents=40, seed=3)
    store = WorkplaceStore.open_read_only(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        assert store.round_bank(apv_round.id).items == BANK.items
        return Demo(path, apv_round.id, store.round_groups(apv_round.id))
    finally:
        store.close()


def read(path: Path, demo: Demo) -> ImportResult:
    import datetime as dt

    return read_answers(path, BANK, demo.groups, dt.date(2026, 10, 5))


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_the_importer_finds_the_problems_or_the_respondents(case: Case, demo: Demo, tmp_path: Path) -> None:
    result = read(case.write(tmp_path), demo)
    assert [p.code for p in result.problems] == list(case.problems), result.problems
    if case.problems:
        assert result.rows == [] and not result.ok
    else:
        assert result.ok and len(result.rows) == case.rows


def test_a_file_over_the_size_limit_is_not_read(demo: Demo, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:  # a sparse file: large, but nothing written
        handle.truncate(MAX_FILE_BYTES + 1)
    result = read(path, demo)
    assert [p.code for p in result.problems] == [P.TOO_LARGE]
    assert result.problems[0].values[1] == 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_it(demo: Demo, tmp_path: Path) -> None:
    pipe = tmp_path / "answers.csv"
    os.mkfifo(pipe)
    assert [p.code for p in read(pipe, demo).problems] == [P.NOT_A_TABLE]


def test_a_fault_of_apvdesk_refuses_the_file_instead_of_crashing(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import apvdesk.io.answers_import as answers_import

    def fails(error: BaseException) -> Callable[..., object]:
        def parse(*_args: object) -> object:
            raise error

        return parse

    path = CORPUS[0].write(tmp_path)
    monkeypatch.setattr(answers_import, "parse_table", fails(KeyError("a bug")))
    result = read(path, demo)
    assert [p.code for p in result.problems] == [P.UNEXPECTED] and result.rows == []
    assert "KeyError" in str(result.problems[0].values[1])
    assert "reading" in caplog.text and "a bug" in caplog.text
    monkeypatch.setattr(answers_import, "parse_table", fails(MemoryError()))
    assert [p.code for p in read(path, demo).problems] == [P.TOO_LARGE]


def test_messages_quote_at_most_a_little_of_a_huge_cell(demo: Demo, tmp_path: Path, qapp) -> None:
    from apvdesk.io.import_messages import ImportMessages

    heading = "h" * 5000
    text = table_text([[*HEADER, *(f"extra{i}" for i in range(40)), heading], GOOD[0]])
    rows = with_row(WASH, "da", "Z" * MAX_CELL_CHARS, "=" + "1" * 900, "").decode()
    for name, content in (("header.csv", text), ("row.csv", rows)):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        lines = ImportMessages().lines(read(path, demo))
        assert lines and all(len(line) < 400 for line in lines), lines


# --- the command line: exit 2, one message or a list of rows, the workplace untouched --


def file_state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def workplace(demo: Demo, tmp_path: Path, private_data_dir: Path) -> Path:
    (private_data_dir / "settings.ini").write_text(ENGLISH, encoding="utf-8")
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "work.apvdesk"  # alone in its folder, so leftovers show
    shutil.copyfile(demo.path, path)
    return path


def respondents(path: Path, demo: Demo) -> int:
    store = WorkplaceStore.open_read_only(path)
    try:
        return store.respondent_count(demo.round_id)
    finally:
        store.close()


@pytest.mark.parametrize("case", BAD, ids=[case.name for case in BAD])
def test_the_command_line_refuses_and_stores_nothing(
    case: Case, demo: Demo, workplace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from apvdesk.cli import main

    data = case.write(tmp_path)
    before = file_state(workplace)
    count = respondents(workplace, demo)
    assert main(["import", str(workplace), str(data)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    lines = err.splitlines()
    assert lines[0].startswith("apvdesk: ")
    if len(lines) == 1:
        assert lines[0].endswith("Nothing was imported."), lines
    else:
        assert "Nothing was imported from" in lines[0]
        assert all(line.startswith("  ") for line in lines[1:])
    assert not any(re.search(r"%\d", line) for line in lines), lines
    assert all(len(line) < 600 for line in lines), lines
    assert file_state(workplace) == before
    assert respondents(workplace, demo) == count


@pytest.mark.parametrize(
    "case", [c for c in CORPUS if not c.problems and c.through_cli], ids=lambda c: c.name
)
def test_the_command_line_adds_exactly_the_rows_of_a_good_file(
    case: Case, demo: Demo, workplace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from apvdesk.cli import main

    data = case.write(tmp_path)
    expected = read(data, demo).responses
    count = respondents(workplace, demo)
    languages_before = _languages(workplace, demo)
    assert main(["import", str(workplace), str(data)]) == 0
    assert f"Added {case.rows} respondents" in capsys.readouterr().out
    store = WorkplaceStore.open_read_only(workplace)
    try:
        stored = store.responses(demo.round_id)
    finally:
        store.close()
    assert len(stored) == count + case.rows

    def key(response) -> tuple:
        return response.group_id, sorted(response.answers.items(), key=str)

    new = sorted(map(key, stored), key=str)
    for response in expected:  # every respondent is stored once, exactly as read
        new.remove(key(response))
    assert len(new) == count
    # the languages are counted per round, never kept with a sheet
    added = Counter(_languages(workplace, demo)) - Counter(languages_before)
    assert added == Counter(r.language for r in expected)


def _languages(workplace: Path, demo: Demo) -> dict[str, int]:
    store = WorkplaceStore.open_read_only(workplace)
    try:
        return store.language_counts(demo.round_id)
    finally:
        store.close()


# --- the import dialog -----------------------------------------------------------------


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *args, **kwargs: shown.append(str(args))))
    return shown


WIZARD_CASES = [
    "encrypted.xlsx",
    "merged-cells.xlsx",
    "dde.csv",
    "random.csv",
    "zip-bomb.xlsx",
    "1mb-cell.csv",
]


def test_the_import_dialog_lists_the_problems_and_keeps_import_disabled(
    qtbot, demo: Demo, workplace: Path, tmp_path: Path, message_boxes: list[str]
) -> None:
    from apvdesk.ui.app import make_application
    from apvdesk.ui.dialogs.import_wizard import ImportWizard
    from apvdesk.ui.tasks import wait_for_tasks

    make_application("en")
    store = WorkplaceStore.open(workplace)
    try:
        count = store.respondent_count(demo.round_id)
        dialog = ImportWizard(store, demo.round_id)
        qtbot.addWidget(dialog)
        for case in (c for c in CORPUS if c.name in WIZARD_CASES):
            with qtbot.waitSignal(dialog.previewed, timeout=20000):
                dialog.load(case.write(tmp_path))
            assert not dialog.import_button.isEnabled(), case.name
            assert dialog.stack.currentWidget() is dialog.error_list
            assert dialog.error_list.count() >= 1
            assert "Nothing can be imported" in dialog.summary_label.text()
            assert dialog.import_rows() == 0
        wait_for_tasks()
        assert message_boxes == []
        assert store.respondent_count(demo.round_id) == count
    finally:
        store.close()


def test_add_responses_is_all_or_nothing(demo: Demo, workplace: Path) -> None:
    """The store's side of the promise: a batch that fails part-way leaves no respondent."""
    import datetime as dt

    from apvdesk.core.model import Response

    group_id = demo.groups[0].id
    assert group_id is not None
    good = Response(group_id, "da", dt.date(2026, 10, 5), {A: 1})
    broken = Response(999_999, "da", dt.date(2026, 10, 5), {A: 1})  # no such group
    store = WorkplaceStore.open(workplace)
    try:
        count = store.respondent_count(demo.round_id)
        with pytest.raises(Exception):  # noqa: B017 - whatever the store raises, nothing is kept
            store.add_responses(demo.round_id, [good, good, broken])
        assert store.respondent_count(demo.round_id) == count
    finally:
        store.close()


if __name__ == "__main__":  # pragma: no cover - write the corpus to look at it
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for case in CORPUS:
        case.write(folder)
