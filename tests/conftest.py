"""Shared test set-up: Qt offscreen, a private data folder per test, no stray dialogs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp):
    """Make the session's QApplication before any test runs.

    The command line makes a bare QCoreApplication when none exists (for its translated
    messages); a command run in-process before the first widget test would otherwise
    leave one behind, and the widgets of every later test abort the run.
    """
    return qapp


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own settings and documents folder."""
    path = tmp_path_factory.mktemp("apvdesk-data")
    monkeypatch.setenv("APVDESK_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def fresh_language():
    """Leave no language installed after a test: each test starts with the source's texts."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from apvdesk.wording import i18n

        i18n.reset()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A demo workplace file (seed 7, a dialogue meeting) in the test's folder.

    49 respondents, the default: the laundry's four groups answer as in a demo of 40 before
    the linen room came (16, 13, 7, 4), and the linen room's 9 came through a collection.
    """
    from apvdesk.app.demo_file import write_demo

    path = tmp_path / "demo.apvdesk"
    write_demo(path, respondents=49, seed=7)
    return path
