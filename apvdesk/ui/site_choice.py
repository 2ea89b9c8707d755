"""Choosing the site a group, a problem or an action belongs to: "The whole workplace" or one site.

The choice is offered only when the workplace has sites. What it belongs to is changed
only through the store's ``set_*_site`` requests (saving a dialog never moves anything
else); :func:`move_to_site` does that after a dialog is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from apvdesk.core.sites import Site

Index = QModelIndex | QPersistentModelIndex


class SiteCombo(QComboBox):
    """The whole workplace first, then the sites; its data is the site's id (None: the whole workplace)."""

    def __init__(self, sites: Sequence[Site], site_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Site"))
        self.set_sites(sites, site_id)

    def set_sites(self, sites: Sequence[Site], site_id: int | None = None) -> None:
        """Offer the whole workplace and ``sites``; show ``site_id``'s site."""
        self.clear()
        self.addItem(self.tr("The whole workplace"), None)
        for site in sites:
            self.addItem(site.name, site.id)
        self.set_site_id(site_id)

    def set_site_id(self, site_id: int | None) -> None:
        """Show ``site_id``'s site (the whole workplace for None or a site not in the list)."""
        found = self.findData(site_id) if site_id is not None else 0
        self.setCurrentIndex(max(0, found))

    def site_id(self) -> int | None:
        """Return the chosen site's id, or None for the whole workplace."""
        data = self.currentData()
        return None if data is None else int(data)


def add_site_row(form: QFormLayout, sites: Sequence[Site], site_id: int | None) -> SiteCombo | None:
    """Add a "Site:" row to ``form`` when there are sites; return its combo, or None."""
    if not sites:
        return None
    from PySide6.QtCore import QCoreApplication

    combo = SiteCombo(sites, site_id)
    form.addRow(QCoreApplication.translate("SiteCombo", "Site:"), combo)
    return combo


def whole_workplace() -> str:
    """Return the words for "belongs to no one site"."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SiteCombo", "The whole workplace")


def one_site_note() -> str:
    """Return what a plan or poster printed for one site holds (see core.site_plan)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "SiteCombo",
        "For one site: its problems and actions and those of the whole workplace, "
        "and what was agreed with the customer there.",
    )


def site_text(site_id: int | None, names: dict[int, str]) -> str:
    """Return a site's name, or "The whole workplace" for None."""
    return whole_workplace() if site_id is None else names.get(site_id, "")


def move_to_site(
    move: Callable[[int, int | None], None], item_id: int | None, was: int | None, chosen: int | None
) -> None:
    """Move a saved item to the chosen site through ``move`` (a store ``set_*_site``) if it changed."""
    if item_id is not None and chosen != was:
        move(item_id, chosen)


class SiteDelegate(QStyledItemDelegate):
    """Edits a table's site column with a :class:`SiteCombo`; the model's EditRole is the site id."""

    def __init__(self, sites: Callable[[], Sequence[Site]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sites = sites

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        return SiteCombo(self._sites(), index.data(Qt.ItemDataRole.EditRole), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, SiteCombo):
            editor.set_site_id(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, SiteCombo):
            value: Any = editor.site_id()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
