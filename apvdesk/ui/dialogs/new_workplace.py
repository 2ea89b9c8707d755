"""The new-workplace wizard: the firm's name, then its groups with their headcounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from apvdesk.core.model import DEFAULT_ANONYMITY_THRESHOLD, Group, Round, Workplace
from apvdesk.ui.cvr_field import CvrEdit
from apvdesk.ui.screen_fit import minimum_to_fit

# Typing on a cell starts editing it, as do a double-click, F2 and a click on the current cell.
_TYPING_EDITS = (
    QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


@dataclass
class NewWorkplace:
    """What the wizard gathered: the workplace, its groups and a first round."""

    workplace: Workplace
    groups: list[Group]
    first_round: Round


class _NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your workplace"))
        self.setSubTitle(self.tr("The name is shown on every page and printout. You can add the rest later."))
        form = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Vaskeri Nord ApS"))
        self.cvr_edit = CvrEdit()
        self.cvr_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.sector_edit = QLineEdit()
        self.sector_edit.setPlaceholderText(self.tr("e.g. laundry, dry cleaning, cleaning"))
        form.addRow(self.tr("Name of the workplace:"), self.name_edit)
        form.addRow(self.tr("CVR number (optional):"), self.cvr_edit)
        form.addRow("", self.cvr_edit.note)
        form.addRow(self.tr("Trade (optional):"), self.sector_edit)
        self.registerField("name*", self.name_edit)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return super().isComplete() and self.cvr_edit.is_complete()


class _GroupsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Groups"))
        self.setSubTitle(
            self.tr(
                "Teams, departments or shifts whose results are shown together. "
                "Results for fewer than 5 people are never shown, so small teams may be joined."
            )
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Employees")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(_TYPING_EDITS)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add group"))
        self.add_button.clicked.connect(self.add_new_row)
        self.remove_button = QPushButton(self.tr("Remove group"))
        self.remove_button.clicked.connect(self._remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hint = QLabel(self.tr("Add at least one group with a name."))
        layout.addWidget(self.hint)
        self.small_note = QLabel()
        self.small_note.setWordWrap(True)
        self.small_note.setStyleSheet("color: #8a5a00;")
        self.small_note.setVisible(False)
        layout.addWidget(self.small_note)
        self.table.itemChanged.connect(lambda _item: self._changed())
        # Enter in the table moves on to the next cell instead of pressing the wizard's button.
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.add_group("", DEFAULT_ANONYMITY_THRESHOLD)
        self.table.setCurrentCell(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Take Enter in the group table (a name being typed or a head count) and move on."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if isinstance(watched, QSpinBox):
                self._next_name(watched)
            else:
                self._to_headcount()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _to_headcount(self) -> None:
        """Commit the name being typed and go to the same group's head count."""
        row = max(self.table.currentRow(), 0)
        self.table.setCurrentCell(row, 1)  # commits a name being typed
        spin = self.table.cellWidget(row, 1)
        if isinstance(spin, QSpinBox):
            spin.setFocus()
            spin.selectAll()

    def _next_name(self, spin: QSpinBox) -> None:
        """After a head count go to the next group's name (a new group after the last one)."""
        rows = [r for r in range(self.table.rowCount()) if self.table.cellWidget(r, 1) is spin]
        row = rows[0] if rows else self.table.rowCount() - 1
        if row + 1 < self.table.rowCount():
            self.table.setCurrentCell(row + 1, 0)
            self.table.setFocus()
        else:
            self.add_new_row()

    def add_new_row(self) -> None:
        """Add an empty group and start editing its name, so the user can type at once."""
        self.add_group("", DEFAULT_ANONYMITY_THRESHOLD)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _changed(self) -> None:
        self._show_small_groups()
        self.completeChanged.emit()

    def _show_small_groups(self) -> None:
        """Flag the groups too small for their results to be shown, and say what to do."""
        small = [g.name for g in self.groups() if g.headcount < DEFAULT_ANONYMITY_THRESHOLD]
        if small:
            self.small_note.setText(
                self.tr(
                    "Fewer than %1 employees: %2. Results are not shown for a group this small. "
                    "Merge it with another group, or talk its work environment through at a "
                    "dialogue meeting instead."
                )
                .replace("%1", str(DEFAULT_ANONYMITY_THRESHOLD))
                .replace("%2", ", ".join(small))
            )
        self.small_note.setVisible(bool(small))

    def add_group(self, name: str, headcount: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        spin = QSpinBox()
        spin.setRange(0, 100000)
        spin.setValue(headcount)
        spin.valueChanged.connect(lambda _value: self._changed())
        spin.installEventFilter(self)
        self.table.setCellWidget(row, 1, spin)
        self.completeChanged.emit()

    def _remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self._changed()

    def groups(self) -> list[Group]:
        groups = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item else ""
            spin = self.table.cellWidget(row, 1)
            if name:
                groups.append(Group(name=name, headcount=spin.value() if isinstance(spin, QSpinBox) else 0))
        return groups

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        complete = bool(self.groups())
        self.hint.setVisible(not complete)
        return complete


class NewWorkplaceWizard(QWizard):
    """Two short steps; the file is chosen after the wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workplace"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        minimum_to_fit(self, 620, 460)
        self.name_page = _NamePage()
        self.groups_page = _GroupsPage()
        self.addPage(self.name_page)
        self.addPage(self.groups_page)

    def new_workplace(self) -> NewWorkplace:
        """Return what was filled in, with a first round titled by this year."""
        groups = self.groups_page.groups()
        today = dt.date.today()
        workplace = Workplace(
            name=self.name_page.name_edit.text().strip(),
            cvr=self.name_page.cvr_edit.text().strip(),
            sector=self.name_page.sector_edit.text().strip(),
            headcount=sum(g.headcount for g in groups),
        )
        title = self.tr("APV %1").replace("%1", str(today.year))
        return NewWorkplace(workplace, groups, Round(title=title, start_date=today))

    @classmethod
    def get_new_workplace(cls, parent: QWidget | None) -> NewWorkplace | None:
        """Show the wizard; return its result, or None when cancelled."""
        wizard = cls(parent)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.new_workplace()
