"""Render Qt's own file dialog (the one drawn where the system has none) in the program's language.

Called by :mod:`tools.window_shots`; shows that every label of the Open dialog is translated
and nothing in it is cut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from apvdesk.ui.file_dialogs import fit_columns


def render(store, round_id: int, save: Callable[[QWidget, str, tuple[int, int]], None]) -> None:
    """Show the "Open" dialog in the workplace file's folder, as the program would."""
    folder = Path(store.path).parent
    title = QCoreApplication.translate("MainWindow", "Open workplace")
    kinds = QCoreApplication.translate("MainWindow", "apvdesk workplaces (*.apvdesk)")
    dialog = QFileDialog(None, title, str(folder), kinds)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.resize(860, 500)
    dialog.show()
    fit_columns(dialog)
    save(dialog, "file-dialog", (860, 500))
    dialog.close()  # closed by the program: nothing is asked
