"""Handlingsplan: the problems of the round and the actions that solve them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core.action_history import needs_next_step
from apvdesk.core.approval import ApprovalState, plan_approval_state, problems_without_action
from apvdesk.core.model import Action, ApproverRole, Problem
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.approval_dialog import ApprovalDialog, approve_despite_gaps
from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.models.plan import ActionsModel, ProblemsModel
from apvdesk.ui.next_step_flow import ask_next_step
from apvdesk.ui.pages.base import Page
from apvdesk.ui.site_choice import move_to_site
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.labels import label

CHANGED_STYLE = "color: #a61b1b; font-weight: bold;"
APPROVED_STYLE = "color: #1d6b33; font-weight: bold;"


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

    page_key = "action-plan"

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
        self.body.addWidget(self._build_approval_box())

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

    def _build_approval_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Approval of the plan"))
        layout = QVBoxLayout(box)
        self.approval_state_label = QLabel()
        self.approval_state_label.setWordWrap(True)
        layout.addWidget(self.approval_state_label)
        self.approvals_list = QListWidget()
        self.approvals_list.setMaximumHeight(110)
        layout.addWidget(self.approvals_list)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Record approval…"))
        self.remove_approval_button = QPushButton(self.tr("Remove approval"))
        row.addWidget(self.approve_button)
        row.addWidget(self.remove_approval_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.approve_button.clicked.connect(self.record_approval)
        self.remove_approval_button.clicked.connect(self.remove_approval)
        self.approvals_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        return box

    # --- loading ----------------------------------------------------------------------

    def refresh(self, select_problem_id: int | None = None) -> None:
        self.show_next_step()
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            self.problems_model.set_data([], *self._bank_and_groups(None))
            self._load_actions()
            self._load_approvals()
            return
        current = self._selected_problem()
        selected = select_problem_id or (current.id if current else None)
        problems = self.store.problems(apv_round.id)
        counts: dict[int | None, int] = {}
        for _problem, action in self.store.round_actions(apv_round.id):
            counts[action.problem_id] = counts.get(action.problem_id, 0) + 1
        rows = [(p, counts.get(p.id, 0)) for p in problems if p.id is not None]
        bank, groups, lang = self._bank_and_groups(apv_round.id)
        self.problems_model.set_data(rows, bank, groups, lang, self.store.sites())
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
        self._load_approvals()

    def _load_approvals(self) -> None:
        self.approvals_list.clear()
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            self.approval_state_label.setText("")
            self._update_buttons()
            return
        plan = self.store.action_plan(apv_round.id)
        state = plan_approval_state(plan)
        self.approval_state_label.setText(self._approval_summary(state, plan.plan_changed_on))
        style = CHANGED_STYLE if state.changed_since_approval else APPROVED_STYLE if state.approved else ""
        self.approval_state_label.setStyleSheet(style)
        for approval in state.current:
            text = self.tr("%1, %2, approved on %3")
            self._add_approval_item(text, approval)
        for approval in state.outdated:
            text = self.tr("%1, %2, approved an earlier version on %3")
            self._add_approval_item(text, approval)
        for approval in state.too_early:
            text = self.tr("%1, %2, dated %3, before the round started: does not count")
            self._add_approval_item(text, approval)
        self.approvals_list.setVisible(self.approvals_list.count() > 0)
        self._update_buttons()

    def _add_approval_item(self, text: str, approval) -> None:
        text = (
            text.replace("%1", approval.name)
            .replace(
                "%2",
                label(approval.role).lower() if approval.role != ApproverRole.AMO else label(approval.role),
            )
            .replace("%3", format_date(approval.approved_on))
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, approval.id)
        self.approvals_list.addItem(item)

    def _approval_summary(self, state: ApprovalState, changed_on: dt.date | None) -> str:
        if state.changed_since_approval:
            return self.tr(
                "Changed since approval: the plan was changed on %1 after it was approved. "
                "It should be approved again."
            ).replace("%1", format_date(changed_on))
        if state.approved:
            return self.tr("The plan is approved as it is now.")
        if state.current:
            return self.tr(
                "Not approved yet: good practice is that the employer and at least one employee "
                "representative both approve (or the AMO)."
            )
        return self.tr(
            "Not approved yet. When the plan is agreed, record who approved it: the AMO, or the "
            "employer and an employee representative."
        )

    def _bank_and_groups(self, round_id: int | None):
        from apvdesk.app.resources import shipped_bank

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
        self.actions_model.set_actions(actions, self.store.sites(), problem.site_id if problem else None)
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
        editable = self.context.editable
        self.add_problem_button.setEnabled(editable and apv_round is not None)
        self.edit_problem_button.setEnabled(editable and has_problem)
        self.delete_problem_button.setEnabled(editable and has_problem)
        self.add_action_button.setEnabled(editable and has_problem)
        self.edit_action_button.setEnabled(editable and has_action)
        self.delete_action_button.setEnabled(editable and has_action)
        self.approve_button.setEnabled(editable and apv_round is not None)
        self.remove_approval_button.setEnabled(editable and self.approvals_list.currentItem() is not None)

    # --- problems -----------------------------------------------------------------------

    def add_problem(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        bank, groups, lang = self._bank_and_groups(apv_round.id)
        draft = Problem(round_id=apv_round.id, scale_id=bank.scales[0].id, kind="")
        problem, accepted = ProblemDialog.edit(self, draft, bank, groups, lang, self.store.sites())
        if accepted and problem.kind:  # a new problem is saved at its site
            saved = self.store.save_problem(problem)
            self.refresh(select_problem_id=saved.id)

    def edit_problem(self) -> None:
        current = self._selected_problem()
        if current is None:
            return
        bank, groups, lang = self._bank_and_groups(current.round_id)
        problem, accepted = ProblemDialog.edit(self, current, bank, groups, lang, self.store.sites())
        if accepted and problem.kind:
            self.store.save_problem(problem)
            move_to_site(self.store.set_problem_site, problem.id, current.site_id, problem.site_id)
            self.refresh(select_problem_id=problem.id)

    def delete_problem(self) -> None:
        problem = self._selected_problem()
        if problem is None or problem.id is None:
            return
        if confirm(
            self,
            self.tr("Delete problem"),
            self.tr("Delete this problem and all its actions?\n\n%1").replace("%1", problem.kind),
        ):
            self.store.delete_problem(problem.id)
            self.refresh()
            self.context.plan_changed.emit()

    # --- actions ------------------------------------------------------------------------

    def add_action(self) -> None:
        problem = self._selected_problem()
        if problem is None:
            return
        draft = Action(how="", problem_id=problem.id, site_id=problem.site_id)  # at its problem's site
        action, accepted = ActionDialog.edit(self, draft, *self._catalogue_for(problem))
        if accepted and action.how:
            saved = self.store.save_action(action)
            self.refresh(select_problem_id=problem.id)
            self._load_actions(select_action_id=saved.id)
            self.context.plan_changed.emit()

    def edit_action(self) -> None:
        current = self._selected_action()
        problem = self._selected_problem()
        if current is None or problem is None:
            return
        action, accepted = ActionDialog.edit(self, current, *self._catalogue_for(problem))
        if accepted and action.how:
            move_to_site(self.store.set_action_site, current.id, current.site_id, action.site_id)
            action = self.store.save_action(action)
            if needs_next_step(action):  # judged "partly" or "did not work" here: what now?
                action = ask_next_step(self, self.store, action) or action
            self.refresh(select_problem_id=problem.id)
            self._load_actions(select_action_id=action.id)
            self.context.plan_changed.emit()

    def _catalogue_for(self, problem: Problem):
        """Return the catalogue, the entries for the problem's theme, the language, known names, the sites."""
        from apvdesk.app.resources import shipped_catalogue

        catalogue = shipped_catalogue()
        bank = self.store.round_bank(problem.round_id)
        suggested = catalogue.for_scale(bank, problem.scale_id)
        workplace = self.store.workplace()
        people = [workplace.manager, *workplace.safety_representatives]
        people += [a.responsible for _p, a in self.store.round_actions(problem.round_id)]
        names = list(dict.fromkeys(name for name in people if name.strip()))
        return catalogue, suggested, self.context.language(), names, self.store.sites()

    # --- approvals ----------------------------------------------------------------------

    def record_approval(self) -> None:
        apv_round = self.context.current_round()
        if apv_round is None or apv_round.id is None:
            return
        if not approve_despite_gaps(self, problems_without_action(self.store.action_plan(apv_round.id))):
            return
        workplace = self.store.workplace()
        # With an AMO, its members sign for it; without one, the manager as employer and the
        # safety representatives as employee representatives.
        employer = ApproverRole.AMO if workplace.has_amo else ApproverRole.EMPLOYER
        employee = ApproverRole.AMO if workplace.has_amo else ApproverRole.EMPLOYEE_REPRESENTATIVE
        people = [(workplace.manager, employer)] if workplace.manager else []
        people += [(name, employee) for name in workplace.safety_representatives]
        approval = ApprovalDialog.ask(self, apv_round.id, workplace.has_amo, people)
        if approval is not None:
            self.store.add_approval(approval)
            self._load_approvals()

    def remove_approval(self) -> None:
        item = self.approvals_list.currentItem()
        if item is None:
            return
        if confirm(
            self,
            self.tr("Remove approval"),
            self.tr("Remove this approval?\n\n%1").replace("%1", item.text()),
        ):
            self.store.delete_approval(item.data(Qt.ItemDataRole.UserRole))
            self._load_approvals()

    def delete_action(self) -> None:
        action = self._selected_action()
        if action is None or action.id is None:
            return
        if confirm(
            self, self.tr("Delete action"), self.tr("Delete this action?\n\n%1").replace("%1", action.how)
        ):
            self.store.delete_action(action.id)
            self.refresh()
            self.context.plan_changed.emit()
