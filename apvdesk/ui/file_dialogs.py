"""The program's Open and Save-as dialogs: the system's own where there is one, otherwise Qt's, fitted.

On Windows the native dialog is used (Windows translates it). Where Qt draws its own
dialog (Linux without a desktop's file dialog), its labels come from Qt's catalogues plus
``resources/i18n/qt_extra_da.ts``, and its columns are widened to their contents so that
sizes, types and dates are not cut ("408...KiB").

Callers use ``file_dialogs.ask_open_file(...)`` through the module, so tests can replace it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QSplitter, QTreeView, QWidget

from apvdesk.ui.screen_fit import minimum_to_fit

_SIDEBAR_WIDTH = 170


def ask_open_file(parent: QWidget | None, title: str, start: str, kinds: str) -> str:
    """Return the chosen existing file's name, or "" when the user cancels."""
    dialog = _dialog(parent, title, start, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def ask_save_file(parent: QWidget | None, title: str, start: str, kinds: str) -> tuple[str, str]:
    """Return the chosen file name to write (overwriting is confirmed) and the kind chosen."""
    dialog = _dialog(parent, title, start, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    return "", ""


def _dialog(parent: QWidget | None, title: str, start: str, kinds: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, kinds)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    QTimer.singleShot(0, lambda: fit_columns(dialog))  # once Qt's own widgets exist and show
    return dialog


def fit_columns(dialog: QFileDialog) -> None:
    """Widen Qt's own dialog's columns and side bar to their contents (nothing for a native one)."""
    minimum_to_fit(dialog, max(dialog.width(), 860), max(dialog.height(), 500))  # never wider than the screen
    for tree in dialog.findChildren(QTreeView):
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):  # follows the folder's contents as they load
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None:
        sizes = splitter.sizes()
        if len(sizes) == 2:
            total = sum(sizes)
            width = max(_SIDEBAR_WIDTH, sidebar.sizeHintForColumn(0) + 24)
            splitter.setSizes([width, max(total - width, 0)])
