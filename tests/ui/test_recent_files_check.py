"""The start page lists the recent files at once; whether each is there is found out in the background.

A file on a network share that cannot be reached can keep Windows busy for half a minute;
the window must come up and answer meanwhile, and mark the file when the answer comes.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from apvdesk.ui import recent_check

SHARE = Path("/mnt/kontor-nas/APV/Vaskeriet.apvdesk")  # stands for \\nas\kontor\APV\… out of reach


def rows(window) -> dict[str, tuple[str, object]]:
    """Each recent file's path: the text shown and its colour (None: the normal colour)."""
    listing = window.start_page.recent_list
    return {
        listing.item(i).data(Qt.ItemDataRole.UserRole): (
            listing.item(i).text(),
            listing.item(i).data(Qt.ItemDataRole.ForegroundRole),
        )
        for i in range(listing.count())
    }


def test_start_page_comes_up_while_a_share_does_not_answer(qtbot, monkeypatch, tmp_path: Path, no_modals):
    from apvdesk.ui.app import make_application
    from apvdesk.ui.main_window import MainWindow

    here = tmp_path / "Vaskeri Øst.apvdesk"
    here.write_bytes(b"")
    gone = tmp_path / "Flyttet" / "Rens.apvdesk"
    _app, settings = make_application("en")
    settings.language = "en"
    for path in (SHARE, gone, here):  # the last one added is the newest
        settings.add_recent_file(path)

    share_answers = threading.Event()
    looked_up: list[Path] = []
    real = recent_check.file_is_there

    def file_is_there(path: Path) -> bool:
        looked_up.append(path)
        if path == SHARE:
            share_answers.wait(20)  # as a share out of reach: no answer for a long time
            return False
        return real(path)

    monkeypatch.setattr(recent_check, "file_is_there", file_is_there)
    started = time.monotonic()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert time.monotonic() - started < 5
    listed = rows(window)
    assert list(listed) == [str(here), str(gone), str(SHARE)]  # all at once, by name
    assert listed[str(SHARE)] == (f"Vaskeriet    —    {SHARE.parent}", None)

    ticks: list[int] = []
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the event loop runs: the window answers
    qtbot.waitUntil(lambda: rows(window)[str(gone)][1] is not None, timeout=5000)
    assert rows(window)[str(gone)][0].endswith("(not found)")
    assert rows(window)[str(here)] == (f"Vaskeri Øst    —    {tmp_path}", None)
    assert not share_answers.is_set() and rows(window)[str(SHARE)][1] is None  # still waiting

    window.set_language("da")  # the page is built again meanwhile: known answers are kept, none asked twice
    assert rows(window)[str(gone)][1] is not None
    assert looked_up.count(SHARE) == 1 and looked_up.count(here) == 1

    share_answers.set()
    qtbot.waitUntil(lambda: rows(window)[str(SHARE)][1] is not None, timeout=5000)
    assert rows(window)[str(here)][1] is None
    window.close()


def test_a_file_not_found_is_looked_up_again_when_the_page_is_built_again(qtbot, tmp_path: Path, no_modals):
    from apvdesk.ui.app import make_application
    from apvdesk.ui.main_window import MainWindow

    later = tmp_path / "Nas" / "Vaskeriet.apvdesk"
    _app, settings = make_application("en")
    settings.language = "en"
    settings.add_recent_file(later)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: rows(window)[str(later)][1] is not None, timeout=5000)
    later.parent.mkdir()
    later.write_bytes(b"")  # the drive is connected again
    window.set_language("da")
    qtbot.waitUntil(lambda: rows(window)[str(later)][1] is None, timeout=5000)
    assert "(" not in rows(window)[str(later)][0]
    window.close()


def test_remembered_names_are_kept_without_looking_them_up(tmp_path: Path, monkeypatch) -> None:
    from apvdesk.platform.settings import MAX_RECENT, Settings

    settings = Settings(tmp_path / "settings.ini")
    monkeypatch.setattr(Path, "exists", lambda self: (_ for _ in ()).throw(AssertionError("looked up")))
    monkeypatch.setattr(
        Path, "resolve", lambda self, strict=False: (_ for _ in ()).throw(AssertionError("resolved"))
    )
    for i in range(MAX_RECENT + 2):
        settings.add_recent_file(tmp_path / f"f{i}.apvdesk")
    settings.add_recent_file(tmp_path / "f3.apvdesk")
    names = [p.name for p in settings.recent_files()]
    assert names[:3] == ["f3.apvdesk", "f9.apvdesk", "f8.apvdesk"] and len(names) == MAX_RECENT
    assert names.count("f3.apvdesk") == 1
