"""The words for content apvdesk cannot use: each fault in a file, and what the rescue did about it.

Used by ``apvdesk check``, by the one-line message for a refused file
(:func:`apvdesk.app.file_messages.describe`) and by the rescue dialog. Translated through Qt
(context ``ContentMessages``); table and column names are shown as they are in the file,
so that someone with a database tool can find them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from apvdesk.store.content_fault import ContentChange, ContentFault, Fault, show_value
from apvdesk.store.errors import DamagedContent
from apvdesk.wording.i18n import fill

SHOWN_IN_ONE_LINE = 1


class ContentMessages:
    """The texts, collected by lupdate under the context of this class's name."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ContentMessages", text)

    def fault(self, fault: ContentFault) -> str:
        """Return one sentence: which table, row and column, what value, and what is wrong with it."""
        kind = fault.fault
        if kind is Fault.MISSING_TABLE:
            return fill(self.tr("The table %1 is missing."), fault.table)
        if kind is Fault.MISSING_COLUMN:
            return fill(self.tr("The table %1 has no column %2."), fault.table, fault.column)
        limits = fault.limits
        texts = {
            Fault.EMPTY: self.tr("Table %1, row %2, column %3 is empty, but must hold a value."),
            Fault.NOT_WHOLE_NUMBER: self.tr(
                "Table %1, row %2, column %3 holds %4, which is not a whole number."
            ),
            Fault.NOT_NUMBER: self.tr("Table %1, row %2, column %3 holds %4, which is not a number."),
            Fault.NOT_TEXT: self.tr("Table %1, row %2, column %3 holds %4, which is not text."),
            Fault.UNREADABLE_TEXT: self.tr(
                "Table %1, row %2, column %3 holds text that cannot be read (it is not UTF-8): %4."
            ),
            Fault.NOT_DATE: self.tr(
                "Table %1, row %2, column %3 holds %4, which is not a date written as YYYY-MM-DD."
            ),
            Fault.NOT_YES_NO: self.tr(
                "Table %1, row %2, column %3 holds %4, but only 0 (no) or 1 (yes) is allowed."
            ),
            Fault.UNKNOWN_CHOICE: self.tr("Table %1, row %2, column %3 holds %4, which is not one of: %5."),
            Fault.OUT_OF_RANGE: self.tr("Table %1, row %2, column %3 holds %4, but it must be at least %5.")
            if len(limits) < 2 or limits[1] is None
            else self.tr("Table %1, row %2, column %3 holds %4, but it must be from %5 to %6."),
            Fault.UNREADABLE_BANK: self.tr(
                "Table %1, row %2, column %3: the question bank kept for the round cannot be read (%4)."
            ),
            Fault.UNREADABLE_RECORD: self.tr(
                "Table %1, row %2, column %3 holds %4, which are not results apvdesk can read (%5)."
            ),
            Fault.NOT_A_PIN: self.tr(
                "Table %1, row %2, column %3 does not hold a kiosk PIN as apvdesk stores it."
            ),
            Fault.BROKEN_REFERENCE: self.tr(
                "Table %1, row %2, column %3 holds %4, but the table %5 has no such row."
            ),
            Fault.ENDS_BEFORE_START: self.tr(
                "Table %1, row %2, column %3 holds %4: the period ends before it starts (%5)."
            ),
            Fault.RED_ABOVE_GREEN: self.tr(
                "Table %1, row %2, column %3 holds %4: red would begin above where green begins (%5)."
            ),
            Fault.FOLLOWS_A_FOLLOW_UP: self.tr(
                "Table %1, row %2, column %3 holds %4: a round cannot follow itself "
                "or a round that is itself a follow-up."
            ),
            Fault.NOT_A_PROMISE: self.tr(
                "Table %1, row %2, column %3 holds %4, but it must be 0 (nothing promised yet) "
                "or at least %5."
            ),
            Fault.BELOW_THE_PROMISE: self.tr(
                "Table %1, row %2, column %3 holds %4, below the threshold the respondents were told (%5)."
            ),
        }
        value = fault.value if kind is Fault.UNREADABLE_BANK else fault.shown_value
        if kind is Fault.UNKNOWN_CHOICE:
            extra: tuple[object, ...] = (", ".join(str(choice) for choice in limits),)
        elif kind in (Fault.BROKEN_REFERENCE,):
            extra = tuple(limits[:1])
        elif kind in (Fault.ENDS_BEFORE_START, Fault.RED_ABOVE_GREEN):
            extra = tuple(show_value(limit) for limit in limits[:1])
        else:
            extra = tuple(limits)
        return fill(texts[kind], fault.table, fault.row or "?", fault.column, value, *extra, "", "")

    def change(self, change: ContentChange) -> str:
        """Return what the rescue did about one fault: the fault, then what became of it."""
        done = change.fault
        if done.fault is Fault.MISSING_TABLE:
            outcome = self.tr("The new file has the table, empty.")
        elif done.fault is Fault.MISSING_COLUMN:
            outcome = self.tr("The new file has the column, empty or with its usual value.")
        elif change.values is None:
            outcome = self.tr("The row was left out.")
        else:
            written = ", ".join(f"{name} = {show_value(value)}" for name, value in change.values.items())
            outcome = fill(self.tr("Now: %1."), written)
        return f"{self.fault(done)} {outcome}"

    def refused(self, error: DamagedContent) -> str:
        """Return the one line for a file refused for its content: the file, the first fault, what to do."""
        first = self.fault(error.faults[0]) if error.faults else ""
        if len(error.faults) <= 1 and not error.more:
            text = self.tr(
                "Part of the content of %1 cannot be used by apvdesk, so the file was not opened. %2 "
                "Open the file in apvdesk to copy what can be used into a new file, or use a backup copy; "
                "the file has not been changed."
            )
            return fill(text, error.path, first)
        text = self.tr(
            "Part of the content of %1 cannot be used by apvdesk (%2 problems), so the file was not opened. "
            "The first: %3 Run “apvdesk check” to list them; open the file in apvdesk to copy what can be "
            "used into a new file, or use a backup copy. The file has not been changed."
        )
        return fill(text, error.path, self._count(len(error.faults), error.more), first)

    def _count(self, count: int, more: bool) -> str:
        return fill(self.tr("more than %1"), count) if more else str(count)

    def check_heading(self, count: int, more: bool) -> str:
        """Return the heading of ``apvdesk check``'s list of faults."""
        if count == 1 and not more:
            return self.tr("Content check: one problem found:")
        if more:
            return fill(self.tr("Content check: more than %1 problems found; the first %1:"), count)
        return fill(self.tr("Content check: %1 problems found:"), count)

    def check_ok(self) -> str:
        return fill(self.tr("Content check: %1"), "ok")

    def check_advice(self, path: object) -> str:
        return fill(
            self.tr(
                "Open %1 in apvdesk to copy what can be used into a new file (apvdesk repairs what it "
                "safely can and leaves out the rest), or use a backup copy; the file has not been changed."
            ),
            path,
        )


def describe_refused(error: DamagedContent) -> str:
    """Return the one translated line for a file refused for its content."""
    return ContentMessages().refused(error)
