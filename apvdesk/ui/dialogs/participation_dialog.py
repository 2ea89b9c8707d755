"""Record who took part in each step of a round: mapping, assessment, plan and follow-up."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from apvdesk.core.records import Participation
from apvdesk.ui.style import muted


class ParticipationDialog(QDialog):
    """Four lines, one per step, in the owner's own words."""

    def __init__(self, participation: Participation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who took part"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = muted(
            self.tr(
                "The employees take part in the APV: with fewer than 10 employees directly, from 10 "
                "employees through the work environment organisation (arbejdsmiljøloven §§ 6–7). "
                "Write who took part in each step."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        example = self.tr(
            "e.g. AMO: Jonas Berg, Lise Holm – or: all employees at the staff meeting on 3 March"
        )
        self.edits: dict[str, QLineEdit] = {}
        for name, text in (
            ("mapping", self.tr("Mapping:")),
            ("assessment", self.tr("Assessment:")),
            ("plan", self.tr("Action plan:")),
            ("follow_up", self.tr("Follow-up:")),
        ):
            edit = QLineEdit(getattr(participation, name))
            edit.setPlaceholderText(example)
            edit.setObjectName(name)
            self.edits[name] = edit
            form.addRow(text, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def participation(self) -> Participation:
        """Return the participation as filled in."""
        return Participation(**{name: edit.text().strip() for name, edit in self.edits.items()})

    @classmethod
    def ask(cls, parent: QWidget | None, participation: Participation) -> Participation | None:
        """Show the dialog; return the participation, or None when cancelled."""
        dialog = cls(participation, parent)
        return dialog.participation() if dialog.exec() == QDialog.DialogCode.Accepted else None
