"""Typing in paper questionnaires: what a typed key means, and a typed form as a Response."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from enum import Enum

from apvdesk.core.bank import NOT_APPLICABLE_ANSWER, Item, QuestionBank
from apvdesk.core.model import Group, Response

GROUP_COLUMN = 0
DONT_KNOW = 0
"""The number typed for "don't know"; the options are typed 1..k in printed order."""


def box_digits(option_count: int, not_applicable: bool) -> tuple[list[int], int, int | None]:
    """Return the digits printed beside a question's boxes on paper, the ones the grid takes.

    The options are 1..k, "don't know" is :data:`DONT_KNOW`, and "does not apply to me"
    (None when the question does not offer it) the digit of the answer it is stored as
    (:data:`apvdesk.core.bank.NOT_APPLICABLE_ANSWER`): "don't know" as things stand.
    """
    options = list(range(1, option_count + 1))
    if not not_applicable:
        return options, DONT_KNOW, None
    na = DONT_KNOW if NOT_APPLICABLE_ANSWER is None else NOT_APPLICABLE_ANSWER + 1
    return options, DONT_KNOW, na


def new_sheet_id() -> int:
    """Return a random positive 62-bit id for a typed form (the store's kind of sheet id)."""
    return secrets.randbits(62) or 1


class Reading(Enum):
    """What the digits typed into a cell amount to so far."""

    COMPLETE = "complete"  # a valid number that no further digit could extend
    PENDING = "pending"  # valid, but another digit could still make a larger valid number
    INVALID = "invalid"


class Refusal(Enum):
    """Why a key or a save was refused; the UI words it in the user's language."""

    NOT_A_DIGIT = "not_a_digit"
    NO_SUCH_OPTION = "no_such_option"
    NO_SUCH_GROUP = "no_such_group"
    FORM_SAVED = "form_saved"
    NO_GROUP = "no_group"
    NO_ANSWERS = "no_answers"


@dataclass(frozen=True)
class Typed:
    """The reading of the digits typed into one cell, with the number when valid."""

    reading: Reading
    value: int | None = None


def _is_digits(text: str) -> bool:
    """Return True for a non-empty run of ASCII digits (not ``²`` or other Unicode digits)."""
    return bool(text) and all("0" <= char <= "9" for char in text)


def read_number(typed: str, lowest: int, highest: int) -> Typed:
    """Read the digits typed into a cell as a number from ``lowest`` to ``highest``.

    A number is complete as soon as no further digit could give a valid number, so with
    up to nine choices every single digit is complete, while with twelve groups a "1"
    stays pending until a second digit (or a move to another cell) settles it.

    Args:
        typed: The characters typed so far into the cell.
        lowest: The smallest valid number (0 for answers, 1 for groups).
        highest: The largest valid number.

    Returns:
        COMPLETE or PENDING with the number, or INVALID.

    """
    if not _is_digits(typed) or (len(typed) > 1 and typed[0] == "0"):
        return Typed(Reading.INVALID)
    value = int(typed)
    if not lowest <= value <= highest:
        return Typed(Reading.INVALID)
    if value == 0 or value * 10 > highest:
        return Typed(Reading.COMPLETE, value)
    return Typed(Reading.PENDING, value)


@dataclass(frozen=True)
class EntryColumn:
    """An item as a column of the entry grid, with the number printed on the paper form."""

    number: int
    item: Item
    option_count: int


def entry_columns(bank: QuestionBank) -> list[EntryColumn]:
    """Return one column per item, numbered as on the paper questionnaire (1, 2, ... in bank order)."""
    return [
        EntryColumn(number, item, len(bank.option_set(item).points))
        for number, item in enumerate(bank.items, start=1)
    ]


@dataclass
class FormDraft:
    """One paper form as typed so far: the group (index into the groups) and the answers.

    ``answers`` maps an item id to the option index (0 = first printed option), or to
    ``None`` for "don't know"; a question left blank is absent. Once stored, ``sheet_id``
    is the sheet's random id and ``language`` the language it was counted in: kept in
    memory only, so the form can be corrected or deleted until the grid closes.
    ``saved`` is True while the stored sheet holds what the row shows.
    """

    group: int | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    saved: bool = False
    sheet_id: int | None = None
    language: str = ""

    @property
    def stored(self) -> bool:
        return self.sheet_id is not None

    def is_empty(self) -> bool:
        return not self.stored and self.group is None and not self.answers


class EntrySheet:
    """The forms typed in one sitting: column 0 is the group, then one column per item.

    There is always an empty, unsaved form at the end to type the next one into.
    """

    def __init__(self, bank: QuestionBank, groups: list[Group]) -> None:
        self.columns = entry_columns(bank)
        self.groups = list(groups)
        self.rows: list[FormDraft] = [FormDraft()]

    @property
    def column_count(self) -> int:
        return 1 + len(self.columns)

    def highest(self, column: int) -> int:
        """Return the largest number that may be typed into a column."""
        return len(self.groups) if column == GROUP_COLUMN else self.columns[column - 1].option_count

    def read(self, column: int, typed: str) -> tuple[Typed, Refusal | None]:
        """Read what was typed into a column; give the refusal when it is invalid."""
        lowest = 1 if column == GROUP_COLUMN else DONT_KNOW
        result = read_number(typed, lowest, self.highest(column))
        if result.reading is not Reading.INVALID:
            return result, None
        if not _is_digits(typed):
            return result, Refusal.NOT_A_DIGIT
        return result, Refusal.NO_SUCH_GROUP if column == GROUP_COLUMN else Refusal.NO_SUCH_OPTION

    def set_number(self, row: int, column: int, number: int) -> Refusal | None:
        """Store a valid typed number: a group (1..n), an option (1..k) or 0 for "don't know".

        A saved form may be changed too: it then waits to be saved again (a correction).
        """
        draft = self.rows[row]
        if column == GROUP_COLUMN:
            if not 1 <= number <= len(self.groups):
                return Refusal.NO_SUCH_GROUP
            draft.saved = draft.saved and draft.group == number - 1
            draft.group = number - 1
            return None
        entry = self.columns[column - 1]
        if not DONT_KNOW <= number <= entry.option_count:
            return Refusal.NO_SUCH_OPTION
        value = None if number == DONT_KNOW else number - 1
        draft.saved = draft.saved and draft.answers.get(entry.item.id, -1) == value
        draft.answers[entry.item.id] = value
        return None

    def clear(self, row: int, column: int) -> Refusal | None:
        """Blank a cell (the question counts as not answered); a saved form then waits to be saved again."""
        draft = self.rows[row]
        if column == GROUP_COLUMN:
            draft.saved = draft.saved and draft.group is None
            draft.group = None
        else:
            item_id = self.columns[column - 1].item.id
            draft.saved = draft.saved and item_id not in draft.answers
            draft.answers.pop(item_id, None)
        return None

    def unanswered(self, row: int) -> int:
        """Return how many questions of a form were left blank."""
        return len(self.columns) - len(self.rows[row].answers)

    def typed_number(self, row: int, column: int) -> int | None:
        """Return the number that was typed into a cell (0 for "don't know"), or None if blank."""
        draft = self.rows[row]
        if column == GROUP_COLUMN:
            return None if draft.group is None else draft.group + 1
        item_id = self.columns[column - 1].item.id
        if item_id not in draft.answers:
            return None
        option = draft.answers[item_id]
        return DONT_KNOW if option is None else option + 1

    def save_problem(self, row: int) -> Refusal | None:
        """Return why a form cannot be saved yet, or None when it can."""
        draft = self.rows[row]
        if draft.saved:
            return Refusal.FORM_SAVED
        if draft.group is None:
            return Refusal.NO_GROUP
        if not draft.answers:
            return Refusal.NO_ANSWERS
        return None

    def response(self, row: int, language: str, answered_on: dt.date) -> Response:
        """Return a savable form as an anonymous response (check :meth:`save_problem` first)."""
        draft = self.rows[row]
        if self.save_problem(row) is not None or draft.group is None:
            raise ValueError(f"form {row + 1} cannot be saved: {self.save_problem(row)}")
        group_id = self.groups[draft.group].id
        if group_id is None:
            raise ValueError(f"group {self.groups[draft.group].name!r} is not saved")
        return Response(group_id, language, answered_on, dict(draft.answers), draft.sheet_id)

    def mark_saved(self, row: int, sheet_id: int | None = None, language: str = "") -> bool:
        """Mark a form as saved as sheet ``sheet_id``; return True when an empty form was added at the end."""
        draft = self.rows[row]
        draft.saved = True
        if sheet_id is not None:
            draft.sheet_id, draft.language = sheet_id, language
        return self.ensure_empty_last_row()

    def remove(self, row: int) -> None:
        """Forget a form (its stored sheet deleted, or never saved), keeping an empty form at the end."""
        del self.rows[row]
        if not self.rows:
            self.rows.append(FormDraft())
        self.ensure_empty_last_row()

    def ensure_empty_last_row(self) -> bool:
        """Add an empty form at the end unless the last one is empty; return True if added."""
        last = self.rows[-1]
        if last.saved or not last.is_empty():
            self.rows.append(FormDraft())
            return True
        return False

    @property
    def saved_count(self) -> int:
        """Return how many forms of this sitting are stored."""
        return sum(1 for draft in self.rows if draft.stored)

    def unsaved_rows(self) -> list[int]:
        """Return the rows of forms typed into (or corrected) but not saved."""
        return [row for row, draft in enumerate(self.rows) if not draft.saved and not draft.is_empty()]
