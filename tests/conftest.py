"""Shared test set-up: Qt offscreen, a private data folder per test, no stray dialogs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own settings and documents folder."""
    path = tmp_path_factory.mktemp("apvdesk-data")
    monkeypatch.setenv("APVDESK_DATA_DIR", str(path))
    return path


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A demo workplace file (40 respondents, seed 7) in the test's folder."""
    from apvdesk.banks import shipped_bank
    from apvdesk.core.demo import make_demo
    from apvdesk.store.workplace_store import WorkplaceStore

    path = tmp_path / "demo.apvdesk"
    bank = shipped_bank()
    WorkplaceStore.create_demo(path, make_demo(bank, 40, 7), bank).close()
    return path
