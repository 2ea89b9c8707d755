"""The log of changes in the work: add, edit and delete a change, and say whether it needs a partial APV."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.records import WorkChange
from apvdesk.ui.date_field import DateField, dates_are_valid
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.dialogs.record_list import RecordListDialog
from apvdesk.wording.formatting import format_date

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService


class WorkChangeDialog(CarefulDialog):
    """One change: when, what changed, whether it needs a partial APV, and when that was made."""

    def __init__(self, change: WorkChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = change.id
        self._changed_on = change.changed_on
        self.setWindowTitle(self.tr("Change in the work"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.date_edit = DateField(change.changed_on)
        form.addRow(self.tr("Date:"), self.date_edit)
        self.what_edit = QLineEdit(change.what)
        self.what_edit.setPlaceholderText(
            self.tr("e.g. a new ironer, a new customer, new premises, new shifts")
        )
        form.addRow(self.tr("What changed:"), self.what_edit)
        self.needs_check = QCheckBox(self.tr("It can affect the work environment: it needs a partial APV"))
        self.needs_check.setChecked(change.needs_partial_apv)
        form.addRow(self.needs_check)
        self.made_edit = DateField(change.partial_apv_on, optional=True)
        self.made_label = QLabel(self.tr("The partial APV was made on:"))
        form.addRow(self.made_label, self.made_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        for signal in (self.what_edit.textChanged, self.needs_check.toggled):
            signal.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.made_label.setEnabled(self.needs_check.isChecked())
        self.made_edit.setEnabled(self.needs_check.isChecked())
        self.ok_button.setEnabled(bool(self.what_edit.text().strip()))

    def accept(self) -> None:
        """Close, unless a date typed is not a date."""
        fields = [(self.tr("Date:"), self.date_edit)]
        if self.needs_check.isChecked():
            fields.append((self.tr("The partial APV was made on:"), self.made_edit))
        if dates_are_valid(self, fields):
            super().accept()

    def change(self) -> WorkChange:
        """Return the change as filled in."""
        needs = self.needs_check.isChecked()
        made = self.made_edit.date() if needs else None
        changed_on = self.date_edit.date() or self._changed_on
        return WorkChange(changed_on, self.what_edit.text().strip(), needs, made, self._id)

    @classmethod
    def ask(cls, parent: QWidget | None, change: WorkChange) -> WorkChange | None:
        """Show the dialog; return the change, or None when cancelled."""
        dialog = cls(change, parent)
        return dialog.change() if dialog.exec() == QDialog.DialogCode.Accepted else None


class WorkChangesDialog(RecordListDialog):
    """The whole log, the latest first, with buttons to add, edit and delete a change."""

    def __init__(self, store: WorkplaceService, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.build(
            self.tr("Changes in the work"),
            self.tr(
                "The APV is made again when the work, its methods or the premises change in a way that "
                "can affect the work environment (BEK 1838/2023). Log each change here; one that needs "
                "a partial APV brings the next APV's date forward until it is made."
            ),
            self.tr("Add a change…"),
            (620, 380),
            editable,
        )

    def records(self) -> list[WorkChange]:
        return self.store.work_changes()

    def text_of(self, record: WorkChange) -> str:
        return f"{format_date(record.changed_on)}  –  {record.what}  ({self._state(record)})"

    def _state(self, change: WorkChange) -> str:
        if not change.needs_partial_apv:
            return self.tr("no partial APV needed")
        if change.partial_apv_on is None:
            return self.tr("partial APV due")
        return self.tr("partial APV made on %1").replace("%1", format_date(change.partial_apv_on))

    def add_record(self) -> bool:
        change = WorkChangeDialog.ask(self, WorkChange(dt.date.today(), "", needs_partial_apv=True))
        if change is None:
            return False
        self.store.save_work_change(change)
        return True

    def edit_record(self, record: WorkChange) -> bool:
        change = WorkChangeDialog.ask(self, record)
        if change is None:
            return False
        self.store.save_work_change(change)
        return True

    def delete_record(self, record: WorkChange) -> bool:
        if record.id is None or not confirm(
            self,
            self.tr("Delete change"),
            self.tr("Delete this change from the log?\n\n%1").replace("%1", record.what),
        ):
            return False
        self.store.delete_work_change(record.id)
        return True
