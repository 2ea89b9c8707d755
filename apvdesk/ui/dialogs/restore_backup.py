"""Restore a backup: the automatic backups of the open file, and putting one back after a question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from apvdesk.store.errors import NewerVersionFile, WorkplaceFileError
from apvdesk.store.sqlite.files import (
    Backup,
    BackupReason,
    backup_folder,
    delete_backup,
    list_backups,
    restore_backup,
)
from apvdesk.ui.dialogs.message_boxes import show_error
from apvdesk.ui.models.table import Index, RowsTableModel
from apvdesk.ui.style import muted
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import current_language, fill

_UNUSABLE_COLOUR = QColor("#6e6e6e")  # greyed, yet 5:1 on white


def format_time(value: dt.datetime) -> str:
    """Return the time of day as the language writes it: "14.03" in Danish, "14:03" in English."""
    return value.strftime("%H.%M" if current_language() == "da" else "%H:%M")


class BackupTableModel(RowsTableModel[Backup]):
    """Columns: when the backup was made, why, the workplace's name, answers and problems in it."""

    MADE, WHY, WORKPLACE, ANSWERS, PROBLEMS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Made"),
            self.tr("Why"),
            self.tr("Workplace"),
            self.tr("Answers"),
            self.tr("Problems"),
        )

    def made(self, backup: Backup) -> str:
        return fill(self.tr("%1 at %2"), format_date(backup.created.date()), format_time(backup.created))

    def reason(self, reason: BackupReason) -> str:
        if reason is BackupReason.OPENED:
            return self.tr("When the file was opened")
        if reason is BackupReason.BEFORE_RESTORE:
            return self.tr("Before a restore")
        return self.tr("Before an upgrade")

    def unusable(self, error: WorkplaceFileError) -> str:
        if isinstance(error, NewerVersionFile):
            return self.tr("From a newer apvdesk: cannot be restored")
        return self.tr("Damaged: cannot be restored")

    def _text(self, backup: Backup, column: int) -> str:
        if column == self.MADE:
            return self.made(backup)
        if column == self.WHY:
            return self.reason(backup.reason)
        if backup.unusable is not None:
            return self.unusable(backup.unusable) if column == self.WORKPLACE else ""
        if column == self.WORKPLACE:
            return backup.workplace_name or ""
        if column == self.ANSWERS:
            return str(backup.respondents)
        return str(backup.problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.ForegroundRole and not backup.usable:
            return _UNUSABLE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.ANSWERS, self.PROBLEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreBackupDialog(QDialog):
    """Lists the backups of one workplace file and puts the chosen one back, after asking.

    ``release`` is called after the user has confirmed and before the file is replaced:
    it must close the file (the caller opens it again afterwards, restored or not). A
    backup can also be deleted, for instance one that still holds raw answers deleted
    from the file since.
    """

    def __init__(
        self, path: Path, parent: QWidget | None = None, release: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._release = release
        self.restored: Backup | None = None
        self.safety_backup: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        self.intro_label = muted(
            fill(
                self.tr(
                    "apvdesk copies %1 by itself each time it is opened (keeping the five "
                    "newest copies) and before every restore or upgrade. "
                    "Choose the copy to go back to."
                ),
                self._path.name,
            )
        )
        layout.addWidget(self.intro_label)
        self.model = BackupTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.WORKPLACE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = muted(
            fill(
                self.tr(
                    "There are no backups of %1 yet. apvdesk makes one each time the file is "
                    "opened, if it has changed since the last one, and before every restore "
                    "or upgrade."
                ),
                self._path.name,
            )
        )
        layout.addWidget(self.empty_label)
        self.empty_space = QWidget()
        layout.addWidget(self.empty_space, 1)
        self.folder_label = muted("")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(self.tr("Delete…"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()
        if self.model.rowCount():
            self.resize(760, 420)
        else:
            self.resize(560, 180)

    def refresh(self) -> None:
        """Read the list of backups again and show it, or say when backups are made."""
        backups = list_backups(self._path)
        self.model.set_rows(backups)
        has_backups = bool(backups)
        self.intro_label.setVisible(has_backups)
        self.table.setVisible(has_backups)
        self.empty_label.setVisible(not has_backups)
        self.empty_space.setVisible(not has_backups)
        self.restore_button.setVisible(has_backups)
        self.delete_button.setVisible(has_backups)
        folder = backups[0].path.parent if backups else backup_folder(self._path)
        self.folder_label.setText(fill(self.tr("Backups are kept in %1"), folder))
        self._selection_changed()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.usable)
        self.delete_button.setEnabled(backup is not None)

    def selected(self) -> Backup | None:
        """Return the backup chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, backup_path: Path) -> None:
        """Choose the backup stored at ``backup_path`` in the table."""
        for row in range(self.model.rowCount()):
            if self.model.row(row).path == backup_path:
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def restore_selected(self) -> None:
        """Ask, then put the chosen backup in place of the file (the current state backed up first)."""
        backup = self.selected()
        if backup is None or not backup.usable:
            return
        made = self.model.made(backup)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            fill(self.tr("The current file is saved as a backup first. Restore the copy from %1?"), made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._release is not None:
            self._release()
        try:
            self.safety_backup = restore_backup(backup, self._path)
        except (WorkplaceFileError, OSError) as exc:
            show_error(self, self.tr("Cannot restore the backup"), exc)
            self.refresh()
            return
        self.restored = backup
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            fill(
                self.tr(
                    "The copy from %1 has been restored. The file as it was just before is kept as a backup."
                ),
                made,
            ),
        )
        self.accept()

    def delete_selected(self) -> None:
        """Ask, then delete the chosen backup for good."""
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete a backup"),
            fill(self.tr("Delete the copy from %1? It cannot be brought back."), self.model.made(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_backup(backup)
        except WorkplaceFileError as exc:
            show_error(self, self.tr("Cannot delete the backup"), exc)
        self.refresh()

    @classmethod
    def run(
        cls, parent: QWidget | None, path: Path, release: Callable[[], None] | None = None
    ) -> Backup | None:
        """Show the dialog for the file ``path``; return the backup restored, or None."""
        dialog = cls(path, parent, release)
        dialog.exec()
        return dialog.restored
