"""Preparing a round in the GUI: PIN, groups, languages, themes, and the dialogue advice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from apvdesk.app.resources import default_round_bank, shipped_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.core.pin import hash_pin, verify_pin
from apvdesk.core.questionnaire_length import default_forms, forms_of
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.ui.dialogs.pin_dialog import SetPinDialog
from apvdesk.ui.main_window import MainWindow
from apvdesk.ui.pages import round_setup
from tests.core.forms_bank import forms_bank


def _open(main_window: MainWindow, path: Path):
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("preparation")
    return view.page("preparation").round_box


def _small_workplace(tmp_path: Path) -> Path:
    path = tmp_path / "lille.apvdesk"
    WorkplaceStore.create(
        path,
        Workplace(name="Lille Rens", headcount=9),
        [Group("Rens", 6), Group("Butik", 3)],
        Round(title="APV 2026", start_date=dt.date(2026, 11, 1)),
        default_round_bank(),
    ).close()
    return path


def test_pin_is_stored_only_as_a_hash(qtbot, main_window, demo_file, monkeypatch):
    box = _open(main_window, demo_file)
    assert "No PIN" in box.pin_status.text() or "Ingen" in box.pin_status.text()
    monkeypatch.setattr(
        SetPinDialog, "get_pin_hash", classmethod(lambda cls, parent: (hash_pin("975310"), True))
    )
    qtbot.mouseClick(box.pin_button, Qt.MouseButton.LeftButton)
    main_window.close()
    assert b"975310" not in demo_file.read_bytes()
    store = WorkplaceStore.open(demo_file)
    try:
        assert verify_pin("975310", store.latest_round().kiosk_pin_hash)
    finally:
        store.close()


def test_pin_dialog_needs_the_same_digits_twice(qtbot):
    dialog = SetPinDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.pin_edit, "12ab34")  # letters are not accepted
    assert dialog.pin_edit.text() == "1234"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.repeat_edit, "1235")
    assert not ok.isEnabled()
    dialog.repeat_edit.setText("1234")
    assert ok.isEnabled()
    assert verify_pin("1234", dialog.pin_hash())


def test_groups_and_languages_are_saved_at_once(qtbot, main_window, demo_file):
    box = _open(main_window, demo_file)
    drivers = box.groups_list.item(3)
    drivers.setCheckState(Qt.CheckState.Unchecked)
    box.language_checks["en"].setChecked(False)
    store = main_window.store
    apv_round = store.latest_round()
    assert [g.name for g in store.round_groups(apv_round.id)] == [
        "Vask og tørring",
        "Strygning og finish",
        "Butik og kundeservice",
        "Linnedrum Lærkehøj",
    ]
    assert "en" not in apv_round.languages and "da" in apv_round.languages
    # the demo's results were released before: what was shown stays, until a new release
    assert set(store.results(apv_round.id).group_ids) == {g.id for g in store.groups()}


def test_the_last_language_cannot_be_unticked(qtbot, main_window, demo_file):
    box = _open(main_window, demo_file)
    for check in box.language_checks.values():
        check.setChecked(False)
    assert main_window.store.latest_round().languages  # one is always kept
    assert any(check.isChecked() for check in box.language_checks.values())


def _choose(box, theme_id: str, form: str) -> None:
    combo = box.theme_forms.choices[theme_id]
    combo.setCurrentIndex(combo.findData(form))


def _asked(store) -> set[str]:
    return {t.id for t in store.round_bank(store.latest_round().id).themes}


def test_themes_can_be_chosen_until_someone_answers(qtbot, main_window, tmp_path):
    box = _open(main_window, _small_workplace(tmp_path))
    store = main_window.store
    assert _asked(store) == {t.id for t in shipped_bank().themes}  # each in its default form
    assert list(box.theme_forms.choices) == [t.id for t in shipped_bank().themes]
    support = box.theme_forms.choices["social_support"]
    assert support.findData("off") == -1  # always asked
    _choose(box, "meaning", "off")
    _choose(box, "social_capital", "off")
    assert _asked(store) == {t.id for t in shipped_bank().themes} - {"meaning", "social_capital"}
    _choose(box, "meaning", "full")
    assert "meaning" in _asked(store)
    # once someone has answered, the questions are fixed
    round_id = store.latest_round().id
    store.add_responses(
        round_id, [Response(store.groups()[0].id, "da", dt.date.today(), {"ssc_practical": 0})]
    )
    box.refresh()
    assert not any(combo.isEnabled() for combo in box.theme_forms.choices.values())


def _forms_workplace(tmp_path: Path, monkeypatch) -> Path:
    """A workplace whose round asks the test bank with short forms in its default forms."""
    bank = forms_bank()
    monkeypatch.setattr(round_setup, "shipped_bank", lambda: bank)
    path = tmp_path / "former.apvdesk"
    WorkplaceStore.create(
        path,
        Workplace(name="Vaskeriet", headcount=20),
        [Group("Vask", 12), Group("Chauffører", 8)],
        Round(title="APV 2026", start_date=dt.date(2026, 11, 1), languages=["da", "en", "pl", "ro", "uk"]),
        bank.with_forms(default_forms(bank)),
    ).close()
    return path


def test_each_theme_is_full_short_or_not_asked_and_the_time_follows(
    qtbot, main_window, tmp_path, monkeypatch
):
    box = _open(main_window, _forms_workplace(tmp_path, monkeypatch))
    store = main_window.store
    forms = box.theme_forms
    assert forms.forms() == {
        "social_support": "full",
        "violence_harassment": "full",
        **dict.fromkeys(["influence", "meaning", "predictability", "recognition", "demands"], "short"),
        "social_capital": "short",
    }
    demands = forms.choices["demands"]
    labels = [demands.itemText(i) for i in range(demands.count())]
    assert labels == ["Fuldt (8 spørgsmål)", "Kort (4 spørgsmål)", "Spørges ikke"]
    # 44 questions; Danish is the slowest: 769 words at 100 a minute and 6 s an answer, 12 minutes
    assert forms.length_label.text() == "44 spørgsmål, ca. 12 minutter for en, der læser langsomt."
    _choose(box, "demands", "full")
    assert forms.length_label.text().startswith("48 spørgsmål")
    asked = store.round_bank(store.latest_round().id)
    assert [i.id for i in asked.scale("demands_quantitative").items] == [
        "dq_pile",
        "dq_hurry",
        "dq_unfinished",
        "dq_breaks",
    ]
    assert [i.id for i in asked.scale("trust").items] == ["tru_no_watching", "tru_info_true"]  # still short
    _choose(box, "violence_harassment", "off")
    assert forms.length_label.text().startswith("43 spørgsmål")
    assert "violence_harassment" not in {t.id for t in store.round_bank(store.latest_round().id).themes}
    # the slowest language offered counts: Polish alone reads faster
    _choose(box, "violence_harassment", "full")
    _choose(box, "demands", "short")
    for lang in ("da", "en", "ro", "uk"):
        box.language_checks[lang].setChecked(False)
    assert forms.length_label.text() == "44 spørgsmål, ca. 11 minutter for en, der læser langsomt."
    # reopened, the file shows the same forms
    main_window.close()
    store = WorkplaceStore.open(tmp_path / "former.apvdesk")
    try:
        asked = store.round_bank(store.latest_round().id)
        assert forms_of(asked, forms_bank())["demands"] == "short"
        assert len(asked.items) == 44
    finally:
        store.close()


def test_small_workplace_is_advised_a_dialogue_meeting(qtbot, main_window, tmp_path):
    box = _open(main_window, _small_workplace(tmp_path))
    assert box.advice.isVisibleTo(box)
    text = box.advice.text()
    assert "dialogmøde" in text
    assert "Butik" in text  # 3 employees, below the threshold of 5


def test_mapping_page_shows_who_has_answered(qtbot, main_window, demo_file):
    assert main_window.open_file(demo_file)
    view = main_window.workplace_view
    view.show_page("mapping")
    page = view.page("mapping")
    model = page.overview_model
    rows = {model.data(model.index(r, 0)): model.data(model.index(r, 4)) for r in range(model.rowCount())}
    assert "skjult" in rows["Chauffører (kører alene)"]
    assert model.data(model.index(model.rowCount() - 1, 2)) == "49"  # 40 at the laundry, 9 collected
