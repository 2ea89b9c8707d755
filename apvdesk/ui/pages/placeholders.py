"""Pages whose tools come in later versions: they say plainly what will come."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from apvdesk.ui.pages.base import Page
from apvdesk.ui.style import heading, muted


class _ComingPage(Page):
    """A step not built yet: what it is for, what will come, and what to do meanwhile."""

    def __init__(self, context) -> None:
        super().__init__(context)
        self.body.addWidget(heading(self.tr("Coming in a later version"), 3))
        for line in self.coming():
            bullet = QLabel("•  " + line)
            bullet.setWordWrap(True)
            self.body.addWidget(bullet)
        self.body.addSpacing(12)
        self.status = muted("")
        self.body.addWidget(self.status)
        self.body.addStretch(1)

    def coming(self) -> list[str]:
        raise NotImplementedError


class FollowUpPage(_ComingPage):
    def title(self) -> str:
        return self.tr("Follow-up")

    def introduction(self) -> str:
        return self.tr("Follow-up checks that the actions are carried out and that they work.")

    def coming(self) -> list[str]:
        return [
            self.tr(
                "Actions due within 14 days and overdue actions first, with reminders when the file opens."
            ),
            self.tr("Recording the effect of each action, and a short follow-up questionnaire."),
        ]

    def refresh(self) -> None:
        self.status.setText(
            self.tr(
                "Until then, the Overview page shows overdue actions, and you can update "
                "an action's status on the Action plan page."
            )
        )
