"""The action plan as an Excel workbook: problems, actions and approval on three sheets.

Only the plan goes into the file (what the problems are and what is done about them);
no one's answers. Dates are real date cells, headers are frozen and filterable, so the
plan can be sorted, filtered and followed up in Excel or LibreOffice (docs/export.md).
Every text is a text cell, never a formula (:mod:`apvdesk.io.text_cells`).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.core.deadlines import is_open
from apvdesk.core.model import Action, ActionPlan, Approval, Problem
from apvdesk.io.plan_calendar import fill, shorten
from apvdesk.io.text_cells import set_cell, set_text
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator
from apvdesk.wording.labels import label

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

CONTEXT = "PlanWorkbook"
DATE_FORMATS = {"da": "dd-mm-yyyy", "en": "yyyy-mm-dd"}
DOCUMENT_LANGUAGES = {"da": "da-DK", "en": "en-GB"}
HEADER_FILL = "1D3F66"  # the accent of apvdesk's PDFs, with white bold text on it
HEADER_TEXT = "FFFFFF"
OVERDUE_FILL = "F6D5D5"
OVERDUE_TEXT = "8B1A1A"
SHORT_KIND_WIDTH = 60
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


class PlanWorkbook:
    """Fills a workbook with one action plan; its texts are translated in context ``PlanWorkbook``."""

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        self.plan = plan
        self.lang = translator.lang
        self._translator = translator
        self._date_format = DATE_FORMATS.get(self.lang, DATE_FORMATS["en"])
        self._group_names = {group.id: group.name for group in plan.groups}

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the workbook's language."""
        return self._translator.translate(CONTEXT, text)

    def _label(self, value: Enum) -> str:
        return label(value, self._translator.translate)

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    # --- the workbook ----------------------------------------------------------------

    def build(self) -> Workbook:
        """Return the finished workbook."""
        from openpyxl import Workbook

        workbook = Workbook()
        workplace = self.plan.workplace.name
        workbook.properties.title = fill(self.tr("Action plan – %1"), workplace)
        workbook.properties.subject = self.plan.round.title
        workbook.properties.creator = workplace
        workbook.properties.lastModifiedBy = workplace
        workbook.properties.language = DOCUMENT_LANGUAGES.get(self.lang, self.lang)
        problems = workbook.active
        assert problems is not None  # a new workbook always has one sheet
        problems.title = self.tr("Problems")
        self._fill_problems(problems)
        self._fill_actions(workbook.create_sheet(self.tr("Actions")))
        self._fill_approval(workbook.create_sheet(self.tr("Approval")))
        return workbook

    def to_bytes(self) -> bytes:
        """Return the workbook as the bytes of an ``.xlsx`` file."""
        buffer = BytesIO()
        self.build().save(buffer)
        return buffer.getvalue()

    # --- the sheets ------------------------------------------------------------------

    def _fill_problems(self, sheet: Worksheet) -> None:
        columns = [
            Column(self.tr("No."), is_number=True),
            Column(self.tr("Priority"), is_number=True),
            Column(self.tr("Theme"), wrap=True),
            Column(self.tr("Scale"), wrap=True),
            Column(self.tr("Kind"), wrap=True),
            Column(self.tr("Seriousness"), wrap=True),
            Column(self.tr("Extent"), wrap=True),
            Column(self.tr("Causes"), wrap=True),
            Column(self.tr("Groups"), wrap=True),
            Column(self.tr("Solved at once")),
            Column(self.tr("Number of actions"), is_number=True),
        ]
        rows = [
            self._problem_row(number, problem, actions) for number, (problem, actions) in self._numbered()
        ]
        write_table(sheet, columns, rows, self._date_format)
        finish_data_sheet(sheet)

    def _problem_row(self, number: int, problem: Problem, actions: list[Action]) -> list[CellValue]:
        scale_name, theme_name = self._scale_and_theme(problem.scale_id)
        groups = [self._group_names[i] for i in problem.group_ids if i in self._group_names]
        return [
            number,
            problem.priority,
            theme_name,
            scale_name,
            problem.kind,
            self._label(problem.seriousness),
            problem.extent,
            problem.causes,
            ", ".join(groups) or self.tr("All groups"),
            self._yes_no(problem.solved_at_once),
            len(actions),
        ]

    def _fill_actions(self, sheet: Worksheet) -> None:
        columns = [
            Column(self.tr("Problem no."), is_number=True),
            Column(self.tr("Problem"), wrap=True),
            Column(self.tr("What is done"), wrap=True),
            Column(self.tr("Responsible"), wrap=True),
            Column(self.tr("Start"), is_date=True),
            Column(self.tr("Deadline"), is_date=True),
            Column(self.tr("Status")),
            Column(self.tr("Follow-up date"), is_date=True),
            Column(self.tr("How the effect is followed up"), wrap=True),
            Column(self.tr("Effect")),
            Column(self.tr("Effect note"), wrap=True),
            Column(self.tr("Effect date"), is_date=True),
            Column(self.tr("Overdue")),
        ]
        rows: list[list[CellValue]] = []
        overdue_rows: list[int] = []
        for number, (problem, actions) in self._numbered():
            for action in actions:
                overdue = self.is_overdue(action)
                if overdue:
                    overdue_rows.append(len(rows) + 2)
                rows.append(self._action_row(number, problem, action, overdue))
        write_table(sheet, columns, rows, self._date_format)
        mark_overdue(sheet, len(columns), overdue_rows)
        finish_data_sheet(sheet)

    def _action_row(self, number: int, problem: Problem, action: Action, overdue: bool) -> list[CellValue]:
        return [
            number,
            shorten(problem.kind, SHORT_KIND_WIDTH),
            action.how,
            action.responsible,
            action.start,
            action.deadline,
            self._label(action.status),
            action.follow_up_date,
            action.follow_up_method,
            self._label(action.effect) if action.effect is not None else "",
            action.effect_note,
            action.effect_date,
            self._yes_no(overdue),
        ]

    def is_overdue(self, action: Action) -> bool:
        """Return True if the action is still open and its deadline lies before the plan's date."""
        return is_open(action) and action.deadline is not None and action.deadline < self.plan.printed_on

    def _fill_approval(self, sheet: Worksheet) -> None:
        from openpyxl.styles import Alignment
        from openpyxl.utils import get_column_letter

        plan, state = self.plan, self.plan.approval_state()
        facts: list[tuple[str, CellValue]] = [
            (self.tr("Workplace"), plan.workplace.name),
            (self.tr("APV round"), plan.round.title),
            (self.tr("Printed"), plan.printed_on),
            (self.tr("Plan last changed"), plan.plan_changed_on),
            (self.tr("Approved"), self._yes_no(state.approved)),
            (self.tr("Changed since approval"), self._yes_no(state.changed_since_approval)),
            (self.tr("Status"), self._approval_status(state.approved, state.changed_since_approval)),
            (self.tr("Who approves"), self._approval_rule()),
        ]
        heading_row = len(facts) + 2
        heading = sheet.cell(heading_row, 1)
        set_text(heading, self.tr("Recorded approvals"))
        heading.font = _font(bold=True, size=FONT_SIZE + 2)
        columns = [
            Column(self.tr("Name"), wrap=True),
            Column(self.tr("Role"), wrap=True),
            Column(self.tr("Date"), is_date=True),
            Column(self.tr("Approval is for")),
        ]
        rows = [self._approval_row(approval, state.current) for approval in plan.approvals]
        write_table(sheet, columns, rows, self._date_format, first_row=heading_row + 1)
        if not rows:
            empty = sheet.cell(heading_row + 2, 1)
            set_text(empty, self.tr("No approvals have been recorded."))
            empty.font = _font()
        # The facts: a name in column A, its value across the table's other columns.
        dimensions = sheet.column_dimensions
        dimensions["A"].width = max(dimensions["A"].width, max(len(name) for name, _ in facts) + 2)
        dimensions["B"].width = max(dimensions["B"].width, 30)
        last = get_column_letter(len(columns))
        value_width = sum(dimensions[get_column_letter(i)].width for i in range(2, len(columns) + 1))
        for row, (name, value) in enumerate(facts, start=1):
            set_text(sheet.cell(row, 1), name)
            sheet.cell(row, 1).font = _font(bold=True)
            cell = sheet.cell(row, 2)
            set_value(cell, value, self._date_format)
            cell.font = _font()
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
            sheet.cell(row, 1).alignment = Alignment(vertical="top")
            sheet.merge_cells(f"B{row}:{last}{row}")
            set_row_height(sheet, row, [(value, value_width)])
        set_print_layout(sheet, landscape=False)

    def _approval_row(self, approval: Approval, current: Sequence[Approval]) -> list[CellValue]:
        is_current = any(approval is other for other in current)
        applies_to = self.tr("For the current plan") if is_current else self.tr("For an earlier version")
        return [approval.name, self._label(approval.role), approval.approved_on, applies_to]

    def _approval_status(self, approved: bool, changed: bool) -> str:
        if approved:
            return self.tr("The action plan is approved as it stands.")
        if changed and self.plan.plan_changed_on is not None:
            text = self.tr("The action plan was approved, but it changed on %1 and must be approved again.")
            return fill(text, format_date(self.plan.plan_changed_on, self.lang, printed=True))
        if changed:
            return self.tr(
                "The action plan was approved, but it has changed since and must be approved again."
            )
        return self.tr("The action plan is not approved yet.")

    def _approval_rule(self) -> str:
        if self.plan.workplace.has_amo:
            return self.tr("The work environment organisation (AMO) approves the action plan.")
        return self.tr("The employer and at least one employee representative approve the action plan.")

    # --- helpers -----------------------------------------------------------------------

    def _numbered(self) -> list[tuple[int, tuple[Problem, list[Action]]]]:
        return list(enumerate(self.plan.problems, start=1))

    def _scale_and_theme(self, scale_id: str) -> tuple[str, str]:
        bank = self.plan.bank
        try:
            scale, theme = bank.scale(scale_id), bank.theme_of(scale_id)
        except KeyError:
            return scale_id, ""
        scale_name = scale.name.get(self.lang) or next(iter(scale.name.values()), scale_id)
        theme_name = theme.name.get(self.lang) or next(iter(theme.name.values()), "")
        return scale_name, theme_name


