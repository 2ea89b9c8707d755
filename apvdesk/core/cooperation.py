"""How the employees must take part in the work environment, by the firm's size.

With 1–9 employees the employer cooperates with the employees directly (arbejdsmiljøloven
§ 6); from 10 employees through a work-environment organisation (AMO) in one level
(arbejdsmiljøloven § 7); from 35 employees through an AMO in two levels (BEK 1838/2023).
:func:`cooperation_gap` says when the AMO recorded for a workplace falls short of that,
and nothing more.
"""

from __future__ import annotations

from enum import StrEnum

from apvdesk.core.model import Group, Workplace

AMO_FROM = 10  # employees from which an AMO is required
TWO_LEVELS_FROM = 35  # employees from which the AMO has two levels


class CooperationGap(StrEnum):
    """Where the recorded AMO falls short of the rule for the firm's size."""

    NO_AMO = "no_amo"  # 10 or more employees and no AMO
    ONE_LEVEL = "one_level"  # 35 or more employees and an AMO in one level only


def employees(workplace: Workplace, groups: list[Group] | None = None) -> int:
    """Return the firm's number of employees: as recorded, else the groups' sum."""
    if workplace.headcount > 0:
        return workplace.headcount
    return sum(g.headcount for g in groups or [])


def cooperation_gap(workplace: Workplace, groups: list[Group] | None = None) -> CooperationGap | None:
    """Return where the recorded AMO falls short of the rule for the firm's size, or None."""
    count = employees(workplace, groups)
    if count >= AMO_FROM and workplace.amo_levels <= 0:
        return CooperationGap.NO_AMO
    if count >= TWO_LEVELS_FROM and workplace.amo_levels == 1:
        return CooperationGap.ONE_LEVEL
    return None
