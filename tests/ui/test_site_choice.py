"""Choosing the site of a group, a problem and an action: offered only with sites, kept after reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from apvdesk.core.model import Problem
from apvdesk.core.sites import Site
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.models.groups import GroupsModel
from apvdesk.ui.site_choice import whole_workplace
from tests.without_sites import remove_sites


def _site_header(context: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, "Site")


def _reopened(path: Path):
    store = WorkplaceStore.open_read_only(path)
    try:
        apv_round = store.rounds()[-1]
        assert apv_round.id is not None
        problems = store.problems(apv_round.id)
        return store.groups(), problems, {p.id: store.actions(p.id) for p in problems}
    finally:
        store.close()


def _first_problem_id(page) -> int:
    page.problems_view.selectRow(0)
    return page.problems_model.problem(0).id


def test_a_problem_and_an_action_are_moved_to_a_site_and_stay_there_after_reopening(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    [lærkehøj] = page.store.sites()
    problem_id = _first_problem_id(page)
    assert page.problems_model.headers()[-1] == _site_header("ProblemsModel")
    assert page.problems_model.data(page.problems_model.index(0, 6)) == whole_workplace()
    before = page.problems_model.problem(0)

    def to_lærkehøj(dialog: ProblemDialog) -> int:
        combo = dialog.site_combo
        assert combo is not None and combo.isVisibleTo(dialog)
        assert [combo.itemText(i) for i in range(combo.count())] == [whole_workplace(), lærkehøj.name]
        combo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProblemDialog, "exec", to_lærkehøj)
    page.edit_problem()
    assert page.problems_model.data(page.problems_model.index(0, 6)) == lærkehøj.name

    page.problems_view.selectRow(0)
    page.actions_view.selectRow(0)
    action_before = page.actions_model.action(0)
    assert action_before.site_id is None  # shown at its problem's site
    assert page.actions_model.data(page.actions_model.index(0, 6)) == lærkehøj.name

    def to_whole(dialog: ActionDialog) -> int:
        assert dialog.site_combo is not None and dialog.site_combo.currentIndex() == 0
        dialog.site_combo.setCurrentIndex(0)  # left as it is: nothing moves
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", to_whole)
    page.edit_action()
    _groups, problems, actions = _reopened(demo_file)
    moved = next(p for p in problems if p.id == problem_id)
    assert moved.site_id == lærkehøj.id
    assert (moved.kind, moved.priority) == (before.kind, before.priority)
    assert [a.site_id for a in actions[problem_id]] == [None] * len(actions[problem_id])

    def action_at_site(dialog: ActionDialog) -> int:
        assert dialog.site_combo is not None
        dialog.site_combo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    page.problems_view.selectRow(0)
    page.actions_view.selectRow(0)
    monkeypatch.setattr(ActionDialog, "exec", action_at_site)
    page.edit_action()
    _groups, problems, actions = _reopened(demo_file)
    assert actions[problem_id][0].site_id == lærkehøj.id
    assert actions[problem_id][0].how == action_before.how


def test_a_new_problem_is_saved_at_the_site_chosen_and_a_new_action_starts_at_its_problems_site(
    qtbot, main_window: MainWindow, demo_file: Path, monkeypatch
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("action-plan")
    page = view.page("action-plan")
    [lærkehøj] = page.store.sites()

    def new_at_site(dialog: ProblemDialog) -> int:
        dialog.kind_edit.setPlainText("Ingen pauserum hos kunden")
        assert dialog.site_combo is not None
        dialog.site_combo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProblemDialog, "exec", new_at_site)
    page.add_problem()
    seen: list[int | None] = []

    def new_action(dialog: ActionDialog) -> int:
        assert dialog.site_combo is not None
        seen.append(dialog.site_combo.site_id())
        dialog.how_edit.setPlainText("Aftal et rum med plejecentret")
        dialog.responsible_edit.setText("Mette")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", new_action)
    monkeypatch.setattr(ActionDialog, "missing", lambda self: "")
    page.add_action()
    assert seen == [lærkehøj.id]
    _groups, problems, actions = _reopened(demo_file)
    [new] = [p for p in problems if p.kind == "Ingen pauserum hos kunden"]
    assert new.site_id == lærkehøj.id
    assert [a.site_id for a in actions[new.id]] == [lærkehøj.id]


def test_without_sites_no_site_is_offered(qtbot):
    from apvdesk.app.resources import shipped_bank

    bank = shipped_bank()
    dialog = ProblemDialog(
        Problem(round_id=1, scale_id=bank.scales[0].id, kind="x", site_id=None), bank, [], "en"
    )
    qtbot.addWidget(dialog)
    assert dialog.site_combo is None
    with_sites = ProblemDialog(
        Problem(round_id=1, scale_id=bank.scales[0].id, kind="x", site_id=4),
        bank,
        [],
        "en",
        sites=[Site("A", id=4)],
    )
    qtbot.addWidget(with_sites)
    assert with_sites.site_combo is not None and with_sites.problem().site_id == 4


def test_a_group_is_put_at_a_site_on_forberedelse_and_the_column_shows_only_with_sites(
    qtbot, main_window: MainWindow, demo_file: Path
):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    assert not page.groups_view.isColumnHidden(GroupsModel.SITE)
    [lærkehøj] = page.store.sites()
    model = page.groups_model
    index = model.index(1, GroupsModel.SITE)
    assert index.data() == whole_workplace()
    # the table's own editor: a combo of the whole workplace and the sites
    page.groups_view.edit(index)
    editor = page.groups_view.indexWidget(index) or page.groups_view.focusWidget()
    assert editor.count() == 2
    editor.setCurrentIndex(1)
    page.groups_view.commitData(editor)
    assert index.data() == lærkehøj.name
    groups, _problems, _actions = _reopened(demo_file)
    assert [g.site_id for g in groups][:3] == [None, lærkehøj.id, None]
    assert model.data(index, Qt.ItemDataRole.EditRole) == lærkehøj.id


def test_without_sites_the_groups_and_the_plan_show_no_site(qtbot, main_window: MainWindow, demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        remove_sites(store)
    finally:
        store.close()
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("preparation")
    assert view.page("preparation").groups_view.isColumnHidden(GroupsModel.SITE)
    view.show_page("action-plan")
    page = view.page("action-plan")
    assert _site_header("ProblemsModel") not in page.problems_model.headers()
    page.problems_view.selectRow(0)
    assert _site_header("ActionsModel") not in page.actions_model.headers()
