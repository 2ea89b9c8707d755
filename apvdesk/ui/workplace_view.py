"""An open workplace: the APV steps in a navigation list and the page of the chosen step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.pages.base import Page, PageContext
from apvdesk.ui.reminder_bar import ReminderBar

PAGE_KEYS = (
    "overview",
    "preparation",
    "mapping",
    "assessment",
    "absence",
    "action-plan",
    "follow-up",
    "reports",
)


def _make_page(key: str, context: PageContext) -> Page:
    from apvdesk.ui.pages import (
        absence,
        action_plan,
        assessment,
        follow_up,
        mapping,
        overview,
        preparation,
        reports,
    )

    factories = {
        "overview": overview.OverviewPage,
        "preparation": preparation.PreparationPage,
        "mapping": mapping.MappingPage,
        "assessment": assessment.AssessmentPage,
        "absence": absence.AbsencePage,
        "action-plan": action_plan.ActionPlanPage,
        "follow-up": follow_up.FollowUpPage,
        "reports": reports.ReportsPage,
    }
    return factories[key](context)


class WorkplaceView(QWidget):
    """Navigation on the left, the current step's page on the right."""

    workplace_renamed = Signal()

    def __init__(self, store: WorkplaceStore, parent: QWidget | None = None) -> None:
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
            page = _make_page(key, self.context)
            self._pages[key] = page
            self.pages.addWidget(page)
            item = QListWidgetItem(page.title())
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
        page = self._pages[PAGE_KEYS[row]]
        page.refresh()
        self.pages.setCurrentWidget(page)
        self.update_reminder()

    def update_reminder(self) -> None:
        """Show what is overdue or due soon in the current round (nothing when all is in hand)."""
        apv_round = self.context.current_round()
        self.reminder.update_from(self.context.store, apv_round.id if apv_round else None)

    def show_page(self, key: str) -> None:
        """Go to the page of an APV step (one of PAGE_KEYS)."""
        if key not in self._pages:
            raise KeyError(key)
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))

    def close_windows(self) -> None:
        """Close every window the pages opened (a meeting's facilitator view, say)."""
        for page in self._pages.values():
            page.close_windows()

    def current_page(self) -> str:
        return PAGE_KEYS[max(0, self.navigation.currentRow())]

    def page(self, key: str) -> Page:
        return self._pages[key]
