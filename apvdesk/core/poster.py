"""What the break-room poster shows: every problem in the action plan and what is done about them.

BEK 1838/2023 asks that the APV and its action plan are available to everyone at the
workplace. The poster shows every problem of the plan that needs actions (employees read
the poster, so none may be left off silently), the actions under way for each, and the
people to talk to, as plain data for ``apvdesk.reports.poster`` to lay out.

The poster's fixed texts (headings, labels, status words) come from
``resources/poster/texts.toml`` in every language the questionnaire speaks, not from Qt's
translation system: the UI catalogue has only Danish, while the poster, like the
questionnaire, speaks to employees in their own language (Polish, Romanian, Ukrainian).
This module holds the pure parse function; the reports layer reads the shipped file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from apvdesk.core.approval import plan_approval_state
from apvdesk.core.deadlines import is_overdue
from apvdesk.core.languages import QUESTIONNAIRE_LANGUAGES, lacking_language
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Problem, Seriousness
from apvdesk.core.plan_order import numbered_problems
from apvdesk.core.site_plan import SitePoints, site_points

MAX_ACTIONS = 3
"""The most actions a poster shows per problem."""
POSTER_LANGUAGES = QUESTIONNAIRE_LANGUAGES
"""Every poster text must exist in each of these languages: those the questionnaire speaks."""
REQUIRED_POSTER_TEXT_KEYS = (
    "document_title",
    "title",
    "intro",
    "what_we_found",
    "what_we_do",
    "who_to_talk_to",
    "talk_note",
    "responsible",
    "deadline",
    "status_planned",
    "status_in_progress",
    "status_done",
    "role_manager",
    "role_safety_representative",
    "no_actions",
    "more_actions",
    "more_problems",
    "no_problems",
    "approved_by",
    "not_approved",
    "changed_since_approval",
    "overdue",
    "next_review",
    "footer",
    "printed",
    "scope",
    "apv_kept",
    "site",
    "site_coordinator",
    "site_after_episode",
    "site_break_room",
    "site_toilet",
    "site_not_agreed",
)

_OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
_PLACEHOLDER = re.compile(r"%\d")


class ContactRole(StrEnum):
    """Why a person is on the poster as someone to talk to."""

    MANAGER = "manager"
    SAFETY_REPRESENTATIVE = "safety_representative"


@dataclass(frozen=True)
class PosterAction:
    """An action as the poster shows it: what is done, who is responsible, by when, how far.

    ``overdue`` as core.deadlines judges it on the printing day (due today is not overdue).
    """

    how: str
    responsible: str
    deadline: dt.date | None
    status: ActionStatus
    overdue: bool = False
    action_id: int | None = None
    translations: Mapping[str, str] = field(default_factory=dict)  # language -> the owner's short text


@dataclass(frozen=True)
class PosterProblem:
    """A problem on the poster with the actions shown for it.

    ``scale_name`` and ``theme_name`` map a language code to the bank's name (empty when
    the bank does not know the scale); ``kind`` is the problem as the user wrote it.
    ``more_actions`` counts the plan's further (not cancelled) actions left off the poster.
    ``number`` is the problem's number in the plan (core.plan_order), the same on every output.
    """

    scale_id: str
    scale_name: Mapping[str, str]
    theme_name: Mapping[str, str]
    kind: str
    seriousness: Seriousness
    priority: int
    actions: tuple[PosterAction, ...]
    more_actions: int = 0
    number: int = 0
    title: str = ""  # a problem of another kind: its own title, in the owner's words
    problem_id: int | None = None
    translations: Mapping[str, str] = field(default_factory=dict)  # language -> the owner's short text


@dataclass(frozen=True)
class PosterContent:
    """Everything one poster shows, in the order it is read.

    ``contacts`` pairs a name with its role (the manager first, then the safety
    representatives). ``approved_by`` names those whose approvals stand for the plan as it
    is now (empty unless ``approved``); ``changed_since_approval`` as core.approval judges it,
    the same as the printed plan. ``next_review`` is the earliest follow-up of an
    action still to be checked, on or after ``printed_on``, if any. ``more_problems``
    counts the plan's problems left off (none unless the caller asked for fewer); the
    poster then says so and points to the action plan.
    """

    workplace_name: str
    round_title: str
    round_start: dt.date
    printed_on: dt.date
    problems: tuple[PosterProblem, ...]
    contacts: tuple[tuple[str, ContactRole], ...]
    approved: bool
    approved_by: tuple[str, ...] = ()
    next_review: dt.date | None = None
    changed_since_approval: bool = False
    apv_access: str = ""  # where the APV is kept and how employees read it (the owner's words)
    more_problems: int = 0  # problems of the plan left off the poster (the poster says so)
    site: SitePoints | None = None  # the poster for one site (core.site_plan): its name and points agreed


def _poster_problem(
    plan: ActionPlan, today: dt.date, number: int, problem: Problem, actions: list[Action]
) -> PosterProblem:
    shown = [a for a in actions if a.status != ActionStatus.CANCELLED]
    shown.sort(key=lambda action: action.status not in _OPEN)  # stable: plan order within each part
    try:
        scale_name = dict(plan.bank.scale(problem.scale_id).name)
        theme_name = dict(plan.bank.theme_of(problem.scale_id).name)
    except KeyError:
        scale_name, theme_name = {}, {}
    return PosterProblem(
        scale_id=problem.scale_id,
        scale_name=scale_name,
        theme_name=theme_name,
        kind=problem.kind.strip(),
        seriousness=problem.seriousness,
        priority=problem.priority,
        actions=tuple(
            PosterAction(
                a.how.strip(),
                a.responsible.strip(),
                a.deadline,
                a.status,
                is_overdue(a, today),
                a.id,
                _texts(a.translations),
            )
            for a in shown[:MAX_ACTIONS]
        ),
        more_actions=max(0, len(shown) - MAX_ACTIONS),
        number=number,
        title=problem.title.strip() if problem.is_other else "",
        problem_id=problem.id,
        translations=_texts(problem.translations),
    )


def _texts(translations: Mapping[str, str]) -> dict[str, str]:
    """Return the texts that say something, trimmed."""
    return {lang: text.strip() for lang, text in translations.items() if text.strip()}


def _contacts(plan: ActionPlan) -> tuple[tuple[str, ContactRole], ...]:
    workplace = plan.workplace
    contacts: list[tuple[str, ContactRole]] = []
    if workplace.manager.strip():
        contacts.append((workplace.manager.strip(), ContactRole.MANAGER))
    for name in workplace.safety_representatives:
        if name.strip():
            contacts.append((name.strip(), ContactRole.SAFETY_REPRESENTATIVE))
    return tuple(contacts)


def _next_review(plan: ActionPlan, today: dt.date) -> dt.date | None:
    dates = [
        action.follow_up_date
        for problem, actions in plan.problems
        if not problem.solved_at_once
        for action in actions
        if action.status != ActionStatus.CANCELLED
        and action.effect is None
        and action.follow_up_date is not None
        and action.follow_up_date >= today
    ]
    return min(dates, default=None)


def poster_content(
    plan: ActionPlan, max_problems: int | None = None, today: dt.date | None = None
) -> PosterContent:
    """Choose what the poster shows from an action plan.

    Problems solved at once are left out; the rest keep the plan's order and numbers
    (:func:`apvdesk.core.plan_order.numbered_problems`); all are kept unless
    ``max_problems`` is given, and those left off are counted in ``more_problems``. Each
    shows its actions that are not cancelled, open ones (planned, in progress) before done
    ones, at most MAX_ACTIONS.

    Args:
        plan: The round's action plan, e.g. from ``WorkplaceStore.action_plan``.
        max_problems: How many problems to show at most (1 or more), or None for all.
        today: The printing date; defaults to ``plan.printed_on``.

    Returns:
        The poster's content.

    Raises:
        ValueError: ``max_problems`` is less than 1.

    """
    if max_problems is not None and max_problems < 1:
        raise ValueError(f"a poster shows at least 1 problem, not {max_problems}")
    today = today or plan.printed_on
    needing_actions = [entry for entry in numbered_problems(plan.problems) if not entry[1].solved_at_once]
    chosen = needing_actions if max_problems is None else needing_actions[:max_problems]
    state = plan_approval_state(plan)
    approved_by = tuple(dict.fromkeys(a.name.strip() for a in state.current if a.name.strip()))
    return PosterContent(
        workplace_name=plan.workplace.name,
        round_title=plan.round.title,
        round_start=plan.round.start_date,
        printed_on=today,
        problems=tuple(_poster_problem(plan, today, *entry) for entry in chosen),
        contacts=_contacts(plan),
        approved=state.approved,
        approved_by=approved_by if state.approved else (),
        next_review=_next_review(plan, today),
        changed_since_approval=state.changed_since_approval,
        apv_access=plan.workplace.apv_access.strip(),
        more_problems=len(needing_actions) - len(chosen),
        site=site_points(plan),
    )


@dataclass(frozen=True)
class UntranslatedText:
    """A problem's or an action's own words on the poster that have no text in the second language.

    ``number`` is the problem's number on the poster; ``action_id`` is None for the
    problem itself; ``text`` is what prints (in the owner's words) instead.
    """

    number: int
    text: str
    problem_id: int | None
    action_id: int | None = None


def untranslated(content: PosterContent, lang: str) -> list[UntranslatedText]:
    """Return, in the poster's order, the problems and actions shown that lack a text in ``lang``.

    A problem counts by what it says was found (its description); one with no description
    prints none, so it needs no text. An action counts by what is done.
    """
    missing: list[UntranslatedText] = []
    for problem in content.problems:
        if problem.kind and not problem.translations.get(lang):
            missing.append(UntranslatedText(problem.number, problem.kind, problem.problem_id))
        for action in problem.actions:
            if action.how and not action.translations.get(lang):
                missing.append(
                    UntranslatedText(problem.number, action.how, problem.problem_id, action.action_id)
                )
    return missing


# --- the poster's fixed texts ------------------------------------------------------


class PosterTextsError(ValueError):
    """The poster texts file is invalid; the message names the file and the key."""

    def __init__(self, source: str, key: str, problem: str) -> None:
        super().__init__(f"{source}: {key}: {problem}")
        self.source = source
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class PosterTexts:
    """The poster's fixed texts: each key in every language of POSTER_LANGUAGES."""

    languages: tuple[str, ...]
    language_names: Mapping[str, str]
    texts: Mapping[str, Mapping[str, str]]

    def text(self, key: str, lang: str) -> str:
        """Return the text ``key`` in ``lang``; raise KeyError for an unknown key or language."""
        return self.texts[key][lang]


def _language_table(raw: Any, where: str, source: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise PosterTextsError(source, where, "must be a table of texts per language")
    lacking = lacking_language(raw, POSTER_LANGUAGES)
    if lacking is not None:
        raise PosterTextsError(source, f"{where}.{lacking}", "text is missing or empty")
    unknown = sorted(set(raw) - set(POSTER_LANGUAGES))
    if unknown:
        raise PosterTextsError(source, f"{where}.{unknown[0]}", "is not a poster language")
    return {lang: raw[lang] for lang in POSTER_LANGUAGES}


def parse_poster_texts(raw: Mapping[str, Any], source: str) -> PosterTexts:
    """Validate the poster texts (as read from TOML) and build them.

    Every key of REQUIRED_POSTER_TEXT_KEYS must be there, and every text in all of
    POSTER_LANGUAGES, with the same placeholders (``%1``) as the English text.

    Raises:
        PosterTextsError: Something is missing or malformed; the message names the key.

    """
    if not isinstance(raw, Mapping):
        raise PosterTextsError(source, "(root)", "must be a table")
    head = raw.get("poster")
    if not isinstance(head, Mapping):
        raise PosterTextsError(source, "poster", "is missing")
    languages = head.get("languages")
    if not isinstance(languages, list) or tuple(languages) != POSTER_LANGUAGES:
        raise PosterTextsError(source, "poster.languages", f"must be {list(POSTER_LANGUAGES)}")
    language_names = _language_table(head.get("language_names"), "poster.language_names", source)
    table = raw.get("texts")
    if not isinstance(table, Mapping):
        raise PosterTextsError(source, "texts", "is missing")
    texts = {key: _language_table(value, f"texts.{key}", source) for key, value in table.items()}
    for key in REQUIRED_POSTER_TEXT_KEYS:
        if key not in texts:
            raise PosterTextsError(source, f"texts.{key}", "is missing")
    for key, values in texts.items():
        expected = sorted(_PLACEHOLDER.findall(values["en"]))
        for lang, value in values.items():
            if sorted(_PLACEHOLDER.findall(value)) != expected:
                raise PosterTextsError(
                    source, f"texts.{key}.{lang}", f"must hold the placeholders {expected} of the English"
                )
    return PosterTexts(POSTER_LANGUAGES, language_names, texts)
