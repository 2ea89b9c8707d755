"""An action's history in words, the same on the Follow-up page and in the printouts.

The texts are marked with ``QT_TRANSLATE_NOOP`` in the context "ActionHistory"; each
function takes the caller's translate function (a report's
:class:`~apvdesk.wording.i18n.Translator`), or uses the application's installed language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from apvdesk.core.action_events import ActionEvent, EventKind
from apvdesk.core.model import Effect
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import fill
from apvdesk.wording.labels import label

CONTEXT = "ActionHistory"
Translate = Callable[[str, str], str]

_TEXTS = {
    EventKind.NOTE: QT_TRANSLATE_NOOP("ActionHistory", "Note: %1"),
    EventKind.DEADLINE_MOVED: QT_TRANSLATE_NOOP("ActionHistory", "Deadline moved from %1 to %2"),
    EventKind.EFFECT: QT_TRANSLATE_NOOP("ActionHistory", "Effect judged: %1"),
    EventKind.CONTINUED: QT_TRANSLATE_NOOP("ActionHistory", "Next step: the action goes on, new deadline %2"),
    EventKind.NEW_ACTION: QT_TRANSLATE_NOOP("ActionHistory", "Next step: a new action: %1"),
    EventKind.RECONSIDER: QT_TRANSLATE_NOOP("ActionHistory", "Next step: the problem is to be reconsidered"),
}
NO_DEADLINE = QT_TRANSLATE_NOOP("ActionHistory", "no deadline")
REASON = QT_TRANSLATE_NOOP("ActionHistory", "%1 (why: %2)")
NEEDS_NEXT_STEP = QT_TRANSLATE_NOOP("ActionHistory", "Choose the next step")


def _tr(text: object, translate: Translate | None) -> str:
    if translate is None:
        return QCoreApplication.translate(CONTEXT, str(text))
    return translate(CONTEXT, str(text))


def event_text(event: ActionEvent, translate: Translate | None = None, lang: str | None = None) -> str:
    """Return what happened, without the date: "Deadline moved from 01-11-2026 to 01-12-2026 (why: …)"."""
    printed = translate is not None
    old = format_date(event.old_deadline, lang, printed=printed) or _tr(NO_DEADLINE, translate)
    new = format_date(event.new_deadline, lang, printed=printed) or _tr(NO_DEADLINE, translate)
    if event.kind == EventKind.EFFECT:
        judged = label(Effect(event.effect), translate) if event.effect else "–"
        text = fill(_tr(_TEXTS[event.kind], translate), judged)
        return f"{text}. {event.note}" if event.note else text
    text = _tr(_TEXTS[event.kind], translate)
    if event.kind == EventKind.NOTE:
        return fill(text, event.note)
    if event.kind == EventKind.NEW_ACTION:
        return fill(text, event.note or "–")
    text = fill(text, old, new) if "%2" in text else fill(text, old)
    return fill(_tr(REASON, translate), text, event.note) if event.note else text


def dated_event_text(event: ActionEvent, translate: Translate | None = None, lang: str | None = None) -> str:
    """Return "06-12-2026: " and what happened."""
    return (
        f"{format_date(event.on, lang, printed=translate is not None)}: {event_text(event, translate, lang)}"
    )


def needs_next_step_text(translate: Translate | None = None) -> str:
    """Return the words that mark an action waiting for its next step."""
    return _tr(NEEDS_NEXT_STEP, translate)
