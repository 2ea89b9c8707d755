"""The meeting's agenda as a list whose points can be dragged into a new order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QListWidget, QPushButton, QWidget

from apvdesk.core.dialogue import AgendaPoint

POINT_ID = Qt.ItemDataRole.UserRole


def in_order(points: list[AgendaPoint], point_ids: list[int]) -> list[AgendaPoint] | None:
    """Return ``points`` in the order of ``point_ids``; None when that is no new order of the same points."""
    by_id = {p.id: p for p in points}
    if sorted(point_ids) != sorted(i for i in by_id if i is not None) or point_ids == [p.id for p in points]:
        return None
    return [by_id[i] for i in point_ids]


class AgendaList(QListWidget):
    """A list of agenda points (each item holds its point's id) that the user can reorder by dragging.

    ``reordered`` carries the point ids in their new order, once, after a drop (or any move
    of the list's rows).
    """

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self._pending = False
        self.model().rowsMoved.connect(self._moved)

    def point_ids(self) -> list[int]:
        """Return the ids of the points in the order the list shows them."""
        return [int(self.item(row).data(POINT_ID)) for row in range(self.count())]

    def _moved(
        self,
        _parent: QModelIndex | QPersistentModelIndex,
        _start: int,
        _end: int,
        _destination: QModelIndex | QPersistentModelIndex,
        _row: int,
    ) -> None:
        self._announce()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        super().dropEvent(event)
        self._announce()

    def _announce(self) -> None:
        """Tell once, after the list has settled (the window refills it in answer)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._emit)

    def _emit(self) -> None:
        self._pending = False
        self.reordered.emit(self.point_ids())


class AgendaButtons(QWidget):
    """The buttons under the agenda: up, down, to the top, to the bottom, remove, add (two by three)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.top_button = QPushButton(self.tr("Move to the top"))
        self.bottom_button = QPushButton(self.tr("Move to the bottom"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button = QPushButton(self.tr("Add point…"))
        for index, button in enumerate(
            (self.up_button, self.down_button, self.top_button, self.bottom_button, self.remove_button)
        ):
            grid.addWidget(button, index // 2, index % 2)
        grid.addWidget(self.add_button, 2, 1)
