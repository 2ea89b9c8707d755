"""Qt's own file dialog speaks Danish where Qt's catalogue does not (resources/i18n/qt_extra_da.ts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from apvdesk.wording.i18n import install, reset


def _labels(dialog: QFileDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


def test_the_file_dialog_labels_are_danish_and_english(qtbot, tmp_path):
    try:
        install("da")
        dialog = QFileDialog(None, "Gem", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = _labels(dialog)
        assert {"&Kig i:", "Filer af &type:", "&Filnavn:"} <= labels, labels
        assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Mappe"  # the Type column
        install("en")
        english = QFileDialog(None, "Save", str(tmp_path), "PDF (*.pdf)")
        english.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(english)
        assert {"&Look in:", "Files of &type:"} <= _labels(english)
    finally:
        reset()
