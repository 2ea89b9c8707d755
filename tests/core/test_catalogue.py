"""The action catalogue: the shipped file is complete, filtering and search work, bad data is named."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from apvdesk.app.resources import shipped_bank, shipped_catalogue
from apvdesk.core.catalogue import (
    CATALOGUE_LANGUAGES,
    MAX_TITLE_LENGTH,
    TEXT_FIELDS,
    ActionCatalogue,
    CatalogueError,
    action_from_entry,
    load_catalogue_file,
    parse_catalogue,
)
from apvdesk.core.model import Action, ActionStatus

# The measures the seed document and the trade call for, by the ids the catalogue gives them.
SEED_MEASURES = (
    "fixed_meetings",  # a good meeting structure
    "notice_board_weekly_update",  # a good flow of information
    "buddy_for_new_colleagues",  # mentor schemes
    "first_day_plan",  # new colleagues are received well
    "regular_talks",  # conversations: trivselssamtaler / MUS
    "lone_work_contact",  # drivers and cleaners working alone or in the evening
    "shift_handover",
    "debrief_after_hard_episode",  # help after stressful episodes
    "language_aid",  # mixed-language teams
    "concrete_thanks",
    "team_plans_order_of_tasks",
    "rota_wishes",
    "rota_published_ahead",
    "review_peak_hours",
    "extra_hands_at_peaks",
    "difficult_customers_plan",
    "fair_task_split",
    "answer_every_suggestion",
    "show_who_the_work_helps",
    "help_each_other_agreement",
    "manager_walk_round",
    "handle_disagreements_early",
)


def entry_data(entry_id: str, themes: list[str], scales: list[str] | None = None) -> dict[str, Any]:
    """Return the raw TOML data of one complete entry, its texts naming the entry."""
    data: dict[str, Any] = {"id": entry_id, "themes": themes, "follow_up_weeks": 8}
    if scales is not None:
        data["scales"] = scales
    for name in TEXT_FIELDS:
        data[name] = {"da": f"{name} {entry_id} dansk", "en": f"{name} {entry_id} English"}
    return data


def tiny_catalogue() -> ActionCatalogue:
    """Four entries over two themes: support (one naming support_manager) and demands."""
    raw: dict[str, Any] = {
        "version": "t1",
        "actions": [
            entry_data("colleague_help", ["social_support"], ["support_colleagues"]),
            entry_data("manager_talks", ["social_support", "recognition"], ["support_manager"]),
            entry_data("peak_hours", ["demands"], ["demands_quantitative"]),
            entry_data("walk_round", ["social_support"]),
            entry_data("thanks", ["recognition"], ["recognition"]),
        ],
    }
    raw["actions"][4]["title"] = {"da": "Sig tak", "en": "Say thanks", "pl": "Podziękuj"}
    raw["actions"][2]["what"] = {"da": "Gennemgå de TRAVLE timer", "en": "Review the BUSY hours"}
    return parse_catalogue(raw, "tiny.toml")


# --- the shipped catalogue ---------------------------------------------------------------


def test_the_shipped_catalogue_loads_against_the_bank():
    catalogue = shipped_catalogue()
    assert catalogue.version == "1"
    assert len(catalogue.entries) >= 16
    assert shipped_catalogue() is catalogue  # read once


def test_every_theme_of_the_bank_has_entries_and_social_support_most():
    catalogue = shipped_catalogue()
    for theme in shipped_bank().themes:
        assert len(catalogue.for_theme(theme.id)) >= 2, theme.id
    assert len(catalogue.for_theme("social_support")) >= 8


def test_every_scale_of_the_bank_is_named_by_an_entry_of_its_theme():
    bank = shipped_bank()
    catalogue = shipped_catalogue()
    for scale in bank.scales:
        assert any(scale.id in entry.scale_ids for entry in catalogue.entries), scale.id
    for entry in catalogue.entries:
        for scale_id in entry.scale_ids:
            assert bank.theme_of(scale_id).id in entry.theme_ids, (entry.id, scale_id)


def test_every_entry_has_every_text_in_danish_and_english():
    for entry in shipped_catalogue().entries:
        for name in TEXT_FIELDS:
            for lang in CATALOGUE_LANGUAGES:
                assert entry.text(name, lang).strip(), (entry.id, name, lang)
            assert entry.text(name, "da") != entry.text(name, "en"), (entry.id, name)
        assert len(entry.text("title", "da")) <= MAX_TITLE_LENGTH
        assert len(entry.text("title", "en")) <= MAX_TITLE_LENGTH
        assert 1 <= entry.follow_up_weeks <= 52


def test_ids_are_unique():
    ids = [entry.id for entry in shipped_catalogue().entries]
    assert len(ids) == len(set(ids))


def test_the_seed_measures_are_present():
    catalogue = shipped_catalogue()
    for entry_id in SEED_MEASURES:
        catalogue.entry(entry_id)
    assert "social_support" in catalogue.entry("buddy_for_new_colleagues").theme_ids
    assert "support_manager" in catalogue.entry("fixed_meetings").scale_ids
    assert "demands_emotional" in catalogue.entry("debrief_after_hard_episode").scale_ids


def test_a_problem_on_a_support_scale_is_offered_the_measures_for_it_first():
    catalogue = shipped_catalogue()
    offered = catalogue.for_scale(shipped_bank(), "support_fit")
    ids = [entry.id for entry in offered]
    assert ids[0] in {"lone_work_contact", "debrief_after_hard_episode"}
    assert "debrief_after_hard_episode" in ids[:4]
    assert set(ids) == {entry.id for entry in catalogue.for_theme("social_support")}


def test_search_finds_new_colleagues_in_danish_and_english():
    catalogue = shipped_catalogue()
    danish = {entry.id for entry in catalogue.search("nye kolleger", "da")}
    assert {"buddy_for_new_colleagues", "first_day_plan"} <= danish
    english = {entry.id for entry in catalogue.search("NEW colleague", "en")}
    assert {"buddy_for_new_colleagues", "first_day_plan"} <= english


# --- filtering, search and texts on a tiny catalogue -------------------------------------


def test_for_theme_keeps_catalogue_order():
    catalogue = tiny_catalogue()
    assert [e.id for e in catalogue.for_theme("social_support")] == [
        "colleague_help",
        "manager_talks",
        "walk_round",
    ]
    assert [e.id for e in catalogue.for_theme("recognition")] == ["manager_talks", "thanks"]
    assert catalogue.for_theme("meaning") == []


def test_for_scale_puts_the_entries_naming_the_scale_first_each_once():
    catalogue = tiny_catalogue()
    bank = shipped_bank()
    assert [e.id for e in catalogue.for_scale(bank, "support_manager")] == [
        "manager_talks",
        "colleague_help",
        "walk_round",
    ]
    # an entry naming the scale from another theme still comes first
    assert [e.id for e in catalogue.for_scale(bank, "recognition")] == ["thanks", "manager_talks"]
    assert [e.id for e in catalogue.for_scale(bank, "demands_emotional")] == ["peak_hours"]
    assert catalogue.for_scale(bank, "trust") == []
    assert catalogue.for_scale(bank, "no_such_scale") == []


def test_entry_by_id_raises_key_error():
    catalogue = tiny_catalogue()
    assert catalogue.entry("thanks").id == "thanks"
    with pytest.raises(KeyError):
        catalogue.entry("nope")


def test_search_ignores_case_and_reads_the_chosen_language():
    catalogue = tiny_catalogue()
    assert [e.id for e in catalogue.search("travle", "da")] == ["peak_hours"]
    assert [e.id for e in catalogue.search("busy HOURS", "en")] == ["peak_hours"]
    assert catalogue.search("travle", "en") == []
    assert [e.id for e in catalogue.search("helps walk_round", "en")] == ["walk_round"]
    assert [e.id for e in catalogue.search("podziękuj", "pl")] == ["thanks"]
    assert len(catalogue.search("", "da")) == len(catalogue.entries)
    assert catalogue.search("how", "en") == []  # the prefill texts are not searched


def test_texts_fall_back_to_english():
    entry = tiny_catalogue().entry("thanks")
    assert entry.text("title", "pl") == "Podziękuj"
    assert entry.text("what", "pl") == "what thanks English"
    assert entry.text("how", "da") == "how thanks dansk"
    with pytest.raises(KeyError):
        entry.text("colour", "en")


def test_line_breaks_in_the_file_become_spaces():
    raw: dict[str, Any] = {"version": "1", "actions": [entry_data("a", ["meaning"])]}
    raw["actions"][0]["what"] = {"da": "To\nlinjer  her", "en": "Two\n lines"}
    entry = parse_catalogue(raw, "x.toml").entry("a")
    assert entry.what == {"da": "To linjer her", "en": "Two lines"}


# --- the action prefilled from an entry --------------------------------------------------


def test_action_from_entry_prefills_a_planned_action():
    entry = shipped_catalogue().entry("fixed_meetings")
    today = dt.date(2025, 3, 4)
    action = action_from_entry(entry, "da", 17, today)
    assert isinstance(action, Action)
    assert action.how == entry.how["da"]
    assert action.follow_up_method == entry.follow_up["da"]
    assert action.catalogue_id == "fixed_meetings"
    assert action.problem_id == 17
    assert action.status is ActionStatus.PLANNED
    assert action.start == today
    assert action.deadline is None and action.follow_up_date is None
    assert action.responsible == "" and action.effect is None and action.id is None


def test_action_from_entry_in_a_language_without_texts_is_english():
    entry = shipped_catalogue().entry("language_aid")
    action = action_from_entry(entry, "pl", None, dt.date(2025, 1, 1))
    assert action.how == entry.how["en"]
    assert action.follow_up_method == entry.follow_up["en"]
    assert action.problem_id is None


# --- bad data ----------------------------------------------------------------------------


def good_raw() -> dict[str, Any]:
    return {
        "version": "1",
        "actions": [
            entry_data("first_one", ["social_support"], ["support_colleagues"]),
            entry_data("second_one", ["demands"]),
        ],
    }


def broken(change) -> dict[str, Any]:
    raw = copy.deepcopy(good_raw())
    change(raw)
    return raw


KNOWN_THEMES = {"social_support", "demands"}
KNOWN_SCALES = {"support_colleagues", "demands_quantitative"}


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (lambda r: r["actions"][1].pop("helps"), "actions.second_one.helps", "is missing"),
        (lambda r: r["actions"][1]["how"].pop("da"), "actions.second_one.how.da", "missing or empty"),
        (
            lambda r: r["actions"][0]["title"].update(en="  "),
            "actions.first_one.title.en",
            "missing or empty",
        ),
        (lambda r: r["actions"][0]["what"].update(pl=3), "actions.first_one.what.pl", "missing or empty"),
        (lambda r: r["actions"][1].update(id="first_one"), "actions.first_one", "used twice"),
        (lambda r: r["actions"][1].pop("id"), r"actions\[1\]\.id", "is missing"),
        (lambda r: r["actions"][1].update(id="Bad-Id"), "actions.Bad-Id.id", "snake_case"),
        (lambda r: r["actions"][1].update(themes=["stress"]), "actions.second_one.themes", "unknown theme"),
        (lambda r: r["actions"][1].update(themes=[]), "actions.second_one.themes", "at least one theme"),
        (lambda r: r["actions"][1].pop("themes"), "actions.second_one.themes", "list of theme ids"),
        (lambda r: r["actions"][0].update(scales=["mood"]), "actions.first_one.scales", "unknown scale"),
        (lambda r: r["actions"][0].update(scales="mood"), "actions.first_one.scales", "list of scale ids"),
        (
            lambda r: r["actions"][0].update(themes=["demands", "demands"]),
            "actions.first_one.themes",
            "twice",
        ),
        (lambda r: r["actions"][1].pop("follow_up_weeks"), "actions.second_one.follow_up_weeks", "missing"),
        (
            lambda r: r["actions"][1].update(follow_up_weeks=0),
            "actions.second_one.follow_up_weeks",
            "whole number",
        ),
        (
            lambda r: r["actions"][1].update(follow_up_weeks="12"),
            "actions.second_one.follow_up_weeks",
            "whole number",
        ),
        (
            lambda r: r["actions"][1].update(follow_up_weeks=True),
            "actions.second_one.follow_up_weeks",
            "whole number",
        ),
        (
            lambda r: r["actions"][0]["title"].update(da="x" * (MAX_TITLE_LENGTH + 1)),
            "actions.first_one.title.da",
            "longer than",
        ),
        (lambda r: r["actions"].__setitem__(0, "text"), r"actions\[0\]", "must be a table"),
        (lambda r: r.pop("version"), "version", "missing"),
        (lambda r: r.update(actions=[]), "actions", "at least one action"),
    ],
)
def test_bad_data_names_the_source_and_entry(change, key, problem):
    with pytest.raises(CatalogueError, match=rf"^bad\.toml: {key}: .*{problem}") as caught:
        parse_catalogue(broken(change), "bad.toml", KNOWN_THEMES, KNOWN_SCALES)
    assert caught.value.source == "bad.toml"
    assert isinstance(caught.value, ValueError)


def test_without_known_ids_any_theme_or_scale_is_accepted():
    raw = broken(lambda r: r["actions"][1].update(themes=["anything"], scales=["else"]))
    assert parse_catalogue(raw, "free.toml").entry("second_one").theme_ids == ("anything",)


def test_a_file_that_is_not_toml_names_the_file(tmp_path: Path):
    path = tmp_path / "catalogue.toml"
    path.write_text('version = "1"\n[[actions]\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"^catalogue\.toml: \(file\): is not valid TOML"):
        load_catalogue_file(path)
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue_file(tmp_path / "missing.toml")


def test_a_file_is_checked_against_the_known_ids(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(
        'version = "2"\n[[actions]]\nid = "a"\nthemes = ["meaning"]\nscales = ["meaning"]\n'
        "follow_up_weeks = 4\n"
        + "".join(f'{name}.da = "{name} da"\n{name}.en = "{name} en"\n' for name in TEXT_FIELDS),
        encoding="utf-8",
    )
    catalogue = load_catalogue_file(path, {"meaning"}, {"meaning"})
    assert catalogue.version == "2" and catalogue.entry("a").follow_up_weeks == 4
    with pytest.raises(CatalogueError, match=r"mine\.toml: actions\.a\.themes: unknown theme 'meaning'"):
        load_catalogue_file(path, {"influence"}, {"meaning"})
