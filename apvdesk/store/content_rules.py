"""What a value in the workplace file must be for apvdesk to use it: kinds, choices, ranges, rules.

One set of rules serves three purposes: the content check before a file is opened
(:mod:`apvdesk.store.sqlite.content_check`), the store's own writes (it never writes a value it
would refuse on reading), and the rescue, which repairs or leaves out what breaks them.
Values are judged as SQLite holds them: whole numbers, real numbers, text, dates as
``YYYY-MM-DD`` text (as SQLAlchemy's Date stores them) and 0 or 1 for yes and no.
Standard library and the domain only: this runs on the start-up path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable, Mapping
from enum import Enum

from apvdesk.core.absence import Contributes
from apvdesk.core.bank import BankError, load_bank_snapshot
from apvdesk.core.dialogue import Rating
from apvdesk.core.languages import SECOND_LANGUAGES
from apvdesk.core.model import (
    MIN_ANONYMITY_THRESHOLD,
    ActionStatus,
    ApproverRole,
    Effect,
    RoundStatus,
    Seriousness,
)
from apvdesk.core.sites import SiteKind
from apvdesk.store.content_fault import ContentFault, Fault, Unreadable
from apvdesk.store.expected_schema import BOOLEAN, DATE, INTEGER, JUDGED, KEYS, REAL, TABLES, TEXT, ColumnSpec

# The choices a text column may hold: the domain's enums.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("apv_round", "status"): tuple(RoundStatus),
    ("problem", "seriousness"): tuple(Seriousness),
    ("action", "status"): tuple(ActionStatus),
    ("action", "effect"): tuple(Effect),
    ("approval", "role"): tuple(ApproverRole),
    ("absence_assessment", "contributes"): tuple(Contributes),
    ("problem_translation", "language"): SECOND_LANGUAGES,  # a poster's second languages
    ("action_translation", "language"): SECOND_LANGUAGES,
    ("site", "kind"): tuple(SiteKind),
}
# The lowest and highest value a number column may hold (None: no limit).
RANGES: dict[tuple[str, str], tuple[float, float | None]] = {
    ("workplace", "headcount"): (0, None),
    ("workplace", "amo_levels"): (0, 2),  # none, groups, groups and a committee
    ("work_group", "headcount"): (0, None),
    ("apv_round", "anonymity_threshold"): (MIN_ANONYMITY_THRESHOLD, None),
    ("apv_round", "green_from"): (0, 100),
    ("apv_round", "red_below"): (0, 100),
    ("apv_round", "plan_revision"): (0, None),
    ("apv_round", "promised_threshold"): (0, None),  # 0: nothing promised yet; else MIN or more
    ("problem", "priority"): (1, 5),  # the problem dialog's range; 1 is the most urgent
    ("approval", "plan_revision"): (0, None),
    ("dialogue_meeting", "participants"): (0, None),
    ("agenda_point", "minutes"): (1, 120),  # as the agenda templates and the meeting dialog allow
    ("agenda_point", "rating"): (min(Rating), max(Rating)),
    ("absence_period", "absence_days"): (0, None),
    ("absence_period", "employees"): (0, None),
    ("absence_period", "working_days"): (0, None),
    ("round_language", "answers"): (0, None),
}
# Columns holding results as core.results_snapshot writes them, and which reader reads them.
RECORDS: dict[tuple[str, str], str] = {
    ("round_release", "results_json"): "results",
    ("round_release", "history_json"): "history",
    ("apv_round", "baseline_json"): "results",
    ("round_summary", "results_json"): "results",  # before revision 0007
}
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PIN_HASH = re.compile(r"scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[0-9a-f]+\$[0-9a-f]+")


# --- one value ---------------------------------------------------------------------------


def is_iso_date(value: object) -> bool:
    """Whether ``value`` is a real date written ``YYYY-MM-DD`` (as SQLAlchemy stores a Date)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def kind_fault(spec: ColumnSpec, value: object) -> Fault | None:
    """Return what is wrong with ``value`` for a column of ``spec``'s kind, or None."""
    if value is None:
        return None if spec.nullable else Fault.EMPTY
    if isinstance(value, Unreadable):
        return Fault.UNREADABLE_TEXT
    kind = spec.kind
    if kind == INTEGER:
        return None if type(value) is int else Fault.NOT_WHOLE_NUMBER
    if kind == REAL:
        good = type(value) in (int, float) and math.isfinite(value)  # type: ignore[arg-type]
        return None if good else Fault.NOT_NUMBER
    if kind == TEXT:
        return None if type(value) is str else Fault.NOT_TEXT
    if kind == DATE:
        return None if is_iso_date(value) else Fault.NOT_DATE
    if kind == BOOLEAN:
        return None if type(value) is int and value in (0, 1) else Fault.NOT_YES_NO
    raise ValueError(f"unknown column kind {kind!r}")


