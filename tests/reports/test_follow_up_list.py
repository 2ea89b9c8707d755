"""The follow-up list: the open actions by deadline, with who, when and how, to tick off on a round."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Problem
from apvdesk.reports.follow_up_list import CONTEXT, build_follow_up_list_pdf, open_actions
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator


def squash(text: str) -> str:
    """Join the lines a table cell or paragraph was wrapped into."""
    return " ".join(text.split())


def text_of(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, squash(" ".join(page.extract_text() for page in reader.pages))


def start_of(text: str, words: int = 3) -> str:
    """The first words of a text: the first line of its cell, whatever the columns beside it hold."""
    return " ".join(text.split()[:words])


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> ActionPlan:
    """The demo's action plan, printed on a fixed day: three actions done, ten open, one overdue."""
    path = tmp_path_factory.mktemp("follow-up") / "demo.apvdesk"
    write_demo(path, respondents=12, seed=7)
    store = WorkplaceStore.open_read_only(path)
    try:
        latest = store.latest_round()
        assert latest is not None and latest.id is not None
        return store.action_plan(latest.id, dt.date(2026, 12, 6))
    finally:
        store.close()


def all_actions(plan: ActionPlan) -> list[Action]:
    return [action for _problem, actions in plan.problems for action in actions]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_open_actions_by_deadline_with_who_when_and_how(plan: ActionPlan, lang: str) -> None:
    reader, text = text_of(build_follow_up_list_pdf(plan, lang))
    assert 1 <= len(reader.pages) <= 3  # ten open actions with their lines for the outcome
    assert reader.metadata is not None and plan.workplace.name in (reader.metadata.title or "")
    assert Translator(lang).translate(CONTEXT, "Follow-up list") in text
    open_ones = [a for a in all_actions(plan) if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)]
    done = [a for a in all_actions(plan) if a.status == ActionStatus.DONE]
    assert len(open_ones) == 10 and done  # the demo has both (the linen room's call list is open)
    by_deadline = sorted(open_ones, key=lambda a: a.deadline or dt.date.max)
    places = [text.index(start_of(action.how)) for action in by_deadline]
    assert places == sorted(places)  # the earliest deadline first
    for action in by_deadline:
        assert action.deadline is not None and action.follow_up_date is not None
        assert format_date(action.deadline, lang, printed=True) in text
        assert format_date(action.follow_up_date, lang, printed=True) in text
        assert start_of(action.follow_up_method) in text
    for action in done:
        assert start_of(action.how) not in text
    for name in {action.responsible for action in open_ones}:
        assert name.split()[0] in text  # a long name wraps in its narrow column
    assert text.count("☐") == len(open_ones)  # a box to tick per action
    assert text.count(Translator(lang).translate(CONTEXT, "Outcome and effect:")) == len(open_ones)


def test_an_overdue_action_says_so_in_words(plan: ActionPlan) -> None:
    _reader, text = text_of(build_follow_up_list_pdf(plan, "en"))
    assert text.count("Overdue") == 1  # 16 Nov 2026 has passed on 6 Dec 2026
    assert "10, of which 1 overdue" in text


def test_no_group_and_no_result_is_shown(plan: ActionPlan) -> None:
    """The list names no group: not the problems' groups, not a group too small to be shown."""
    _reader, text = text_of(build_follow_up_list_pdf(plan, "en"))
    assert plan.groups and any(problem.group_ids for problem, _actions in plan.problems)
    for group in plan.groups:  # the drivers, six of them, are the group of the demo's first problem
        assert group.name not in text


def make_problem(problem_id: int, priority: int) -> Problem:
    return Problem(
        round_id=1, scale_id="demands", kind=f"kind {problem_id}", priority=priority, id=problem_id
    )


def test_the_order_no_deadline_last_and_the_plan_order_between_equals() -> None:
    day = dt.date(2027, 1, 1)
    first, second = make_problem(1, 1), make_problem(2, 2)
    plan_problems = [
        (second, [Action("b1", deadline=day), Action("b2"), Action("b3", status=ActionStatus.CANCELLED)]),
        (
            first,
            [
                Action("a1", deadline=day),
                Action("a2", deadline=day - dt.timedelta(days=1), status=ActionStatus.IN_PROGRESS),
                Action("a3", deadline=day, status=ActionStatus.DONE),
            ],
        ),
    ]
    plan = ActionPlan(
        workplace=None,  # type: ignore[arg-type]
        round=None,  # type: ignore[arg-type]
        groups=[],
        problems=plan_problems,
        approvals=[],
        bank=None,  # type: ignore[arg-type]
        printed_on=day,
    )
    entries = open_actions(plan)
    assert [entry.action.how for entry in entries] == ["a2", "a1", "b1", "b2"]
    assert [entry.problem_number for entry in entries] == [1, 1, 2, 2]  # numbered as in the printed plan


def test_a_plan_without_open_actions_says_there_is_nothing_to_follow_up(plan: ActionPlan) -> None:
    finished = dataclasses.replace(
        plan,
        problems=[
            (problem, [dataclasses.replace(a, status=ActionStatus.DONE) for a in actions])
            for problem, actions in plan.problems
        ],
    )
    reader, text = text_of(build_follow_up_list_pdf(finished, "en"))
    assert len(reader.pages) == 1
    assert "There are no open actions in this action plan: nothing to follow up." in text
    assert "☐" not in text


def test_the_command_line_writes_it(tmp_path: Path) -> None:
    from tests.cli.test_cli import ENGLISH, run

    write_demo(tmp_path / "demo.apvdesk", respondents=12, seed=7)
    result = run(
        tmp_path, "report", "follow-up", "demo.apvdesk", "-o", "list.pdf", "--lang", "en", settings=ENGLISH
    )
    assert result.returncode == 0, result.stderr
    out = tmp_path / "list.pdf"
    assert result.stdout == f"The follow-up list was saved as {out.name}.\n"
    _reader, text = text_of(out.read_bytes())
    assert "Follow-up list" in text and "Karin Holm" in text
    help_text = run(tmp_path, "--help").stdout
    assert "report follow-up FILE -o OUT.pdf" in help_text
    assert "print a round's open actions as a list to tick off" in help_text
