"""Forms typed in one sitting can be corrected or deleted until the grid closes; blanks are asked about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from apvdesk.app.resources import shipped_bank
from apvdesk.core.entry import GROUP_COLUMN
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.refusals import SheetReleased
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.entry_grid import EntryGridDialog
from apvdesk.ui.models.entry import CHECK_MARK

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def new_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "vaskeri.apvdesk"
    groups = [Group("Vask", 6), Group("Butik", 6)]
    store = WorkplaceStore.create(
        path, Workplace("Vaskeri"), groups, Round("APV", dt.date(2026, 9, 1)), shipped_bank()
    )
    store.close()
    yield path


class Answers:
    """Answer the grid's questions from a list, recording each question and its default button."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[tuple[str, str, QMessageBox.StandardButton]] = []

        def question(_parent, title, text, _buttons=None, default=None):
            self.asked.append((title, text, default))
            return self.queue.pop(0)

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def type_keys(qtbot, dialog: EntryGridDialog, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(dialog.view, key)


def test_correct_and_delete_forms_of_this_sitting_then_reopen(qtbot, new_file: Path, monkeypatch) -> None:
    answers = Answers(monkeypatch)
    store = WorkplaceStore.open(new_file)
    round_id = store.latest_round().id  # type: ignore[union-attr]
    groups = store.round_groups(round_id)
    dialog = EntryGridDialog(store, round_id, text_lang="da")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.setFocus()
    columns = dialog.sheet.columns
    n = len(columns)

    type_keys(qtbot, dialog, "1" + "1" * n)  # form 1: Vask, every first box; saved after the last
    type_keys(qtbot, dialog, "2" + "2" * n)  # form 2: Butik, every second box
    assert store.respondent_count(round_id) == 2 and answers.asked == []

    # Form 3: three answers, then Enter: it asks first, and the safe default goes back to the form.
    type_keys(qtbot, dialog, "1" + "310")
    answers.queue.append(NO)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    title, text, default = answers.asked[-1]
    assert text == f"{n - 3} questions are not filled in. Save the form anyway?" and default == NO
    assert store.respondent_count(round_id) == 2
    assert dialog.view.currentIndex().row() == 2 and dialog.view.currentIndex().column() == 4
    answers.queue.append(YES)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert store.respondent_count(round_id) == 3
    assert dialog.model.headerData(2, Qt.Orientation.Vertical) == f"3 {CHECK_MARK}"

    # Correct form 1: it was Butik, and question 5 had the third box.
    dialog.view.setCurrentIndex(dialog.model.index(0, GROUP_COLUMN))
    type_keys(qtbot, dialog, "2")
    dialog.view.setCurrentIndex(dialog.model.index(0, 5))
    type_keys(qtbot, dialog, "3")
    assert dialog.sheet.unsaved_rows() == [0]
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert dialog.status_label.text() == "Form 1 corrected."
    assert store.respondent_count(round_id) == 3

    # Delete form 2 (asked first, "No" is the default).
    dialog.view.setCurrentIndex(dialog.model.index(1, 3))
    answers.queue.append(YES)
    dialog.delete_button.click()
    assert answers.asked[-1][0] == "Delete form?" and answers.asked[-1][2] == NO
    assert store.respondent_count(round_id) == 2
    assert dialog.sheet.saved_count == 2 and dialog.model.rowCount() == 3  # forms 1 and 3, and an empty one
    dialog.close()
    assert not dialog.isVisible() and len(answers.asked) == 3  # nothing unsaved: no question on closing
    store.close()

    reopened = WorkplaceStore.open(new_file)
    try:
        sheets = sorted(reopened.responses(round_id), key=lambda r: len(r.answers))
        assert len(sheets) == 2
        typed_three, corrected = sheets
        assert typed_three.group_id == groups[0].id
        assert typed_three.answers == {columns[0].item.id: 2, columns[1].item.id: 0, columns[2].item.id: None}
        assert corrected.group_id == groups[1].id
        assert corrected.answers == {c.item.id: (2 if c.number == 5 else 0) for c in columns}
        assert reopened.language_counts(round_id) == {"da": 2}
    finally:
        reopened.close()


def test_a_sheet_of_a_released_round_cannot_be_changed(new_file: Path) -> None:
    store = WorkplaceStore.open(new_file)
    try:
        round_id = store.latest_round().id  # type: ignore[union-attr]
        group = store.round_groups(round_id)[0].id
        assert group is not None
        item = store.round_bank(round_id).items[0].id
        store.add_responses(round_id, [Response(group, "da", None, {item: 1}, id=4242)])
        with pytest.raises(KeyError):
            store.change_sheet(round_id, 4243, "da", None)
        store.change_sheet(round_id, 4242, "da", Response(group, "en", None, {item: 3}))
        assert [r.answers for r in store.responses(round_id)] == [{item: 3}]
        assert store.language_counts(round_id) == {"en": 1}
        store.end_collection(round_id)
        with pytest.raises(SheetReleased):
            store.change_sheet(round_id, 4242, "en", None)
        assert store.respondent_count(round_id) == 1
    finally:
        store.close()