_BANKS_READ: dict[str, str | None] = {}  # the snapshot's hash -> why it cannot be read (None: it can)


def bank_problem(snapshot: str) -> str | None:
    """Return why a round's question-bank snapshot cannot be read, or None when it can.

    Reading one takes about 0.3 ms; the answer is kept by the snapshot's hash, as every
    opening of a file checks it again.
    """
    digest = hashlib.sha1(snapshot.encode("utf-8", "surrogatepass")).hexdigest()
    if digest not in _BANKS_READ:
        try:
            load_bank_snapshot(snapshot, "snapshot")
            problem = None
        except BankError as exc:
            problem = f"{exc.key}: {exc.problem}"
        except Exception as exc:  # any other way a hand-made snapshot breaks the parser
            problem = str(exc) or type(exc).__name__
        if len(_BANKS_READ) > 64:
            _BANKS_READ.clear()
        _BANKS_READ[digest] = problem
    return _BANKS_READ[digest]


_RECORDS_READ: dict[str, str | None] = {}  # the kind and text's hash -> why it cannot be read


def record_problem(kind: str, text: str) -> str | None:
    """Return why kept results (``kind``: results, matrices or history) cannot be read, or None.

    Read by the same functions the store reads them with; the answer is kept by hash, as
    every opening checks them again (about 0.7 ms for a round's release).
    """
    digest = kind + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    if digest not in _RECORDS_READ:
        from apvdesk.core import results_snapshot  # only when a file holds released results

        reader = {
            "results": results_snapshot.results_from_json,
            "history": results_snapshot.history_from_json,
        }[kind]
        try:
            reader(text)
            problem = None
        except Exception as exc:  # a ValueError, or any way hand-made JSON breaks the reader
            problem = str(exc) or type(exc).__name__
        if len(_RECORDS_READ) > 256:
            _RECORDS_READ.clear()
        _RECORDS_READ[digest] = problem
    return _RECORDS_READ[digest]


def value_fault(table: str, column: str, value: object) -> tuple[Fault, tuple[object, ...], object] | None:
    """Return (fault, limits, value shown) when ``value`` may not stand in ``table.column``."""
    spec = JUDGED.get(table, {}).get(column)
    if spec is None:
        return None
    fault = kind_fault(spec, value)
    if fault is not None:
        return fault, (), value
    if value is None:
        return None
    choices = CHOICES.get((table, column))
    if choices is not None and value not in choices:
        return Fault.UNKNOWN_CHOICE, choices, value
    limits = RANGES.get((table, column))
    if limits is not None:
        low, high = limits
        if value < low or (high is not None and value > high):  # type: ignore[operator]
            return Fault.OUT_OF_RANGE, limits, value
    if isinstance(value, str):
        return _text_fault(table, column, value)
    if (table, column) == ("apv_round", "promised_threshold") and 0 < value < MIN_ANONYMITY_THRESHOLD:  # type: ignore[operator]
        return Fault.NOT_A_PROMISE, (MIN_ANONYMITY_THRESHOLD,), value
    return None


