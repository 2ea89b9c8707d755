"""The action plan in the file: revisions and approvals, effects, follow-up rounds."""

from __future__ import annotations

import datetime as dt

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.approval import plan_approval_state
from apvdesk.core.model import (
    Action,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Response,
    Round,
    RoundStatus,
    Workplace,
)
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)
APPROVED_ON = dt.date.today()  # the store dates a plan's change by the clock: approvals come after it


@pytest.fixture
def store(tmp_path):
    store = WorkplaceStore.create(
        tmp_path / "plan.apvdesk",
        Workplace("Vaskeri Øst", has_amo=False),
        [Group("Vaskeri", 8), Group("Chauffører", 4)],
        Round("APV 2026", DAY, RoundStatus.ASSESSING),
        shipped_bank(),
    )
    yield store
    store.close()


def _plan(store: WorkplaceStore) -> tuple[int, Problem, Action]:
    round_id = store.latest_round().id
    problem = store.save_problem(
        Problem(round_id, "support_manager", "Lidt hjælp fra lederen", extent="Alle", causes="Travlhed")
    )
    action = store.save_action(
        Action("Fast møde hver mandag", "Lene", DAY, dt.date(2026, 10, 1), problem_id=problem.id)
    )
    return round_id, problem, action


def _approve(store: WorkplaceStore, round_id: int) -> None:
    store.add_approval(Approval(round_id, "Lene Hansen", ApproverRole.EMPLOYER, APPROVED_ON))
    store.add_approval(Approval(round_id, "Piotr Nowak", ApproverRole.EMPLOYEE_REPRESENTATIVE, APPROVED_ON))


def test_every_plan_change_raises_the_revision(store):
    round_id = store.latest_round().id
    assert store.plan_revision(round_id) == (0, None)
    _round_id, problem, action = _plan(store)
    revision, changed_on = store.plan_revision(round_id)
    assert revision == 2 and changed_on == dt.date.today()
    store.save_action(Action(**{**action.__dict__, "how": "Fast møde hver mandag kl. 7"}))
    assert store.plan_revision(round_id)[0] == 3
    store.save_problem(Problem(**{**problem.__dict__, "causes": "Travlhed og sygdom"}))
    assert store.plan_revision(round_id)[0] == 4
    store.delete_action(action.id)
    assert store.plan_revision(round_id)[0] == 5


def test_recording_progress_and_effect_keeps_the_approval(store):
    round_id, _problem, action = _plan(store)
    _approve(store, round_id)
    assert plan_approval_state(store.action_plan(round_id)).approved
    done = Action(
        **{
            **action.__dict__,
            "status": ActionStatus.DONE,
            "effect": Effect.PARTLY,
            "effect_note": "Bedre, men ikke for nattevagten",
            "effect_date": dt.date(2026, 12, 1),
        }
    )
    store.save_action(done)
    plan = store.action_plan(round_id)
    assert plan_approval_state(plan).approved
    saved = plan.problems[0][1][0]
    assert (saved.effect, saved.effect_note, saved.effect_date) == (
        Effect.PARTLY,
        "Bedre, men ikke for nattevagten",
        dt.date(2026, 12, 1),
    )


def test_editing_an_approved_plan_marks_it_changed_until_approved_again(store):
    round_id, _problem, action = _plan(store)
    _approve(store, round_id)
    store.save_action(Action(**{**action.__dict__, "deadline": dt.date(2026, 11, 1)}))
    state = plan_approval_state(store.action_plan(round_id))
    assert not state.approved and state.changed_since_approval
    assert len(state.outdated) == 2
    _approve(store, round_id)  # the same two people approve the new version
    state = plan_approval_state(store.action_plan(round_id))
    assert state.approved and not state.changed_since_approval
    assert len(store.approvals(round_id)) == 2  # replaced, not doubled


def test_an_employer_alone_does_not_approve_but_the_amo_does(store):
    round_id, _problem, _action = _plan(store)
    store.add_approval(Approval(round_id, "Lene Hansen", ApproverRole.EMPLOYER, APPROVED_ON))
    assert not plan_approval_state(store.action_plan(round_id)).approved
    store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, APPROVED_ON))
    assert plan_approval_state(store.action_plan(round_id)).approved


def test_the_plan_survives_reopening(store, tmp_path):
    round_id, _problem, action = _plan(store)
    store.save_action(
        Action(
            **{
                **action.__dict__,
                "follow_up_date": dt.date(2027, 1, 15),
                "follow_up_method": "Spørg på personalemødet",
                "catalogue_id": "fixed_meetings",
            }
        )
    )
    workplace = store.workplace()
    workplace.annual_discussion_on = dt.date(2026, 3, 2)
    store.save_workplace(workplace)
    path = store.path
    store.close()
    again = WorkplaceStore.open(path)
    try:
        saved = again.actions(action.problem_id)[0]
        assert saved.follow_up_method == "Spørg på personalemødet"
        assert saved.catalogue_id == "fixed_meetings"
        assert saved.follow_up_date == dt.date(2027, 1, 15)
        assert again.workplace().annual_discussion_on == dt.date(2026, 3, 2)
    finally:
        again.close()


def test_a_follow_up_round_asks_only_the_problems_scales_and_stays_out_of_the_round_list(store):
    round_id, _problem, _action = _plan(store)
    follow_up = store.create_follow_up_round(round_id, ["support_manager"], "Opfølgning", dt.date(2027, 1, 5))
    assert follow_up.follows_round_id == round_id
    assert [s.id for s in store.round_bank(follow_up.id).scales] == ["support_manager"]
    assert [r.id for r in store.rounds()] == [round_id]
    assert store.latest_round().id == round_id
    assert [r.id for r in store.follow_up_rounds(round_id)] == [follow_up.id]
    assert store.round(follow_up.id).title == "Opfølgning"
    group_id = store.groups()[0].id
    store.add_responses(
        follow_up.id,
        [Response(group_id, "da", dt.date(2027, 1, 6), {"ssm_practical": 0}) for _ in range(3)],
    )
    assert store.results(follow_up.id) is None  # collecting: counts only
    assert store.respondent_count(follow_up.id) == 3
    store.end_collection(follow_up.id)
    assert store.results(follow_up.id).respondents[None] == 3
    assert store.previous_round(follow_up.id).id == round_id  # compared with the round it follows
    with pytest.raises(ValueError):
        store.create_follow_up_round(follow_up.id, ["support_manager"], "x")


def test_an_approval_dated_before_the_last_change_is_for_an_earlier_version(store):
    round_id, _problem, _action = _plan(store)  # the plan changed today
    store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, APPROVED_ON - dt.timedelta(days=40)))
    state = plan_approval_state(store.action_plan(round_id))
    assert not state.approved and state.changed_since_approval
    assert [a.name for a in state.outdated] == ["AMO"]


def test_an_approval_dated_before_the_round_started_does_not_count(store):
    round_id, _problem, _action = _plan(store)
    store.add_approval(Approval(round_id, "AMO", ApproverRole.AMO, DAY - dt.timedelta(days=1)))
    state = plan_approval_state(store.action_plan(round_id))
    assert not state.approved and not state.changed_since_approval
    assert [a.name for a in state.too_early] == ["AMO"] and not state.current and not state.outdated
