"""An open workplace: the APV steps in a navigation list and the page of the chosen step.

Pages are built when first shown (or asked for with :meth:`WorkplaceView.page`), so that
opening a file builds and fills only the overview. The navigation list takes its titles
from :data:`PAGE_TITLES`, without building the pages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from apvdesk.ui.page_keys import PAGE_KEYS
from apvdesk.ui.pages.base import Page, PageContext
from apvdesk.ui.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService

# Each page's class as (module under apvdesk.ui.pages, class name); imported when first built.
PAGE_CLASSES = {
    "overview": ("overview", "OverviewPage"),
    "preparation": ("preparation", "PreparationPage"),
    "mapping": ("mapping", "MappingPage"),
    "assessment": ("assessment", "AssessmentPage"),
    "absence": ("absence", "AbsencePage"),
    "action-plan": ("action_plan", "ActionPlanPage"),
    "follow-up": ("follow_up", "FollowUpPage"),
    "reports": ("reports", "ReportsPage"),
}

# The titles in the navigation list: the same texts, in the same translation contexts, as
# each page's own title() (tests/ui/test_lazy_pages.py keeps the two alike).
PAGE_TITLES: dict[str, Callable[[], str]] = {
    "overview": lambda: QCoreApplication.translate("OverviewPage", "Overview"),
    "preparation": lambda: QCoreApplication.translate("PreparationPage", "Preparation"),
    "mapping": lambda: QCoreApplication.translate("MappingPage", "Mapping"),
    "assessment": lambda: QCoreApplication.translate("AssessmentPage", "Assessment"),
    "absence": lambda: QCoreApplication.translate("AbsencePage", "Sickness absence"),
    "action-plan": lambda: QCoreApplication.translate("ActionPlanPage", "Action plan"),
    "follow-up": lambda: QCoreApplication.translate("FollowUpPage", "Follow-up"),
    "reports": lambda: QCoreApplication.translate("ReportsPage", "Reports"),
}


def page_title(key: str) -> str:
    """Return the title of the page ``key`` in the current language, without building the page."""
    return PAGE_TITLES[key]()


def _make_page(key: str, context: PageContext) -> Page:
    module_name, class_name = PAGE_CLASSES[key]
    module = importlib.import_module(f"apvdesk.ui.pages.{module_name}")
    page = getattr(module, class_name)(context)
    assert isinstance(page, Page)
    return page


class WorkplaceView(QWidget):
    """Navigation on the left, the current step's page on the right."""

    workplace_renamed = Signal()

    def __init__(self, store: WorkplaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = PageContext(store)
        self.context.navigate.connect(self.show_page)
        self.context.workplace_changed.connect(self.workplace_renamed)
        self.context.plan_changed.connect(self.update_reminder)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(210)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; border: none; outline: 0; background: palette(window); }"
            "QListWidget::item { padding: 9px 12px; }"
        )
        self.pages = QStackedWidget()
        self._pages: dict[str, Page] = {}
        for key in PAGE_KEYS:
            item = QListWidgetItem(page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        layout.addWidget(self.navigation)
        right = QVBoxLayout()
        right.setContentsMargins(12, 10, 12, 0)
        self.reminder = ReminderBar()
        self.reminder.show_follow_up.connect(lambda: self.show_page("follow-up"))
        right.addWidget(self.reminder)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.setCurrentRow(0)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(PAGE_KEYS[row])
        page.refresh()
        self.pages.setCurrentWidget(page)
        self.update_reminder()

    def update_reminder(self) -> None:
        """Show what is overdue or due soon in the current round (nothing when all is in hand)."""
        apv_round = self.context.current_round()
        self.reminder.update_from(self.context.store, apv_round.id if apv_round else None)

    def show_page(self, key: str) -> None:
        """Go to the page of an APV step (one of PAGE_KEYS)."""
        if key not in PAGE_CLASSES:
            raise KeyError(key)
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def close_windows(self) -> None:
        """Close every window the pages opened (a meeting's facilitator view, say)."""
        for page in self._pages.values():
            page.close_windows()

    def current_page(self) -> str:
        """Return the key of the page shown."""
        return PAGE_KEYS[max(0, self.navigation.currentRow())]

    def page(self, key: str) -> Page:
        """Return the page of ``key``, building it the first time (without showing it)."""
        page = self._pages.get(key)
        if page is None:
            page = _make_page(key, self.context)
            self._pages[key] = page
            self.pages.addWidget(page)
        return page

    def built_pages(self) -> tuple[str, ...]:
        """Return the keys of the pages built so far, in the order they were built."""
        return tuple(self._pages)
