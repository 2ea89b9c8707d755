"""The link between the sickness absence and the action plan: which problems may contribute, or why none."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from apvdesk.core.absence import Contributes
from apvdesk.core.findings import ABSENCE_KEY, Dismissal
from apvdesk.core.plan_order import numbered_problems
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.dismiss_dialog import DismissDialog
from apvdesk.wording.formatting import format_date

MISSING_STYLE = "color: #a61b1b; font-weight: bold;"


class AbsenceLink(QWidget):
    """Shown when work is judged to contribute: the linked problems by number, or the reason why none."""

    def __init__(self, store: WorkplaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.round_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.reason_button = QPushButton(self.tr("No problem fits: write why…"))
        self.reason_button.clicked.connect(self.write_reason)
        row.addWidget(self.reason_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_round(self, round_id: int | None, contributes: Contributes | None, editable: bool) -> None:
        self.round_id = round_id
        judged_yes = contributes in (Contributes.YES, Contributes.PARTLY)
        self.setVisible(round_id is not None and judged_yes)
        if round_id is None or not judged_yes:
            return
        numbered = numbered_problems(self.store.action_plan(round_id).problems)
        linked = [str(n) for n, p, _a in numbered if p.concerns_absence]
        reason = next((d for d in self.store.dismissals(round_id) if d.key == ABSENCE_KEY and d.valid), None)
        if linked:
            self.state.setText(
                self.tr("Linked to the absence in the action plan: problem %1.").replace(
                    "%1", ", ".join(linked)
                )
            )
            self.state.setStyleSheet("")
        elif reason is not None:
            self.state.setText(
                self.tr("No problem is linked (%1): %2")
                .replace("%1", format_date(reason.dismissed_on))
                .replace("%2", reason.reason)
            )
            self.state.setStyleSheet("")
        else:
            self.state.setText(
                self.tr(
                    "No problem is linked to the absence yet. Create one from a line of the table above, or "
                    "tick “may contribute to the sickness absence” on a problem in the action plan; or "
                    "write why no problem fits."
                )
            )
            self.state.setStyleSheet(MISSING_STYLE)
        self.reason_button.setEnabled(editable and not linked)

    def write_reason(self) -> bool:
        if self.round_id is None:
            return False
        earlier = next((d.reason for d in self.store.dismissals(self.round_id) if d.key == ABSENCE_KEY), "")
        answer = DismissDialog.ask(
            self,
            self.tr("The sickness absence is not linked to a problem in the action plan"),
            self.tr(
                "Write why no problem in the plan is behind the part of the absence that work may cause."
            ),
            earlier,
        )
        if answer is None:
            return False
        reason, day = answer
        self.store.save_dismissal(Dismissal(self.round_id, ABSENCE_KEY, reason, day))
        return True
