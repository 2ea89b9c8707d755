"""Forberedelse: the workplace's details, its groups and the round's settings."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from apvdesk.core.cooperation import cooperation_gap, employees
from apvdesk.core.model import Workplace
from apvdesk.store.workplace_store import GroupInUse
from apvdesk.ui.cvr_field import CvrEdit
from apvdesk.ui.dialogs.group_names_dialog import GroupNamesDialog
from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.dialogs.site_dialog import SitesDialog
from apvdesk.ui.group_names_note import GroupNamesNote
from apvdesk.ui.models.groups import GroupsModel
from apvdesk.ui.pages.base import Page
from apvdesk.ui.pages.round_setup import RoundSetupBox
from apvdesk.ui.site_choice import SiteDelegate
from apvdesk.ui.style import muted
from apvdesk.wording.record_texts import cooperation_warning, scope_text


class PreparationPage(Page):
    """Edit the workplace, its groups and the current round; every change is saved at once."""

    page_key = "preparation"

    def title(self) -> str:
        return self.tr("Preparation")

    def introduction(self) -> str:
        return self.tr(
            "Who the workplace is, which groups take part, and how the round protects "
            "anonymity. Changes are saved as you type."
        )

    def __init__(self, context) -> None:
        super().__init__(context)
        self._loading = False
        self._build_workplace_box()
        self._build_groups_box()
        self.round_box = RoundSetupBox(context)
        # the line follows a new PIN: this runs after the PIN dialog, which was connected first
        self.round_box.pin_button.clicked.connect(self.show_next_step)
        self.body.addWidget(self.round_box)
        for signal in (
            self.groups_model.rowsInserted,
            self.groups_model.rowsRemoved,
            self.groups_model.dataChanged,
        ):
            signal.connect(lambda *_: None if self._loading else self.round_box.refresh())
            signal.connect(lambda *_: None if self._loading else self.show_next_step())
            signal.connect(lambda *_: None if self._loading else self._show_names_note())
        self.body.addStretch(1)

    # --- the workplace ----------------------------------------------------------------

    def _build_workplace_box(self) -> None:
        box = QGroupBox(self.tr("The workplace"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.cvr_edit = CvrEdit()
        self.address_edit = QLineEdit()
        self.sector_edit = QLineEdit()
        self.sector_edit.setPlaceholderText(self.tr("e.g. laundry, dry cleaning, cleaning"))
        self.headcount_spin = QSpinBox()
        self.headcount_spin.setRange(0, 100000)
        self.headcount_spin.setMaximumWidth(120)
        self.amo_combo = QComboBox()
        self.amo_combo.addItem(self.tr("None: the employer and the employees work together directly"), 0)
        self.amo_combo.addItem(self.tr("One level: work environment group(s)"), 1)
        self.amo_combo.addItem(self.tr("Two levels: work environment groups and a committee"), 2)
        self.amo_warning = QLabel()
        self.amo_warning.setWordWrap(True)
        self.amo_warning.setStyleSheet("color: #a61b1b;")
        self.amo_warning.setVisible(False)
        self.rest_edit = QLineEdit()
        self.rest_edit.setPlaceholderText(self.tr("e.g. the folder 'APV – physical' in the office"))
        self.access_edit = QLineEdit()
        self.access_edit.setPlaceholderText(
            self.tr("e.g. a copy in the break room; ask the manager for the whole folder")
        )
        self.manager_edit = QLineEdit()
        self.reps_edit = QLineEdit()
        self.reps_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("CVR number:"), self.cvr_edit)
        form.addRow("", self.cvr_edit.note)
        form.addRow(self.tr("Address:"), self.address_edit)
        form.addRow(self.tr("Trade:"), self.sector_edit)
        form.addRow(self.tr("Employees in all:"), self.headcount_spin)
        form.addRow(self.tr("Work environment organisation (AMO):"), self.amo_combo)
        form.addRow("", self.amo_warning)
        form.addRow(self.tr("Manager:"), self.manager_edit)
        form.addRow(self.tr("Safety representative(s):"), self.reps_edit)
        scope = muted(scope_text())
        scope.setWordWrap(True)
        form.addRow("", scope)
        form.addRow(self.tr("The rest of the APV is kept:"), self.rest_edit)
        form.addRow(self.tr("The APV is kept, and employees read it:"), self.access_edit)
        for edit in (
            self.name_edit,
            self.cvr_edit,
            self.address_edit,
            self.sector_edit,
            self.manager_edit,
            self.reps_edit,
            self.rest_edit,
            self.access_edit,
        ):
            edit.editingFinished.connect(self._save_workplace)
        self.headcount_spin.valueChanged.connect(self._save_workplace)
        self.amo_combo.currentIndexChanged.connect(self._save_workplace)
        self.body.addWidget(box)

    def _save_workplace(self) -> None:
        if self._loading:
            return
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setText(self.store.workplace().name)
            return
        saved = self.store.workplace()
        # Start from what is stored and change only what this page shows: the date of the
        # annual discussion (recorded on the Overview) and any field added later are kept.
        workplace = dataclasses.replace(
            saved,
            name=name,
            cvr=self.cvr_edit.text().strip() if self.cvr_edit.is_complete() else saved.cvr,
            address=self.address_edit.text().strip(),
            sector=self.sector_edit.text().strip(),
            headcount=self.headcount_spin.value(),
            manager=self.manager_edit.text().strip(),
            safety_representatives=[n.strip() for n in self.reps_edit.text().split(",") if n.strip()],
            rest_of_apv_location=self.rest_edit.text().strip(),
            apv_access=self.access_edit.text().strip(),
        )
        workplace.set_amo_levels(int(self.amo_combo.currentData()))
        if workplace != saved:
            self.store.save_workplace(workplace)
            self.context.workplace_changed.emit()
            self.show_next_step()  # the line names the AMO while the red note does
        self._show_amo_warning(workplace)

    def _show_amo_warning(self, workplace: Workplace) -> None:
        """Warn when the recorded AMO falls short of the rule for the firm's size."""
        gap = cooperation_gap(workplace, self.store.groups())
        if gap is not None:
            self.amo_warning.setText(cooperation_warning(gap, employees(workplace, self.store.groups())))
        self.amo_warning.setVisible(gap is not None)

    # --- groups -----------------------------------------------------------------------

    def _build_groups_box(self) -> None:
        box = QGroupBox(self.tr("Groups"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            muted(
                self.tr(
                    "A group is a team, department or shift whose results are shown together. "
                    "To change a name or a number, select it and type."
                )
            )
        )
        self.groups_model = GroupsModel(self.store)
        self.groups_view = QTableView()
        self.groups_view.setModel(self.groups_model)
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.groups_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header = self.groups_view.horizontalHeader()
        header.setSectionResizeMode(GroupsModel.SITE, QHeaderView.ResizeMode.ResizeToContents)
        self.groups_view.setItemDelegateForColumn(
            GroupsModel.SITE, SiteDelegate(lambda: self.groups_model.sites, self.groups_view)
        )
        self.groups_view.verticalHeader().setVisible(False)
        self.groups_view.setMinimumHeight(170)
        layout.addWidget(self.groups_view)
        buttons = QHBoxLayout()
        self.add_group_button = QPushButton(self.tr("Add group…"))
        self.add_group_button.clicked.connect(self.add_group)
        self.delete_group_button = QPushButton(self.tr("Delete group"))
        self.delete_group_button.clicked.connect(self.delete_group)
        self.delete_group_button.setEnabled(False)
        self.groups_view.selectionModel().selectionChanged.connect(
            lambda *_: self.delete_group_button.setEnabled(self.groups_view.selectionModel().hasSelection())
        )
        self.group_names_button = QPushButton(self.tr("Names in other languages…"))
        self.group_names_button.setToolTip(
            self.tr("The groups' names for employees who answer in English, Polish, Romanian or Ukrainian")
        )
        self.group_names_button.clicked.connect(self.edit_group_names)
        buttons.addWidget(self.add_group_button)
        buttons.addWidget(self.delete_group_button)
        buttons.addWidget(self.group_names_button)
        self.sites_button = QPushButton(self.tr("Sites…"))
        self.sites_button.setToolTip(
            self.tr("Your own premises and the customers' premises where your groups work")
        )
        self.sites_button.clicked.connect(self.edit_sites)
        buttons.addWidget(self.sites_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.names_note = GroupNamesNote(self.store, with_button=False)
        layout.addWidget(self.names_note)
        self.body.addWidget(box)

    def edit_sites(self) -> None:
        """Open the list of sites; the groups' site column follows it."""
        SitesDialog.show_for(self, self.store)
        self._show_group_sites()

    def _show_group_sites(self) -> None:
        self.groups_model.reload()
        self.groups_view.setColumnHidden(GroupsModel.SITE, not self.groups_model.sites)

    def edit_group_names(self) -> None:
        """Open the editor of the groups' names in other languages."""
        if GroupNamesDialog.edit(self, self.store):
            self._show_names_note()

    def _show_names_note(self) -> None:
        self.names_note.show_round(self.context.current_round())

    def add_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add group"), self.tr("Name of the group:"))
        if not ok or not name.strip():
            return
        headcount, ok = QInputDialog.getInt(
            self,
            self.tr("Add group"),
            self.tr("Number of employees in %1:").replace("%1", name.strip()),
            5,
            0,
            100000,
        )
        if ok:
            self.add_group_named(name.strip(), headcount)

    def add_group_named(self, name: str, headcount: int) -> None:
        row = self.groups_model.add(name, headcount)
        self.groups_view.selectRow(row)

    def delete_group(self) -> None:
        rows = self.groups_view.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        group = self.groups_model.group(row)
        if not confirm(
            self, self.tr("Delete group"), self.tr("Delete the group %1?").replace("%1", group.name)
        ):
            return
        try:
            self.groups_model.remove(row)
        except GroupInUse:
            QMessageBox.information(
                self,
                self.tr("Delete group"),
                self.tr(
                    "%1 has answers, problems or absence figures in a round, so it cannot be deleted. "
                    "You can rename it instead."
                ).replace("%1", group.name),
            )

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.show_next_step()
        self._loading = True
        try:
            workplace = self.store.workplace()
            self.name_edit.setText(workplace.name)
            self.cvr_edit.setText(workplace.cvr)
            self.address_edit.setText(workplace.address)
            self.sector_edit.setText(workplace.sector)
            self.headcount_spin.setValue(workplace.headcount)
            self.amo_combo.setCurrentIndex(max(0, self.amo_combo.findData(workplace.amo_levels)))
            self.manager_edit.setText(workplace.manager)
            self.reps_edit.setText(", ".join(workplace.safety_representatives))
            self.rest_edit.setText(workplace.rest_of_apv_location)
            self.access_edit.setText(workplace.apv_access)
            self.rest_edit.setCursorPosition(0)
            self.access_edit.setCursorPosition(0)
            self._show_amo_warning(workplace)
            self._show_group_sites()
        finally:
            self._loading = False
        self.round_box.refresh()
        self._show_names_note()
