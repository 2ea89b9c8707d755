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


def test_every_file_dialog_goes_through_the_fitted_one():
    """A static ``QFileDialog.get…FileName`` would bring back Qt's dialog with cut columns."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "apvdesk"
    static = re.compile(r"QFileDialog\.get\w*(FileName|Directory)")
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py") if static.search(p.read_text("utf-8"))]
    assert offenders == []


def test_qt_own_file_dialog_columns_follow_their_contents(qtbot, tmp_path):
    from PySide6.QtWidgets import QHeaderView, QTreeView

    from apvdesk.ui.file_dialogs import fit_columns

    (tmp_path / "Vaskeri Solsiden.apvdesk").write_bytes(b"x" * 420_000)
    try:
        install("da")
        dialog = QFileDialog(None, "Åbn", str(tmp_path), "apvdesk (*.apvdesk)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        fit_columns(dialog)
        [tree] = [t for t in dialog.findChildren(QTreeView) if t.isVisible()]
        header = tree.header()
        modes = [header.sectionResizeMode(c) for c in range(1, header.count())]
        assert modes == [QHeaderView.ResizeMode.ResizeToContents] * (header.count() - 1)
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 1, timeout=5000)
        for column in range(1, header.count()):
            assert header.sectionSize(column) >= tree.sizeHintForColumn(column)
        from apvdesk.ui.screen_fit import fitted, screen_of

        assert dialog.width() >= fitted(dialog, 860, 500)[0]  # wide, but never wider than the screen
        assert dialog.minimumWidth() <= screen_of(dialog).availableGeometry().width()
    finally:
        reset()
