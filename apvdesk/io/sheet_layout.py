"""How apvdesk lays out a sheet of a workbook it writes: fonts, header rows, widths, row heights, printing.

The look of every exported sheet (openpyxl): one font, a dark header row with a filter,
columns wide enough for their texts, rows high enough for wrapped texts (spreadsheet
programs do not all work that out when opening a file), A4 print set-up. Every value
goes in through :mod:`apvdesk.io.text_cells`, so a text is never a formula.
openpyxl is imported only when a sheet is written.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from apvdesk.io.text_cells import set_cell, set_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = "1D3F66"  # the accent of apvdesk's PDFs, with white bold text on it
HEADER_TEXT = "FFFFFF"
OVERDUE_FILL = "F6D5D5"
OVERDUE_TEXT = "8B1A1A"
_WRAP_WIDTH = 45  # characters: a text column wraps at this width
_MAX_WIDTH = 30  # characters: the widest a column of short labels gets
_DATE_WIDTH = 14
FONT_NAME = "Calibri"  # Excel's default; LibreOffice shows it as the metric-compatible Carlito
FONT_SIZE = 11
LINE_HEIGHT = 15  # points per line of FONT_SIZE text

CellValue = str | int | dt.date | None


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its header and how its cells are shown."""

    header: str
    wrap: bool = False
    is_date: bool = False
    is_number: bool = False

    @property
    def horizontal(self) -> str:
        """Return the cells' horizontal alignment: numbers and dates centred, texts at the left."""
        return "center" if self.is_date or self.is_number else "left"


def sheet_font(bold: bool = False, color: str | None = None, size: float = FONT_SIZE) -> Any:
    """Return the workbook's font (named, so that every program shows the same one)."""
    from openpyxl.styles import Font

    return Font(name=FONT_NAME, size=size, bold=bold, color=color)


def set_value(cell: Any, value: CellValue, date_format: str) -> None:
    """Put a value in a cell: a date as a date cell, a text always as text, never as a formula."""
    set_cell(cell, value)
    if isinstance(value, dt.date):
        cell.number_format = date_format


def write_table(
    sheet: Worksheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[CellValue]],
    date_format: str,
    first_row: int = 1,
) -> None:
    """Write a header and rows from ``first_row`` on, with a filter over them and fitting widths.

    Numbers and dates are centred, texts start at the left; wrapped texts get rows high
    enough to show them.
    """
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    widths = [column_width(column, [values[i] for values in rows]) for i, column in enumerate(columns)]
    header_fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(first_row, index)
        set_text(cell, column.header)
        cell.font, cell.fill = sheet_font(bold=True, color=HEADER_TEXT), header_fill
        cell.alignment = Alignment(horizontal=column.horizontal, vertical="center", wrap_text=True)
    set_row_height(
        sheet, first_row, [(column.header, width) for column, width in zip(columns, widths, strict=True)]
    )
    for offset, values in enumerate(rows, start=1):
        row = first_row + offset
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = sheet.cell(row, index)
            set_value(cell, value, date_format)
            cell.font = sheet_font()
            cell.alignment = Alignment(horizontal=column.horizontal, vertical="top", wrap_text=column.wrap)
        wrapped = [
            (value, width)
            for column, value, width in zip(columns, values, widths, strict=True)
            if column.wrap
        ]
        set_row_height(sheet, row, wrapped)
    sheet.auto_filter.ref = f"A{first_row}:{get_column_letter(len(columns))}{first_row + len(rows)}"
    for index, width in enumerate(widths, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = max(dimension.width or 0, width)


def write_facts(
    sheet: Worksheet, facts: Sequence[tuple[str, CellValue]], last_column: int, date_format: str
) -> None:
    """Write name–value rows from row 1 on: a bold name in column A, its value across B to ``last_column``.

    Columns A and B are widened to fit the names and a short value; the rows are made high
    enough for a value that wraps across the merged columns.
    """
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    dimensions = sheet.column_dimensions
    dimensions["A"].width = max(dimensions["A"].width, max(len(name) for name, _ in facts) + 2)
    dimensions["B"].width = max(dimensions["B"].width, 30)
    last = get_column_letter(last_column)
    value_width = sum(dimensions[get_column_letter(i)].width for i in range(2, last_column + 1))
    for row, (name, value) in enumerate(facts, start=1):
        set_text(sheet.cell(row, 1), name)
        sheet.cell(row, 1).font = sheet_font(bold=True)
        cell = sheet.cell(row, 2)
        set_value(cell, value, date_format)
        cell.font = sheet_font()
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        sheet.cell(row, 1).alignment = Alignment(vertical="top")
        sheet.merge_cells(f"B{row}:{last}{row}")
        set_row_height(sheet, row, [(value, value_width)])


def column_width(column: Column, values: Sequence[CellValue]) -> float:
    """Return a column width in characters that fits its header (with filter button) and values."""
    if column.is_date:
        return float(_DATE_WIDTH)
    longest = max(
        (len(line) for value in values if value is not None for line in str(value).splitlines()), default=0
    )
    limit = _WRAP_WIDTH if column.wrap else _MAX_WIDTH
    header = min(len(column.header) + 3, limit)  # room for the filter button
    return float(max(min(longest + 2, limit), header, 6))


def line_count(value: CellValue, width: float) -> int:
    """Return about how many lines a text takes when wrapped in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(1, int(width) - 1)
    return sum(max(1, len(textwrap.wrap(paragraph, per_line))) for paragraph in value.splitlines())


def set_row_height(sheet: Worksheet, row: int, cells: Sequence[tuple[CellValue, float]]) -> None:
    """Make a row high enough for the longest of its wrapped ``(value, column width)`` cells."""
    lines = max((line_count(value, width) for value, width in cells), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines + 2


def mark_overdue(sheet: Worksheet, column: int, rows: Sequence[int]) -> None:
    """Colour the overdue flag of the given rows, so that late actions stand out."""
    from openpyxl.styles import PatternFill

    fill_ = PatternFill("solid", start_color=OVERDUE_FILL, end_color=OVERDUE_FILL)
    for row in rows:
        cell = sheet.cell(row, column)
        cell.fill, cell.font = fill_, sheet_font(bold=True, color=OVERDUE_TEXT)


def set_print_layout(sheet: Worksheet, landscape: bool) -> None:
    """Print the sheet on A4, one page wide and as many pages long as it takes."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def finish_data_sheet(sheet: Worksheet) -> None:
    """Freeze the header row and print the sheet landscape with the header on every page."""
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    set_print_layout(sheet, landscape=True)
