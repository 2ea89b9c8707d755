"""Handlingsplan: the problems of the round and the actions that solve them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core.model import Action, Problem
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.models.plan import ActionsModel, ProblemsModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.style import muted


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(True)
    view.setMinimumHeight(150)
    return view


class ActionPlanPage(Page):
    """Register problems (kind, seriousness, extent, causes) and their actions (how, who, when)."""

    def title(self) -> str:
        return self.tr("Action plan")

    def introduction(self) -> str:
        return self.tr(
            "Describe each problem and decide what is done about it, by when and by whom. "
            "Everything is saved at once."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        problems_box = QGroupBox(self.tr("Problems"))
        problems_layout = QVBoxLayout(problems_box)
        self.problems_empty = muted(
            self.tr(
                "No problems yet. Look at the results on the Assessment page, then add the problems you find."
            )
        )
        problems_layout.addWidget(self.problems_empty)
        self.problems_model = ProblemsModel()
        self.problems_view = _table(self.problems_model)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        problems_layout.addWidget(self.problems_view)
        row = QHBoxLayout()
        self.add_problem_button = QPushButton(self.tr("Add problem…"))
        self.edit_problem_button = QPushButton(self.tr("Edit problem…"))
        self.delete_problem_button = QPushButton(self.tr("Delete problem"))
        for button in (self.add_problem_button, self.edit_problem_button, self.delete_problem_button):
            row.addWidget(button)
        row.addStretch(1)
        problems_layout.addLayout(row)
        self.body.addWidget(problems_box)

        self.actions_box = QGroupBox(self.tr("Actions for the selected problem"))
        actions_layout = QVBoxLayout(self.actions_box)
        self.actions_empty = muted("")
        actions_layout.addWidget(self.actions_empty)
        self.actions_model = ActionsModel()
        self.actions_view = _table(self.actions_model)
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions_layout.addWidget(self.actions_view)
        row = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.delete_action_button = QPushButton(self.tr("Delete action"))
        for button in (self.add_action_button, self.edit_action_button, self.delete_action_button):
            row.addWidget(button)
        row.addStretch(1)
        actions_layout.addLayout(row)
        self.body.addWidget(self.actions_box)

        self.add_problem_button.clicked.connect(self.add_problem)
        self.edit_problem_button.clicked.connect(self.edit_problem)
        self.delete_problem_button.clicked.connect(self.delete_problem)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.delete_action_button.clicked.connect(self.delete_action)
        self.problems_view.doubleClicked.connect(lambda _index: self.edit_problem())
        self.actions_view.doubleClicked.connect(lambda _index: self.edit_action())
        self.problems_view.selectionModel().selectionChanged.connect(lambda *_: self._load_actions())
        self.actions_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- loading ----------------------------------------------------------------------

    def refresh(self, select_problem_id: int | None = None) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            self.problems_model.set_data([], *self._bank_and_groups(None))
            self._load_actions()
            return
        current = self._selected_problem()
        selected = select_problem_id or (current.id if current else None)
        problems = self.store.problems(apv_round.id)
        rows = [(p, len(self.store.actions(p.id))) for p in problems if p.id is not None]
        self.problems_model.set_data(rows, *self._bank_and_groups(apv_round.id))
        self.problems_empty.setVisible(not rows)
        self.problems_view.setVisible(bool(rows))
        for index, (problem, _count) in enumerate(rows):
            if problem.id == selected:
                self.problems_view.selectRow(index)
                break
        else:
            if rows:
                self.problems_view.selectRow(0)
        self._load_actions()

    def _bank_and_groups(self, round_id: int | None):
        from apvdesk.banks import shipped_bank

        bank = self.store.round_bank(round_id) if round_id is not None else shipped_bank()
        return bank, self.store.groups(), self.context.language()

    def _selected_problem(self) -> Problem | None:
        rows = self.problems_view.selectionModel().selectedRows()
        return self.problems_model.problem(rows[0].row()) if rows else None

    def _selected_action(self) -> Action | None:
        rows = self.actions_view.selectionModel().selectedRows()
        return self.actions_model.action(rows[0].row()) if rows else None

    def _load_actions(self, select_action_id: int | None = None) -> None:
        problem = self._selected_problem()
        actions = self.store.actions(problem.id) if problem and problem.id is not None else []
        self.actions_model.set_actions(actions)
        if problem is None:
            self.actions_empty.setText(self.tr("Select a problem to see its actions."))
        elif not actions:
            self.actions_empty.setText(
                self.tr("No actions yet. Add what will be done about this problem, by when and by whom.")
            )
        self.actions_empty.setVisible(problem is None or not actions)
        self.actions_view.setVisible(bool(actions))
        for index, action in enumerate(actions):
            if action.id == select_action_id:
                self.actions_view.selectRow(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        apv_round = self.context.current_round()
        has_problem = self._selected_problem() is not None
        has_action = self._selected_action() is not None
        self.add_problem_button.setEnabled(apv_round is not None)
        self.edit_problem_button.setEnabled(has_problem)
        self.delete_problem_button.setEnabled(has_problem)
        self.add_action_button.setEnabled(has_problem)
        self.edit_action_button.setEnabled(has_action)
        self.delete_action_button.setEnabled(has_action)

    # --- problems -----------------------------------------------------------------------

    def add_problem(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        bank, groups, lang = self._bank_and_groups(apv_round.id)
        draft = Problem(round_id=apv_round.id, scale_id=bank.scales[0].id, kind="")
        problem, accepted = ProblemDialog.edit(self, draft, bank, groups, lang)
        if accepted and problem.kind:
            saved = self.store.save_problem(problem)
            self.refresh(select_problem_id=saved.id)

    def edit_problem(self) -> None:
        current = self._selected_problem()
        if current is None:
            return
        bank, groups, lang = self._bank_and_groups(current.round_id)
        problem, accepted = ProblemDialog.edit(self, current, bank, groups, lang)
        if accepted and problem.kind:
            self.store.save_problem(problem)
            self.refresh(select_problem_id=problem.id)

    def delete_problem(self) -> None:
        problem = self._selected_problem()
        if problem is None or problem.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete problem"),
            self.tr("Delete this problem and all its actions?\n\n%1").replace("%1", problem.kind),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_problem(problem.id)
            self.refresh()

    # --- actions ------------------------------------------------------------------------

    def add_action(self) -> None:
        problem = self._selected_problem()
        if problem is None:
            return
        action, accepted = ActionDialog.edit(self, Action(how="", problem_id=problem.id))
        if accepted and action.how:
            saved = self.store.save_action(action)
            self.refresh(select_problem_id=problem.id)
            self._load_actions(select_action_id=saved.id)

    def edit_action(self) -> None:
        current = self._selected_action()
        if current is None:
            return
        action, accepted = ActionDialog.edit(self, current)
        if accepted and action.how:
            self.store.save_action(action)
            self._load_actions(select_action_id=action.id)

    def delete_action(self) -> None:
        action = self._selected_action()
        if action is None or action.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete action"), self.tr("Delete this action?\n\n%1").replace("%1", action.how)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_action(action.id)
            self.refresh()
