"""Read filled-in answers (CSV or XLSX, one row per respondent) and check every row before any is kept.

The first non-empty row is the header: ``group``, ``language`` (optional) and one column
per question id of the round's bank (any subset, in any order). A cell holds the answer's
code as printed (1 = the first option, 0 = don't know), or its label in any of the bank's
languages ("does not apply to me" too, where offered: kept as "don't know"); a blank cell is
a question left unanswered. Nothing here touches the store: the result holds the responses
and every problem, so the caller shows a preview, and adds the responses (all of them, in
one transaction) only when there is no problem.

No cell is ever evaluated: a formula typed as text (``=1+1``, ``+cmd|…``) and an
error left by a formula (``#DIV/0!``) are problems of their row, never numbers. A bad
file, however broken, gives problems and never an exception (see docs/import.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from apvdesk.core.bank import NOT_APPLICABLE_ANSWER, Item, OptionSet, QuestionBank
from apvdesk.core.model import Group, Response
from apvdesk.io.import_problems import ImportProblem, ProblemCode, TableError
from apvdesk.io.tables import MAX_FILE_BYTES, FormulaWithoutValue, Table, is_blank, read_table
from apvdesk.io.text_cells import unguarded

GROUP_COLUMN = "group"
LANGUAGE_COLUMN = "language"
DEFAULT_LANGUAGE = "da"
MAX_PROBLEMS = 50
MAX_CELL_CHARS = 1000
MAX_SHOWN_CHARS = 60  # a value quoted in a message is cut to this
MAX_NAMES_SHOWN = 10  # column names listed in one message
# the header names of the group and language columns (Danish ones too, for hand-made files)
_HEADER_ALIASES = {"group": GROUP_COLUMN, "gruppe": GROUP_COLUMN}
_HEADER_ALIASES |= {"language": LANGUAGE_COLUMN, "sprog": LANGUAGE_COLUMN}
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")
# what Excel (in English or Danish) shows for a formula that failed: #DIV/0!, #N/A, #VÆRDI!, …
_ERROR_VALUE = re.compile(r"#[^\s#]{1,20}[!?]|#N/A|#I/T", re.IGNORECASE)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_log = logging.getLogger(__name__)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})


def normalize(text: str) -> str:
    """Return ``text`` as the importer compares it: NFC, trimmed, single spaces, case-folded."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return " ".join(text.split()).casefold()


def shown(value: object) -> str:
    """Return a cell's text as a message quotes it: on one line, and cut after MAX_SHOWN_CHARS."""
    text = _UNPRINTABLE.sub(" ", str(value)).strip()
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def _names(texts: Sequence[str]) -> str:
    named = [shown(text) for text in texts[:MAX_NAMES_SHOWN]]
    return ", ".join(named + (["…"] if len(texts) > MAX_NAMES_SHOWN else []))


def looks_like_formula(text: str) -> bool:
    """Return True for text a spreadsheet would run as a formula: ``=…``, ``+…``, ``@…``, ``-…``.

    A negative number (``-1``) is a number, and a lone ``-`` or ``- x`` is a dash, not a formula.
    """
    text = text.strip()
    if len(text) < 2:
        return False
    if text[0] == "-":
        return not text[1].isspace() and not _NUMBER.fullmatch(text)
    return text[0] in "=+@"


def is_error_value(text: str) -> bool:
    """Return True for the error a failed formula shows (``#DIV/0!``, ``#N/A``, ``#VÆRDI!``)."""
    return bool(_ERROR_VALUE.fullmatch(text.strip()))


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of a 0-based column index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class ParsedRow:
    """A row that passed every check: its spreadsheet row number, its group and the response."""

    row: int
    group: Group
    response: Response


