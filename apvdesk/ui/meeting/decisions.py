"""From an agenda point into the action plan: the problems and actions made from it, and their buttons.

A problem made from a point starts filled in from it: the question and what does not
work, the groups, the meeting's date and number of participants, and a seriousness
after the group's rating. An action starts with the group's ideas.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, Rating, problem_text_from_point
from apvdesk.core.model import OTHER_SCALE, Action, Group, Problem, Seriousness
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date


def seriousness_from_rating(rating: Rating | None) -> Seriousness:
    """Return the seriousness a problem made from a point starts with: a real problem is high."""
    if rating == Rating.REAL_PROBLEM:
        return Seriousness.HIGH
    if rating == Rating.PROBLEM:
        return Seriousness.MEDIUM
    return Seriousness.LOW


class PointDecisions(QWidget):
    """The action plan's problems and actions made from the point shown, and the buttons that add them.

    ``meeting`` and ``groups`` are the facilitator window's own (its changes are seen
    here); ``save_notes`` is called before a problem or an action is filled in from the
    point's notes.
    """

    def __init__(
        self,
        store: WorkplaceService,
        meeting: DialogueMeeting,
        groups: list[Group],
        save_notes: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._meeting = meeting
        self._groups = groups
        self._save_notes = save_notes
        self._point: AgendaPoint | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.problem_button = QPushButton(self.tr("Create problem from this point…"))
        self.problem_button.clicked.connect(self.create_problem)
        self.action_button = QPushButton(self.tr("Add action…"))
        self.action_button.clicked.connect(self.add_action)
        buttons.addWidget(self.problem_button)
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.decisions_list = QListWidget()
        self.decisions_list.setMaximumHeight(96)
        self.decisions_list.setWordWrap(True)
        layout.addWidget(self.decisions_list)
        self.decisions_note = muted(self.tr("Nothing in the action plan from this point yet."))
        layout.addWidget(self.decisions_note)

    def show_point(self, point: AgendaPoint | None) -> None:
        """List what the action plan holds from ``point`` (None: nothing, and nothing to add)."""
        self._point = point
        self.problem_button.setEnabled(point is not None)
        self.decisions_list.clear()
        problems = self._point_problems()
        for problem in problems:
            item = QListWidgetItem(self.tr("Problem: %1").replace("%1", _short(problem.kind)))
            item.setData(Qt.ItemDataRole.UserRole, problem.id)
            self.decisions_list.addItem(item)
            assert problem.id is not None
            for action in self._store.actions(problem.id):
                child = QListWidgetItem("    " + self.tr("Action: %1").replace("%1", _short(action.how)))
                child.setData(Qt.ItemDataRole.UserRole, problem.id)
                self.decisions_list.addItem(child)
        self.decisions_list.setVisible(bool(problems))
        self.decisions_note.setVisible(not problems)
        self.action_button.setEnabled(bool(problems))

    def _point_problems(self) -> list[Problem]:
        point = self._point
        return self._store.point_problems(point.id) if point is not None and point.id else []

    def prefilled_problem(self) -> Problem:
        """Return a new problem filled in from the point, the groups and the notes."""
        point = self._point
        assert point is not None
        self._save_notes()
        meeting = self._meeting
        bank = self._store.round_bank(meeting.round_id)
        scale_ids = [scale.id for scale in bank.scales]
        # what the meeting wrote, never the question it discussed (a question is not a problem)
        title, kind = problem_text_from_point(point.title, point.not_works)
        scale_id = point.scale_id if point.scale_id in scale_ids else OTHER_SCALE
        names = [g.name for g in self._groups if g.id in meeting.group_ids]
        extent = (
            self.tr("Raised at the dialogue meeting of %1 on %2 (%3 participants).")
            .replace("%1", ", ".join(names))
            .replace("%2", format_date(meeting.held_on))
            .replace("%3", str(meeting.participants))
        )
        return Problem(
            round_id=meeting.round_id,
            scale_id=scale_id,
            kind=kind,
            seriousness=seriousness_from_rating(point.rating),
            extent=extent,
            causes="",
            group_ids=list(meeting.group_ids),
            dialogue_point_id=point.id,
            title=title if scale_id == OTHER_SCALE else "",
        )

    def create_problem(self) -> None:
        """Create a problem in the action plan from the point (the problem dialog, prefilled)."""
        if self._point is None:
            return
        draft = self.prefilled_problem()
        bank = self._store.round_bank(self._meeting.round_id)
        from apvdesk.wording.i18n import current_language

        problem, accepted = ProblemDialog.edit(
            self.window(), draft, bank, self._store.groups(), current_language()
        )
        if accepted and problem.kind:
            self._store.save_problem(problem)
            self.show_point(self._point)

    def _target_problem_id(self) -> int | None:
        item = self.decisions_list.currentItem()
        if item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        problems = self._point_problems()
        return problems[-1].id if problems else None

    def add_action(self) -> None:
        """Add an action under the point's (chosen or latest) problem, prefilled with the ideas."""
        point = self._point
        problem_id = self._target_problem_id()
        if point is None or problem_id is None:
            return
        self._save_notes()
        action, accepted = ActionDialog.edit(
            self.window(), Action(how=point.ideas.strip(), problem_id=problem_id)
        )
        if accepted and action.how:
            action.problem_id = problem_id
            self._store.save_action(action)
            self.show_point(point)


def _short(text: str, length: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
