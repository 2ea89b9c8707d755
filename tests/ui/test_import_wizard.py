"""The import dialog: a preview of a good file, the problems of a bad one, and the import itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.import_wizard import ImportPreviewModel, ImportWizard
from apvdesk.ui.tasks import wait_for_tasks


@pytest.fixture
def store(demo_file: Path) -> Iterator[WorkplaceStore]:
    store = WorkplaceStore.open(demo_file)
    yield store
    store.close()


@pytest.fixture
def wizard(qtbot, store: WorkplaceStore, no_modals) -> Iterator[ImportWizard]:
    from apvdesk.ui.app import make_application

    make_application("en")
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    dialog = ImportWizard(store, apv_round.id)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    wait_for_tasks()


def frequency_items(store: WorkplaceStore) -> list[str]:
    apv_round = store.latest_round()
    assert apv_round is not None and apv_round.id is not None
    return [i.id for i in store.round_bank(apv_round.id).items if i.option_set_id == "frequency"]


def write_answers(path: Path, store: WorkplaceStore, rows: list[str]) -> Path:
    a, b = frequency_items(store)[:2]
    path.write_bytes("\r\n".join([f"group;language;{a};{b}", *rows]).encode("cp1252"))
    return path


def load(qtbot, wizard: ImportWizard, path: Path) -> None:
    with qtbot.waitSignal(wizard.previewed, timeout=10000):
        wizard.load(path)


def test_a_good_file_is_previewed_and_imported(qtbot, wizard: ImportWizard, store, tmp_path: Path) -> None:
    path = write_answers(
        tmp_path / "svar.csv",
        store,
        ["Vask og tørring;da;Ofte;Ved ikke", "Chauffører (kører alene);en;2;", "Strygning og finish;;;"],
    )
    round_id = store.latest_round().id
    before = store.respondent_count(round_id)
    load(qtbot, wizard, path)
    assert wizard.import_button.isEnabled()
    assert wizard.stack.currentWidget() is wizard.table
    assert "3 respondents" in wizard.summary_label.text()
    model = wizard.model
    assert model.rowCount() == 3
    cells = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert cells[0][:3] == [2, "Vask og tørring", "Danish"]  # named in the program's language
    assert cells[1][2] == "English"
    answers = [row[ImportPreviewModel.ANSWERS] for row in cells]
    assert answers[0].startswith("2 of ") and answers[2].startswith("0 of ")

    with qtbot.waitSignal(wizard.imported) as signal:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [3]
    assert store.respondent_count(round_id) == before + 3
    assert "Added 3 respondents" in wizard.summary_label.text()
    assert not wizard.import_button.isEnabled()  # the same file cannot be added twice by accident


def test_a_bad_file_lists_its_problems_and_cannot_be_imported(
    qtbot, wizard: ImportWizard, store, tmp_path: Path
) -> None:
    path = write_answers(
        tmp_path / "svar.csv",
        store,
        ["Vask og tørring;da;Ofte;Ved ikke", "Lager;da;1;1", "Vask og tørring;da;9;Tit"],
    )
    round_id = store.latest_round().id
    before = store.respondent_count(round_id)
    load(qtbot, wizard, path)
    assert not wizard.import_button.isEnabled()
    assert wizard.stack.currentWidget() is wizard.error_list
    texts = [wizard.error_list.item(i).text() for i in range(wizard.error_list.count())]
    assert [t.split(":")[0].split(",")[0] for t in texts] == ["Row 3", "Row 4", "Row 4"]
    assert "Lager" in texts[0]
    assert "3 problems" in wizard.summary_label.text()
    assert wizard.import_rows() == 0
    assert store.respondent_count(round_id) == before

    # a corrected file replaces the problems with a preview
    load(qtbot, wizard, write_answers(tmp_path / "rettet.csv", store, ["Vask og tørring;da;1;1"]))
    assert wizard.import_button.isEnabled() and wizard.stack.currentWidget() is wizard.table


def test_junk_is_one_problem(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "billede.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    load(qtbot, wizard, path)
    assert wizard.error_list.count() == 1
    assert "neither a CSV file nor an Excel spreadsheet" in wizard.error_list.item(0).text()
    assert not wizard.import_button.isEnabled()


def test_the_template_buttons(qtbot, wizard: ImportWizard, store, tmp_path: Path, monkeypatch) -> None:
    from apvdesk.ui import file_dialogs

    chosen = tmp_path / "skabelon"
    monkeypatch.setattr(
        file_dialogs, "ask_save_file", lambda *args, **kwargs: (str(chosen), "Excel spreadsheet (*.xlsx)")
    )
    qtbot.mouseClick(wizard.template_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(tmp_path / "skabelon.xlsx")
    assert workbook.sheetnames == ["Answers", "Legend"]
    assert wizard.save_template(tmp_path / "skabelon.csv")
    assert (tmp_path / "skabelon.csv").read_bytes().startswith(b"\xef\xbb\xbfgroup;language;")
    assert not wizard.save_template(tmp_path / "missing-folder" / "t.csv")

    data = write_answers(tmp_path / "svar.csv", store, ["Vask og tørring;da;1;1"])
    monkeypatch.setattr(file_dialogs, "ask_open_file", lambda *args, **kwargs: str(data))
    with qtbot.waitSignal(wizard.previewed, timeout=10000):
        qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.path_edit.text() == str(data)
    assert wizard.import_button.isEnabled()
