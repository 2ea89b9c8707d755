"""Qt table models of the action plan: the problems of a round and one problem's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from apvdesk.core.bank import QuestionBank
from apvdesk.core.deadlines import is_overdue
from apvdesk.core.model import Action, Group, Problem, ProblemKind
from apvdesk.core.sites import Site
from apvdesk.ui.models.table import Index, RowsTableModel
from apvdesk.ui.site_choice import site_text
from apvdesk.wording.formatting import format_date, problem_groups_text
from apvdesk.wording.labels import label

OVERDUE_COLOUR = QColor("#a61b1b")


def _names(sites: Sequence[Site]) -> dict[int, str]:
    return {site.id: site.name for site in sites if site.id is not None}


class ProblemsModel(RowsTableModel[tuple[Problem, int]]):
    """Columns: priority, scale, kind, seriousness, groups, actions; the site when there are sites."""

    SITE = 6

    def __init__(self) -> None:
        super().__init__()
        self._scale_names: dict[str, str] = {}
        self._group_names: dict[int, str] = {}
        self._site_names: dict[int, str] = {}

    def set_data(
        self,
        rows: list[tuple[Problem, int]],
        bank: QuestionBank,
        groups: list[Group],
        lang: str,
        sites: Sequence[Site] = (),
    ) -> None:
        self._scale_names = {s.id: s.name.get(lang, s.id) for s in bank.scales}
        self._group_names = {g.id: g.name for g in groups if g.id is not None}
        self._site_names = _names(sites)
        self.set_rows(rows)

    def problem(self, row: int) -> Problem:
        return self._rows[row][0]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Priority"),
            self.tr("Theme"),
            self.tr("Problem"),
            self.tr("Seriousness"),
            self.tr("Groups"),
            self.tr("Actions"),
        ) + ((self.tr("Site"),) if self._site_names else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem, action_count = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return str(problem.priority)
            if column == 1:
                if problem.is_other:
                    return label(ProblemKind.OTHER)
                return self._scale_names.get(problem.scale_id, problem.scale_id)
            if column == 2:
                title = problem.title.strip() if problem.is_other else ""
                return f"{title} – {problem.kind}" if title and problem.kind else title or problem.kind
            if column == 3:
                return label(problem.seriousness)
            if column == 4:
                return problem_groups_text(problem.group_ids, self._group_names)
            if column == self.SITE:
                return site_text(problem.site_id, self._site_names)
            if problem.solved_at_once and not action_count:
                return self.tr("Solved at once")
            return str(action_count)
        return None


def status_text(action: Action) -> str:
    """Return the status, with the effect once it is recorded ("Done: worked")."""
    if action.effect is not None:
        return f"{label(action.status)}: {label(action.effect).lower()}"
    return label(action.status)


class ActionsModel(RowsTableModel[Action]):
    """Columns: how, responsible, start, deadline, status, effect; the site when there are sites.

    Overdue deadlines in red. An action without a site of its own shows its problem's.
    """

    def __init__(self) -> None:
        super().__init__()
        self._today = dt.date.today()
        self._site_names: dict[int, str] = {}
        self._problem_site: int | None = None

    def set_actions(
        self, actions: list[Action], sites: Sequence[Site] = (), problem_site: int | None = None
    ) -> None:
        self._today = dt.date.today()
        self._site_names = _names(sites)
        self._problem_site = problem_site
        self.set_rows(actions)

    def action(self, row: int) -> Action:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("What is done"),
            self.tr("Responsible"),
            self.tr("Start"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Effect checked on"),
        ) + ((self.tr("Site"),) if self._site_names else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                action.how,
                action.responsible,
                format_date(action.start),
                format_date(action.deadline),
                status_text(action),
                format_date(action.follow_up_date),
                site_text(
                    action.site_id if action.site_id is not None else self._problem_site, self._site_names
                ),
            )
            return values[column]
        overdue = is_overdue(action, self._today)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and overdue:
            return QBrush(OVERDUE_COLOUR)
        return None
