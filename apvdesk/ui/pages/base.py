"""What every page shares: the open workplace, the current round and a scrolling frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from apvdesk.ui.next_step_line import NextStepLine
from apvdesk.ui.style import heading, muted
from apvdesk.ui.wheel_guard import guard_wheel

if TYPE_CHECKING:
    # Not imported at run time: the Overview page is shown at start-up before the store
    # (SQLAlchemy) is loaded (see apvdesk.store.sqlite.deferred_store).
    from apvdesk.core.model import Round
    from apvdesk.store.service import WorkplaceService


class PageContext(QObject):
    """The service and shared state the pages work on.

    ``navigate`` asks the view to show another step; ``workplace_changed`` tells the
    window that the workplace's name or details changed; ``plan_changed`` that an action
    or problem was saved, so that the reminder of what is due is brought up to date.
    """

    navigate = Signal(str)
    workplace_changed = Signal()
    plan_changed = Signal()

    def __init__(self, store: WorkplaceService) -> None:
        super().__init__()
        self.store = store

    def current_round(self) -> Round | None:
        """Return the round the pages show (the latest one)."""
        return self.store.latest_round()

    @property
    def editable(self) -> bool:
        """Return False when the file is open read-only (another copy of apvdesk has it)."""
        return not self.store.read_only

    def language(self) -> str:
        """Return the language code for texts that come from data (the question bank)."""
        from apvdesk.wording.i18n import current_language

        return current_language()


class Page(QWidget):
    """A page of one APV step with a heading, an introduction, a "what now" line and a scrolling body.

    A page with a ``page_key`` (one of ui/page_keys.py) calls :meth:`show_next_step` in its
    refresh; the line says what to do next while the page's part is empty or unfinished.
    """

    page_key = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addWidget(heading(self.title(), 1))
        intro = self.introduction()
        if intro:
            outer.addWidget(muted(intro))
        self.next_step = NextStepLine()
        self.next_step.go.connect(self._go_to_next_step)
        context.plan_changed.connect(self._plan_changed)
        outer.addWidget(self.next_step)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body_widget = QWidget()
        self.body = QVBoxLayout(body_widget)
        self.body.setContentsMargins(0, 8, 0, 0)
        scroll.setWidget(body_widget)
        outer.addWidget(scroll, 1)

    @property
    def store(self) -> WorkplaceService:
        return self.context.store

    def title(self) -> str:
        raise NotImplementedError

    def introduction(self) -> str:
        return ""

    def refresh(self) -> None:
        """Reload what the page shows from the file (called whenever the page is shown)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Keep the wheel scrolling the page over the combo and spin boxes it now holds."""
        guard_wheel(self)
        super().showEvent(event)

    def show_next_step(self) -> None:
        """Show the "what now" line, worked out from the workplace's facts and the round's checklist."""
        from apvdesk.core.next_step import next_step

        facts = self.store.overview()
        apv_round = facts.round
        lines: list = []
        if (
            self.page_key not in ("overview", "preparation")
            and apv_round is not None
            and apv_round.id is not None
        ):
            lines = self.store.apv_checklist(apv_round.id)
        self.next_step.show_step(next_step(self.page_key, facts, lines))

    def _plan_changed(self) -> None:
        """Bring the line up to date when the plan changed on this page (the others do when shown)."""
        if self.page_key and self.isVisible():
            self.show_next_step()

    def _go_to_next_step(self, target: str) -> None:
        from apvdesk.core.next_step import GUIDE

        if target != GUIDE:
            self.context.navigate.emit(target)
            return
        from apvdesk.ui.dialogs.getting_started import GettingStartedDialog

        self.guide = GettingStartedDialog(self.window(), self.context.navigate.emit)
        self.guide.open()

    def close_windows(self) -> None:
        """Close the windows this page opened, so they save what they hold (before a rebuild)."""
