"""Translatable names of the domain's choices (seriousness, status, roles, withheld reasons).

The texts are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them under the
context "Labels"; :func:`label` translates one with the caller's translate function.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from apvdesk.core.dialogue import Rating
from apvdesk.core.model import ActionStatus, ApproverRole, Effect, ProblemKind, RoundStatus, Seriousness
from apvdesk.core.results import Light, Withheld

CONTEXT = "Labels"

_TEXTS: dict[Enum, object] = {  # QT_TRANSLATE_NOOP returns its text; typed as object
    ProblemKind.SCALE: QT_TRANSLATE_NOOP("Labels", "A theme of the survey"),
    ProblemKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    Seriousness.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Seriousness.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Seriousness.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    Effect.WORKED: QT_TRANSLATE_NOOP("Labels", "Worked"),
    Effect.PARTLY: QT_TRANSLATE_NOOP("Labels", "Partly worked"),
    Effect.NOT_WORKED: QT_TRANSLATE_NOOP("Labels", "Did not work"),
    ApproverRole.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "Employer"),
    ApproverRole.EMPLOYEE_REPRESENTATIVE: QT_TRANSLATE_NOOP("Labels", "Employee representative"),
    ApproverRole.AMO: QT_TRANSLATE_NOOP("Labels", "Work environment organisation (AMO)"),
    RoundStatus.PREPARING: QT_TRANSLATE_NOOP("Labels", "Being prepared"),
    RoundStatus.MAPPING: QT_TRANSLATE_NOOP("Labels", "Mapping"),
    RoundStatus.ASSESSING: QT_TRANSLATE_NOOP("Labels", "Assessment"),
    RoundStatus.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    RoundStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Rating.WORKS_WELL: QT_TRANSLATE_NOOP("Labels", "Works well"),
    Rating.MOSTLY_WORKS: QT_TRANSLATE_NOOP("Labels", "Mostly works"),
    Rating.MIXED: QT_TRANSLATE_NOOP("Labels", "Partly works"),
    Rating.PROBLEM: QT_TRANSLATE_NOOP("Labels", "A problem"),
    Rating.REAL_PROBLEM: QT_TRANSLATE_NOOP("Labels", "A real problem"),
    Light.GREEN: QT_TRANSLATE_NOOP("Labels", "● Green: good"),
    Light.YELLOW: QT_TRANSLATE_NOOP("Labels", "▲ Yellow: keep an eye on it"),
    Light.RED: QT_TRANSLATE_NOOP("Labels", "■ Red: a problem"),
    Withheld.NO_ANSWERS: QT_TRANSLATE_NOOP("Labels", "No answers"),
    Withheld.BELOW_THRESHOLD: QT_TRANSLATE_NOOP("Labels", "Withheld: fewer than %1 answers"),
    Withheld.PROTECTS_OTHER_GROUP: QT_TRANSLATE_NOOP(
        "Labels", "Withheld so that a smaller group cannot be worked out"
    ),
}


def label(value: Enum, translate: Callable[[str, str], str] | None = None) -> str:
    """Return the translated name of a domain choice.

    ``translate`` defaults to the application's installed language.
    """
    text = str(_TEXTS[value])
    if translate is None:
        return QCoreApplication.translate(CONTEXT, text)
    return translate(CONTEXT, text)
