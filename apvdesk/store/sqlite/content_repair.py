"""Repair, in a rescued file, the values apvdesk cannot use; leave out the rows it cannot repair.

The rescue (:mod:`apvdesk.store.sqlite.rescue`) copies every readable row into a new file and
then calls :func:`repair_content` on it. A value is repaired only where a safe value
exists: an anonymity threshold below the minimum becomes the default of 5 (never less
than it was), crossed traffic lights go back to the defaults, an unknown status becomes
the first step, an optional value that cannot be read is cleared. Where a guess could
mislead (an approval's role, absence figures, a date an approval was given), the row is
left out. Each change is recorded so that the user is told what was done.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES
from apvdesk.core.model import (
    DEFAULT_ANONYMITY_THRESHOLD,
    DEFAULT_GREEN_FROM,
    DEFAULT_RED_BELOW,
    MIN_ANONYMITY_THRESHOLD,
    ActionStatus,
    RoundStatus,
    Seriousness,
)
from apvdesk.store.content_fault import ContentChange, ContentFault, Fault, Unreadable
from apvdesk.store.expected_schema import KEYS, TABLES, TEXT
from apvdesk.store.sqlite.content_check import find_faults

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank

ALL = 10**9  # no limit on the faults to repair
ROUNDS_OF_REPAIR = 3  # a repair may bring another rule into play (a threshold, then its lights)


class _Repairer:
    """Decides and applies the repair of each fault in the new file."""

    def __init__(self, conn: sqlite3.Connection, today: dt.date, banks: Sequence[QuestionBank]) -> None:
        self.conn = conn
        self.today = today
        self.banks = banks

    def value(self, fault: ContentFault) -> dict[str, object] | None:
        """Return the columns to write into the fault's row, or None to leave the row out."""
        if fault.fault is Fault.UNREADABLE_TEXT and isinstance(fault.value, Unreadable):
            return {fault.column: str(fault.value)}  # undecodable bytes become "�"
        special = _SPECIAL.get((fault.table, fault.column))
        if special is not None:
            return special(self, fault)
        spec = TABLES[fault.table][fault.column]
        if spec.nullable and fault.fault is not Fault.ENDS_BEFORE_START:
            return {fault.column: None}
        if spec.kind == TEXT and fault.fault in (Fault.NOT_TEXT, Fault.EMPTY):
            value = fault.value
            return {fault.column: str(value) if isinstance(value, int | float) else ""}
        return None  # no safe value: leave the row out

    def row(self, fault: ContentFault) -> dict[str, object]:
        """Return the fault's row as it stands now."""
        columns = list(TABLES[fault.table])
        names = ", ".join(f'"{name}"' for name in columns)
        where, values = _where(fault)
        found = self.conn.execute(f'SELECT {names} FROM "{fault.table}" WHERE {where}', values).fetchone()
        return dict(zip(columns, found, strict=True)) if found else {}

    # --- the rounds ------------------------------------------------------------------------

    def threshold(self, fault: ContentFault) -> dict[str, object]:
        """Return the default threshold, or more: never below what it was, nor what was promised."""
        value, promised = fault.value, self.row(fault).get("promised_threshold")
        candidates = [DEFAULT_ANONYMITY_THRESHOLD]
        if isinstance(value, int | float) and math.isfinite(value):
            candidates.append(math.ceil(value))
        if isinstance(promised, int) and promised >= MIN_ANONYMITY_THRESHOLD:
            candidates.append(promised)
        return {"anonymity_threshold": max(candidates)}

    def promise(self, fault: ContentFault) -> dict[str, object]:
        """Return as promised the threshold the round has now (what respondents were told can only go up)."""
        threshold = self.row(fault).get("anonymity_threshold")
        good = isinstance(threshold, int) and threshold >= MIN_ANONYMITY_THRESHOLD
        return {"promised_threshold": threshold if good else DEFAULT_ANONYMITY_THRESHOLD}

    def discarded_on(self, fault: ContentFault) -> dict[str, object]:
        """Return when the answers were deleted: today when none are left, else never."""
        round_id = dict(fault.key).get("round_id")
        (left,) = self.conn.execute(
            "SELECT count(*) FROM respondent WHERE round_id = ?", (round_id,)
        ).fetchone()
        return {"answers_discarded_on": None if left else self.today.isoformat()}

    def lights(self, _fault: ContentFault) -> dict[str, object]:
        return {"green_from": DEFAULT_GREEN_FROM, "red_below": DEFAULT_RED_BELOW}

    def status(self, fault: ContentFault) -> dict[str, object]:
        (answered,) = self.conn.execute(
            "SELECT count(*) FROM respondent WHERE round_id = (SELECT id FROM apv_round WHERE rowid = ?)",
            (fault.rowid,),
        ).fetchone()
        return {"status": (RoundStatus.MAPPING if answered else RoundStatus.PREPARING).value}

    def plan_revision(self, fault: ContentFault) -> dict[str, object]:
        """Return a revision above every approval's: the plan must be approved again."""
        (highest,) = self.conn.execute(
            "SELECT max(plan_revision) FROM approval WHERE typeof(plan_revision) = 'integer' "
            "AND round_id = (SELECT id FROM apv_round WHERE rowid = ?)",
            (fault.rowid,),
        ).fetchone()
        return {"plan_revision": (highest if isinstance(highest, int) and highest >= 0 else -1) + 1}

    def bank(self, fault: ContentFault) -> dict[str, object] | None:
        """Return the shipped bank of the same id and version, narrowed as the round used it."""
        row = self.row(fault)
        bank = next(
            (b for b in self.banks if (b.id, b.version) == (row.get("bank_id"), row.get("bank_version"))),
            None,
        )
        if bank is None:
            return None
        scale_of = {item.id: item.scale_id for item in bank.items}
        asked = {
            scale_of[item_id]
            for (item_id,) in self.conn.execute(
                "SELECT DISTINCT a.item_id FROM answer AS a JOIN respondent AS r ON r.id = a.respondent_id "
                "WHERE r.round_id = ?",
                (row.get("id"),),
            )
            if item_id in scale_of
        }
        known = {scale.id for scale in bank.scales}
        asked |= {
            scale_id
            for (scale_id,) in self.conn.execute(
                "SELECT scale_id FROM problem WHERE round_id = ?", (row.get("id"),)
            )
            if scale_id in known
        }
        if row.get("follows_round_id") is not None:
            narrowed = bank.with_scales(asked) if asked else None
        else:
            narrowed = bank.with_themes({bank.theme_of(s).id for s in asked}) if asked else bank
        return {"bank_snapshot": narrowed.to_json()} if narrowed is not None else None


