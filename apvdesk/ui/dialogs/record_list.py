"""A list of records (sites, changes in the work …) with buttons to add, edit and delete one.

A subclass says what its records are (:meth:`records`, :meth:`text_of`) and what adding,
editing and deleting one means; the list, the buttons, double-clicking and reloading after
each change are the same for all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.ui.screen_fit import minimum_to_fit
from apvdesk.ui.style import muted


class RecordListDialog(QDialog):
    """A dialog listing records, with an introduction and Add/Edit/Delete/Close buttons.

    A subclass calls :meth:`build` from its ``__init__`` (after ``super().__init__``, so
    that its own texts can be translated in its own context).
    """

    def build(
        self, title: str, intro: str, add_label: str, size: tuple[int, int], editable: bool = True
    ) -> None:
        """Lay out the dialog and show the records."""
        self.setWindowTitle(title)
        minimum_to_fit(self, *size)
        layout = QVBoxLayout(self)
        intro_label = muted(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_label)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, slot in (
            (self.add_button, self._add),
            (self.edit_button, self._edit_selected),
            (self.delete_button, self._delete_selected),
        ):
            button.setEnabled(editable)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    # what a subclass says --------------------------------------------------------------

    def records(self) -> list[Any]:
        """Return the records to list, in their order."""
        raise NotImplementedError

    def text_of(self, record: Any) -> str:
        """Return the line that shows ``record`` in the list."""
        raise NotImplementedError

    def add_record(self) -> bool:
        """Ask for a new record and store it; return True when something was stored."""
        raise NotImplementedError

    def edit_record(self, record: Any) -> bool:
        """Edit ``record`` and store it; return True when something was stored."""
        raise NotImplementedError

    def delete_record(self, record: Any) -> bool:
        """Delete ``record`` after asking; return True when it was deleted."""
        raise NotImplementedError

    # the list ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the records as stored."""
        self.list.clear()
        for record in self.records():
            item = QListWidgetItem(self.text_of(record))
            item.setData(Qt.ItemDataRole.UserRole, record)
            self.list.addItem(item)

    def selected(self) -> Any | None:
        """Return the record chosen in the list, or None."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _add(self) -> None:
        if self.add_record():
            self.reload()

    def _edit_selected(self) -> None:
        record = self.selected()
        if record is not None and self.add_button.isEnabled() and self.edit_record(record):
            self.reload()

    def _delete_selected(self) -> None:
        record = self.selected()
        if record is not None and self.delete_button.isEnabled() and self.delete_record(record):
            self.reload()

    @classmethod
    def show_for(cls, parent: QWidget | None, *args: Any) -> None:
        """Show the list until it is closed."""
        make: Any = cls  # a subclass's own arguments come first, the parent last
        dialog = make(*args, parent=parent)
        dialog.exec()
        dialog.deleteLater()
