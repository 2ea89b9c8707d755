"""What can be wrong with a file of answers: a code and its values, put into words by the UI layer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProblemCode(StrEnum):
    """The kinds of problem an import can find; file-level ones stop the reading at once."""

    # the file as a whole
    CANNOT_READ = "cannot_read"  # path, detail
    TOO_LARGE = "too_large"  # path, limit in MB
    NOT_A_TABLE = "not_a_table"  # path
    OLD_EXCEL = "old_excel"  # path
    ENCRYPTED = "encrypted"  # path
    DAMAGED_WORKBOOK = "damaged_workbook"  # path
    MERGED_CELLS = "merged_cells"  # ranges, joined
    BAD_CSV = "bad_csv"  # path, row
    EMPTY = "empty"  # path
    NO_ROWS = "no_rows"  # path
    TOO_MANY_ROWS = "too_many_rows"  # limit
    TOO_MANY_COLUMNS = "too_many_columns"  # row; limit
    UNEXPECTED = "unexpected"  # path, detail (a fault of apvdesk, never of the file)
    # the header row
    NO_GROUP_COLUMN = "no_group_column"  # (none)
    UNKNOWN_COLUMNS = "unknown_columns"  # names, joined
    DUPLICATE_COLUMNS = "duplicate_columns"  # names, joined
    BLANK_HEADING = "blank_heading"  # column letter
    # one row
    WRONG_CELL_COUNT = "wrong_cell_count"  # cells, header cells
    MISSING_GROUP = "missing_group"  # (none)
    UNKNOWN_GROUP = "unknown_group"  # value, known groups
    UNKNOWN_LANGUAGE = "unknown_language"  # value, known languages
    CODE_OUT_OF_RANGE = "code_out_of_range"  # column, heading, value, highest code
    UNKNOWN_LABEL = "unknown_label"  # column, heading, value
    FORMULA_WITHOUT_VALUE = "formula_without_value"  # column, heading
    CELL_TOO_LONG = "cell_too_long"  # column, heading, limit
    FORMULA = "formula"  # column, heading, value (a formula typed as text is never run)
    ERROR_VALUE = "error_value"  # column, heading, value (#DIV/0! and the like)


@dataclass(frozen=True)
class ImportProblem:
    """One problem: its code, the spreadsheet row it is in (header = 1; None for the file) and values."""

    code: ProblemCode
    row: int | None = None
    values: tuple[object, ...] = ()


class TableError(Exception):
    """The file cannot be read as a table at all; carries the one problem that says why."""

    def __init__(self, code: ProblemCode, *values: object, row: int | None = None) -> None:
        super().__init__(code.value, *values)
        self.problem = ImportProblem(code, row, values)
