"""The rescue dialog: it rescues off the GUI thread, says what was saved, and opens the new file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.rescue_file import RescueFileDialog
from apvdesk.ui.tasks import wait_for_tasks
from tests.store.test_refused_files import middle, overwrite_pages, pages_of


@pytest.fixture
def english(qapp):
    from apvdesk.wording import i18n

    i18n.install("en")
    yield
    i18n.install("da")


@pytest.fixture
def damaged(demo_file: Path) -> Path:
    data = demo_file.read_bytes()
    path = demo_file.with_name("Vaskeri Solsiden.apvdesk")
    path.write_bytes(overwrite_pages(data, middle(pages_of(data, "answer"), 2)))
    return path


def test_the_dialog_rescues_into_a_new_file_and_offers_to_open_it(qtbot, english, damaged):
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    dialog = RescueFileDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target == damaged.with_name("Vaskeri Solsiden (rescued).apvdesk")
    assert str(dialog.target) in dialog.target_label.text()

    dialog.rescue_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    wait_for_tasks()
    text = dialog.outcome.text()
    assert "Answers:" in text and "could not be read" in text
    assert "People who answered:" in text and "Actions:" in text
    assert "Groups taking part" not in text  # link tables only when something was lost
    assert dialog.open_button.isVisible() and not dialog.rescue_button.isVisible()

    dialog.open_button.click()
    assert dialog.rescued_file() == dialog.target
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before
    store = WorkplaceStore.open(dialog.target)
    store.close()


def test_a_failed_rescue_is_explained_and_may_be_tried_elsewhere(qtbot, english, damaged, tmp_path):
    dialog = RescueFileDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_target(tmp_path / "no such folder" / "rescued")
    assert dialog.target.suffix == ".apvdesk"
    dialog.rescue_button.click()
    qtbot.waitUntil(lambda: dialog.outcome.isVisible() and dialog.rescue_button.isEnabled(), timeout=30000)
    wait_for_tasks()
    assert "does not exist" in dialog.outcome.text()
    assert dialog.report is None and dialog.rescued_file() is None
    dialog.set_target(tmp_path / "rescued.apvdesk")
    dialog.rescue_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    wait_for_tasks()
    assert (tmp_path / "rescued.apvdesk").is_file()


def test_cancel_leaves_everything_as_it_was(qtbot, english, damaged):
    dialog = RescueFileDialog(damaged)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close_button.click()
    assert dialog.rescued_file() is None
    assert not dialog.target.exists()
