"""Reads of a workplace file in plain SQL, on an ``sqlite3`` connection (no SQLAlchemy).

These serve the Overview page and the reminder bar, both from an open
:class:`~apvdesk.store.workplace_store.WorkplaceStore` (on its own connection) and at
start-up, before SQLAlchemy has been imported (:mod:`apvdesk.store.sqlite.deferred_store`): one
implementation for both. They return the same domain objects as the store's ORM reads;
tests/store/test_plain_reads.py holds the two alike.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict

from apvdesk.core.absence import AbsenceAssessment, Contributes
from apvdesk.core.action_history import history_from_json
from apvdesk.core.approval import approval_state
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Round,
    RoundStatus,
    Seriousness,
    Workplace,
)
from apvdesk.core.overview import OverviewFacts
from apvdesk.core.phase import round_phase
from apvdesk.core.records import Participation, WorkChange


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _required_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def workplace(conn: sqlite3.Connection) -> Workplace:
    """Return the workplace (an unnamed one in a file that has none yet)."""
    row = conn.execute(
        "SELECT id, name, cvr, address, sector, headcount, has_amo, manager, annual_discussion_on, "
        "amo_levels, rest_of_apv_location, apv_access FROM workplace ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return Workplace(name="")
    representatives = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM safety_representative WHERE workplace_id = ? ORDER BY position, id", (row[0],)
        )
    ]
    return Workplace(
        name=row[1],
        cvr=row[2],
        address=row[3],
        sector=row[4],
        headcount=row[5],
        has_amo=bool(row[6]),
        manager=row[7],
        safety_representatives=representatives,
        annual_discussion_on=_date(row[8]),
        amo_levels=row[9],
        rest_of_apv_location=row[10],
        apv_access=row[11],
    )


def groups(conn: sqlite3.Connection) -> list[Group]:
    """Return the groups in their order."""
    return [
        Group(name=name, headcount=headcount, id=group_id, site_id=site_id)
        for group_id, name, headcount, site_id in conn.execute(
            "SELECT id, name, headcount, site_id FROM work_group ORDER BY position, id"
        )
    ]


def latest_round(conn: sqlite3.Connection) -> Round | None:
    """Return the latest APV round (follow-up rounds aside), or None before the first."""
    row = conn.execute(
        "SELECT id, title, start_date, status, anonymity_threshold, bank_id, bank_version, languages, "
        "kiosk_pin_hash, green_from, red_below, follows_round_id FROM apv_round "
        "WHERE follows_round_id IS NULL ORDER BY start_date DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    group_ids = [
        group_id
        for (group_id,) in conn.execute(
            "SELECT g.id FROM round_group rg JOIN work_group g ON g.id = rg.group_id "
            "WHERE rg.round_id = ? ORDER BY g.position",
            (row[0],),
        )
    ]
    return Round(
        title=row[1],
        start_date=_required_date(row[2]),
        status=RoundStatus(row[3]),
        anonymity_threshold=row[4],
        bank_id=row[5],
        bank_version=row[6],
        languages=[lang for lang in row[7].split(",") if lang],
        group_ids=group_ids,
        kiosk_pin_hash=row[8],
        green_from=row[9],
        red_below=row[10],
        follows_round_id=row[11],
        id=row[0],
    )


def respondent_count(conn: sqlite3.Connection, round_id: int) -> int:
    """Return how many answered (kept in the release when the answers were deleted)."""
    return sum(respondents_by_group(conn, round_id).values())


def respondents_by_group(conn: sqlite3.Connection, round_id: int) -> dict[int, int]:
    """Return how many answered in each group (kept in the release when the answers were deleted)."""
    kept = conn.execute(
        "SELECT results_json FROM round_release WHERE round_id = ? AND answers_discarded_on IS NOT NULL",
        (round_id,),
    ).fetchone()
    if kept is not None:
        from apvdesk.core.results_snapshot import results_from_json  # rare: imported when needed

        released = results_from_json(kept[0]).respondents
        return {group: count for group, count in released.items() if group is not None and count}
    rows = conn.execute(
        "SELECT group_id, count(*) FROM respondent WHERE round_id = ? GROUP BY group_id", (round_id,)
    )
    return {group: count for group, count in rows}


def plan(conn: sqlite3.Connection, round_id: int) -> list[tuple[Problem, list[Action]]]:
    """Return the round's problems, most important first, each with its actions."""
    problem_groups: dict[int, list[int]] = defaultdict(list)
    for problem_id, group_id in conn.execute(
        "SELECT pg.problem_id, pg.group_id FROM problem_group pg JOIN problem p ON p.id = pg.problem_id "
        "WHERE p.round_id = ?",
        (round_id,),
    ):
        problem_groups[problem_id].append(group_id)
    texts: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    for owner, owner_id, language, text in conn.execute(
        "SELECT 'problem', t.problem_id, t.language, t.text FROM problem_translation t "
        "JOIN problem p ON p.id = t.problem_id WHERE p.round_id = ? "
        "UNION ALL SELECT 'action', t.action_id, t.language, t.text FROM action_translation t "
        "JOIN action a ON a.id = t.action_id JOIN problem p ON p.id = a.problem_id WHERE p.round_id = ? "
        "ORDER BY 3",
        (round_id, round_id),
    ):
        texts[owner, owner_id][language] = text
    actions: dict[int, list[Action]] = defaultdict(list)
    for row in conn.execute(
        "SELECT a.id, a.problem_id, a.how, a.responsible, a.start, a.deadline, a.status, a.follow_up_date, "
        "a.follow_up_method, a.effect, a.effect_note, a.effect_date, a.catalogue_id, a.history, a.site_id "
        "FROM action a JOIN problem p ON p.id = a.problem_id WHERE p.round_id = ? ORDER BY a.id",
        (round_id,),
    ):
        actions[row[1]].append(
            Action(
                how=row[2],
                responsible=row[3],
                start=_date(row[4]),
                deadline=_date(row[5]),
                status=ActionStatus(row[6]),
                follow_up_date=_date(row[7]),
                follow_up_method=row[8],
                effect=Effect(row[9]) if row[9] else None,
                effect_note=row[10],
                effect_date=_date(row[11]),
                catalogue_id=row[12],
                problem_id=row[1],
                id=row[0],
                translations=texts.get(("action", row[0]), {}),
                history=history_from_json(row[13]),
                site_id=row[14],
            )
        )
    problems = [
        Problem(
            round_id=row[1],
            scale_id=row[2],
            kind=row[3],
            seriousness=Seriousness(row[4]),
            extent=row[5],
            causes=row[6],
            priority=row[7],
            group_ids=sorted(problem_groups[row[0]]),
            dialogue_point_id=row[8],
            solved_at_once=bool(row[9]),
            concerns_absence=bool(row[10]),
            title=row[11],
            id=row[0],
            translations=texts.get(("problem", row[0]), {}),
            site_id=row[12],
        )
        for row in conn.execute(
            "SELECT id, round_id, scale_id, kind, seriousness, extent, causes, priority, dialogue_point_id, "
            "solved_at_once, concerns_absence, title, site_id FROM problem WHERE round_id = ? "
            "ORDER BY priority, id",
            (round_id,),
        )
    ]
    return [(problem, actions[problem.id]) for problem in problems if problem.id is not None]


