"""The round's phase follows the work done, not a status set by hand."""

from apvdesk.core.model import RoundStatus
from apvdesk.core.phase import round_phase

NOTHING = dict(respondents=0, meetings=0, released=False, rated_points=0, plan_approved=False, problems=0)


def _phase(stored=RoundStatus.PREPARING, **facts):
    return round_phase(stored, **{**NOTHING, **facts})


def test_the_phase_moves_with_the_work_even_when_the_stored_status_never_changed():
    assert _phase() == RoundStatus.PREPARING
    assert _phase(respondents=4) == RoundStatus.MAPPING
    assert _phase(meetings=1) == RoundStatus.MAPPING
    assert _phase(respondents=30, released=True) == RoundStatus.ASSESSING
    assert _phase(meetings=1, rated_points=3) == RoundStatus.ASSESSING
    assert _phase(released=True, problems=3) == RoundStatus.ASSESSING  # not approved yet
    assert _phase(released=True, problems=3, plan_approved=True) == RoundStatus.FOLLOW_UP
    # approvals of an empty plan approve nothing
    assert _phase(released=True, problems=0, plan_approved=True) == RoundStatus.ASSESSING


def test_a_closed_round_stays_closed():
    assert _phase(RoundStatus.CLOSED, released=True, problems=2, plan_approved=True) == RoundStatus.CLOSED
