"""The Overview's rows about the APV's records: scope, cooperation, who took part, changes in the work.

:class:`OverviewRecords` adds its rows to the Overview page's forms on every refresh and
opens the dialogs that edit them; the facts come from the page's plain-SQL read
(:class:`~apvdesk.core.overview.OverviewFacts`), so the rows show before the full store
has loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.cooperation import cooperation_gap, employees
from apvdesk.core.deadlines import next_apv
from apvdesk.core.overview import OverviewFacts
from apvdesk.core.records import latest_changes
from apvdesk.ui.dialogs.participation_dialog import ParticipationDialog
from apvdesk.ui.dialogs.work_change_dialog import WorkChangesDialog
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.record_texts import (
    access_label,
    access_text,
    cooperation_warning,
    rest_of_apv_label,
    rest_of_apv_text,
    scope_text,
)

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService

WARNING_STYLE = "color: #a61b1b;"


def _wrapped(text: str, warning: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if warning:
        label.setStyleSheet(WARNING_STYLE)
    return label


def _with_button(label: QLabel, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    layout.addWidget(button)
    return row


class OverviewRecords(QObject):
    """The Overview's rows on scope, cooperation, participation and the log of changes."""

    def __init__(
        self,
        store: Callable[[], WorkplaceService],
        editable: Callable[[], bool],
        refresh: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._editable = editable
        self._refresh = refresh
        self._parent = parent

    # --- the workplace ------------------------------------------------------------------

    def add_workplace_rows(self, form: QFormLayout, facts: OverviewFacts) -> None:
        """Add the scope, where the APV is kept, and a warning when the AMO falls short."""
        workplace = facts.workplace
        scope = muted(scope_text())
        scope.setWordWrap(True)
        form.addRow(self.tr("Scope:"), scope)
        rest = workplace.rest_of_apv_location.strip()
        rest_label = _wrapped(self.tr("Rest of the APV:"))
        rest_label.setToolTip(rest_of_apv_label())
        form.addRow(rest_label, _wrapped(rest_of_apv_text(rest), warning=not rest))
        access = workplace.apv_access.strip()
        access_row = _wrapped(self.tr("The APV is kept:"))
        access_row.setToolTip(access_label())
        form.addRow(access_row, _wrapped(access_text(access), warning=not access))
        gap = cooperation_gap(workplace, facts.groups)
        if gap is not None:
            warning = _wrapped(cooperation_warning(gap, employees(workplace, facts.groups)), warning=True)
            form.addRow(self.tr("Cooperation:"), warning)

    # --- the round ----------------------------------------------------------------------

    def add_participation_row(self, form: QFormLayout, facts: OverviewFacts) -> None:
        """Add who took part in the round's steps, with a button to record it."""
        names = {
            "mapping": self.tr("mapping"),
            "assessment": self.tr("assessment"),
            "plan": self.tr("action plan"),
            "follow_up": self.tr("follow-up"),
        }
        missing = facts.participation.missing()
        if not missing:
            text, warning = self.tr("Recorded for every step."), False
        else:
            text = self.tr("Not recorded for: %1.").replace("%1", ", ".join(names[m] for m in missing))
            warning = True
        button = QPushButton(self.tr("Who took part…"))
        button.setObjectName("participation_button")
        button.setEnabled(self._editable())
        button.clicked.connect(self.record_participation)
        form.addRow(self.tr("Who took part:"), _with_button(_wrapped(text, warning), button))

    def record_participation(self) -> None:
        """Ask who took part in each step of the current round, and save it."""
        store = self._store()
        apv_round = store.latest_round()
        if apv_round is None or apv_round.id is None:
            return
        participation = ParticipationDialog.ask(self._parent, store.participation(apv_round.id))
        if participation is not None:
            store.save_participation(apv_round.id, participation)
            self._refresh()

    # --- the next APV and the changes in the work ------------------------------------------

    def add_next_apv_row(self, dates: QFormLayout, facts: OverviewFacts) -> None:
        """Add when the next APV is due: three years on, or sooner for a change in the work."""
        assert facts.round is not None
        due = next_apv(facts.round.start_date, facts.work_changes)
        if due.change is None:
            text = self.tr("%1 at the latest; sooner if the work, its methods or the premises change.")
            label = _wrapped(text.replace("%1", format_date(due.due)))
        else:
            text = self.tr("A partial APV is due by %1, because of the change “%2”.")
            text = text.replace("%1", format_date(due.due)).replace("%2", due.change.what)
            label = _wrapped(text, warning=True)
        dates.insertRow(0, self.tr("Next APV:"), label)

    def add_changes_row(self, dates: QFormLayout, facts: OverviewFacts) -> None:
        """Add the log's latest entries, with buttons to add a change and to see them all."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        shown = latest_changes(facts.work_changes)
        if not shown:
            layout.addWidget(
                muted(self.tr("None logged. Log new machines, customers, premises or reorganisations."))
            )
        today = dt.date.today()
        for change in shown:
            if not change.needs_partial_apv:
                state = self.tr("no partial APV needed")
            elif change.partial_apv_on is None:
                state = self.tr("partial APV due")
            else:
                state = self.tr("partial APV made on %1").replace("%1", format_date(change.partial_apv_on))
            line = f"{format_date(change.changed_on)}: {change.what} ({state})"
            layout.addWidget(_wrapped(line, warning=change.open and change.changed_on <= today))
        button = QPushButton(self.tr("Changes in the work…"))
        button.setObjectName("changes_button")
        button.clicked.connect(self.show_changes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        dates.addRow(self.tr("Changes in the work:"), box)

    def show_changes(self) -> None:
        """Open the log of changes in the work."""
        WorkChangesDialog(self._store(), self._editable(), self._parent).exec()
        self._refresh()
