"""The action plan as an Excel workbook: problems, actions and approval on three sheets.

Only the plan goes into the file (what the problems are and what is done about them);
no one's answers. Dates are real date cells, headers are frozen and filterable, so the
plan can be sorted, filtered and followed up in Excel or LibreOffice (docs/export.md).
Every text is a text cell, never a formula (:mod:`apvdesk.io.text_cells`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.core.approval import plan_approval_state
from apvdesk.core.deadlines import is_overdue
from apvdesk.core.languages import SECOND_LANGUAGES
from apvdesk.core.model import Action, ActionPlan, Approval, Problem, ProblemKind
from apvdesk.core.plan_order import numbered_problems
from apvdesk.io.plan_calendar import shorten
from apvdesk.io.sheet_layout import (
    FONT_SIZE,
    CellValue,
    Column,
    finish_data_sheet,
    mark_overdue,
    set_print_layout,
    sheet_font,
    write_facts,
    write_table,
)
from apvdesk.io.text_cells import set_text
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.wording.formatting import format_date, problem_groups_text, spreadsheet_date_format
from apvdesk.wording.history_texts import dated_event_text
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label
from apvdesk.wording.poster_text_words import language_name

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

CONTEXT = "PlanWorkbook"
DOCUMENT_LANGUAGES = {"da": "da-DK", "en": "en-GB"}
SHORT_KIND_WIDTH = 60


class PlanWorkbook:
    """Fills a workbook with one action plan; its texts are translated in context ``PlanWorkbook``."""

    def __init__(self, plan: ActionPlan, translator: Translator) -> None:
        self.plan = plan
        self.lang = translator.lang
        self._translator = translator
        self._date_format = spreadsheet_date_format(self.lang)
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
        languages = self._text_languages(problem for _n, problem, _a in self._numbered())
        columns += self._text_columns(languages)
        rows = [
            self._problem_row(number, problem, actions)
            + [problem.translations.get(lang, "") for lang in languages]
            for number, problem, actions in self._numbered()
        ]
        write_table(sheet, columns, rows, self._date_format)
        finish_data_sheet(sheet)

    def _problem_row(self, number: int, problem: Problem, actions: list[Action]) -> list[CellValue]:
        scale_name, theme_name = problem.names(self.plan.bank, self.lang)
        if problem.is_other:  # a problem of another kind: its title, in the theme "Other"
            theme_name = self._label(ProblemKind.OTHER)
        groups = problem_groups_text(problem.group_ids, self._group_names, self._translator.translate)
        return [
            number,
            problem.priority,
            theme_name,
            scale_name,
            problem.kind,
            self._label(problem.seriousness),
            problem.extent,
            problem.causes,
            groups,
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
            Column(self.tr("History"), wrap=True),
        ]
        overdue_column = len(columns) - 1  # the column before the history
        languages = self._text_languages(action for _n, _p, actions in self._numbered() for action in actions)
        columns += self._text_columns(languages)
        rows: list[list[CellValue]] = []
        overdue_rows: list[int] = []
        for number, problem, actions in self._numbered():
            for action in actions:
                overdue = is_overdue(action, self.plan.printed_on)
                if overdue:
                    overdue_rows.append(len(rows) + 2)
                texts: list[CellValue] = [action.translations.get(lang, "") for lang in languages]
                rows.append(self._action_row(number, problem, action, overdue) + texts)
        write_table(sheet, columns, rows, self._date_format)
        mark_overdue(sheet, overdue_column, overdue_rows)
        finish_data_sheet(sheet)

    @staticmethod
    def _text_languages(items: Iterable[Problem | Action]) -> list[str]:
        """Return the languages in which some problem (or action) has a text for the poster."""
        present = {lang for item in items for lang, text in item.translations.items() if text}
        return [lang for lang in SECOND_LANGUAGES if lang in present]

    def _text_columns(self, languages: list[str]) -> list[Column]:
        """Return a column per language of the poster texts: "Poster text (Polish)"."""
        return [
            Column(
                fill(self.tr("Poster text (%1)"), language_name(lang, self._translator.translate)), wrap=True
            )
            for lang in languages
        ]

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
            "\n".join(dated_event_text(e, self._translator.translate, self.lang) for e in action.history),
        ]

    def _fill_approval(self, sheet: Worksheet) -> None:
        plan, state = self.plan, plan_approval_state(self.plan)
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
        heading.font = sheet_font(bold=True, size=FONT_SIZE + 2)
        columns = [
            Column(self.tr("Name"), wrap=True),
            Column(self.tr("Role"), wrap=True),
            Column(self.tr("Date"), is_date=True),
            Column(self.tr("Approval is for")),
        ]
        rows = [self._approval_row(approval, state.current, state.too_early) for approval in plan.approvals]
        write_table(sheet, columns, rows, self._date_format, first_row=heading_row + 1)
        if not rows:
            empty = sheet.cell(heading_row + 2, 1)
            set_text(empty, self.tr("No approvals have been recorded."))
            empty.font = sheet_font()
        # after the table, whose widths the facts' merged value cells take up
        write_facts(sheet, facts, len(columns), self._date_format)
        set_print_layout(sheet, landscape=False)

    def _approval_row(
        self, approval: Approval, current: Sequence[Approval], too_early: Sequence[Approval]
    ) -> list[CellValue]:
        if any(approval is other for other in current):
            applies_to = self.tr("For the current plan")
        elif any(approval is other for other in too_early):
            applies_to = self.tr("Dated before the round started: does not count")
        else:
            applies_to = self.tr("For an earlier version")
        return [approval.name, self._label(approval.role), approval.approved_on, applies_to]

    def _approval_status(self, approved: bool, changed: bool) -> str:
        if approved:
            return self.tr("The action plan is approved as it stands.")
        if changed and self.plan.plan_changed_on is not None:
            text = self.tr("The action plan was approved, but it changed on %1 and should be approved again.")
            return fill(text, format_date(self.plan.plan_changed_on, self.lang, printed=True))
        if changed:
            return self.tr(
                "The action plan was approved, but it has changed since and should be approved again."
            )
        return self.tr("The action plan is not approved yet.")

    def _approval_rule(self) -> str:
        if self.plan.workplace.has_amo:
            return self.tr("The work environment organisation (AMO) approves the action plan.")
        return self.tr("The employer and at least one employee representative approve the action plan.")

    # --- helpers -----------------------------------------------------------------------

    def _numbered(self) -> list[tuple[int, Problem, list[Action]]]:
        return numbered_problems(self.plan.problems)


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
