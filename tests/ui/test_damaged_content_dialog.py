"""Opening a file whose content apvdesk cannot use: the window explains it and offers the rescue.

The rescue dialog is run as the user would (its modal ``exec`` patched to click through
it): it names what is wrong (table, row, column, value), rescues into a new file that
repairs the threshold, and the main window then opens the new file. The damaged file is
left exactly as it was.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from apvdesk.store.sqlite.rescue import rescue_target
from apvdesk.ui.dialogs.rescue_file import RescueFileDialog
from apvdesk.ui.tasks import wait_for_tasks
from tests.store.test_damaged_content import DAMAGES, make_damaged


@pytest.fixture
def damaged(tmp_path: Path, demo_file: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    threshold = next(d for d in DAMAGES if d.name == "threshold 2")
    return make_damaged(folder, demo_file.read_bytes(), threshold)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("deferred", [True, False], ids=["at start-up", "from the menu"])
def test_the_window_explains_and_rescues(main_window, qtbot, monkeypatch, damaged, deferred):
    before = _sha(damaged)
    shown: list[RescueFileDialog] = []

    def click_through(dialog: RescueFileDialog) -> int:
        shown.append(dialog)
        dialog.show()  # as exec() would
        intro = dialog.intro.text()
        assert damaged.name in intro
        assert "apv_round" in intro and "anonymity_threshold" in intro and "id 1" in intro and " 2" in intro
        assert dialog.rescue_button.isVisible() and dialog.rescue_button.isEnabled()
        dialog.rescue_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
        assert "anonymity_threshold = 5" in dialog.outcome.text()
        dialog.open_button.click()
        return 1

    monkeypatch.setattr(RescueFileDialog, "exec", click_through)
    assert main_window.open_file(damaged, deferred=deferred)
    wait_for_tasks()

    assert len(shown) == 1
    target = rescue_target(damaged).with_name(damaged.stem + " (rescued).apvdesk")
    assert main_window.store is not None and main_window.store.path == target
    apv_round = main_window.store.latest_round()
    assert apv_round is not None and apv_round.anonymity_threshold == 5
    assert _sha(damaged) == before


def test_cancelling_the_rescue_opens_nothing_and_changes_nothing(main_window, monkeypatch, damaged):
    before = sorted(p.name for p in damaged.parent.iterdir()), _sha(damaged)

    def cancel(dialog: RescueFileDialog) -> int:
        assert "anonymity_threshold" in dialog.intro.text()
        dialog.close_button.click()
        return 0

    monkeypatch.setattr(RescueFileDialog, "exec", cancel)
    assert not main_window.open_file(damaged)
    assert main_window.store is None
    assert (sorted(p.name for p in damaged.parent.iterdir()), _sha(damaged)) == before


def test_damaged_pages_keep_their_own_explanation(qtbot, tmp_path, demo_file):
    from tests.store.test_refused_files import middle, overwrite_pages, pages_of

    data = demo_file.read_bytes()
    path = tmp_path / "Vaskeri.apvdesk"
    path.write_bytes(overwrite_pages(data, middle(pages_of(data, "answer"), 2)))
    dialog = RescueFileDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.faults == ()
    assert "anonymity_threshold" not in dialog.intro.text()
