"""Read a CSV file or an Excel workbook's first sheet as numbered rows of cells, for the importers.

CSV may be UTF-8 (with or without BOM), UTF-16 (with BOM, as Excel's "Unicode text", or
without), or Windows-1252, separated by semicolons, commas or tabs; a file whose lines
mix UTF-8 and Windows-1252 is read line by line. Rows are numbered as a spreadsheet
shows them: the first line of the file is row 1. Blank rows are skipped (their numbers
are kept by the rows after them). Any file that cannot be read as a table, or that is
beyond the limits below, raises :class:`TableError` with one problem; nothing else escapes.

The limits are far beyond the answers of a 5-60 person firm, and each is checked while
reading, so a wrong or hostile file is refused before it fills the memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import stat
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path
from typing import Any

from apvdesk.io.import_problems import ProblemCode, TableError

MAX_FILE_BYTES = 20 * 1024 * 1024  # the file as stored
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # a workbook's parts once unzipped (a "zip bomb" is refused)
MAX_ROWS = 10_000  # rows that hold something (the header included); blank rows do not count
MAX_COLUMNS = 500  # up to the last filled cell of a row
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: a row number beyond it is a damaged workbook
DELIMITERS = (";", ",", "\t")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: old Excel (.xls), or an encrypted .xlsx
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"")
MAX_MERGES_NAMED = 5


def _ole_name(name: str) -> bytes:
    """Return a stream name as a compound file's directory stores it (UTF-16LE)."""
    return name.encode("utf-16-le")


class FormulaWithoutValue:
    """A workbook cell holding a formula whose result was never saved (made by a program, not Excel)."""

    def __repr__(self) -> str:
        return "FormulaWithoutValue()"


FORMULA_WITHOUT_VALUE = FormulaWithoutValue()
Cell = str | int | float | FormulaWithoutValue | None


@dataclass(frozen=True)
class TableRow:
    """One row: its number as a spreadsheet shows it (first row = 1) and its cells."""

    number: int
    cells: tuple[Cell, ...]


@dataclass
class Table:
    """The rows of a file; ``strict_width`` is True for CSV, where every row should be complete."""

    rows: list[TableRow] = field(default_factory=list)
    strict_width: bool = True


def is_blank(cell: object) -> bool:
    """Return True for an empty cell: nothing, or only spaces."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


class _RowCounter:
    """Keeps the rows that hold something, and refuses a table beyond the row and column limits."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.filled = 0

    def add(self, number: int, cells: Sequence[Cell]) -> None:
        last = next((i for i in range(len(cells) - 1, -1, -1) if not is_blank(cells[i])), -1)
        if last < 0:
            return
        if last >= MAX_COLUMNS:
            raise TableError(ProblemCode.TOO_MANY_COLUMNS, MAX_COLUMNS, row=number)
        self.filled += 1
        if self.filled > MAX_ROWS:
            raise TableError(ProblemCode.TOO_MANY_ROWS, MAX_ROWS)
        # a workbook's row ends at its last filled cell; a CSV row keeps its cells for the width check
        kept = cells if self.table.strict_width else cells[: last + 1]
        self.table.rows.append(TableRow(number, tuple(kept)))


def read_table(path: Path) -> Table:
    """Read ``path`` as CSV or XLSX, deciding by its content rather than its name.

    Args:
        path: The file to read.

    Returns:
        The rows of the file (of the first worksheet for a workbook) that hold something.

    Raises:
        TableError: The file cannot be read, is beyond a limit, or is neither CSV nor XLSX.

    """
    data = _read_bytes(path)
    if not data.strip():
        raise TableError(ProblemCode.EMPTY, path)
    if data.startswith(_ZIP):
        return _read_xlsx(path, data)
    if data.startswith(_OLE2):
        raise TableError(_compound_file_problem(data), path)
    return _read_csv(path, decode_text(path, data))


def _read_bytes(path: Path) -> bytes:
    """Return the file's bytes, reading no more than the limit (a device or pipe is no file)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise TableError(ProblemCode.NOT_A_TABLE, path)
        if info.st_size > MAX_FILE_BYTES:
            raise TableError(ProblemCode.TOO_LARGE, path, MAX_FILE_BYTES // (1024 * 1024))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise TableError(ProblemCode.CANNOT_READ, path, exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        raise TableError(ProblemCode.TOO_LARGE, path, MAX_FILE_BYTES // (1024 * 1024))
    return data


def _compound_file_problem(data: bytes) -> ProblemCode:
    """Tell a password-protected .xlsx (an encrypted package in a compound file) from an old .xls."""
    if _ole_name("EncryptedPackage") in data:
        return ProblemCode.ENCRYPTED
    return ProblemCode.OLD_EXCEL


def decode_text(path: Path, data: bytes) -> str:
    """Return the text of a CSV file: UTF-16, UTF-8 (BOM or not), else Windows-1252 line by line.

    Raises:
        TableError: The bytes are not text (NUL bytes, control characters, undefined bytes).

    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            encoding = _utf16_without_bom(data)
            if encoding is None:
                raise TableError(ProblemCode.NOT_A_TABLE, path)
            text = data.decode(encoding)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = _decode_lines(data)
    except UnicodeDecodeError as exc:
        raise TableError(ProblemCode.NOT_A_TABLE, path) from exc
    if _CONTROL.search(text):
        raise TableError(ProblemCode.NOT_A_TABLE, path)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le" or "utf-16-be" when the NUL bytes are those of UTF-16 text.

    In UTF-16, every character below U+0100 (the header, separators, digits, spaces, and
    Danish, English, Polish or Romanian letters mostly) has a NUL as its high byte, so
    such text has NULs on one side of each pair and almost none on the other.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if odd * 10 >= pairs and even * 10 <= odd:
        return "utf-16-le"
    if even * 10 >= pairs and odd * 10 <= even:
        return "utf-16-be"
    return None


