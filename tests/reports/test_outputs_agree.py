"""Every output tells the same truth: generated workplaces, every printout and export read back.

Workplaces are made through the real store API from a few seeds: groups in and out of the
round (one taken out after it answered), problems of every kind with and without groups
ticked, actions with and without deadlines (overdue, due today, later), approvals of
several revisions and dates. The plan PDF, the full report, the poster, the workbook and the
calendar are produced, read back (pypdf, openpyxl, icalendar) and compared: problem numbers
and titles, counts, group names, dates, overdue marks and the approval state.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from apvdesk.app.gathering import gather_full_report
from apvdesk.app.resources import shipped_bank
from apvdesk.core.approval import plan_approval_state
from apvdesk.core.deadlines import is_overdue
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Group,
    Problem,
    Response,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.core.plan_order import numbered_problems
from apvdesk.core.poster import poster_content
from apvdesk.core.round_people import groups_in_results, headcount_of
from apvdesk.io.plan_calendar import plan_calendar
from apvdesk.io.plan_workbook import build_plan_workbook
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.reports.full_report import build_full_report_pdf
from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.formatting import format_date, problem_groups_text

TODAY = dt.date.today()  # the store dates a plan's change by the clock
START = TODAY - dt.timedelta(days=90)
KINDS = ("støtte", "varme ved rullen", "tunge løft", "vold og trusler", "andet")
GROUP_NAMES = ("Vask", "Strygning", "Butik", "Chauffører", "Rengøring ude")
PLAN_STATUS = {
    "approved": "The plan as it is now is approved.",
    "changed": "The plan was changed after it was approved and should be approved again.",
    "not approved": "The plan has not been approved yet.",
}
POSTER_STATUS = {
    "approved": "Approved by",
    "changed": "changed since it was approved and should be approved again",
    "not approved": "not approved yet",
}


SCENARIOS = ("changed after", "today", "before start", "before change", "half")
EXPECTED_STATE = {
    "changed after": "changed",
    "today": "approved",
    "before start": "not approved",  # dated before the round started: counts for nothing
    "before change": "changed",  # dated before the plan last changed: an earlier version
    "half": "not approved",  # the employer alone
}


def make_workplace(path: Path, seed: int) -> int:
    """Write a generated workplace to ``path``; return its round's id (approvals: ``SCENARIOS[seed % 5]``)."""
    rng = random.Random(seed)
    bank = shipped_bank()
    groups = [Group(name, rng.randint(4, 14)) for name in GROUP_NAMES[: 3 + seed % 3]]
    store = WorkplaceStore.create(
        path, Workplace(f"Vaskeri {seed}", headcount=99), groups, Round("APV", START), bank
    )
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        round_id = apv_round.id
        saved = store.groups()
        chosen = [g.id for g in saved if g.id is not None]
        if rng.random() < 0.5 and len(chosen) > 2:
            chosen = chosen[:-1]  # the last group was never in the round
        store.update_round(dataclasses.replace(apv_round, group_ids=chosen))
        responses = []
        for group in saved:
            if group.id not in chosen:
                continue
            for _ in range(rng.randint(1, group.headcount)):
                answers = {}
                for item in bank.items:
                    options = len(bank.option_set(item).points)
                    answers[item.id] = rng.choice([None, *range(options)]) if rng.random() < 0.9 else None
                responses.append(Response(group.id, "da", answers=answers))
        store.add_responses(round_id, responses)
        store.end_collection(round_id, START + dt.timedelta(days=20))
        if len(chosen) > 1 and rng.random() < 0.7:  # a group that answered is taken out afterwards
            store.update_round(dataclasses.replace(store.round(round_id), group_ids=chosen[1:]))
        scales = [scale.id for scale in bank.scales]
        for index in range(rng.randint(3, 7)):
            ticked = [g for g in chosen if rng.random() < 0.4]
            problem = store.save_problem(
                Problem(
                    round_id,
                    rng.choice(scales),
                    f"Problem nummer {seed}-{index} ({rng.choice(KINDS)})",
                    rng.choice(list(Seriousness)),
                    extent="Nogle",
                    causes="Travlhed",
                    priority=rng.randint(1, 3),
                    group_ids=ticked,
                    solved_at_once=rng.random() < 0.2,
                )
            )
            for number in range(rng.randint(0, 3)):
                deadline = rng.choice(
                    [
                        None,
                        TODAY - dt.timedelta(days=rng.randint(1, 40)),
                        TODAY,
                        TODAY + dt.timedelta(days=30),
                    ]
                )
                store.save_action(
                    Action(
                        f"Handling {seed}-{index}-{number}",
                        "Karin",
                        deadline=deadline,
                        status=rng.choice(list(ActionStatus)),
                        follow_up_date=rng.choice([None, TODAY + dt.timedelta(days=60)]),
                        problem_id=problem.id,
                    )
                )
        approvals = SCENARIOS[seed % len(SCENARIOS)]
        if approvals == "today":
            store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, TODAY))
        elif approvals == "before start":
            store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, START - dt.timedelta(days=1)))
        elif approvals == "before change":
            store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, TODAY - dt.timedelta(days=10)))
        elif approvals == "half":
            store.add_approval(Approval(round_id, "Ejer", ApproverRole.EMPLOYER, TODAY))
        if approvals == "changed after":  # approved once, then the plan changes again
            store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, TODAY))
            first = store.problems(round_id)[0]
            store.save_problem(dataclasses.replace(first, causes="Travlhed og sygdom"))
    finally:
        store.close()
    return round_id


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())


