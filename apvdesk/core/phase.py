"""The phase a round is in, computed from the work done rather than stored by hand.

A round is being prepared until the first answer or meeting; it maps while answers or
meetings come in; it is assessed once results are released or a meeting's points are
rated; it is followed up once the plan (with at least one problem) stands approved. Only
closing a round is a decision, and it is kept.
"""

from __future__ import annotations

from apvdesk.core.model import RoundStatus


def round_phase(
    stored: RoundStatus,
    *,
    respondents: int,
    meetings: int,
    released: bool,
    rated_points: int,
    plan_approved: bool,
    problems: int,
) -> RoundStatus:
    """Return the phase the facts put a round in (a closed round stays closed)."""
    if stored == RoundStatus.CLOSED:
        return RoundStatus.CLOSED
    assessed = released or rated_points > 0
    if assessed and problems > 0 and plan_approved:
        return RoundStatus.FOLLOW_UP
    if assessed:
        return RoundStatus.ASSESSING
    if respondents > 0 or meetings > 0:
        return RoundStatus.MAPPING
    return RoundStatus.PREPARING
