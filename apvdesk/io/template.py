"""The empty import file of a round: CSV (header only) or XLSX (an "Answers" sheet and a "Legend").

Columns: ``group``, ``language``, then one per question id in the bank's order. The
legend of the XLSX is written in the chosen language; its explanations fall back to
English for a language apvdesk's own texts lack, but questions and answers are listed
in the chosen language (see docs/import.md). Every cell is a text cell, never a formula
(:mod:`apvdesk.io.text_cells`), and the file is written whole or not at all, never over
a workplace file (:func:`apvdesk.platform.atomic_file.write_atomically`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group
from apvdesk.io.answers_import import GROUP_COLUMN, LANGUAGE_COLUMN, column_letter
from apvdesk.io.text_cells import csv_text, write_row
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.wording.i18n import LANGUAGES, Translator

ANSWERS_SHEET = "Answers"
LEGEND_SHEET = "Legend"
TEMPLATE_SUFFIXES = (".csv", ".xlsx")


def template_columns(bank: QuestionBank) -> list[str]:
    """Return the header of an import file: group, language and the bank's item ids in order."""
    return [GROUP_COLUMN, LANGUAGE_COLUMN, *(item.id for item in bank.items)]


def write_template(path: Path, bank: QuestionBank, groups: Sequence[Group], lang: str = "da") -> None:
    """Write an empty import file, CSV or XLSX according to the name's ending.

    Args:
        path: The file to write; it must end in ``.csv`` or ``.xlsx``.
        bank: The round's question bank.
        groups: The round's groups, listed in the XLSX legend.
        lang: The language of the XLSX legend (one of the bank's languages).

    Raises:
        ValueError: The name ends otherwise, or the bank lacks ``lang``.
        OutputOverWorkplaceFile: ``path`` holds a workplace file (or its lock or journal).
        OSError: The file cannot be written.

    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_template_csv(path, bank)
    elif suffix == ".xlsx":
        write_template_xlsx(path, bank, groups, lang)
    else:
        raise ValueError(f"a template must end in .csv or .xlsx, not {path.suffix!r}")


def write_template_csv(path: Path, bank: QuestionBank) -> None:
    """Write the header row as UTF-8 with BOM, separated by semicolons (as Danish Excel reads it).

    A heading Excel would run as a formula (a question id from a crafted bank) gets an
    apostrophe in front (:func:`~apvdesk.io.text_cells.csv_text`).
    """
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow([csv_text(column) for column in template_columns(bank)])
    write_atomically(text.getvalue().encode("utf-8-sig"), path)


class TemplateTexts:
    """The legend's explanations, in Danish or English (English for any other language)."""

    def __init__(self, lang: str) -> None:
        wanted = lang if lang in LANGUAGES else "en"
        try:
            self._translator = Translator(wanted)
        except FileNotFoundError:  # the catalogue has not been built: the English source
            self._translator = Translator("en")

    def tr(self, text: str) -> str:
        return self._translator.translate("TemplateTexts", text)

    def title(self) -> str:
        return self.tr("How to fill in the sheet Answers")

    def question_headings(self) -> tuple[str, str]:
        return self.tr("Column"), self.tr("Question")

    def groups_heading(self) -> str:
        return self.tr("Groups (column group)")

    def languages_heading(self) -> str:
        return self.tr("Languages (column language)")

    def explanation(self) -> list[str]:
        return [
            self.tr(
                "Write one row on the sheet Answers for each filled-in questionnaire. Never write names."
            ),
            self.tr("group: the respondent's group, written exactly as in the list of groups below."),
            self.tr(
                "language: the language of the questionnaire, as a code or name below. Blank means Danish."
            ),
            self.tr(
                "One column per question: the number of the answer as printed (1 = the first answer), "
                "0 = don't know or does not apply to me, blank = not answered. The answer's text is "
                "accepted too."
            ),
            self.tr(
                "apvdesk checks every row before it imports any. "
                "If one row is wrong, nothing is imported and the row's number is named."
            ),
        ]


def write_template_xlsx(path: Path, bank: QuestionBank, groups: Sequence[Group], lang: str = "da") -> None:
    """Write the "Answers" sheet (header frozen) and the "Legend" sheet in ``lang``.

    Raises:
        ValueError: The bank lacks ``lang``.

    """
    if lang not in bank.languages:
        raise ValueError(f"the question bank has no language {lang!r}")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    workbook = Workbook()
    answers = workbook.active
    answers.title = ANSWERS_SHEET
    columns = template_columns(bank)
    write_row(answers, 1, columns)
    for index, name in enumerate(columns):
        answers.cell(row=1, column=index + 1).font = bold
        width = max(len(g.name) for g in groups) + 2 if name == GROUP_COLUMN and groups else len(name) + 3
        answers.column_dimensions[column_letter(index)].width = max(width, 10)
    answers.freeze_panes = "A2"

    texts = TemplateTexts(lang)
    legend = workbook.create_sheet(LEGEND_SHEET)
    write_row(legend, 1, [texts.title()])
    legend.cell(row=1, column=1).font = Font(bold=True, size=13)
    row = 1
    for line in texts.explanation():
        row += 1
        write_row(legend, row, [line])
    row += 2  # a blank row
    width = max(len(bank.option_set(item).points) for item in bank.items)
    heading = [*texts.question_headings(), *(str(code) for code in range(width + 1))]
    write_row(legend, row, heading)
    for column in range(1, len(heading) + 1):
        legend.cell(row=row, column=column).font = bold
    for item in bank.items:
        row += 1
        options = bank.option_set(item)
        zero = options.dont_know[lang]
        if item.not_applicable and bank.texts.get("not_applicable", {}).get(lang):
            zero = f"{zero} / {bank.texts['not_applicable'][lang]}"  # both are kept as 0
        write_row(legend, row, [item.id, item.text[lang], zero, *options.labels[lang]])
        legend.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    write_row(legend, row, [texts.groups_heading()])
    legend.cell(row=row, column=1).font = bold
    for group in groups:
        row += 1
        write_row(legend, row, [group.name])
    row += 2
    write_row(legend, row, [texts.languages_heading()])
    legend.cell(row=row, column=1).font = bold
    for code in bank.languages:
        row += 1
        write_row(legend, row, [code, bank.language_names.get(code, code)])
    legend.column_dimensions["A"].width = max(len(item.id) for item in bank.items) + 4
    legend.column_dimensions["B"].width = 60
    for index in range(2, width + 3):
        legend.column_dimensions[column_letter(index)].width = 18
    data = io.BytesIO()
    workbook.save(data)
    write_atomically(data.getvalue(), path)