# --- sheet formatting (openpyxl) ---------------------------------------------------------


def _font(bold: bool = False, color: str | None = None, size: float = FONT_SIZE):
    """Return the workbook's font (named, so that every program shows the same one)."""
    from openpyxl.styles import Font

    return Font(name=FONT_NAME, size=size, bold=bold, color=color)


def set_value(cell, value: CellValue, date_format: str) -> None:
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
    enough to show them (spreadsheet programs do not all work that out when opening a file).
    """
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    widths = [column_width(column, [values[i] for values in rows]) for i, column in enumerate(columns)]
    header_fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(first_row, index)
        set_text(cell, column.header)
        cell.font, cell.fill = _font(bold=True, color=HEADER_TEXT), header_fill
        cell.alignment = Alignment(horizontal=column.horizontal, vertical="center", wrap_text=True)
    set_row_height(
        sheet, first_row, [(column.header, width) for column, width in zip(columns, widths, strict=True)]
    )
    for offset, values in enumerate(rows, start=1):
        row = first_row + offset
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            cell = sheet.cell(row, index)
            set_value(cell, value, date_format)
            cell.font = _font()
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
        cell.fill, cell.font = fill_, _font(bold=True, color=OVERDUE_TEXT)


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


def build_plan_workbook(plan: ActionPlan, lang: str = "da") -> bytes:
    """Return the action plan as the bytes of an ``.xlsx`` workbook.

    Args:
        plan: The action plan, e.g. from ``WorkplaceStore.action_plan``.
        lang: ``"da"`` (default) or ``"en"``; the language of every text and the date format.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue is missing.

    """
    return PlanWorkbook(plan, Translator(lang)).to_bytes()


def write_plan_workbook(plan: ActionPlan, path: Path, lang: str = "da") -> None:
    """Write the action plan as an Excel workbook to ``path``, atomically.

    The workbook is built in memory, written to a temporary file in the same folder and
    then moved over ``path``, so a failure never leaves a half-written file behind.

    Args:
        plan: The action plan.
        path: Where to save the workbook (``.xlsx``); an existing file is replaced.
        lang: ``"da"`` (default) or ``"en"``.

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue is missing.
        OSError: The file cannot be written (for example, it is open in Excel).

    """
    write_atomically(build_plan_workbook(plan, lang), Path(path))
