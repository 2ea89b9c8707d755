"""An error nobody caught is shown to the user in one message, and the program goes on."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from apvdesk.store.errors import CannotWrite
from apvdesk.ui.error_hook import ErrorReporter


def test_a_failed_write_is_shown_with_what_to_do(qtbot, main_window, no_modals, capsys):
    reporter = ErrorReporter()
    error = CannotWrite(Path("/tmp/Vaskeri.apvdesk"), "disk I/O error")
    reporter(type(error), error, None)
    [(title, text)] = no_modals
    assert title == "Ændringen blev ikke gemt"
    assert "Vaskeri.apvdesk" in text
    assert "disk I/O error" in capsys.readouterr().err  # still printed for a bug report


def test_other_errors_are_shown_with_details(qtbot, main_window, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    reporter = ErrorReporter()
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        reporter(*sys.exc_info())
    [(text, details)] = shown
    assert "rapportér" in text.lower() or "report" in text.lower()
    assert "RuntimeError: a bug" in details
