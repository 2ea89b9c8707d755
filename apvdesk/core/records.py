"""The workplace's written records beside the survey: who took part, the annual discussion, changes.

- :class:`Participation`: who took part in each step of a round (the employees' part in the
  APV, arbejdsmiljøloven §§ 6–7); the action plan carries it.
- :class:`AnnualDiscussion`: the written record of one annual work-environment discussion
  (årlig arbejdsmiljødrøftelse, BEK 1838/2023) and the points it covers.
- :class:`WorkChange`: a change in the work (new machines, customers, premises,
  reorganisation) and whether it needs a partial APV; see
  :func:`apvdesk.core.deadlines.next_apv` for how an open one moves the next APV's date.

Plain dataclasses; nothing here imports the rest of the domain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields


@dataclass
class Participation:
    """Who took part in each step of a round, in the owner's words.

    For example "AMO: Jonas Berg, Lise Holm" or "all employees at the staff meeting on
    3 March". An empty text means it is not recorded yet.
    """

    mapping: str = ""
    assessment: str = ""
    plan: str = ""
    follow_up: str = ""

    def missing(self) -> list[str]:
        """Return the names of the steps with nothing recorded (``mapping``, ``assessment``...)."""
        return [f.name for f in fields(self) if not getattr(self, f.name).strip()]

    @property
    def complete(self) -> bool:
        """True when every step says who took part."""
        return not self.missing()


@dataclass
class AnnualDiscussion:
    """The written record of one annual work-environment discussion.

    The points are those the rules ask the discussion to cover, in our words:
    ``last_year`` whether last year's goals were reached and how the cooperation went;
    ``plan`` what the cooperation works on in the coming year; ``organisation`` how the
    cooperation is organised (who does what, how often it meets); ``goals`` the goals for
    the coming year; ``competence`` the knowledge of the work environment the firm needs
    (with an AMO: its members' competence development).
    """

    held_on: dt.date
    participants: str = ""
    last_year: str = ""
    plan: str = ""
    organisation: str = ""
    goals: str = ""
    competence: str = ""
    id: int | None = None

    POINTS = ("last_year", "plan", "organisation", "goals", "competence")

    def missing(self) -> list[str]:
        """Return the points with nothing written (participants first, when not recorded)."""
        names = ("participants", *self.POINTS)
        return [name for name in names if not str(getattr(self, name)).strip()]


@dataclass
class WorkChange:
    """A change in the work: when, what, and whether it needs a partial APV.

    ``partial_apv_on`` is the day the partial APV for it was made (None: not yet). A change
    that needs one and has none moves the next APV's date (see core.deadlines.next_apv).
    """

    changed_on: dt.date
    what: str
    needs_partial_apv: bool = False
    partial_apv_on: dt.date | None = None
    id: int | None = None

    @property
    def open(self) -> bool:
        """True while the change needs a partial APV that has not been made."""
        return self.needs_partial_apv and self.partial_apv_on is None


def latest_changes(changes: list[WorkChange], count: int = 3) -> list[WorkChange]:
    """Return the ``count`` latest changes, the newest first (by date, then as entered)."""
    return sorted(changes, key=lambda c: (c.changed_on, c.id or 0), reverse=True)[:count]
