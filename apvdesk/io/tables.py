"""Read a CSV file or an Excel workbook's first sheet as numbered rows of cells, for the importers.

CSV may be UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text") or
Windows-1252, separated by semicolons, commas or tabs. Rows are numbered as a
spreadsheet shows them: the first line of the file is row 1. Any file that cannot be
read as a table raises :class:`TableError` with one problem; nothing else escapes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

from apvdesk.io.import_problems import ProblemCode, TableError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
DELIMITERS = (";", ",", "\t")
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary Excel (.xls)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


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


def read_table(path: Path) -> Table:
    """Read ``path`` as CSV or XLSX, deciding by its content rather than its name.

    Args:
        path: The file to read.

    Returns:
        The rows of the file (of the first worksheet for a workbook).

    Raises:
        TableError: The file cannot be read, is too large, or is neither CSV nor XLSX.

    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TableError(ProblemCode.TOO_LARGE, path, MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise TableError(ProblemCode.CANNOT_READ, path, exc.strerror or str(exc)) from exc
    if not data.strip():
        raise TableError(ProblemCode.EMPTY, path)
    if data.startswith(_ZIP):
        return _read_xlsx(path, data)
    if data.startswith(_OLE2):
        raise TableError(ProblemCode.OLD_EXCEL, path)
    return _read_csv(path, decode_text(path, data))


def decode_text(path: Path, data: bytes) -> str:
    """Return the text of a CSV file: UTF-16 with BOM, UTF-8 (BOM or not), else Windows-1252.

    Raises:
        TableError: The bytes are not text (NUL bytes, control characters, undefined bytes).

    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise TableError(ProblemCode.NOT_A_TABLE, path)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise TableError(ProblemCode.NOT_A_TABLE, path) from exc
    if _CONTROL.search(text):
        raise TableError(ProblemCode.NOT_A_TABLE, path)
    return text


def guess_delimiter(text: str) -> str:
    """Return the separator the first non-empty line uses most: semicolon, comma or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {delimiter: first.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier one
    return best if counts[best] else DELIMITERS[0]


def _read_csv(path: Path, text: str) -> Table:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text))
    table = Table(strict_width=True)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise TableError(ProblemCode.TOO_MANY_ROWS, MAX_ROWS)
            table.rows.append(TableRow(number, tuple(cells)))
    except csv.Error as exc:
        raise TableError(ProblemCode.BAD_CSV, path, number + 1) from exc
    return table


def _open_workbook(path: Path, data: bytes, data_only: bool):
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception as exc:  # a zip that is not a workbook fails in many different ways
        raise TableError(ProblemCode.NOT_A_TABLE, path) from exc


def _sheet_rows(path: Path, workbook) -> Iterator[tuple[object, ...]]:
    if not workbook.worksheets:
        raise TableError(ProblemCode.EMPTY, path)
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # some programs write a wrong <dimension>; read what is there
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield from sheet.iter_rows(values_only=True)
    except TableError:
        raise
    except Exception as exc:  # damaged sheet XML
        raise TableError(ProblemCode.NOT_A_TABLE, path) from exc


def _cell(value: object, formula: object) -> Cell:
    """Return a workbook value as a cell; a formula without a saved result is marked so."""
    if value is None:
        return FORMULA_WITHOUT_VALUE if formula is not None else None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> Table:
    values = _open_workbook(path, data, data_only=True)
    formulas = _open_workbook(path, data, data_only=False)
    table = Table(strict_width=False)
    try:
        pairs = zip_longest(_sheet_rows(path, values), _sheet_rows(path, formulas), fillvalue=())
        for number, (row, formula_row) in enumerate(pairs, start=1):
            if number > MAX_ROWS:
                raise TableError(ProblemCode.TOO_MANY_ROWS, MAX_ROWS)
            cells = zip_longest(row, formula_row)
            table.rows.append(TableRow(number, tuple(_cell(v, f) for v, f in cells)))
    finally:
        values.close()
        formulas.close()
    return table
