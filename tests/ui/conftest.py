"""GUI test set-up: a Danish application, modal dialogs patched, the thread pool drained."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def no_modals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them; questions are answered Yes."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


@pytest.fixture
def main_window(qtbot, no_modals) -> Iterator:
    """A main window in Danish with a fresh settings file."""
    from apvdesk.ui.app import make_application
    from apvdesk.ui.main_window import MainWindow
    from apvdesk.ui.tasks import wait_for_tasks

    _app, settings = make_application("da")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    wait_for_tasks()
    window.close()
