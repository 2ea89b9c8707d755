"""Sentences the windows and the printouts share about the APV's scope and the cooperation rules.

Each legal sentence names the rule it rests on and says no more than it. The texts are
marked with ``QT_TRANSLATE_NOOP`` in the context "RecordTexts"; every function takes the
caller's translate function (a report's :class:`~apvdesk.wording.i18n.Translator`), or
uses the application's installed language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from apvdesk.core.cooperation import AMO_FROM, TWO_LEVELS_FROM, CooperationGap
from apvdesk.wording.i18n import fill

CONTEXT = "RecordTexts"
Translate = Callable[[str, str], str]

SCOPE = QT_TRANSLATE_NOOP(
    "RecordTexts",
    "This program maps the psychosocial work environment only. The APV also covers the physical, "
    "chemical and ergonomic conditions and accidents; they are assessed and kept elsewhere.",
)
REST_KEPT = QT_TRANSLATE_NOOP("RecordTexts", "The rest of the APV (physical, chemical, ergonomic, accidents)")
REST_NOT_RECORDED = QT_TRANSLATE_NOOP("RecordTexts", "Not recorded where it is kept.")
ACCESS = QT_TRANSLATE_NOOP("RecordTexts", "Where the APV is kept and how employees can read it")
ACCESS_NOT_RECORDED = QT_TRANSLATE_NOOP("RecordTexts", "Not recorded yet.")
_GAPS = {
    CooperationGap.NO_AMO: QT_TRANSLATE_NOOP(
        "RecordTexts",
        "From %1 employees, the cooperation on safety and health goes through a work environment "
        "organisation (AMO) (arbejdsmiljøloven § 7). The workplace has %2 employees "
        "and no AMO is recorded.",
    ),
    CooperationGap.ONE_LEVEL: QT_TRANSLATE_NOOP(
        "RecordTexts",
        "From %1 employees, the work environment organisation (AMO) has two levels: work environment "
        "groups and a committee (BEK 1838/2023). The workplace has %2 "
        "employees and an AMO in one level is recorded.",
    ),
}
_LIMITS = {CooperationGap.NO_AMO: AMO_FROM, CooperationGap.ONE_LEVEL: TWO_LEVELS_FROM}


def _tr(text: object, translate: Translate | None) -> str:
    if translate is None:
        return QCoreApplication.translate(CONTEXT, str(text))
    return translate(CONTEXT, str(text))


def scope_text(translate: Translate | None = None) -> str:
    """Return the sentence saying that the program maps the psychosocial work environment only."""
    return _tr(SCOPE, translate)


def rest_of_apv_label(translate: Translate | None = None) -> str:
    """Return the label of where the rest of the APV is kept."""
    return _tr(REST_KEPT, translate)


def rest_of_apv_text(location: str, translate: Translate | None = None) -> str:
    """Return where the rest of the APV is kept, or that it is not recorded."""
    return location.strip() or _tr(REST_NOT_RECORDED, translate)


def access_label(translate: Translate | None = None) -> str:
    """Return the label of where the APV is kept and how employees can read it."""
    return _tr(ACCESS, translate)


def access_text(access: str, translate: Translate | None = None) -> str:
    """Return where the APV is kept and how employees read it, or that it is not recorded."""
    return access.strip() or _tr(ACCESS_NOT_RECORDED, translate)


def cooperation_warning(gap: CooperationGap, employees: int, translate: Translate | None = None) -> str:
    """Return the warning for a recorded AMO that falls short of the rule for the firm's size."""
    return fill(_tr(_GAPS[gap], translate), _LIMITS[gap], employees)
