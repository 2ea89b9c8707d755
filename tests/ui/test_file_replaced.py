"""The real main window notices when its file is removed or replaced, and never writes over one.

Another program (or ``apvdesk report … -o work.apvdesk`` before issue 13) may put another
file where the open workplace file was, or remove it. The window must then say so and
acknowledge nothing: no "thank you" in the kiosk, no answers in the other file. And a
PDF or workbook saved from the window never replaces a workplace file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from apvdesk.app.file_messages import describe
from apvdesk.store.errors import FileReplaced, OutputOverWorkplaceFile
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.tasks import wait_for_tasks
from tests.ui.test_kiosk import kiosk_bank, make_store, open_kiosk, press

# On Windows, a file that SQLite holds open can be neither replaced nor removed.
POSIX_ONLY = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows refuses to replace or remove a file SQLite holds open"
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, int]:
    """Our workplace (a round with a kiosk PIN) and another program's file of the same kind."""
    ours, theirs = tmp_path / "Vaskeri.apvdesk", tmp_path / "other" / "Renseri.apvdesk"
    theirs.parent.mkdir()
    store, round_id = make_store(ours, kiosk_bank())
    store.close()
    other, _ = make_store(theirs, kiosk_bank())
    other.close()
    return ours, theirs, round_id


def answer_all_but_send(qtbot, kiosk) -> None:
    """Language, group, start, the four questions: the confirm screen, ready to send."""
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return)
    press(qtbot, kiosk, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_6)
    assert kiosk.current_screen() is kiosk.confirm_screen


def respondents_in(path: Path) -> int:
    store = WorkplaceStore.open_read_only(path)
    try:
        return sum(store.respondent_count(r.id) for r in store.rounds() if r.id is not None)
    finally:
        store.close()


@POSIX_ONLY
def test_the_kiosk_does_not_thank_for_answers_after_the_file_was_replaced(
    qtbot, main_window, files, no_modals
) -> None:
    ours, theirs, round_id = files
    assert main_window.open_file(ours, deferred=False)
    store = main_window.store
    kiosk = open_kiosk(qtbot, store, round_id)
    answer_all_but_send(qtbot, kiosk)

    # A report being written in the background holds the store's idle connection, so the
    # kiosk's answers need a new one, opened by the file's name.
    busy = store._engine.connect()  # noqa: SLF001
    try:
        os.replace(theirs, ours)
        replacement = ours.read_bytes()
        press(qtbot, kiosk, Qt.Key.Key_Return)
    finally:
        busy.close()

    assert kiosk.current_screen() is kiosk.confirm_screen  # no "thank you": nothing was saved
    [(_title, text)] = no_modals  # the kiosk says the answers were not saved, and why
    assert describe(FileReplaced(ours)) in text  # what happened, not "check the free disk space"
    assert ours.read_bytes() == replacement  # and they are not in the other program's file
    assert respondents_in(ours) == 0
    with pytest.raises(FileReplaced):
        store.workplace()  # the store says why, to whoever asks next


@POSIX_ONLY
def test_the_kiosk_does_not_thank_for_answers_after_the_file_was_removed(
    qtbot, main_window, files, no_modals
) -> None:
    ours, _theirs, round_id = files
    assert main_window.open_file(ours, deferred=False)
    store = main_window.store
    kiosk = open_kiosk(qtbot, store, round_id)
    answer_all_but_send(qtbot, kiosk)
    busy = store._engine.connect()  # noqa: SLF001 - as above
    try:
        ours.unlink()
        press(qtbot, kiosk, Qt.Key.Key_Return)
    finally:
        busy.close()
    assert kiosk.current_screen() is kiosk.confirm_screen
    assert len(no_modals) == 1
    assert not ours.exists()  # no new, empty file made in its place


@POSIX_ONLY
@pytest.mark.qt_no_exception_capture
def test_an_edit_after_the_file_was_replaced_says_what_happened(
    qtbot, main_window, files, no_modals, monkeypatch
) -> None:
    from apvdesk.ui.error_hook import ErrorReporter

    ours, theirs, _round_id = files
    assert main_window.open_file(ours, deferred=False)
    view = main_window.workplace_view
    view.show_page("preparation")
    page = view.page("preparation")
    os.replace(theirs, ours)
    replacement = ours.read_bytes()

    monkeypatch.setattr(sys, "excepthook", ErrorReporter())
    page.manager_edit.setText("Zofia Dąbrowska")
    page.manager_edit.editingFinished.emit()

    [(_title, text)] = no_modals
    assert text == describe(FileReplaced(ours))  # removed or replaced; close and open again
    assert ours.read_bytes() == replacement


# --- saving a PDF or a workbook from the window ----------------------------------------------


def test_a_pdf_is_never_saved_over_a_workplace_file(qtbot, main_window, files, no_modals) -> None:
    ours, theirs, _round_id = files
    assert main_window.open_file(ours, deferred=False)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").questionnaire_box
    for target in (theirs, ours):  # another workplace file, and the very one that is open
        before = target.read_bytes()
        box.export(target, open_when_done=False)
        wait_for_tasks()
        assert target.read_bytes() == before
    assert [text for _title, text in no_modals] == [
        describe(OutputOverWorkplaceFile(theirs, "workplace")),
        describe(OutputOverWorkplaceFile(ours, "workplace")),
    ]
    assert box.last_output is None
    main_window.store.save_workplace(main_window.store.workplace())  # the open file still works


def test_a_workbook_is_never_saved_over_a_workplace_file(qtbot, main_window, files, no_modals) -> None:
    ours, theirs, _round_id = files
    named_like_a_workbook = theirs.with_name("plan.xlsx")
    os.replace(theirs, named_like_a_workbook)
    assert main_window.open_file(ours, deferred=False)
    view = main_window.workplace_view
    view.show_page("reports")
    box = view.page("reports").plan_export_box
    before = named_like_a_workbook.read_bytes()
    box.export(named_like_a_workbook)
    wait_for_tasks()
    assert named_like_a_workbook.read_bytes() == before
    assert [text for _title, text in no_modals] == [
        describe(OutputOverWorkplaceFile(named_like_a_workbook, "workplace"))
    ]
    assert box.last_output is None