@dataclass
class ImportResult:
    """What a file holds: the respondents to add, or the problems that stop the import.

    ``rows`` is empty whenever there is a problem, so nothing can be half-imported.
    ``more_problems`` counts the problems found beyond the first :data:`MAX_PROBLEMS`.
    """

    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    more_problems: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    @property
    def responses(self) -> list[Response]:
        return [parsed.response for parsed in self.rows]

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def add(self, code: ProblemCode, row: int | None = None, *values: object) -> None:
        """Record a problem (only the first MAX_PROBLEMS are kept; the rest are counted)."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(ImportProblem(code, row, values))
        else:
            self.more_problems += 1


class _Answers:
    """Turns a cell into an option index (None = don't know) for one option set."""

    def __init__(self, options: OptionSet, languages: Sequence[str]) -> None:
        self.count = len(options.points)
        self.by_language: dict[str, dict[str, int | None]] = {}
        for lang in languages:
            labels = options.labels[lang]
            known: dict[str, int | None] = {normalize(label): i for i, label in enumerate(labels)}
            known.setdefault(normalize(options.dont_know[lang]), None)
            self.by_language[lang] = known


@dataclass(frozen=True)
class _Column:
    index: int
    heading: str
    item: Item | None = None  # None for the group and language columns


class AnswerReader:
    """Checks the rows of a table against a round's bank and groups."""

    def __init__(
        self, bank: QuestionBank, groups: Sequence[Group], answered_on: dt.date, strict_width: bool = True
    ) -> None:
        self.bank = bank
        self.strict_width = strict_width
        self.answered_on = answered_on
        self.groups = {normalize(g.name): g for g in groups if g.id is not None}
        self.group_names = ", ".join(g.name for g in groups)
        self.items = {normalize(item.id): item for item in bank.items}
        self.languages: dict[str, str] = {}
        for lang in bank.languages:
            self.languages[normalize(lang)] = lang
            name = bank.language_names.get(lang)
            if name:
                self.languages.setdefault(normalize(name), lang)
        self.language_list = ", ".join(
            f"{lang} ({bank.language_names[lang]})" if lang in bank.language_names else lang
            for lang in bank.languages
        )
        self.default_language = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in bank.languages else bank.languages[0]
        self.answers = {
            set_id: _Answers(options, bank.languages) for set_id, options in bank.option_sets.items()
        }
        # "does not apply to me" in any language, for the questions that offer it
        self.not_applicable = {normalize(text) for text in bank.texts.get("not_applicable", {}).values()}

    # --- the header --------------------------------------------------------------

    def read_header(self, number: int, cells: Sequence[object], result: ImportResult) -> list[_Column]:
        """Return the columns the header (in row ``number``) names; record its problems in ``result``."""
        texts = ["" if cell is None else unguarded(str(cell).strip()) for cell in cells]
        while texts and not texts[-1]:
            texts.pop()
        columns: list[_Column] = []
        unknown: list[str] = []
        seen: dict[str, str] = {}
        duplicates: list[str] = []
        for index, text in enumerate(texts):
            if isinstance(cells[index], FormulaWithoutValue):
                letter = column_letter(index)
                result.add(ProblemCode.FORMULA_WITHOUT_VALUE, number, letter, letter)
                continue
            if not text:
                result.add(ProblemCode.BLANK_HEADING, number, column_letter(index))
                continue
            key = normalize(text)
            role = _HEADER_ALIASES.get(key)
            item = self.items.get(key)
            if role is None and item is None:
                unknown.append(text)
                continue
            identity = role or (item.id if item else key)
            if identity in seen:
                duplicates.append(text)
                continue
            seen[identity] = text
            columns.append(_Column(index, text if role is None else role, item))
        if unknown:
            result.add(ProblemCode.UNKNOWN_COLUMNS, number, _names(unknown))
        if duplicates:
            result.add(ProblemCode.DUPLICATE_COLUMNS, number, _names(duplicates))
        if GROUP_COLUMN not in seen:
            result.add(ProblemCode.NO_GROUP_COLUMN, number)
        return columns

    # --- one row -----------------------------------------------------------------

    def read_row(
        self, number: int, cells: Sequence[object], columns: list[_Column], width: int, result: ImportResult
    ) -> ParsedRow | None:
        """Return the row's response, or None after recording its problems in ``result``.

        ``width`` is the number of named columns. A CSV row must have at least that many
        cells; in any file, a filled cell beyond the named columns is an error.
        """
        before = result.problem_count
        filled = [i for i, cell in enumerate(cells) if not is_blank(cell)]
        too_short = self.strict_width and len(cells) < width
        if too_short or filled[-1] >= width:
            count = len(cells) if too_short else filled[-1] + 1
            result.add(ProblemCode.WRONG_CELL_COUNT, number, count, width)
            return None
        group: Group | None = None
        language = self.default_language
        answers: dict[str, int | None] = {}
        # group and language first: labels are matched in the row's own language first
        for column in sorted(columns, key=lambda c: c.item is not None):
            value = cells[column.index] if column.index < len(cells) else None
            letter = column_letter(column.index)
            if isinstance(value, FormulaWithoutValue):
                result.add(ProblemCode.FORMULA_WITHOUT_VALUE, number, letter, column.heading)
            elif isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                result.add(ProblemCode.CELL_TOO_LONG, number, letter, column.heading, MAX_CELL_CHARS)
            elif isinstance(value, str) and is_error_value(value):
                result.add(ProblemCode.ERROR_VALUE, number, letter, column.heading, shown(value))
            elif column.item is not None:
                if not is_blank(value):
                    self._read_answer(number, letter, column, value, language, answers, result)
            elif column.heading == GROUP_COLUMN:
                group = self._read_group(number, letter, _text(value), result)
            else:
                language = self._read_language(number, letter, _text(value), result) or language
        if result.problem_count > before or group is None:
            return None
        assert group.id is not None
        return ParsedRow(number, group, Response(group.id, language, self.answered_on, answers))

    def _read_group(self, number: int, letter: str, text: str, result: ImportResult) -> Group | None:
        text = unguarded(text)  # a group name our own CSV guarded against formulas ('=Team)
        if not text:
            result.add(ProblemCode.MISSING_GROUP, number)
            return None
        group = self.groups.get(normalize(text))
        if group is None and looks_like_formula(text):
            result.add(ProblemCode.FORMULA, number, letter, GROUP_COLUMN, shown(text))
        elif group is None:
            result.add(ProblemCode.UNKNOWN_GROUP, number, shown(text), self.group_names)
        return group

    def _read_language(self, number: int, letter: str, text: str, result: ImportResult) -> str | None:
        if not text:
            return self.default_language
        lang = self.languages.get(normalize(text))
        if lang is None and looks_like_formula(text):
            result.add(ProblemCode.FORMULA, number, letter, LANGUAGE_COLUMN, shown(text))
        elif lang is None:
            result.add(ProblemCode.UNKNOWN_LANGUAGE, number, shown(text), self.language_list)
        return lang

    def _read_answer(
        self,
        number: int,
        letter: str,
        column: _Column,
        value: object,
        language: str,
        answers: dict[str, int | None],
        result: ImportResult,
    ) -> None:
        assert column.item is not None
        options = self.answers[column.item.option_set_id]
        text = str(value).strip()
        code: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            code = value
        elif _NUMBER.fullmatch(text):
            code = float(text.replace(",", "."))
        if code is not None:
            if not math.isfinite(code) or code != int(code) or not 0 <= code <= options.count:
                values = (letter, column.heading, shown(text), options.count)
                result.add(ProblemCode.CODE_OUT_OF_RANGE, number, *values)
                return
            answers[column.item.id] = None if code == 0 else int(code) - 1
            return
        key = normalize(text)
        for lang in (language, *self.bank.languages):
            known = options.by_language[lang]
            if key in known:
                answers[column.item.id] = known[key]
                return
        if column.item.not_applicable and key in self.not_applicable:
            answers[column.item.id] = NOT_APPLICABLE_ANSWER
            return
        code_of_problem = ProblemCode.FORMULA if looks_like_formula(text) else ProblemCode.UNKNOWN_LABEL
        result.add(code_of_problem, number, letter, column.heading, shown(text))


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def parse_table(
    table: Table, bank: QuestionBank, groups: Sequence[Group], answered_on: dt.date, source: Path
) -> ImportResult:
    """Check every row of ``table``; return the responses, or every problem and no responses.

    Args:
        table: The rows as read from the file.
        bank: The round's question bank (its items are the answer columns).
        groups: The round's groups (with ids), matched by name.
        answered_on: The date given to every response.
        source: The file the table came from, named in file-level problems.

    Returns:
        The result; its ``rows`` are empty when any problem was found.

    """
    result = ImportResult()
    rows = iter(table.rows)
    header = next((row for row in rows if not all(is_blank(cell) for cell in row.cells)), None)
    if header is None:
        result.add(ProblemCode.EMPTY, None, source)
        return result
    reader = AnswerReader(bank, groups, answered_on, table.strict_width)
    columns = reader.read_header(header.number, header.cells, result)
    if result.problems:
        return result
    width = max(column.index for column in columns) + 1
    for row in rows:
        if all(is_blank(cell) for cell in row.cells):
            continue
        parsed = reader.read_row(row.number, row.cells, columns, width, result)
        if parsed is not None:
            result.rows.append(parsed)
    if result.problems:
        result.rows.clear()
    elif not result.rows:
        result.add(ProblemCode.NO_ROWS, None, source)
    return result


def read_answers(
    path: Path, bank: QuestionBank, groups: Sequence[Group], answered_on: dt.date
) -> ImportResult:
    """Read and check a file of answers; never raises for a bad file, and never writes.

    Args:
        path: A CSV or XLSX file, one row per respondent below a header row.
        bank: The round's question bank.
        groups: The round's groups.
        answered_on: The date given to every response (the day of the import).

    Returns:
        The responses to add, or the problems (with spreadsheet row numbers) and none.

    """
    try:
        return parse_table(read_table(path), bank, groups, answered_on, path)
    except TableError as exc:
        return _refused(exc.problem)
    except MemoryError:
        return _refused(ImportProblem(ProblemCode.TOO_LARGE, None, (path, MAX_FILE_BYTES // (1024 * 1024))))
    except Exception as exc:  # a fault of apvdesk: refuse the file rather than crash or half-import
        _log.exception("reading %s failed", path)
        detail = shown(f"{type(exc).__name__}: {exc}")
        return _refused(ImportProblem(ProblemCode.UNEXPECTED, None, (path, detail)))


def _refused(problem: ImportProblem) -> ImportResult:
    return ImportResult(problems=[problem])