def _text_fault(table: str, column: str, value: str) -> tuple[Fault, tuple[object, ...], object] | None:
    """Return what is wrong with text that must be a question bank, a PIN's hash or kept results."""
    if (table, column) == ("apv_round", "bank_snapshot"):
        problem = bank_problem(value)
        if problem is not None:
            return Fault.UNREADABLE_BANK, (), problem
    if (table, column) == ("apv_round", "kiosk_pin_hash") and not _PIN_HASH.fullmatch(value):
        return Fault.NOT_A_PIN, (), value
    if (table, column) in RECORDS:
        problem = record_problem(RECORDS[table, column], value)
        if problem is not None:
            return Fault.UNREADABLE_RECORD, (problem,), value
    return None


# --- one row ------------------------------------------------------------------------------

RowRule = Callable[[Mapping[str, object]], "tuple[str, Fault, tuple[object, ...]] | None"]


def _lights_in_order(row: Mapping[str, object]) -> tuple[str, Fault, tuple[object, ...]] | None:
    red, green = row.get("red_below"), row.get("green_from")
    if isinstance(red, int | float) and isinstance(green, int | float) and red > green:
        return "red_below", Fault.RED_ABOVE_GREEN, (green,)
    return None


def _not_its_own_follow_up(row: Mapping[str, object]) -> tuple[str, Fault, tuple[object, ...]] | None:
    follows = row.get("follows_round_id")
    if follows is not None and follows == row.get("id"):
        return "follows_round_id", Fault.FOLLOWS_A_FOLLOW_UP, ()
    return None


def _not_below_the_promise(row: Mapping[str, object]) -> tuple[str, Fault, tuple[object, ...]] | None:
    threshold, promised = row.get("anonymity_threshold"), row.get("promised_threshold")
    if isinstance(threshold, int) and isinstance(promised, int) and threshold < promised:
        return "anonymity_threshold", Fault.BELOW_THE_PROMISE, (promised,)
    return None


def _ends_after_start(row: Mapping[str, object]) -> tuple[str, Fault, tuple[object, ...]] | None:
    start, end = row.get("start"), row.get("end")
    if is_iso_date(start) and is_iso_date(end) and end < start:  # type: ignore[operator]
        return "end", Fault.ENDS_BEFORE_START, (start,)
    return None


# Rules between the columns of one row, checked once each value is fine on its own.
ROW_RULES: dict[str, tuple[RowRule, ...]] = {
    "apv_round": (_lights_in_order, _not_its_own_follow_up, _not_below_the_promise),
    "absence_period": (_ends_after_start,),
}


def row_faults(table: str, row: Mapping[str, object], rowid: int | None = None) -> list[ContentFault]:
    """Return everything wrong with one row of ``table`` (columns not in ``row`` are not judged)."""
    key = tuple((name, row.get(name)) for name in KEYS.get(table, ()))
    faults = []
    for column, value in row.items():
        found = value_fault(table, column, value)
        if found is not None:
            fault, limits, shown = found
            faults.append(ContentFault(table, fault, column, key, shown, limits, rowid))
    if not faults:
        for rule in ROW_RULES.get(table, ()):
            broken = rule(row)
            if broken is not None:
                column, fault, limits = broken
                faults.append(ContentFault(table, fault, column, key, row.get(column), limits, rowid))
    return faults


def stored_value(value: object) -> object:
    """Return a Python value as SQLite will hold it (a date as text, an enum as its value)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


def refuse_invalid(table: str, values: Mapping[str, object]) -> None:
    """Raise ValueError when a value about to be written into ``table`` would be refused on reading.

    ``values`` maps column names to Python values (dates, enums, numbers, text), as the
    store is about to write them; columns not given are not judged. The message names
    the table, the row, the column and the value.
    """
    faults = row_faults(table, {name: stored_value(value) for name, value in values.items()})
    if faults:
        raise ValueError("; ".join(fault.explain() for fault in faults))


def values_of(table: str, item: object, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    """Return the attributes of a domain object that have a column of the same name in ``table``.

    A key the object does not have yet (an ``id`` of None: not saved yet) is left out,
    and so are the columns named in ``leave_out`` (those the store fills in itself).
    """
    keys = KEYS.get(table, ())
    return {
        name: getattr(item, name)
        for name in TABLES.get(table, {})
        if name not in leave_out
        and hasattr(item, name)
        and not (name in keys and getattr(item, name) is None)
    }
