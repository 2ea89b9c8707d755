"""Write the record of an annual work-environment discussion: when, who, and its points."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.records import AnnualDiscussion
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.style import muted


class AnnualDiscussionDialog(CarefulDialog):
    """The date, who took part, and a short text for each point the discussion covers."""

    def __init__(self, discussion: AnnualDiscussion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = discussion.id
        self.setWindowTitle(self.tr("Annual work environment discussion"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = muted(
            self.tr(
                "Once a year the employer and the employees (or the AMO) talk through the work "
                "environment and plan the coming year (BEK 1838/2023). Write down what you agreed; "
                "a few lines for each point are enough."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self._held_on = discussion.held_on
        self.date_edit = DateField(discussion.held_on)
        form.addRow(self.tr("Held on:"), self.date_edit)
        self.participants_edit = QLineEdit(discussion.participants)
        self.participants_edit.setPlaceholderText(
            self.tr("e.g. Karin Holm (manager), the AMO, all employees")
        )
        form.addRow(self.tr("Who took part:"), self.participants_edit)
        self.points: dict[str, QPlainTextEdit] = {}
        for name, text, hint in (
            (
                "last_year",
                self.tr("The past year:"),
                self.tr("Were last year's goals reached? How did the cooperation go?"),
            ),
            ("plan", self.tr("The coming year's work:"), self.tr("What will the cooperation work on?")),
            (
                "organisation",
                self.tr("How we cooperate:"),
                self.tr("Who does what, and how often do you meet?"),
            ),
            (
                "goals",
                self.tr("Goals for the coming year:"),
                self.tr("What should be reached within a year?"),
            ),
            (
                "competence",
                self.tr("Knowledge and training:"),
                self.tr(
                    "Does the workplace have the knowledge of the work environment it needs? "
                    "With an AMO: its members' training plan."
                ),
            ),
        ):
            edit = QPlainTextEdit(getattr(discussion, name))
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
            edit.setObjectName(name)
            self.points[name] = edit
            form.addRow(text, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close, unless the date typed is not a date."""
        if dates_are_valid(self, [(self.tr("Held on:"), self.date_edit)]):
            super().accept()

    def discussion(self) -> AnnualDiscussion:
        """Return the record as filled in."""
        return AnnualDiscussion(
            held_on=self.date_edit.date() or self._held_on,
            participants=self.participants_edit.text().strip(),
            **{name: edit.toPlainText().strip() for name, edit in self.points.items()},
            id=self._id,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, discussion: AnnualDiscussion) -> AnnualDiscussion | None:
        """Show the dialog; return the record, or None when cancelled."""
        dialog = cls(discussion, parent)
        return dialog.discussion() if dialog.exec() == QDialog.DialogCode.Accepted else None
