"""Typing in paper questionnaires: what a typed key means, and a typed form as a Response."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from apvdesk.core.bank import Item, QuestionBank
from apvdesk.core.model import Group, Response

GROUP_COLUMN = 0
DONT_KNOW = 0
"""The number typed for "don't know"; the options are typed 1..k in printed order."""


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
    ``None`` for "don't know"; a question left blank is absent.
    """

    group: int | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    saved: bool = False

    def is_empty(self) -> bool:
        return self.group is None and not self.answers


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
        """Store a valid typed number: a group (1..n), an option (1..k) or 0 for "don't know"."""
        draft = self.rows[row]
        if draft.saved:
            return Refusal.FORM_SAVED
        if column == GROUP_COLUMN:
            if not 1 <= number <= len(self.groups):
                return Refusal.NO_SUCH_GROUP
            draft.group = number - 1
            return None
        entry = self.columns[column - 1]
        if not DONT_KNOW <= number <= entry.option_count:
            return Refusal.NO_SUCH_OPTION
        draft.answers[entry.item.id] = None if number == DONT_KNOW else number - 1
        return None

    def clear(self, row: int, column: int) -> Refusal | None:
        """Blank a cell of an unsaved form (the question counts as not answered)."""
        draft = self.rows[row]
        if draft.saved:
            return Refusal.FORM_SAVED
        if column == GROUP_COLUMN:
            draft.group = None
        else:
            draft.answers.pop(self.columns[column - 1].item.id, None)
        return None

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
        return Response(group_id, language, answered_on, dict(draft.answers))

    def mark_saved(self, row: int) -> bool:
        """Mark a form as saved; return True when a new empty form was added at the end."""
        self.rows[row].saved = True
        return self.ensure_empty_last_row()

    def ensure_empty_last_row(self) -> bool:
        """Add an empty form at the end unless the last one is empty; return True if added."""
        last = self.rows[-1]
        if last.saved or not last.is_empty():
            self.rows.append(FormDraft())
            return True
        return False

    @property
    def saved_count(self) -> int:
        return sum(1 for draft in self.rows if draft.saved)

    def unsaved_rows(self) -> list[int]:
        """Return the rows of forms typed into but not saved."""
        return [row for row, draft in enumerate(self.rows) if not draft.saved and not draft.is_empty()]
