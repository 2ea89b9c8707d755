"""The program shows its own icon and names itself to the desktop."""

from __future__ import annotations

from apvdesk.ui.main_window import MainWindow


def test_every_window_carries_the_program_icon(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not main_window.windowIcon().isNull()
    assert main_window.windowIcon().availableSizes()[0].width() >= 256
    assert app.desktopFileName() == "dk.apvdesk.apvdesk"  # packaging/linux/dk.apvdesk.apvdesk.desktop
