"""The problem and action dialogs carry a short text per language for the poster."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, Problem
from apvdesk.ui.dialogs.action_dialog import ActionDialog
from apvdesk.ui.dialogs.other_languages import OtherLanguagesDialog
from apvdesk.ui.dialogs.problem_dialog import ProblemDialog


def _write(values: dict[str, str], seen: list[str]):
    def exec_(self) -> int:
        seen.extend(label.text() for label in self.findChildren(QLabel))
        for lang, text in values.items():
            self.fields[lang].setText(text)
        return QDialog.DialogCode.Accepted

    return exec_


def test_the_problem_dialog_adds_a_ukrainian_text_and_keeps_the_polish(qtbot, main_window, monkeypatch):
    problem = Problem(
        1, "support_colleagues", "Ingen hjælp om morgenen", id=5, translations={"pl": "Brak pomocy"}
    )
    dialog = ProblemDialog(problem, shipped_bank(), [], "da")
    qtbot.addWidget(dialog)
    assert "polsk" in dialog.other_languages.summary.text()
    seen: list[str] = []
    monkeypatch.setattr(OtherLanguagesDialog, "exec", _write({"uk": " Немає допомоги "}, seen))
    dialog.kind_edit.setPlainText("Ingen hjælp om morgenen på vaskeriet")
    dialog.other_languages.button.click()
    assert "Ingen hjælp om morgenen på vaskeriet" in seen  # the Danish as it stands in the dialog
    assert dialog.problem().translations == {"pl": "Brak pomocy", "uk": "Немає допомоги"}
    assert "polsk, ukrainsk" in dialog.other_languages.summary.text()


def test_the_action_dialog_can_clear_a_text_and_cancel_keeps_them(qtbot, main_window, monkeypatch):
    action = Action("Fast morgenmøde", id=7, problem_id=5, translations={"pl": "Poranne spotkanie"})
    dialog = ActionDialog(action)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(OtherLanguagesDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog.other_languages.button.click()
    assert dialog.action().translations == {"pl": "Poranne spotkanie"}
    monkeypatch.setattr(OtherLanguagesDialog, "exec", _write({"pl": ""}, []))
    dialog.other_languages.button.click()
    assert dialog.action().translations == {}
    assert dialog.other_languages.summary.text() == "Kun på dansk indtil videre."
