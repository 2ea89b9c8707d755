"""The poster's texts in its second language: written in their dialog, asked for before a bilingual poster."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from apvdesk.core.poster import poster_content
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.poster_texts_dialog import PosterTextsDialog
from apvdesk.ui.main_window import MainWindow

KIND_PL = "Kierowcy jeżdżą sami i nie mają z kim porozmawiać."
HOW_PL = "Stała osoba kontaktowa w biurze."


def _reports(main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("reports")
    return view.page("reports")


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_missing_texts_are_listed_then_written_and_printed(qtbot, main_window, demo_file, monkeypatch):
    printed: list[bytes] = []
    monkeypatch.setattr(
        "apvdesk.ui.printing.ask_and_print", lambda parent, pdf, title, printer=None: printed.append(pdf)
    )
    page = _reports(main_window, demo_file)
    store = main_window.store
    content = poster_content(store.action_plan(store.latest_round().id))
    first = content.problems[0]
    box = page.poster_box
    box.second_combo.setCurrentIndex(box.second_combo.findData("pl"))

    questions: list[QMessageBox] = []

    def answer(wanted: str):
        def exec_(self) -> int:
            questions.append(self)
            next(b for b in self.buttons() if b.text() == wanted).click()
            return 0

        return exec_

    # "Tilbage": nothing is printed
    monkeypatch.setattr(QMessageBox, "exec", answer("Tilbage"))
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    [question] = questions
    count = sum(1 + len(p.actions) for p in content.problems if p.kind)
    assert question.text().startswith(
        f"{count} af plakatens problemer og tiltag har endnu ingen tekst på polsk"
    )
    listed = question.informativeText().splitlines()
    assert listed[0].startswith("Problem 1: »") and first.kind[:20] in listed[0]
    assert any(line.startswith("Tiltag til problem 1: »") for line in listed)
    assert question.defaultButton().text() == "Skriv dem nu…"
    assert question.escapeButton().text() == "Tilbage"
    assert printed == [] and not box.progress.isVisible()

    # "Skriv dem nu…": the texts dialog, then the poster with them
    def write(self) -> int:
        self.fields[(first.problem_id, None)].setText(KIND_PL)
        self.fields[(first.problem_id, first.actions[0].action_id)].setText(HOW_PL)
        self.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PosterTextsDialog, "exec", write)
    monkeypatch.setattr(QMessageBox, "exec", answer("Skriv dem nu…"))
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    text = _squash(PdfReader(io.BytesIO(printed[0])).pages[0].extract_text())
    assert _squash(KIND_PL) in text and _squash(HOW_PL) in text and _squash(first.kind)[:30] in text

    # the next time, the texts written are no longer listed
    monkeypatch.setattr(QMessageBox, "exec", answer("Udskriv kun på dansk"))
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    assert questions[-1].text().startswith(f"{count - 2} af plakatens")
    assert not any(line.startswith("Problem 1:") for line in questions[-1].informativeText().splitlines())
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=20000)

    # one language only: nothing is asked
    box.second_combo.setCurrentIndex(0)
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 3, timeout=20000)
    assert len(questions) == 3

    path = store.path
    main_window.close_workplace()
    reopened = WorkplaceStore.open_read_only(path)
    try:
        plan = reopened.action_plan(reopened.latest_round().id)
        problem, actions = next((p, a) for p, a in plan.problems if p.id == first.problem_id)
        assert problem.translations == {"pl": KIND_PL}
        assert next(a for a in actions if a.id == first.actions[0].action_id).translations == {"pl": HOW_PL}
    finally:
        reopened.close()


def test_the_texts_dialog_keeps_each_language_and_empties_clear(qtbot, main_window, demo_file):
    page = _reports(main_window, demo_file)
    store = main_window.store
    round_id = store.latest_round().id
    first = poster_content(store.action_plan(round_id)).problems[0]
    key = (first.problem_id, None)
    dialog = PosterTextsDialog(store, round_id, "pl", page)
    qtbot.addWidget(dialog)
    assert dialog.language == "pl" and dialog.missing() == len(dialog.fields)
    dialog.fields[key].setText(f"  {KIND_PL} ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("uk"))
    assert dialog.fields[key].text() == "" and "ukrainsk" in dialog.fields[key].placeholderText()
    dialog.fields[key].setText("Водії працюють самі.")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pl"))
    assert dialog.fields[key].text() == f"  {KIND_PL} "  # kept while switching
    assert dialog.save() == 1
    saved = next(p for p in store.problems(round_id) if p.id == first.problem_id)
    assert saved.translations == {"pl": KIND_PL, "uk": "Водії працюють самі."}

    again = PosterTextsDialog(store, round_id, "uk", page)
    qtbot.addWidget(again)
    assert again.fields[key].text() == "Водії працюють самі."
    again.fields[key].setText("")
    again.save()
    saved = next(p for p in store.problems(round_id) if p.id == first.problem_id)
    assert saved.translations == {"pl": KIND_PL}


def test_the_bilingual_poster_is_offered_under_both_languages_and_shows_every_problem(
    qtbot, main_window, demo_file, monkeypatch, tmp_path
):
    page = _reports(main_window, demo_file)
    store = main_window.store
    plan = store.action_plan(store.latest_round().id)
    needing = [p for p, _ in plan.problems if not p.solved_at_once]
    assert len(needing) == 7  # the demo's plan: six at the laundry, one at the nursing home
    box = page.poster_box
    offered: list[str] = []

    def ask(parent, title, start, kinds):
        offered.append(Path(start).name)
        return str(tmp_path / Path(start).name), kinds

    monkeypatch.setattr("apvdesk.ui.file_dialogs.ask_save_file", ask)
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda self: next(b for b in self.buttons() if b.text() == "Udskriv kun på dansk").click() or 0,
    )
    for second, ending in (("pl", " (da+pl).pdf"), ("", " (da).pdf")):
        box.last_output = None
        box.second_combo.setCurrentIndex(box.second_combo.findData(second))
        box.choose_and_export()
        assert offered[-1].endswith(ending)
        qtbot.waitUntil(lambda: box.last_output is not None, timeout=20000)
        text = _squash(PdfReader(box.last_output).pages[0].extract_text())
        for problem in needing:  # every problem of the plan, in one language and in two
            assert _squash(problem.kind)[:25] in text, (second, problem.kind)


def test_every_chooser_of_the_owner_names_a_language_alike_in_the_programs_language(
    qtbot, main_window, demo_file
):
    from apvdesk.ui.dialogs.group_names_dialog import language_name

    page = _reports(main_window, demo_file)

    def names(combo) -> dict[str, str]:
        return {combo.itemData(i): combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)}

    danish = {"da": "Dansk", "en": "Engelsk", "pl": "Polsk", "ro": "Rumænsk", "uk": "Ukrainsk"}
    second = names(page.poster_box.second_combo)
    assert second == {code: danish[code] for code in ("en", "pl", "ro", "uk")}  # was "Polski" here
    assert names(page.poster_box.language_combo) == {"da": "Dansk", "en": "Engelsk"}
    assert names(page.agenda_box.language_combo).items() <= danish.items()
    assert names(page.questionnaire_box.language_combo).items() <= danish.items()
    assert "pl" in names(page.questionnaire_box.language_combo)
    store = main_window.store
    dialog = PosterTextsDialog(store, store.latest_round().id, "pl", page)
    qtbot.addWidget(dialog)
    assert names(dialog.language_combo) == second  # the same "Polsk" as the poster box's
    assert {code: language_name(code) for code in danish} == danish  # the group-names editor
