"""A Qt table model of the workplace's groups, editable in place and saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from apvdesk.core.model import Group
from apvdesk.core.sites import Site
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.site_choice import site_text

Index = QModelIndex | QPersistentModelIndex


class GroupsModel(QAbstractTableModel):
    """Columns: name, headcount, site (hidden by the page while there are no sites).

    Every edit is written to the file immediately; the site through ``set_group_site``.
    """

    NAME, HEADCOUNT, SITE = range(3)

    def __init__(self, store: WorkplaceService) -> None:
        super().__init__()
        self._store = store
        self._groups: list[Group] = store.groups()
        self.sites: list[Site] = store.sites()

    def reload(self) -> None:
        self.beginResetModel()
        self._groups = self._store.groups()
        self.sites = self._store.sites()
        self.endResetModel()

    def group(self, row: int) -> Group:
        return self._groups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Group"), self.tr("Employees"), self.tr("Site"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        if index.column() == self.SITE:
            if role == Qt.ItemDataRole.EditRole:
                return group.site_id
            if role == Qt.ItemDataRole.DisplayRole:
                return site_text(group.site_id, {s.id: s.name for s in self.sites if s.id is not None})
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return group.name if index.column() == self.NAME else group.headcount
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.HEADCOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        group = self._groups[index.row()]
        if index.column() == self.SITE:
            assert group.id is not None
            site_id = None if value is None else int(value)
            if site_id != group.site_id:
                self._store.set_group_site(group.id, site_id)
                group.site_id = site_id
                self.dataChanged.emit(index, index)
            return True
        if index.column() == self.NAME:
            name = str(value).strip()
            if not name:
                return False
            group.name = name
        else:
            try:
                headcount = int(value)
            except (TypeError, ValueError):
                return False
            if headcount < 0:
                return False
            group.headcount = headcount
        self._store.update_group(group)
        self.dataChanged.emit(index, index)
        return True

    def add(self, name: str, headcount: int) -> int:
        """Add a group at the end; return its row."""
        group = self._store.add_group(Group(name=name, headcount=headcount))
        row = len(self._groups)
        self.beginInsertRows(QModelIndex(), row, row)
        self._groups.append(group)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Delete the group in ``row`` (raises GroupInUse when answers or problems refer to it)."""
        group = self._groups[row]
        assert group.id is not None
        self._store.delete_group(group.id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._groups[row]
        self.endRemoveRows()