def state_key(approved: bool, changed: bool) -> str:
    return "approved" if approved else "changed" if changed else "not approved"


def problems_in_order(text: str, expected: list[tuple[int, Problem]]) -> None:
    """Assert that "Problem n:" headings come in order, each followed by its own problem's text."""
    starts = [text.index(f"Problem {number}:") for number, _ in expected]
    assert starts == sorted(starts)
    for (number, problem), start, end in zip(expected, starts, [*starts[1:], len(text)], strict=True):
        assert problem.kind in text[start:end], (number, problem.kind)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_every_output_agrees(tmp_path: Path, seed: int) -> None:
    path = tmp_path / f"seed{seed}.apvdesk"
    round_id = make_workplace(path, seed)
    store = WorkplaceStore.open_read_only(path)
    try:
        plan = store.action_plan(round_id, TODAY)
        report = gather_full_report(store, round_id, TODAY)
        facts = store.overview()
    finally:
        store.close()

    numbered = numbered_problems(plan.problems)
    expected = [(number, problem) for number, problem, _ in numbered]
    number_of = {problem.kind: number for number, problem in expected}
    names = {g.id: g.name for g in plan.groups}
    state = plan_approval_state(plan)
    status = state_key(state.approved, state.changed_since_approval)
    assert status == EXPECTED_STATE[SCENARIOS[seed % len(SCENARIOS)]]
    actions = [(number, action) for number, _problem, acts in numbered for action in acts]

    # the printed plan and the full report: numbers, titles, groups, dates, overdue, approval
    plan_text = pdf_text(build_action_plan_pdf(plan, "en"))
    report_text = pdf_text(build_full_report_pdf(report, "en"))
    for text in (plan_text, report_text):
        problems_in_order(text, expected)
        assert PLAN_STATUS[status] in text
        for _number, problem in expected:
            assert " ".join(problem_groups_text(problem.group_ids, names, lambda _c, t: t).split()) in text
    for _number, action in actions:
        if action.deadline is not None and action.status != ActionStatus.CANCELLED:
            assert format_date(action.deadline, "en", printed=True) in plan_text
    overdue = sum(1 for _number, action in actions if is_overdue(action, TODAY))
    assert (
        plan_text.count("Overdue") == overdue + (1 if overdue else 0) or plan_text.count("Overdue") >= overdue
    )

    # the workbook: numbers, titles, groups, dates, overdue, approval
    workbook = load_workbook(io.BytesIO(build_plan_workbook(plan, "en")))
    rows = list(workbook["Problems"].iter_rows(values_only=True))
    header = rows[0]
    no, kind, groups_column = header.index("No."), header.index("Kind"), header.index("Groups")
    assert [(row[no], row[kind]) for row in rows[1:]] == [(n, p.kind) for n, p in expected]
    for row, (_n, problem) in zip(rows[1:], expected, strict=True):
        assert row[groups_column] == problem_groups_text(problem.group_ids, names, lambda _c, t: t)
    action_rows = list(workbook["Actions"].iter_rows(values_only=True))[1:]
    assert [(row[0], row[2]) for row in action_rows] == [(n, a.how) for n, a in actions]
    for row, (_n, action) in zip(action_rows, actions, strict=True):
        deadline = row[5].date() if isinstance(row[5], dt.datetime) else row[5]
        assert deadline == action.deadline
        assert row[12] == ("Yes" if is_overdue(action, TODAY) else "No")
    approval_facts = {row[0]: row[1] for row in workbook["Approval"].iter_rows(values_only=True) if row[0]}
    assert (
        state_key(approval_facts["Approved"] == "Yes", approval_facts["Changed since approval"] == "Yes")
        == status
    )

    # the calendar: numbers and titles, and dates
    for event in Calendar.from_ical(plan_calendar(plan, "en")).walk("VEVENT"):
        found = re.search(r"Problem (\d+): (.+)", str(event["description"]))
        assert found and number_of[found.group(2).strip()] == int(found.group(1))
        how = re.search(r"What is done: (.+)", str(event["description"]))
        assert how
        action = next(a for _n, a in actions if a.how == how.group(1).strip())
        day = event.decoded("dtstart")
        assert day in (action.deadline, action.follow_up_date)

    # the poster: the plan's numbers, its approval state and overdue marks
    content = poster_content(plan, today=TODAY)
    assert [(p.number, p.kind) for p in content.problems] == [
        (n, p.kind) for n, p in expected if not p.solved_at_once
    ][: len(content.problems)]
    assert state_key(content.approved, content.changed_since_approval) == status
    for poster_problem in content.problems:
        for shown in poster_problem.actions:
            action = next(a for _n, a in actions if a.how == shown.how)
            assert shown.overdue == is_overdue(action, TODAY)
    poster_text = pdf_text(build_poster_pdf(content, shipped_poster_texts(), "en"))
    assert POSTER_STATUS[status] in poster_text
    assert poster_text.count("Overdue") == sum(a.overdue for p in content.problems for a in p.actions)

    # counts: the Overview, the report's header, method and response table, the results
    in_round = groups_in_results(facts.round.group_ids, facts.groups, facts.respondents_by_group)
    assert facts.respondents == report.respondents == report.results.respondents[None]
    assert report.response[-1].respondents == sum(row.respondents for row in report.response[:-1])
    assert report.response[-1].respondents == report.respondents
    assert report.response[-1].headcount == headcount_of(in_round) == headcount_of(report.groups)
    assert [g.name for g in report.groups] == [g.name for g in in_round]
    assert f"Employees in the round {headcount_of(in_round)}" in report_text
    assert f"Questionnaire: {report.respondents} answered" in report_text
