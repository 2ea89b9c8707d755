"""Texts into spreadsheet cells as texts, never as formulas: in a workbook and in a CSV file.

Every workbook apvdesk writes puts a text through :func:`set_text` (or :func:`write_row`):
the cell is a text cell even when the text starts with ``=`` (which openpyxl would store
as a formula) or reads like an error value (``#N/A``). A text a spreadsheet would take
for a formula if typed (``=``, ``+``, ``-``, ``@``) is also marked with Excel's quote
prefix, so that editing the cell in Excel or LibreOffice keeps it a text. The file shows
the text exactly as it was written; see docs/export.md.

A CSV file has no text cells: Excel runs a field that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return as a formula when it opens the file. :func:`csv_text`
puts an apostrophe in front of such a field, the usual guard; the apostrophe shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet takes for the start of a formula
CSV_FORMULA_STARTS = (*FORMULA_STARTS, "\t", "\r")  # ... and, opening a CSV file, these too
CSV_GUARD = "'"


def set_text(cell: Any, text: str) -> None:
    """Put ``text`` into the openpyxl ``cell`` as a text cell that no program runs as a formula.

    Characters a workbook cannot hold (control characters) are left out, and the text is
    cut at Excel's limit of 32,767 characters.
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_TEXT]
    cell.value = value
    cell.data_type = "s"  # after the value: openpyxl makes "=…" a formula and "#N/A" an error
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel's "text, not a formula" mark, kept when the cell is edited


def set_cell(cell: Any, value: object) -> None:
    """Put ``value`` into ``cell``: a text through :func:`set_text`, anything else as it is."""
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value


def write_row(sheet: Any, row: int, values: Sequence[object], first_column: int = 1) -> None:
    """Write ``values`` into ``row`` of the openpyxl ``sheet`` from ``first_column`` on (None: blank)."""
    for offset, value in enumerate(values):
        if value is not None:
            set_cell(sheet.cell(row=row, column=first_column + offset), value)


def csv_text(text: str) -> str:
    """Return ``text`` as a CSV field that Excel does not run as a formula: ``'`` before ``=1+1``."""
    return CSV_GUARD + text if text.startswith(CSV_FORMULA_STARTS) else text


def unguarded(text: str) -> str:
    """Return a CSV field without the apostrophe :func:`csv_text` put before it (other texts as they are)."""
    if text.startswith(CSV_GUARD) and text[len(CSV_GUARD) :].startswith(CSV_FORMULA_STARTS):
        return text[len(CSV_GUARD) :]
    return text
