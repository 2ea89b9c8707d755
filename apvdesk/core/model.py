"""The APV domain objects: workplace, groups, rounds, anonymous answers, problems, actions.

These are plain dataclasses handed between the store, the reports and the UI. An ``id``
of ``None`` means "not saved yet".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from apvdesk.core.absence import AbsenceAssessment
from apvdesk.core.action_events import ActionEvent
from apvdesk.core.bank import QuestionBank
from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES
from apvdesk.core.records import Participation, WorkChange
from apvdesk.core.sites import Site

MIN_ANONYMITY_THRESHOLD = 3
DEFAULT_ANONYMITY_THRESHOLD = 5
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


class Effect(StrEnum):
    """Whether a finished action did what it was meant to do."""

    WORKED = "worked"
    PARTLY = "partly"
    NOT_WORKED = "not_worked"


class ApproverRole(StrEnum):
    """Who approves the action plan (good practice from the trade's guidance, not a rule of BEK 1838/2023)."""

    EMPLOYER = "employer"
    EMPLOYEE_REPRESENTATIVE = "employee_representative"
    AMO = "amo"


@dataclass
class Workplace:
    """The firm the APV is about.

    ``amo_levels`` is the work-environment organisation's number of levels (0: none, 1:
    work-environment groups, 2: groups and a committee); ``has_amo`` says whether there is
    one and is kept in step with it (a workplace made with ``has_amo=True`` has one level).
    Set :meth:`set_amo_levels` rather than either alone. ``rest_of_apv_location`` says
    where the parts of the APV this program does not map are kept (physical, chemical,
    ergonomic conditions, accidents); ``apv_access`` where the APV is kept and how the
    employees can read it.
    """

    name: str
    cvr: str = ""
    address: str = ""
    sector: str = ""
    headcount: int = 0
    has_amo: bool = False
    manager: str = ""
    safety_representatives: list[str] = field(default_factory=list)
    annual_discussion_on: dt.date | None = None
    amo_levels: int = 0
    rest_of_apv_location: str = ""
    apv_access: str = ""

    def __post_init__(self) -> None:
        if self.has_amo and self.amo_levels <= 0:
            self.amo_levels = 1
        self.has_amo = self.amo_levels > 0

    def set_amo_levels(self, levels: int) -> None:
        """Set the AMO's number of levels (0, 1 or 2), and ``has_amo`` with it."""
        self.amo_levels = max(0, min(2, levels))
        self.has_amo = self.amo_levels > 0


@dataclass
class Group:
    """A team, department or shift whose results are shown together."""

    name: str
    headcount: int = 0
    id: int | None = None
    site_id: int | None = None  # core.sites; None: the workplace as a whole


@dataclass
class Round:
    """One APV: its own question-bank snapshot, threshold and answers.

    ``languages`` are those offered to respondents; ``group_ids`` the groups taking part
    (all groups when empty); ``kiosk_pin_hash`` guards leaving kiosk mode (see core.pin);
    ``green_from`` and ``red_below`` are the round's traffic-light thresholds.
    A follow-up round (``follows_round_id`` set) re-asks the scales behind the problems
    of that earlier round; it has no problems or plan of its own.
    """

    title: str
    start_date: dt.date
    status: RoundStatus = RoundStatus.PREPARING
    anonymity_threshold: int = DEFAULT_ANONYMITY_THRESHOLD
    bank_id: str = ""
    bank_version: str = ""
    languages: list[str] = field(default_factory=lambda: list(QUESTIONNAIRE_LANGUAGES))
    group_ids: list[int] = field(default_factory=list)
    kiosk_pin_hash: str | None = None
    green_from: float = DEFAULT_GREEN_FROM
    red_below: float = DEFAULT_RED_BELOW
    follows_round_id: int | None = None
    id: int | None = None

    @property
    def is_follow_up(self) -> bool:
        return self.follows_round_id is not None

    def __post_init__(self) -> None:
        if self.anonymity_threshold < MIN_ANONYMITY_THRESHOLD:
            raise ValueError(
                f"anonymity threshold {self.anonymity_threshold} is below "
                f"the minimum of {MIN_ANONYMITY_THRESHOLD}"
            )


@dataclass
class Response:
    """One anonymous answer sheet: its group and its answers, never a name, a date or a time.

    ``answers`` maps an item id to the chosen option index (0 = first printed option), or
    to ``None`` for "don't know". An item left blank is simply absent. ``language`` is
    the language the sheet was answered in: the store counts it per round and never keeps
    it with the sheet, so a sheet read back has none. ``answered_on`` is not kept either.
    """

    group_id: int
    language: str = ""
    answered_on: dt.date | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    id: int | None = None


@dataclass
class Action:
    """A measure in the action plan: how, who, when, how its effect is checked, and how it went.

    ``follow_up_date`` and ``follow_up_method`` say when and how the effect will be checked;
    ``effect``, ``effect_note`` and ``effect_date`` record the check once the action is done.
    ``catalogue_id`` names the catalogue entry the action was started from, if any.
    ``history`` holds its dated notes, moved deadlines and next steps (core.action_history).
    """

    how: str
    responsible: str = ""
    start: dt.date | None = None
    deadline: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    follow_up_date: dt.date | None = None
    follow_up_method: str = ""
    effect: Effect | None = None
    effect_note: str = ""
    effect_date: dt.date | None = None
    catalogue_id: str | None = None
    problem_id: int | None = None
    id: int | None = None
    translations: dict[str, str] = field(default_factory=dict)  # language -> a short text for the poster
    history: list[ActionEvent] = field(default_factory=list)
    site_id: int | None = None  # core.sites; None: the workplace as a whole


OTHER_SCALE = ""  # the scale id of a problem of another kind ("Andet"), not tied to a scale


class ProblemKind(StrEnum):
    """Whether a problem belongs to a scale of the survey or is of another kind ("Andet")."""

    SCALE = "scale"
    OTHER = "other"


@dataclass
class Problem:
    """A problem in the risk assessment: kind, seriousness, extent and causes.

    A problem ``solved_at_once`` needs no actions in the plan (BEK 1838/2023 asks for a
    plan only for problems that cannot be solved at once). ``concerns_absence`` links it to
    the sickness absence: conditions at work the assessment found may contribute to it. A
    problem of another kind, not tied to a scale of the bank (a physical, chemical or
    ergonomic risk found along the way), has ``scale_id`` :data:`OTHER_SCALE` and its own
    ``title``.
    """

    round_id: int
    scale_id: str
    kind: str
    seriousness: Seriousness = Seriousness.MEDIUM
    extent: str = ""
    causes: str = ""
    priority: int = 2
    group_ids: list[int] = field(default_factory=list)
    dialogue_point_id: int | None = None
    solved_at_once: bool = False
    concerns_absence: bool = False
    id: int | None = None
    title: str = ""
    translations: dict[str, str] = field(default_factory=dict)  # language -> a short text for the poster
    site_id: int | None = None  # core.sites; None: the workplace as a whole

    @property
    def is_other(self) -> bool:
        """True for a problem of another kind, not tied to a scale of the bank."""
        return self.scale_id == OTHER_SCALE

    @property
    def problem_kind(self) -> ProblemKind:
        """Whether the problem belongs to a scale or is of another kind."""
        return ProblemKind.OTHER if self.is_other else ProblemKind.SCALE

    def names(self, bank: QuestionBank, lang: str) -> tuple[str, str]:
        """Return the problem's name and its theme's name in ``lang``.

        A problem of a scale is named by the scale and its theme (see
        QuestionBank.scale_and_theme_names); one of another kind by its title, with no
        theme name: the caller names its theme "Other" (wording.labels, ProblemKind.OTHER).
        """
        if self.is_other:
            return self.title.strip(), ""
        return bank.scale_and_theme_names(self.scale_id, lang)


@dataclass
class Approval:
    """A signature on the action plan: who approved it, in which role, when.

    ``plan_revision`` is the plan's revision when it was approved: a later change to the
    plan leaves the approval standing for an older version (see core.approval).
    """

    round_id: int
    name: str
    role: ApproverRole
    approved_on: dt.date
    plan_revision: int = 0
    id: int | None = None


@dataclass
class ActionPlan:
    """Everything the action-plan printout shows, gathered for one round.

    Whether the plan stands approved is a rule, not data: see
    :func:`apvdesk.core.approval.plan_approval_state`.
    """

    workplace: Workplace
    round: Round
    groups: list[Group]
    problems: list[tuple[Problem, list[Action]]]
    approvals: list[Approval]
    bank: QuestionBank
    printed_on: dt.date
    plan_revision: int = 0
    plan_changed_on: dt.date | None = None
    absence: AbsenceAssessment | None = None
    participation: Participation = field(default_factory=Participation)
    work_changes: list[WorkChange] = field(default_factory=list)  # the latest first
    sites: list[Site] = field(default_factory=list)  # core.sites: every site of the workplace
    site_id: int | None = None  # a plan printed for one site (core.site_plan); None: the whole plan


@dataclass
class QuestionnaireForm:
    """What a round's printed questionnaire shows: the workplace, groups and questions."""

    workplace_name: str
    round: Round
    groups: list[Group]
    bank: QuestionBank
    group_names: dict[int, dict[str, str]] = field(default_factory=dict)  # core.group_names
