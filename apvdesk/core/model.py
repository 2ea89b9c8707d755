"""The APV domain objects: workplace, groups, rounds, anonymous answers, problems, actions.

These are plain dataclasses handed between the store, the reports and the UI. An ``id``
of ``None`` means "not saved yet".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from apvdesk.core.bank import QuestionBank

MIN_ANONYMITY_THRESHOLD = 3
DEFAULT_ANONYMITY_THRESHOLD = 5
DEFAULT_LANGUAGES = ("da", "en", "pl", "ro", "uk")
# Traffic-light thresholds on the 0-100 scale where high is good (mirrored for demands):
# green at a mean of DEFAULT_GREEN_FROM or more, red below DEFAULT_RED_BELOW, yellow between.
DEFAULT_GREEN_FROM = 66.7
DEFAULT_RED_BELOW = 50.0


class RoundStatus(StrEnum):
    """Where a round (one APV) stands."""

    PREPARING = "preparing"
    MAPPING = "mapping"
    ASSESSING = "assessing"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class Seriousness(StrEnum):
    """How serious a problem is judged to be."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ActionStatus(StrEnum):
    """Progress of an action in the plan."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class ApproverRole(StrEnum):
    """Who approves the action plan (BEK 1838/2023)."""

    EMPLOYER = "employer"
    EMPLOYEE_REPRESENTATIVE = "employee_representative"
    AMO = "amo"


@dataclass
class Workplace:
    """The firm the APV is about."""

    name: str
    cvr: str = ""
    address: str = ""
    sector: str = ""
    headcount: int = 0
    has_amo: bool = False
    manager: str = ""
    safety_representatives: list[str] = field(default_factory=list)


@dataclass
class Group:
    """A team, department or shift whose results are shown together."""

    name: str
    headcount: int = 0
    id: int | None = None


@dataclass
class Round:
    """One APV: its own question-bank snapshot, threshold and answers.

    ``languages`` are those offered to respondents; ``group_ids`` the groups taking part
    (all groups when empty); ``kiosk_pin_hash`` guards leaving kiosk mode (see core.pin);
    ``green_from`` and ``red_below`` are the round's traffic-light thresholds.
    """

    title: str
    start_date: dt.date
    status: RoundStatus = RoundStatus.PREPARING
    anonymity_threshold: int = DEFAULT_ANONYMITY_THRESHOLD
    bank_id: str = ""
    bank_version: str = ""
    languages: list[str] = field(default_factory=lambda: list(DEFAULT_LANGUAGES))
    group_ids: list[int] = field(default_factory=list)
    kiosk_pin_hash: str | None = None
    green_from: float = DEFAULT_GREEN_FROM
    red_below: float = DEFAULT_RED_BELOW
    id: int | None = None

    def __post_init__(self) -> None:
        if self.anonymity_threshold < MIN_ANONYMITY_THRESHOLD:
            raise ValueError(
                f"anonymity threshold {self.anonymity_threshold} is below "
                f"the minimum of {MIN_ANONYMITY_THRESHOLD}"
            )


@dataclass
class Response:
    """One anonymous respondent's answers: group, language and date, never a name or time.

    ``answers`` maps an item id to the chosen option index (0 = first printed option), or
    to ``None`` for "don't know". An item left blank is simply absent.
    """

    group_id: int
    language: str
    answered_on: dt.date
    answers: dict[str, int | None] = field(default_factory=dict)
    id: int | None = None


@dataclass
class Action:
    """A measure in the action plan: how, who, when, and how it went."""

    how: str
    responsible: str = ""
    start: dt.date | None = None
    deadline: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    follow_up_date: dt.date | None = None
    follow_up_notes: str = ""
    problem_id: int | None = None
    id: int | None = None


@dataclass
class Problem:
    """A problem in the risk assessment: kind, seriousness, extent and causes."""

    round_id: int
    scale_id: str
    kind: str
    seriousness: Seriousness = Seriousness.MEDIUM
    extent: str = ""
    causes: str = ""
    priority: int = 2
    group_ids: list[int] = field(default_factory=list)
    dialogue_point_id: int | None = None
    id: int | None = None


@dataclass
class Approval:
    """A signature on the action plan: who approved it, in which role, when."""

    round_id: int
    name: str
    role: ApproverRole
    approved_on: dt.date
    id: int | None = None


@dataclass
class ActionPlan:
    """Everything the action-plan printout shows, gathered for one round."""

    workplace: Workplace
    round: Round
    groups: list[Group]
    problems: list[tuple[Problem, list[Action]]]
    approvals: list[Approval]
    bank: QuestionBank
    printed_on: dt.date


@dataclass
class QuestionnaireForm:
    """What a round's printed questionnaire shows: the workplace, groups and questions."""

    workplace_name: str
    round: Round
    groups: list[Group]
    bank: QuestionBank
