"""The import's problems in words, translated through Qt (context ``ImportMessages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from apvdesk.io.answers_import import ImportResult
from apvdesk.io.import_problems import ImportProblem, ProblemCode
from apvdesk.wording.i18n import fill


class ImportMessages:
    """One sentence per problem, naming the row (as a spreadsheet numbers it) and what to do."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ImportMessages", text)

    def describe(self, problem: ImportProblem) -> str:
        """Return one translated sentence about ``problem``."""
        text = self._texts().get(problem.code)
        if text is None:  # pragma: no cover - every code has a text
            return problem.code.value
        if problem.row is not None:
            return fill(text, problem.row, *problem.values)
        return fill(text, *problem.values)

    def lines(self, result: ImportResult) -> list[str]:
        """Return a sentence for each problem kept in ``result``, and one for those beyond."""
        lines = [self.describe(problem) for problem in result.problems]
        if result.more_problems:
            lines.append(fill(self.tr("… and %1 more problems."), result.more_problems))
        return lines

    def _texts(self) -> dict[ProblemCode, str]:
        # %1 is the row number for problems in a row (the header is row 1)
        return {
            ProblemCode.CANNOT_READ: self.tr("%1 cannot be read: %2."),
            ProblemCode.TOO_LARGE: self.tr(
                "%1 is larger than %2 MB, far more than anyone's answers. Check that it is the right file."
            ),
            ProblemCode.NOT_A_TABLE: self.tr(
                "%1 is neither a CSV file nor an Excel spreadsheet (.xlsx). "
                "Save the answers as CSV or .xlsx from your spreadsheet program."
            ),
            ProblemCode.OLD_EXCEL: self.tr(
                "%1 is in the old Excel format (.xls). Open it in Excel and save it as .xlsx or CSV."
            ),
            ProblemCode.ENCRYPTED: self.tr(
                "%1 is protected by a password, so apvdesk cannot read it. In Excel, remove the password "
                "(File, Info, Protect Workbook, Encrypt with Password), save the file and try again."
            ),
            ProblemCode.DAMAGED_WORKBOOK: self.tr(
                "%1 looks like an Excel spreadsheet but is damaged or incomplete. "
                "Open it in your spreadsheet program, save it again as .xlsx or CSV, and try again."
            ),
            ProblemCode.MERGED_CELLS: self.tr(
                "The sheet has merged cells (%1), so it is not clear which rows they belong to. "
                "Unmerge them, write the value in every row, and try again."
            ),
            ProblemCode.TOO_MANY_COLUMNS: self.tr(
                "Row %1 has more than %2 filled columns, far more than a questionnaire has. "
                "Check that it is the right file."
            ),
            ProblemCode.UNEXPECTED: self.tr(
                "%1 could not be read because of an error in apvdesk (%2). "
                "Nothing was imported. Please report this, with the file if you may share it."
            ),
            ProblemCode.BAD_CSV: self.tr(
                "%1 cannot be read as CSV near row %2 (perhaps a quote is not closed, or a cell is huge). "
                "Save it again as CSV from your spreadsheet program."
            ),
            ProblemCode.EMPTY: self.tr(
                "%1 is empty. Start from an empty template and write one row per respondent."
            ),
            ProblemCode.NO_ROWS: self.tr(
                "%1 has a header row but no answers. Write one row per respondent below the header."
            ),
            ProblemCode.TOO_MANY_ROWS: self.tr(
                "The file has more than %1 rows. Import at most %1 rows at a time."
            ),
            ProblemCode.NO_GROUP_COLUMN: self.tr(
                "Row %1 (the header) has no “group” column. "
                "Use the header row of an empty template for this round."
            ),
            ProblemCode.UNKNOWN_COLUMNS: self.tr(
                "Row %1 (the header) names columns that this round does not have: %2. "
                "Use the header row of an empty template for this round."
            ),
            ProblemCode.DUPLICATE_COLUMNS: self.tr(
                "Row %1 (the header) names these columns more than once: %2."
            ),
            ProblemCode.BLANK_HEADING: self.tr(
                "Row %1 (the header): column %2 has no name. Remove the column or name it."
            ),
            ProblemCode.WRONG_CELL_COUNT: self.tr("Row %1 has %2 cells, but the header has %3."),
            ProblemCode.MISSING_GROUP: self.tr("Row %1 has no group."),
            ProblemCode.UNKNOWN_GROUP: self.tr(
                "Row %1: “%2” is not a group in this round. The groups are: %3."
            ),
            ProblemCode.UNKNOWN_LANGUAGE: self.tr(
                "Row %1: “%2” is not a language of the questionnaire. Use one of: %3."
            ),
            ProblemCode.CODE_OUT_OF_RANGE: self.tr(
                "Row %1, column %2 (%3): %4 is not an answer. "
                "Use 1 to %5 as printed, 0 for don't know, or leave the cell blank."
            ),
            ProblemCode.UNKNOWN_LABEL: self.tr(
                "Row %1, column %2 (%3): “%4” is not one of the answers to this question."
            ),
            ProblemCode.FORMULA_WITHOUT_VALUE: self.tr(
                "Row %1, column %2 (%3) holds a formula with no saved result. "
                "Open the file in Excel, save it and try again, or type the value."
            ),
            ProblemCode.CELL_TOO_LONG: self.tr("Row %1, column %2 (%3) holds more than %4 characters."),
            ProblemCode.FORMULA: self.tr(
                "Row %1, column %2 (%3) holds a formula, “%4”. apvdesk never runs formulas: "
                "type the answer instead."
            ),
            ProblemCode.ERROR_VALUE: self.tr(
                "Row %1, column %2 (%3) holds %4, the error of a formula that failed. "
                "Type the answer instead."
            ),
        }