def _decode_lines(data: bytes) -> str:
    """Decode each line as UTF-8 if it is, else as Windows-1252 (rows pasted from two programs)."""
    parts = []
    for line in data.splitlines(keepends=True):
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(line.decode("cp1252"))
    return "".join(parts).removeprefix("\ufeff")


def guess_delimiter(text: str) -> str:
    """Return the separator the header line uses most: semicolon, comma or tab.

    A header of one column has none; then the first line below it that has one decides
    (a blank row saved as ``,`` is still blank). Semicolon when no line has any.
    """
    for line in text.splitlines()[:1000]:
        counts = {delimiter: line.count(delimiter) for delimiter in DELIMITERS}
        best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier one
        if counts[best]:
            return best
    return DELIMITERS[0]


def _read_csv(path: Path, text: str) -> Table:
    # strict: a quote that is never closed is refused instead of swallowing the rows after it
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text), strict=True)
    table = Table(strict_width=True)
    rows = _RowCounter(table)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            rows.add(number, cells)
    except csv.Error as exc:
        raise TableError(ProblemCode.BAD_CSV, path, number + 1) from exc
    return table


def _check_archive(path: Path, data: bytes) -> None:
    """Refuse a damaged ZIP, and one that would unpack to more than the limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        # a workbook cut short (a broken download or copy) still names its parts near the start
        workbook_like = b"[Content_Types].xml" in data[:4096] or b"xl/" in data[:4096]
        raise TableError(
            ProblemCode.DAMAGED_WORKBOOK if workbook_like else ProblemCode.NOT_A_TABLE, path
        ) from exc
    if "xl/workbook.xml" not in names and not any(name.endswith("/workbook.xml") for name in names):
        raise TableError(ProblemCode.NOT_A_TABLE, path)
    if unpacked > MAX_UNPACKED_BYTES:
        raise TableError(ProblemCode.TOO_LARGE, path, MAX_UNPACKED_BYTES // (1024 * 1024))


def _open_workbook(path: Path, data: bytes, data_only: bool) -> Any:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception as exc:  # a damaged workbook fails in many different ways
        raise TableError(ProblemCode.DAMAGED_WORKBOOK, path) from exc


def _first_sheet(path: Path, workbook: Any) -> Any:
    if not workbook.worksheets:
        raise TableError(ProblemCode.EMPTY, path)
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # some programs write a wrong <dimension>; read what is there
    return sheet


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[object, ...]]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield from sheet.iter_rows(values_only=True)
    except TableError:
        raise
    except Exception as exc:  # damaged sheet XML, a date no calendar has
        raise TableError(ProblemCode.DAMAGED_WORKBOOK, path) from exc


def _merged_ranges(sheet: Any) -> list[str]:
    """Return the merged ranges of a read-only sheet (openpyxl does not read them in this mode)."""
    sheet_path = getattr(sheet, "_worksheet_path", None)
    archive = getattr(sheet.parent, "_archive", None)
    if sheet_path is None or archive is None:  # pragma: no cover - another openpyxl
        return []
    found: list[str] = []
    tail = b""
    with archive.open(sheet_path) as source:
        while chunk := source.read(1 << 20):
            text = tail + chunk
            found.extend(m.decode() for m in _MERGE.findall(text) if b":" in m)
            tail = text[-200:]  # a reference cut at a chunk's end is whole in the next text
    return list(dict.fromkeys(found))


def _cell(value: object, formula: object) -> Cell:
    """Return a workbook value as a cell; a formula without a saved result is marked so."""
    if value is None:
        return FORMULA_WITHOUT_VALUE if formula is not None else None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> Table:
    _check_archive(path, data)
    values = _open_workbook(path, data, data_only=True)
    try:
        formulas = _open_workbook(path, data, data_only=False)
    except TableError:
        values.close()
        raise
    table = Table(strict_width=False)
    rows = _RowCounter(table)
    try:
        value_sheet, formula_sheet = _first_sheet(path, values), _first_sheet(path, formulas)
        pairs = zip_longest(_sheet_rows(path, value_sheet), _sheet_rows(path, formula_sheet), fillvalue=())
        for number, (row, formula_row) in enumerate(pairs, start=1):
            if number > MAX_SHEET_ROWS:
                raise TableError(ProblemCode.DAMAGED_WORKBOOK, path)
            if row or formula_row:
                rows.add(number, [_cell(v, f) for v, f in zip_longest(row, formula_row)])
        merged = _merged_ranges(value_sheet)
    except TableError:
        raise
    except Exception as exc:  # a damaged part of the archive, read only now
        raise TableError(ProblemCode.DAMAGED_WORKBOOK, path) from exc
    finally:
        values.close()
        formulas.close()
    if merged:
        named = merged[:MAX_MERGES_NAMED] + (["…"] if len(merged) > MAX_MERGES_NAMED else [])
        raise TableError(ProblemCode.MERGED_CELLS, ", ".join(named))
    return table
