"""The workplace's sites: a list to add, edit and delete them, and one site with its agreement.

For a customer site the dialog asks what was agreed with the customer about the work
environment there (core.sites); the workplace's own premises have no such agreement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.sites import Site, SiteAgreement, SiteKind
from apvdesk.store.refusals import SiteInUse
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.dialogs.message_boxes import confirm
from apvdesk.ui.dialogs.record_list import RecordListDialog
from apvdesk.ui.screen_fit import minimum_to_fit
from apvdesk.ui.style import muted

if TYPE_CHECKING:
    from apvdesk.store.service import WorkplaceService


class SiteDialog(CarefulDialog):
    """One site: its name, whose premises, address, customer and contact, and the agreement."""

    def __init__(self, site: Site, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = site.id
        self.setWindowTitle(self.tr("Site"))
        minimum_to_fit(self, 640, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(site.name)
        form.addRow(self.tr("Name:"), self.name_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("A customer's premises"), SiteKind.CUSTOMER)
        self.kind_combo.addItem(self.tr("Our own premises"), SiteKind.OWN)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(site.kind))
        form.addRow(self.tr("Whose premises:"), self.kind_combo)
        self.address_edit = QLineEdit(site.address)
        form.addRow(self.tr("Address:"), self.address_edit)
        self.customer_edit = QLineEdit(site.customer)
        form.addRow(self.tr("Customer:"), self.customer_edit)
        self.contact_edit = QLineEdit(site.contact)
        self.contact_edit.setPlaceholderText(self.tr("The customer's contact person, and how to reach them"))
        form.addRow(self.tr("Contact:"), self.contact_edit)
        self.agreement_box = QGroupBox(self.tr("Agreed with the customer about the work environment"))
        agreement_layout = QVBoxLayout(self.agreement_box)
        intro = muted(
            self.tr(
                "When your employees work at a customer's premises, you and the customer must "
                "cooperate on their safety and health there (BEK 1838/2023 §§ 8–9 on several "
                "employers at one workplace). Write down what you agreed; an empty line is not agreed yet."
            )
        )
        intro.setWordWrap(True)
        agreement_layout.addWidget(intro)
        points = QFormLayout()
        agreement_layout.addLayout(points)
        agreement = site.agreement
        self.coordinator_edit = QLineEdit(agreement.coordinator)
        points.addRow(self.tr("Who coordinates:"), self.coordinator_edit)
        self.risks_edit = QLineEdit(agreement.known_risks)
        points.addRow(self.tr("Known risks at the site:"), self.risks_edit)
        self.episode_edit = QLineEdit(agreement.after_episode)
        self.episode_edit.setPlaceholderText(self.tr("e.g. after threats, violence or an accident"))
        points.addRow(self.tr("Whom to call after an episode:"), self.episode_edit)
        self.break_room_edit = QLineEdit(agreement.break_room)
        points.addRow(self.tr("Break room:"), self.break_room_edit)
        self.toilet_edit = QLineEdit(agreement.toilet)
        points.addRow(self.tr("Toilet:"), self.toilet_edit)
        self.notes_edit = QLineEdit(agreement.notes)
        points.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addWidget(self.agreement_box)
        layout.addStretch(1)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # a long text shows its beginning
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update)
        self.kind_combo.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        customer = self.kind_combo.currentData() == SiteKind.CUSTOMER
        self.agreement_box.setVisible(customer)
        self.customer_edit.setEnabled(customer)
        self.contact_edit.setEnabled(customer)
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def site(self) -> Site:
        """Return the site as filled in."""
        return Site(
            name=self.name_edit.text().strip(),
            kind=SiteKind(self.kind_combo.currentData()),
            address=self.address_edit.text().strip(),
            customer=self.customer_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            agreement=SiteAgreement(
                coordinator=self.coordinator_edit.text(),
                known_risks=self.risks_edit.text(),
                after_episode=self.episode_edit.text(),
                break_room=self.break_room_edit.text(),
                toilet=self.toilet_edit.text(),
                notes=self.notes_edit.text(),
            ),
            id=self._id,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, site: Site) -> Site | None:
        """Show the dialog; return the site, or None when cancelled."""
        dialog = cls(site, parent)
        result = dialog.site() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result


class SitesDialog(RecordListDialog):
    """The list of sites, with buttons to add, edit and delete one."""

    def __init__(self, store: WorkplaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.build(
            self.tr("Sites"),
            self.tr(
                "The places where your employees work: your own premises and the customers' premises "
                "where your groups work. For each customer's premises, write down what you agreed with "
                "the customer about the work environment."
            ),
            self.tr("Add a site…"),
            (620, 360),
        )

    def records(self) -> list[Site]:
        return self.store.sites()

    def text_of(self, record: Site) -> str:
        return f"{record.name}  –  {self._state(record)}"

    def _state(self, site: Site) -> str:
        if not site.is_customer_site:
            return self.tr("our own premises")
        missing = len(site.missing())
        customer = site.customer or self.tr("customer not given")
        if not missing:
            return self.tr("%1; agreement complete").replace("%1", customer)
        if missing == 1:
            return self.tr("%1; 1 point of the agreement is empty").replace("%1", customer)
        return (
            self.tr("%1; %2 points of the agreement are empty")
            .replace("%1", customer)
            .replace("%2", str(missing))
        )

    def add_record(self) -> bool:
        site = SiteDialog.ask(self, Site(""))
        if site is None:
            return False
        self.store.add_site(site)
        return True

    def edit_record(self, record: Site) -> bool:
        site = SiteDialog.ask(self, record)
        if site is None:
            return False
        self.store.update_site(site)
        return True

    def delete_record(self, record: Site) -> bool:
        if record.id is None or not confirm(
            self, self.tr("Delete site"), self.tr("Delete the site %1?").replace("%1", record.name)
        ):
            return False
        try:
            self.store.delete_site(record.id)
        except SiteInUse:
            QMessageBox.information(
                self,
                self.tr("Delete site"),
                self.tr(
                    "Groups, problems or actions belong to %1, so it cannot be deleted. "
                    "Move them to another site or to the whole workplace first."
                ).replace("%1", record.name),
            )
            return False
        return True
