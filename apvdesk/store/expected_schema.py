"""The tables and columns of the current schema, known without SQLAlchemy (for the start-up checks).

This mirrors ``models.py`` by hand, in one place: a change to the models (and its Alembic
revision) changes this list too; tests/store/test_expected_schema.py holds the two alike.
Each column has the kind of value SQLAlchemy reads from it and whether it may be NULL.
"""

from __future__ import annotations

from dataclasses import dataclass

INTEGER, REAL, TEXT, DATE, BOOLEAN = "integer", "real", "text", "date", "boolean"


@dataclass(frozen=True)
class ColumnSpec:
    """What a column holds: ``kind`` (INTEGER, REAL, TEXT, DATE or BOOLEAN) and whether NULL is allowed."""

    kind: str
    nullable: bool = False


_I, _R, _T, _D, _B = (ColumnSpec(kind) for kind in (INTEGER, REAL, TEXT, DATE, BOOLEAN))
_I0, _T0, _D0 = (ColumnSpec(kind, nullable=True) for kind in (INTEGER, TEXT, DATE))

# table -> column -> spec, in the models' column order
TABLES: dict[str, dict[str, ColumnSpec]] = {
    "workplace": {
        "id": _I,
        "name": _T,
        "cvr": _T,
        "address": _T,
        "sector": _T,
        "headcount": _I,
        "has_amo": _B,
        "manager": _T,
        "annual_discussion_on": _D0,
        "amo_levels": _I,
        "rest_of_apv_location": _T,
        "apv_access": _T,
    },
    "safety_representative": {"id": _I, "workplace_id": _I, "position": _I, "name": _T},
    "site": {
        "id": _I,
        "name": _T,
        "kind": _T,
        "address": _T,
        "customer": _T,
        "contact": _T,
        "position": _I,
        "coordinator": _T,
        "known_risks": _T,
        "after_episode": _T,
        "break_room": _T,
        "toilet": _T,
        "notes": _T,
    },
    "work_group": {"id": _I, "name": _T, "headcount": _I, "position": _I, "site_id": _I0},
    "group_name": {"group_id": _I, "language": _T, "name": _T},
    "apv_round": {
        "id": _I,
        "title": _T,
        "start_date": _D,
        "status": _T,
        "anonymity_threshold": _I,
        "bank_id": _T,
        "bank_version": _T,
        "bank_snapshot": _T,
        "languages": _T,
        "kiosk_pin_hash": _T0,
        "green_from": _R,
        "red_below": _R,
        "follows_round_id": _I0,
        "plan_revision": _I,
        "plan_changed_on": _D0,
        "collecting": _B,
        "promised_threshold": _I,
        "baseline_json": _T0,
    },
    "round_group": {"round_id": _I, "group_id": _I},
    "round_language": {"round_id": _I, "language": _T, "answers": _I},
    "round_release": {
        "round_id": _I,
        "released_on": _D,
        "results_json": _T,
        "history_json": _T0,
        "answers_discarded_on": _D0,
    },
    "finding_dismissal": {"id": _I, "round_id": _I, "finding_key": _T, "reason": _T, "dismissed_on": _D},
    "respondent": {"id": _I, "round_id": _I, "group_id": _I},
    "answer": {"respondent_id": _I, "item_id": _T, "option": _I0},
    "problem_group": {"problem_id": _I, "group_id": _I},
    "problem": {
        "id": _I,
        "round_id": _I,
        "scale_id": _T,
        "kind": _T,
        "seriousness": _T,
        "extent": _T,
        "causes": _T,
        "priority": _I,
        "dialogue_point_id": _I0,
        "solved_at_once": _B,
        "concerns_absence": _B,
        "title": _T,
        "site_id": _I0,
    },
    "action": {
        "id": _I,
        "problem_id": _I,
        "how": _T,
        "responsible": _T,
        "start": _D0,
        "deadline": _D0,
        "status": _T,
        "follow_up_date": _D0,
        "follow_up_method": _T,
        "effect": _T0,
        "effect_note": _T,
        "effect_date": _D0,
        "catalogue_id": _T0,
        "history": _T,
        "site_id": _I0,
    },
    "approval": {
        "id": _I,
        "round_id": _I,
        "name": _T,
        "role": _T,
        "approved_on": _D,
        "plan_revision": _I,
    },
    "dialogue_meeting_group": {"meeting_id": _I, "group_id": _I},
    "dialogue_meeting": {"id": _I, "round_id": _I, "held_on": _D0, "facilitator": _T, "participants": _I},
    "agenda_point": {
        "id": _I,
        "meeting_id": _I,
        "position": _I,
        "scale_id": _T0,
        "title": _T,
        "question": _T,
        "minutes": _I,
        "rating": _I0,
        "works": _T,
        "not_works": _T,
        "ideas": _T,
    },
    "absence_period": {
        "id": _I,
        "round_id": _I,
        "group_id": _I,
        "label": _T,
        "start": _D,
        "end": _D,
        "absence_days": _R,
        "employees": _R,
        "working_days": _I,
    },
    "absence_assessment": {"round_id": _I, "contributes": _T0, "why": _T, "considered_on": _D0},
    "round_participation": {"round_id": _I, "mapping": _T, "assessment": _T, "plan": _T, "follow_up": _T},
    "annual_discussion": {
        "id": _I,
        "held_on": _D,
        "participants": _T,
        "last_year": _T,
        "plan": _T,
        "organisation": _T,
        "goals": _T,
        "competence": _T,
    },
    "work_change": {"id": _I, "changed_on": _D, "what": _T, "needs_partial_apv": _B, "partial_apv_on": _D0},
    "problem_translation": {"problem_id": _I, "language": _T, "text": _T},
    "action_translation": {"action_id": _I, "language": _T, "text": _T},
    "workplace_key": {"key": _T},
    "merged_collection": {"collection_id": _T, "round_id": _I, "languages": _T},
}

# Columns of older revisions that the current schema no longer has. A file of such a
# revision still holds them until it is upgraded, and the upgrade carries their values
# over (round_summary into round_release), so they are judged when a file has them.
RETIRED: dict[str, dict[str, ColumnSpec]] = {
    "respondent": {"language": _T, "answered_on": _D},
    "round_summary": {"round_id": _I, "results_json": _T, "discarded_on": _D},
}
# Every column the content check judges where a file has it: the current and the retired.
JUDGED: dict[str, dict[str, ColumnSpec]] = {
    table: TABLES.get(table, {}) | RETIRED.get(table, {}) for table in (*TABLES, *RETIRED)
}

# table -> its primary-key columns (they name a row in a report)
KEYS: dict[str, tuple[str, ...]] = {
    name: ("id",) if "id" in columns else () for name, columns in JUDGED.items()
} | {
    "round_group": ("round_id", "group_id"),
    "round_language": ("round_id", "language"),
    "group_name": ("group_id", "language"),
    "round_release": ("round_id",),
    "answer": ("respondent_id", "item_id"),
    "problem_group": ("problem_id", "group_id"),
    "dialogue_meeting_group": ("meeting_id", "group_id"),
    "absence_assessment": ("round_id",),
    "round_participation": ("round_id",),
    "round_summary": ("round_id",),
    "problem_translation": ("problem_id", "language"),
    "action_translation": ("action_id", "language"),
    "workplace_key": ("key",),
    "merged_collection": ("collection_id",),
}
