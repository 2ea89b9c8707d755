"""Small dialogs of the dialogue meeting: add an agenda point, choose the meeting's groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.dialogue import AgendaPoint
from apvdesk.core.model import Group
from apvdesk.ui.style import muted


class AddPointDialog(QDialog):
    """A point of the facilitator's own: a title, a short question and the time it needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add point"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("A few words, for example: Busy days"))
        form.addRow(self.tr("Title:"), self.title_edit)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setPlaceholderText(self.tr("A short question for the group, in plain words."))
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(80)
        form.addRow(self.tr("Question:"), self.question_edit)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 120)
        self.minutes_spin.setValue(10)
        self.minutes_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("Suggested time:"), self.minutes_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        layout.addWidget(buttons)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def point(self) -> AgendaPoint:
        """Return the point as filled in (not yet part of a meeting)."""
        return AgendaPoint(
            title=self.title_edit.text().strip(),
            question=self.question_edit.toPlainText().strip(),
            minutes=self.minutes_spin.value(),
        )

    @classmethod
    def get_point(cls, parent: QWidget | None) -> tuple[AgendaPoint, bool]:
        """Show the dialog; return the new point and whether the user pressed OK."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.point(), accepted


def default_meeting_groups(groups: list[Group], threshold: int) -> list[int]:
    """Return the groups a new meeting is proposed for: those below the threshold, else the smallest."""
    small = [g.id for g in groups if g.id is not None and g.headcount < threshold]
    if small:
        return small
    sized = [g for g in groups if g.id is not None]
    return [min(sized, key=lambda g: g.headcount).id] if sized else []  # type: ignore[list-item]


class ChooseGroupsDialog(QDialog):
    """Which groups meet: one or more of the round's groups."""

    def __init__(self, groups: list[Group], chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New dialogue meeting"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Which groups take part in the meeting? A dialogue meeting suits groups too "
                    "small for an anonymous questionnaire."
                )
            )
        )
        self.groups_list = QListWidget()
        for group in groups:
            item = QListWidgetItem(
                self.tr("%1 (%2 employees)").replace("%1", group.name).replace("%2", str(group.headcount))
            )
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked)
            self.groups_list.addItem(item)
        layout.addWidget(self.groups_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(self.tr("Create meeting"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.groups_list.itemChanged.connect(self._update_ok)
        self._update_ok()
        layout.addWidget(buttons)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.group_ids()))

    def group_ids(self) -> list[int]:
        """Return the ids of the checked groups."""
        return [
            int(self.groups_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.groups_list.count())
            if self.groups_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def choose(cls, parent: QWidget | None, groups: list[Group], chosen: list[int]) -> tuple[list[int], bool]:
        """Show the dialog; return the chosen group ids and whether the user pressed OK."""
        dialog = cls(groups, chosen, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.group_ids(), accepted