def approvals(conn: sqlite3.Connection, round_id: int) -> list[Approval]:
    """Return the approvals of the round's plan, as given."""
    return [
        Approval(
            round_id=row[1],
            name=row[2],
            role=ApproverRole(row[3]),
            approved_on=_required_date(row[4]),
            plan_revision=row[5],
            id=row[0],
        )
        for row in conn.execute(
            "SELECT id, round_id, name, role, approved_on, plan_revision FROM approval "
            "WHERE round_id = ? ORDER BY id",
            (round_id,),
        )
    ]


def absence_assessment(conn: sqlite3.Connection, round_id: int) -> AbsenceAssessment:
    """Return the round's sickness-absence assessment (an empty one when none is saved)."""
    row = conn.execute(
        "SELECT contributes, why, considered_on FROM absence_assessment WHERE round_id = ?", (round_id,)
    ).fetchone()
    if row is None:
        return AbsenceAssessment(round_id)
    return AbsenceAssessment(
        round_id=round_id,
        contributes=Contributes(row[0]) if row[0] else None,
        why=row[1],
        considered_on=_date(row[2]),
    )


def rated_dialogue_points(conn: sqlite3.Connection, round_id: int) -> int:
    """Return how many points of the round's dialogue meetings have been rated."""
    return conn.execute(
        "SELECT count(*) FROM agenda_point ap JOIN dialogue_meeting m ON m.id = ap.meeting_id "
        "WHERE m.round_id = ? AND ap.rating IS NOT NULL",
        (round_id,),
    ).fetchone()[0]


def work_changes(conn: sqlite3.Connection) -> list[WorkChange]:
    """Return the log of changes in the work, the latest first."""
    return [
        WorkChange(
            changed_on=_required_date(row[1]),
            what=row[2],
            needs_partial_apv=bool(row[3]),
            partial_apv_on=_date(row[4]),
            id=row[0],
        )
        for row in conn.execute(
            "SELECT id, changed_on, what, needs_partial_apv, partial_apv_on FROM work_change "
            "ORDER BY changed_on DESC, id DESC"
        )
    ]


def participation(conn: sqlite3.Connection, round_id: int) -> Participation:
    """Return who took part in each step of a round (empty texts when nothing is recorded)."""
    row = conn.execute(
        "SELECT mapping, assessment, plan, follow_up FROM round_participation WHERE round_id = ?", (round_id,)
    ).fetchone()
    return Participation(*row) if row is not None else Participation()


def overview(conn: sqlite3.Connection) -> OverviewFacts:
    """Return the facts of the Overview page, read in one transaction."""
    conn.execute("BEGIN")  # one consistent snapshot of the file
    try:
        facts = OverviewFacts(workplace=workplace(conn), groups=groups(conn), round=latest_round(conn))
        facts.work_changes = work_changes(conn)
        if facts.round is not None and facts.round.id is not None:
            round_id = facts.round.id
            facts.respondents_by_group = respondents_by_group(conn, round_id)
            facts.respondents = sum(facts.respondents_by_group.values())
            facts.plan = plan(conn, round_id)
            facts.participation = participation(conn, round_id)
            revision, changed_on = conn.execute(
                "SELECT plan_revision, plan_changed_on FROM apv_round WHERE id = ?", (round_id,)
            ).fetchone()
            released = conn.execute("SELECT 1 FROM round_release WHERE round_id = ?", (round_id,)).fetchone()
            meetings = conn.execute(
                "SELECT count(*) FROM dialogue_meeting WHERE round_id = ?", (round_id,)
            ).fetchone()[0]
            approval = approval_state(
                approvals(conn, round_id), revision, _date(changed_on), facts.round.start_date
            )
            facts.phase = round_phase(
                facts.round.status,
                respondents=facts.respondents,
                meetings=meetings,
                released=released is not None,
                rated_points=rated_dialogue_points(conn, round_id),
                plan_approved=approval.approved,
                problems=len(facts.plan),
            )
    finally:
        conn.rollback()
    return facts