_SPECIAL: dict[tuple[str, str], Callable[[_Repairer, ContentFault], dict[str, object] | None]] = {
    ("apv_round", "anonymity_threshold"): _Repairer.threshold,
    ("apv_round", "green_from"): _Repairer.lights,
    ("apv_round", "red_below"): _Repairer.lights,
    ("apv_round", "status"): _Repairer.status,
    ("apv_round", "plan_revision"): _Repairer.plan_revision,
    ("apv_round", "bank_snapshot"): _Repairer.bank,
    ("apv_round", "start_date"): lambda r, f: {"start_date": r.today.isoformat()},
    ("apv_round", "languages"): lambda r, f: {"languages": ",".join(QUESTIONNAIRE_LANGUAGES)},
    ("apv_round", "promised_threshold"): _Repairer.promise,
    ("apv_round", "collecting"): lambda r, f: {"collecting": 1},  # counts only, until the owner ends it
    ("round_release", "released_on"): lambda r, f: {"released_on": r.today.isoformat()},
    ("round_release", "results_json"): lambda r, f: None,  # nothing released that can be read
    ("round_release", "answers_discarded_on"): _Repairer.discarded_on,
    ("workplace", "headcount"): lambda r, f: {"headcount": 0},
    ("workplace", "has_amo"): lambda r, f: {"has_amo": 0},
    ("work_group", "headcount"): lambda r, f: {"headcount": 0},
    ("work_group", "position"): lambda r, f: {"position": 0},
    ("safety_representative", "position"): lambda r, f: {"position": 0},
    ("problem", "seriousness"): lambda r, f: {"seriousness": Seriousness.MEDIUM.value},
    ("problem", "priority"): lambda r, f: {"priority": 2},
    ("problem", "solved_at_once"): lambda r, f: {"solved_at_once": 0},
    ("action", "status"): lambda r, f: {"status": ActionStatus.PLANNED.value},
    ("approval", "plan_revision"): lambda r, f: {"plan_revision": 0},  # approves no current plan
    ("dialogue_meeting", "participants"): lambda r, f: {"participants": 0},
    ("agenda_point", "position"): lambda r, f: {"position": 0},
    ("agenda_point", "minutes"): lambda r, f: {"minutes": 10},
}


def repair_content(
    conn: sqlite3.Connection, today: dt.date | None = None, banks: Sequence[QuestionBank] = ()
) -> list[ContentChange]:
    """Repair or delete, in the new file behind ``conn``, every row the content check refuses.

    References to rows that are gone are left to the rescue's own clean-up of orphans.
    ``banks`` are question banks a round's unreadable snapshot may be restored from
    (same id and version). Returns what was done, fault by fault.
    """
    repairer = _Repairer(conn, today or dt.date.today(), banks)
    changes: list[ContentChange] = []
    for _ in range(ROUNDS_OF_REPAIR):
        faults, _more = find_faults(conn, complete_schema=True, limit=ALL)
        faults = [f for f in faults if _named(f) and f.fault is not Fault.BROKEN_REFERENCE]
        if not faults:
            break
        done: set[tuple[str, object]] = set()
        for fault in faults:
            if (fault.table, fault.rowid or fault.key) in done:
                continue
            values = repairer.value(fault)
            _apply(conn, fault, values)
            changes.append(ContentChange(fault, values))
            if values is None:
                done.add((fault.table, fault.rowid or fault.key))
    else:  # still refused after repairing: leave those rows out
        faults, _more = find_faults(conn, complete_schema=True, limit=ALL)
        for fault in faults:
            if _named(fault) and fault.fault is not Fault.BROKEN_REFERENCE:
                _apply(conn, fault, None)
                changes.append(ContentChange(fault, None))
    return changes


def _named(fault: ContentFault) -> bool:
    """Whether the fault's row can be found again (by its rowid, or its whole primary key)."""
    return fault.rowid is not None or len(fault.key) == len(KEYS.get(fault.table, ())) > 0


def _where(fault: ContentFault) -> tuple[str, tuple[object, ...]]:
    if fault.rowid is not None:
        return "rowid = ?", (fault.rowid,)
    return " AND ".join(f'"{name}" IS ?' for name, _value in fault.key), tuple(v for _n, v in fault.key)


def _apply(conn: sqlite3.Connection, fault: ContentFault, values: dict[str, object] | None) -> None:
    where, key = _where(fault)
    if values is None:
        conn.execute(f'DELETE FROM "{fault.table}" WHERE {where}', key)
        return
    assignments = ", ".join(f'"{name}" = ?' for name in values)
    conn.execute(f'UPDATE "{fault.table}" SET {assignments} WHERE {where}', (*values.values(), *key))
