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


class MappingPage(_ComingPage):
    def title(self) -> str:
        return self.tr("Mapping")

    def introduction(self) -> str:
        return self.tr(
            "Mapping finds out how support works at your workplace: with an anonymous "
            "questionnaire for larger groups, or a dialogue meeting for small teams."
        )

    def coming(self) -> list[str]:
        return [
            self.tr(
                "An anonymous questionnaire on this PC in kiosk mode, in Danish, English, "
                "Polish, Romanian and Ukrainian."
            ),
            self.tr("Paper questionnaires to print and type in, and import of answers from a spreadsheet."),
            self.tr("A guided dialogue meeting for teams too small for an anonymous questionnaire."),
        ]

    def refresh(self) -> None:
        apv_round = self.context.current_round()
        count = self.store.respondent_count(apv_round.id) if apv_round and apv_round.id else 0
        self.status.setText(
            self.tr("This round holds %1 anonymous answers so far.").replace("%1", str(count))
        )


class AbsencePage(_ComingPage):
    def title(self) -> str:
        return self.tr("Sickness absence")

    def introduction(self) -> str:
        return self.tr(
            "The law asks you to consider the sickness absence: can conditions at work contribute to it?"
        )

    def coming(self) -> list[str]:
        return [
            self.tr("Record the sickness absence per group (never per person)."),
            self.tr("See it next to the results for support, and note your assessment."),
        ]

    def refresh(self) -> None:
        self.status.setText(
            self.tr(
                "Until then, describe the absence and your assessment in the problems "
                "on the Action plan page."
            )
        )


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
