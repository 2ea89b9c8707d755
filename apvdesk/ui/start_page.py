"""The start page: a new workplace, an existing file, recent files or the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from apvdesk.ui.style import heading, muted

_LISTED_AS = Qt.ItemDataRole.UserRole + 1  # the item's text as first listed (name and folder)


class StartPage(QWidget):
    """What the user sees before a workplace file is open."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, recent_files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)

        column.addStretch(1)
        column.addWidget(heading("apvdesk", 1))
        column.addWidget(
            muted(
                self.tr(
                    "The workplace assessment (APV) of the psychosocial work environment, "
                    "with social support at its centre. Map how support works, assess the "
                    "results, agree on an action plan and follow it up — all on this PC, "
                    "without internet."
                )
            )
        )
        column.addSpacing(16)

        buttons = QHBoxLayout()
        self.new_button = self._big_button(
            self.tr("New workplace…"), self.tr("Start an APV for your own workplace"), self.new_requested
        )
        self.open_button = self._big_button(
            self.tr("Open a file…"), self.tr("Continue with an .apvdesk file"), self.open_requested
        )
        self.demo_button = self._big_button(
            self.tr("Try with example data"),
            self.tr("A fictional laundry with answers and a plan"),
            self.demo_requested,
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addSpacing(16)

        column.addWidget(heading(self.tr("Recent files"), 3))
        self.recent_list = QListWidget()
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        for path in recent_files:  # listed at once; whether each is there comes later (mark_found)
            item = QListWidgetItem(self._item_text(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setData(_LISTED_AS, item.text())
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent_list.setMaximumHeight(180)
        self.recent_list.setVisible(bool(recent_files))
        column.addWidget(self.recent_list)
        empty = muted(self.tr("No recent files yet. Files you create or open are listed here."))
        empty.setVisible(not recent_files)
        column.addWidget(empty)
        column.addStretch(2)

    @staticmethod
    def _item_text(path: Path) -> str:
        return f"{path.stem}    —    {path.parent}"

    def mark_found(self, name: str, found: bool) -> None:
        """Show whether the recent file ``name`` was found, once the background check says."""
        for row in range(self.recent_list.count()):
            item = self.recent_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) != name:
                continue
            listed_as = item.data(_LISTED_AS)
            if found:
                item.setText(listed_as)
                item.setToolTip(name)
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
            else:
                not_found = self.tr("not found")
                item.setText(f"{listed_as}    ({not_found})")
                item.setToolTip(
                    "{}\n{}".format(
                        name,
                        self.tr(
                            "apvdesk cannot reach this file now: it may have been moved or deleted, "
                            "or the network drive it is on is not connected."
                        ),
                    )
                )
                item.setData(Qt.ItemDataRole.ForegroundRole, QBrush(QColor("#6e6e6e")))

    def _big_button(self, title: str, subtitle: str, signal) -> QPushButton:
        button = QPushButton(f"{title}\n{subtitle}")
        button.setMinimumHeight(72)
        button.setStyleSheet("QPushButton { text-align: left; padding: 10px 14px; font-size: 11pt; }")
        button.clicked.connect(lambda: signal.emit())
        return button
