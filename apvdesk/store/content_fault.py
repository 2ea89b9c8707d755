"""A value, row or table in a workplace that apvdesk cannot use, what was done about it, in English.

Made by the rules (:mod:`apvdesk.store.content_rules`), the content check of a file
(:mod:`apvdesk.store.sqlite.content_check`) and the rescue, which records a
:class:`ContentChange` for each; put into translated words by
:mod:`apvdesk.app.content_messages`. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Fault(StrEnum):
    """What is wrong with a value, a row or the file's tables."""

    MISSING_TABLE = "missing_table"
    MISSING_COLUMN = "missing_column"
    EMPTY = "empty"
    NOT_WHOLE_NUMBER = "not_whole_number"
    NOT_NUMBER = "not_number"
    NOT_TEXT = "not_text"
    UNREADABLE_TEXT = "unreadable_text"
    NOT_DATE = "not_date"
    NOT_YES_NO = "not_yes_no"
    UNKNOWN_CHOICE = "unknown_choice"
    OUT_OF_RANGE = "out_of_range"
    UNREADABLE_BANK = "unreadable_bank"
    UNREADABLE_RECORD = "unreadable_record"
    NOT_A_PIN = "not_a_pin"
    BROKEN_REFERENCE = "broken_reference"
    ENDS_BEFORE_START = "ends_before_start"
    RED_ABOVE_GREEN = "red_above_green"
    FOLLOWS_A_FOLLOW_UP = "follows_a_follow_up"
    NOT_A_PROMISE = "not_a_promise"
    BELOW_THE_PROMISE = "below_the_promise"


class Unreadable(bytes):
    """Text in the file that is not valid UTF-8 (what a reader would fail to decode)."""

    def __str__(self) -> str:
        return self.decode("utf-8", "replace")


def decode_text(data: bytes) -> str | Unreadable:
    """Decode text as SQLite hands it over; keep undecodable text as :class:`Unreadable`."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return Unreadable(data)


@dataclass(frozen=True)
class ContentFault:
    """One thing in a file that apvdesk cannot use.

    ``key`` names the row by its primary key (empty for a missing table or column);
    ``value`` is the value found (for a question bank, why it cannot be read);
    ``limits`` are the choices, the range, or the other value a rule compares with;
    ``rowid`` is SQLite's row number (for the rescue), when the table has one.
    """

    table: str
    fault: Fault
    column: str = ""
    key: tuple[tuple[str, object], ...] = ()
    value: object = None
    limits: tuple[object, ...] = ()
    rowid: int | None = None

    @property
    def row(self) -> str:
        """The row in words, e.g. ``id 3`` or ``round_id 1, group_id 2``."""
        return ", ".join(f"{name} {value}" for name, value in self.key)

    @property
    def shown_value(self) -> str:
        """The value as a report shows it: text in quotes, shortened; NULL for no value."""
        return show_value(self.value)

    def explain(self) -> str:
        """Return the fault in plain English (for logs, errors and tests; the UI translates)."""
        where = ", ".join(part for part in (self.table, self.row, self.column) if part)
        other = self.limits[0] if self.limits else "?"
        reason = {
            Fault.MISSING_TABLE: "the table is missing",
            Fault.MISSING_COLUMN: "the column is missing",
            Fault.EMPTY: "is empty but needs a value",
            Fault.NOT_WHOLE_NUMBER: "is not a whole number",
            Fault.NOT_NUMBER: "is not a number",
            Fault.NOT_TEXT: "is not text",
            Fault.UNREADABLE_TEXT: "is text that cannot be read (not UTF-8)",
            Fault.NOT_DATE: "is not a date written as YYYY-MM-DD",
            Fault.NOT_YES_NO: "is neither 0 (no) nor 1 (yes)",
            Fault.UNKNOWN_CHOICE: f"is not one of {', '.join(map(str, self.limits))}",
            Fault.OUT_OF_RANGE: f"is outside the allowed range {show_range(self.limits)}",
            Fault.UNREADABLE_BANK: f"the round's question bank cannot be read ({self.value})",
            Fault.UNREADABLE_RECORD: f"are not results apvdesk can read ({other})",
            Fault.NOT_A_PIN: "is not a kiosk PIN as apvdesk stores it",
            Fault.BROKEN_REFERENCE: f"refers to a row of {other} that does not exist",
            Fault.ENDS_BEFORE_START: f"the period ends before it starts ({show_value(other)})",
            Fault.RED_ABOVE_GREEN: f"red begins above where green begins ({show_value(other)})",
            Fault.FOLLOWS_A_FOLLOW_UP: "follows itself or a round that is itself a follow-up",
            Fault.NOT_A_PROMISE: f"is neither 0 (nothing promised yet) nor {other} or more",
            Fault.BELOW_THE_PROMISE: f"is below the threshold respondents were told ({other})",
        }[self.fault]
        if self.fault in (Fault.MISSING_TABLE, Fault.MISSING_COLUMN, Fault.UNREADABLE_BANK):
            return f"{where}: {reason}"
        return f"{where}: {self.shown_value} {reason}"


@dataclass(frozen=True)
class ContentChange:
    """What the rescue did about one fault: ``values`` written into the row, or None: left out."""

    fault: ContentFault
    values: dict[str, object] | None

    @property
    def left_out(self) -> bool:
        return self.values is None


def show_value(value: object, width: int = 40) -> str:
    """Return a value as a report shows it: NULL, a number, or text in quotes (shortened)."""
    if value is None:
        return "NULL"
    if isinstance(value, Unreadable):
        value = str(value)
    elif isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, str):
        text = value if len(value) <= width else value[: width - 1] + "…"
        return f"'{text}'"
    return str(value)


def show_range(limits: tuple[object, ...]) -> str:
    """Return a range as ``3 or more`` or ``0 to 100``."""
    low, high = (limits + (None, None))[:2]
    return f"{low} or more" if high is None else f"{low} to {high}"
