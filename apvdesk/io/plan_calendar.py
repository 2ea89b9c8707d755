"""The action plan's deadlines and follow-up dates as calendar events (an iCalendar ``.ics`` file).

One all-day event per action deadline and one per follow-up date, for open and finished
actions alike; cancelled actions and actions without these dates give none. Each event has
a UID built from the workplace, the round and the action, so importing a newer export into
Outlook or Google Calendar updates the events instead of adding them again (docs/export.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import Enum
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from apvdesk.core.deadlines import is_open
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Problem
from apvdesk.core.plan_order import numbered_problems
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.wording.formatting import problem_groups_text
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

CONTEXT = "PlanCalendar"
PRODID = "-//apvdesk//apvdesk//DA"
SUMMARY_WIDTH = 60
# SEQUENCE counts minutes from this moment, so every export is newer than the one before it
# and a calendar that compares SEQUENCE on import takes the newer event.
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def shorten(text: str, width: int = SUMMARY_WIDTH) -> str:
    """Return ``text`` on one line, cut at a word boundary to at most ``width`` characters.

    A cut text ends in "…"; a first word longer than ``width`` is cut inside the word.
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if flat[width - 1] != " " and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:–-") + "…"


def workplace_key(name: str) -> str:
    """Return a short, stable token for a workplace, so that two workplaces' UIDs never meet."""
    return hashlib.sha256(name.strip().casefold().encode("utf-8")).hexdigest()[:10]


class PlanCalendar:
    """Builds the calendar of one action plan; its texts are translated in context ``PlanCalendar``."""

    def __init__(self, plan: ActionPlan, translator: Translator, stamp: dt.datetime) -> None:
        self.plan = plan
        self._translator = translator
        self._stamp = stamp.astimezone(dt.UTC).replace(microsecond=0)
        self._sequence = max(0, int((self._stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
        self._uid_prefix = f"apvdesk-{workplace_key(plan.workplace.name)}-round-{plan.round.id or 'new'}"

    def tr(self, text: str) -> str:
        """Return ``text`` (an English source string) in the calendar's language."""
        return self._translator.translate(CONTEXT, text)

    def _label(self, value: Enum) -> str:
        return label(value, self._translator.translate)

    def build(self) -> Calendar:
        """Return the calendar with every event of the plan."""
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        name = fill(self.tr("Action plan – %1"), self.plan.workplace.name)
        calendar.add("x-wr-calname", name)
        for number, problem, actions in numbered_problems(self.plan.problems):
            for index, action in enumerate(actions, start=1):
                for event in self.action_events(number, problem, index, action):
                    calendar.add_component(event)
        return calendar

    def action_events(self, number: int, problem: Problem, index: int, action: Action) -> list[Event]:
        """Return the deadline and follow-up events of one action (none for a cancelled one).

        Args:
            number: The problem's number in the plan (1 for the first).
            problem: The problem the action belongs to.
            index: The action's place under its problem (1 for the first); names an unsaved action.
            action: The action.

        """
        if action.status == ActionStatus.CANCELLED:
            return []
        key = f"action-{action.id}" if action.id is not None else f"problem-{number}-action-{index}"
        what = shorten(action.how or problem.kind) or self.tr("Action")
        description = self._description(number, problem, action)
        events = []
        if action.deadline is not None:
            summary = fill(self.tr("Deadline: %1"), what)
            remind = is_open(action)
            events.append(self._event(f"{key}-deadline", summary, action.deadline, description, remind))
        if action.follow_up_date is not None:
            summary = fill(self.tr("Follow-up: %1"), what)
            events.append(self._event(f"{key}-follow-up", summary, action.follow_up_date, description, False))
        return events

    def _description(self, number: int, problem: Problem, action: Action) -> str:
        """Return the event's description: one line per detail, leaving out empty ones."""

        def line(text: str, *values: str) -> str:
            values = tuple(value.strip() for value in values)
            return fill(text, *values) if values[-1] else ""

        lines = [
            line(self.tr("What is done: %1"), action.how),
            line(self.tr("Problem %1: %2"), str(number), _about(problem)),
            line(self.tr("Groups: %1"), self._groups(problem)),
            line(self.tr("Responsible: %1"), action.responsible),
            line(self.tr("Status: %1"), self._label(action.status)),
            line(self.tr("How the effect is followed up: %1"), action.follow_up_method),
            line(self.tr("Action plan: %1, %2"), self.plan.workplace.name, self.plan.round.title),
        ]
        return "\n".join(text for text in lines if text)

    def _groups(self, problem: Problem) -> str:
        names = {group.id: group.name for group in self.plan.groups}
        return problem_groups_text(problem.group_ids, names, self._translator.translate)

    def _event(self, key: str, summary: str, day: dt.date, description: str, remind: bool) -> Event:
        event = Event()
        event.add("uid", f"{self._uid_prefix}-{key}@apvdesk")
        event.add("dtstamp", self._stamp)
        event.add("sequence", self._sequence)
        event.add("summary", summary)
        event.add("description", description)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # an all-day reminder does not make anyone busy
        if remind:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", dt.timedelta(days=-1))
            event.add_component(alarm)
        return event


def plan_calendar(plan: ActionPlan, lang: str = "da", *, stamp: dt.datetime | None = None) -> bytes:
    """Return the plan's deadlines and follow-up dates as an iCalendar file.

    Args:
        plan: The action plan, e.g. from ``WorkplaceStore.action_plan``.
        lang: ``"da"`` (default) or ``"en"``; the language of the event texts.
        stamp: The export's moment (DTSTAMP, and the source of SEQUENCE); now when ``None``.

    Returns:
        The ``.ics`` file's bytes (UTF-8, CRLF line endings, folded lines).

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue is missing.

    """
    moment = stamp or dt.datetime.now(dt.UTC)
    return PlanCalendar(plan, Translator(lang), moment).build().to_ical()


def write_plan_calendar(plan: ActionPlan, path: Path, lang: str = "da") -> None:
    """Write the plan's calendar to ``path`` atomically (an existing file is replaced only when done).

    Raises:
        ValueError: ``lang`` is not a language apvdesk knows.
        FileNotFoundError: The translation catalogue is missing.
        OSError: The file cannot be written.

    """
    write_atomically(plan_calendar(plan, lang), Path(path))


def _about(problem: Problem) -> str:
    """Return what the problem is: its description, after its title for one of another kind."""
    title = problem.title.strip() if problem.is_other else ""
    return f"{title}: {problem.kind.strip()}" if title and problem.kind.strip() else title or problem.kind
