"""Screenshots of sites in the plan: the problem and action dialogs, the groups' site, the plan's printing.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the application
already in the language of the pictures. The demo's second problem is put at its customer
site, and its second group works there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def render(store: Any, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Write siteplan-problem, siteplan-action, siteplan-groups and siteplan-print."""
    from apvdesk.ui.dialogs.action_dialog import ActionDialog
    from apvdesk.ui.dialogs.problem_dialog import ProblemDialog
    from apvdesk.ui.models.groups import GroupsModel
    from apvdesk.ui.site_choice import SiteDelegate
    from apvdesk.wording.i18n import current_language

    lang = current_language()
    sites = store.sites()
    site = sites[0]
    problem, actions = store.action_plan(round_id, dt.date.today()).problems[1]
    if problem.site_id is None:
        store.set_problem_site(problem.id, site.id)
        problem.site_id = site.id
    groups = store.groups()
    if groups[1].site_id is None:
        store.set_group_site(groups[1].id, site.id)

    dialog = ProblemDialog(problem, store.round_bank(round_id), store.groups(), lang, None, sites)
    save(dialog, "siteplan-problem", (700, dialog.sizeHint().height() + 20))
    dialog.close()

    action = ActionDialog(actions[0], None, lang=lang, sites=sites)
    if action.site_combo is not None:
        action.site_combo.set_site_id(site.id)
    save(action, "siteplan-action", (680, action.sizeHint().height() + 20))
    action.close()

    model = GroupsModel(store)
    table = QTableView()
    table.setModel(model)
    table.setItemDelegateForColumn(GroupsModel.SITE, SiteDelegate(lambda: model.sites, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    table.selectRow(1)
    save(table, "siteplan-groups", (640, 200))
    table.deleteLater()

    save(_print_box(store, lang), "siteplan-print", (720, 260))


def _print_box(store: Any, lang: str) -> QWidget:
    """Return the Rapporter page's action-plan box with the site chosen."""
    from apvdesk.app.report_registry import printable_report
    from apvdesk.ui.pdf_export import PdfExportBox
    from apvdesk.ui.site_choice import one_site_note
    from apvdesk.wording import i18n
    from apvdesk.wording.language_names import language_choices

    entry = printable_report("action-plan")
    box = PdfExportBox(
        entry.page.title.text(),
        entry.page.summary.text(),
        entry.page.button.text(),
        lambda _lang: lambda *_args: b"",
    )
    box.enable_printing()
    box.set_choices(language_choices(i18n.LANGUAGES), lang, "apvdesk")
    box.set_sites(store.sites(), one_site_note())
    assert box.site_combo is not None
    box.site_combo.setCurrentIndex(1)
    return box
