"""The reduced window on a collection file: opened from the main window, the kiosk, paper forms, import.

A collection file opens in its own window with what it is, the count of sheets, and the
three ways of collecting, which store into the collection file (never into a workplace).
A damaged, foreign or newer file, or one held by another copy of apvdesk, is refused with
one sentence and left as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from apvdesk.core.model import Response
from apvdesk.store.collection.collection_store import CollectionStore
from apvdesk.store.collection.file import add_sheets, read_sheets, sheet_count
from apvdesk.store.collection.merging import collect
from apvdesk.store.sqlite.lock import lock_owner, lock_path
from apvdesk.ui.collection_window import CollectionWindow, per_group_counts
from apvdesk.ui.tasks import wait_for_tasks
from tests.ui.test_kiosk import PIN, kiosk_bank, make_store, press


@pytest.fixture(autouse=True)
def danish() -> None:
    from apvdesk.ui.app import make_application

    make_application("da")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    """A collection file of a round with a kiosk PIN, groups Vask and Strygning, a 4-question bank."""
    store, round_id = make_store(tmp_path / "Vaskeri.apvdesk", kiosk_bank())
    try:
        path = tmp_path / "Skolen.apvcollect"
        collect(store, round_id, path)
    finally:
        store.close()
    yield path


def _windows(main_window) -> list[CollectionWindow]:
    return main_window.findChildren(CollectionWindow)


def test_the_main_window_opens_a_collection_file_in_the_reduced_window(qtbot, main_window, site, no_modals):
    assert main_window.open_file(site) is False  # nothing opened in the main window itself
    [window] = _windows(main_window)
    assert window.isVisible() and no_modals == []
    assert "Skolen" in window.windowTitle() and "indsamlingsfil" in window.windowTitle()
    assert "Vask, Strygning" in window.about.text()
    assert window.count_label.text() == "Svarark indsamlet i denne fil: 0"
    assert lock_owner(site) is not None  # held while the window is open
    assert main_window._settings.recent_files()[0] == site.resolve()  # noqa: SLF001
    assert main_window._store is None  # noqa: SLF001 - no workplace is open behind it
    window.close()
    assert not lock_path(site).exists()


def test_the_kiosk_stores_into_the_collection_file(qtbot, site, no_modals):
    store = CollectionStore.open(site)
    window = CollectionWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.start_kiosk()
    kiosk = window._kiosk  # noqa: SLF001
    assert kiosk is not None and kiosk.isVisible() and not window.isVisible()
    owner = lock_owner(site)
    assert owner is not None and owner.kiosk_round == store.round_id  # the lock says a kiosk runs
    kiosk._advance_ms = 0  # noqa: SLF001 - no pause after each answer
    kiosk._advance_timer.setInterval(0)  # noqa: SLF001
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)  # Dansk, Strygning
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        press(qtbot, kiosk, digit)
        qtbot.waitUntil(lambda: kiosk._advance_timer.isActive() is False)  # noqa: SLF001
    press(qtbot, kiosk, Qt.Key.Key_Return)  # send
    assert sheet_count(site) == 1
    [sheet], languages = read_sheets(site)
    assert languages == {"da": 1} and sheet.group_id == store.round_groups(store.round_id)[1].id
    assert sorted(sheet.answers.values()) == [0, 1, 2, 3]
    kiosk._leave()  # noqa: SLF001 - what the PIN does
    assert window.isVisible() and window.count_label.text() == "Svarark indsamlet i denne fil: 1"
    assert lock_owner(site).kiosk_round is None  # type: ignore[union-attr]
    window.close()


def test_without_a_pin_the_kiosk_is_refused_with_a_sentence(qtbot, tmp_path, no_modals):
    store, round_id = make_store(tmp_path / "Vaskeri.apvdesk", kiosk_bank(), pin=None)
    try:
        path = tmp_path / "Uden.apvcollect"
        collect(store, round_id, path)
    finally:
        store.close()
    window = CollectionWindow(CollectionStore.open(path))
    qtbot.addWidget(window)
    window.start_kiosk()
    assert window._kiosk is None  # noqa: SLF001
    [(title, text)] = no_modals
    assert title == "Ingen kiosk-PIN" and "lav så indsamlingsfilen igen" in text
    window.close()


def test_paper_forms_typed_in_go_into_the_collection_file(qtbot, site, monkeypatch, no_modals):
    from apvdesk.ui.dialogs.entry_grid import EntryGridDialog

    store = CollectionStore.open(site)
    dialog = EntryGridDialog(store, store.round_id, text_lang="da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.setFocus()
    n = len(dialog.sheet.columns)
    for key in "1" + "1" * n + "2" + "2" * n:  # two forms, saved after their last question
        qtbot.keyClick(dialog.view, key)
    assert sheet_count(site) == 2
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    dialog.delete_current_form()  # asked, answered Yes: the sheet goes from the file
    assert sheet_count(site) == 1
    [sheet], languages = read_sheets(site)
    assert set(sheet.answers.values()) == {1} and languages == {"da": 1}
    dialog.close()
    store.close()


def test_answers_imported_go_into_the_collection_file(qtbot, site, tmp_path, no_modals):
    from apvdesk.ui.dialogs.import_wizard import ImportWizard

    store = CollectionStore.open(site)
    items = [item.id for item in store.round_bank(store.round_id).items][:2]
    data = tmp_path / "svar.csv"
    data.write_bytes(
        "\r\n".join(
            [f"group;language;{items[0]};{items[1]}", "Vask;da;1;2", "Strygning;en;;3", "Vask;;4;"]
        ).encode("cp1252")
    )
    wizard = ImportWizard(store, store.round_id)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.previewed, timeout=10000):
        wizard.load(data)
    with qtbot.waitSignal(wizard.imported, timeout=10000) as signal:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert signal.args == [3] and sheet_count(site) == 3
    assert read_sheets(site)[1] == {"da": 2, "en": 1}
    store.close()


def test_per_group_counts_only_when_no_group_is_below_the_threshold():
    assert per_group_counts([("Vask", 5), ("Strygning", 4)], 5) is None
    assert per_group_counts([("Vask", 5), ("Strygning", 0)], 5) is None
    assert per_group_counts([("Vask", 5), ("Strygning", 6)], 5) == [("Vask", 5), ("Strygning", 6)]


def test_the_window_shows_a_total_until_every_group_has_enough(qtbot, site, no_modals):
    store = CollectionStore.open(site)
    [vask, strygning] = store.round_groups(store.round_id)
    bank = store.round_bank(store.round_id)
    answers = {item.id: 0 for item in bank.items}
    threshold = store.header.threshold
    add_sheets(site, [Response(vask.id, "da", None, dict(answers)) for _ in range(threshold)], bank)  # type: ignore[arg-type]
    add_sheets(site, [Response(strygning.id, "da", None, dict(answers))], bank)  # type: ignore[arg-type]
    window = CollectionWindow(store)
    qtbot.addWidget(window)
    assert window.count_label.text() == f"Svarark indsamlet i denne fil: {threshold + 1}"
    assert "Vask" not in window.group_label.text() and "mindst" in window.group_label.text()
    add_sheets(site, [Response(strygning.id, "da", None, dict(answers)) for _ in range(threshold - 1)], bank)  # type: ignore[arg-type]
    window.refresh()
    assert window.group_label.text() == f"Vask: {threshold}, Strygning: {threshold}"
    window.close()


def _refused(main_window, path: Path, no_modals) -> str:
    before = path.read_bytes()
    assert main_window.open_file(path) is False
    assert _windows(main_window) == []
    assert path.read_bytes() == before and not lock_path(path).exists()
    [(title, text)] = no_modals
    no_modals.clear()
    assert title == "Indsamlingsfilen kan ikke åbnes"
    return text


def test_damaged_foreign_newer_and_held_files_are_refused_with_one_sentence(
    qtbot, main_window, site, tmp_path, no_modals
):
    foreign = tmp_path / "noter.apvcollect"
    foreign.write_text("ikke en indsamlingsfil")
    assert "ikke en indsamlingsfil fra apvdesk" in _refused(main_window, foreign, no_modals)

    newer = tmp_path / "nyere.apvcollect"
    newer.write_bytes(site.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert "nyere version af apvdesk" in _refused(main_window, newer, no_modals)

    damaged = tmp_path / "skadet.apvcollect"
    data = bytearray(site.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the tables overwritten
    damaged.write_bytes(bytes(data))
    assert "beskadiget" in _refused(main_window, damaged, no_modals)


def _foreign_lock(path: Path, kiosk: int | None = None) -> Path:
    """Write the lock of another copy of apvdesk, on the laptop that took the file out."""
    lock = lock_path(path)
    record = {"app": "apvdesk", "user": "karin", "host": "laptop-2", "pid": 4242, "started": None}
    record |= {"version": "1", "since": "2026-12-06T10:00:00+01:00", "kiosk": kiosk}
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


def test_a_lock_left_on_another_pc_is_cleared_only_when_the_user_says_so(
    qtbot, main_window, site, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    replies: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    lock = _foreign_lock(site)
    before = site.read_bytes()
    replies.append(QMessageBox.StandardButton.No)
    assert main_window.open_file(site) is False
    assert "laptop-2" in asked[-1] and "karin" in asked[-1] and "Ryd låsen?" in asked[-1]
    assert _windows(main_window) == [] and site.read_bytes() == before
    assert json.loads(lock.read_text(encoding="utf-8"))["host"] == "laptop-2"  # left as it was

    replies.append(QMessageBox.StandardButton.Yes)
    main_window.open_file(site)
    [window] = _windows(main_window)
    assert lock_owner(site).on_this_host()  # type: ignore[union-attr]
    window.close()


def test_a_kiosks_lock_from_another_pc_needs_the_collections_pin(qtbot, main_window, site, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from apvdesk.ui.kiosk.leave_dialog import PinDialog

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    typed: list[str] = ["9999"]

    def exec_(dialog: PinDialog) -> int:
        dialog.pin_edit.setText(typed.pop(0))
        dialog.try_pin()
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", exec_)
    _foreign_lock(site, kiosk=3)
    assert main_window.open_file(site) is False
    assert _windows(main_window) == [] and lock_owner(site).host == "laptop-2"  # type: ignore[union-attr]
    typed.append(PIN)
    main_window.open_file(site)
    [window] = _windows(main_window)
    window.close()
    assert not lock_path(site).exists()


def _drop(window, path: Path, kind: QEvent.Type = QEvent.Type.Drop) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event_class = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDropEvent
    event = event_class(
        QPointF(10, 10) if event_class is QDropEvent else QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return event


def test_a_collection_file_dropped_on_the_main_window_opens_reduced(qtbot, main_window, site, tmp_path):
    other = tmp_path / "noter.txt"
    other.write_text("x")
    assert not _drop(main_window, other, QEvent.Type.DragEnter).isAccepted()  # not taken
    assert _drop(main_window, site, QEvent.Type.DragEnter).isAccepted()
    _drop(main_window, site)
    [window] = _windows(main_window)
    assert window.isVisible() and window.store.path == site
    window.close()


def test_apvdesk_with_a_collection_file_opens_the_reduced_window_over_the_start_page(
    qtbot, main_window, site, no_modals
):
    from apvdesk.ui.start_page import StartPage

    main_window.open_file_after_showing(site)  # what apvdesk SITE.apvcollect does once the window shows
    qtbot.waitUntil(lambda: len(_windows(main_window)) == 1, timeout=10000)
    [window] = _windows(main_window)
    assert window.isVisible() and no_modals == []
    assert isinstance(main_window._stack.currentWidget(), StartPage)  # noqa: SLF001 - not an empty frame
    window.close()


def test_a_collection_without_groups_says_why_the_kiosk_cannot_start(qtbot, tmp_path, no_modals):
    from apvdesk.core.pin import hash_pin
    from apvdesk.store.collection.file import write_collection

    path = tmp_path / "Tom.apvcollect"
    write_collection(path, "key", 1, kiosk_bank(), [], ["da"], 5, hash_pin(PIN))
    window = CollectionWindow(CollectionStore.open(path))
    qtbot.addWidget(window)
    window.start_kiosk()
    assert window._kiosk is None  # noqa: SLF001
    [(title, text)] = no_modals
    assert title == "Kiosken kan ikke starte" and "ingen gruppe" in text
    window.close()
