"""Question-bank validation: the shipped bank loads, and broken banks are named precisely."""

from __future__ import annotations

import copy
import re

import pytest

from apvdesk.app.resources import SHIPPED_BANK_FILE, shipped_bank
from apvdesk.core.bank import (
    ANY_EXPOSURE,
    SUPPORT_KINDS,
    SUPPORT_SOURCES,
    BankError,
    load_bank_file,
    load_bank_snapshot,
    parse_bank,
)
from apvdesk.core.demo import make_demo
from apvdesk.core.model import Group
from apvdesk.core.results import compute_results
from apvdesk.platform.paths import resource


def _item(item_id: str, **extra) -> dict:
    return {"id": item_id, "options": "freq", "text": {"da": f"{item_id} da", "en": f"{item_id} en"}, **extra}


def _valid() -> dict:
    """A small valid bank; each test breaks one thing in a fresh copy."""
    return {
        "bank": {"id": "test", "version": "1", "languages": ["da", "en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {
                    "da": ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig"],
                    "en": ["Always", "Often", "Sometimes", "Rarely", "Never"],
                },
                "dont_know": {"da": "Ved ikke", "en": "Don't know"},
            }
        },
        "themes": [
            {
                "id": "support",
                "name": {"da": "Støtte", "en": "Support"},
                "scales": [
                    {
                        "id": "help",
                        "name": {"da": "Hjælp", "en": "Help"},
                        "high_is_good": True,
                        "items": [
                            _item("h1", source="colleagues", kind="practical"),
                            _item("h2"),
                            _item("h3", reverse=True),
                        ],
                    },
                    {
                        "id": "listen",
                        "name": {"da": "Lytte", "en": "Listen"},
                        "high_is_good": True,
                        "items": [_item("l1"), _item("l2")],
                    },
                ],
            }
        ],
    }


def _help_items(data: dict) -> list:
    return data["themes"][0]["scales"][0]["items"]


def test_the_valid_test_bank_parses():
    bank = parse_bank(_valid(), "test.toml")
    assert [s.id for s in bank.scales] == ["help", "listen"]
    assert [i.id for i in bank.scale("help").items] == ["h1", "h2", "h3"]
    assert bank.scale("help").items[2].reverse
    assert bank.scale("help").items[0].source == "colleagues"
    assert bank.theme_of("listen").id == "support"
    assert bank.option_set(bank.items[0]).points == (100, 75, 50, 25, 0)
    with pytest.raises(KeyError):
        bank.scale("nope")


def _break_missing_english_text(d):
    del _help_items(d)[0]["text"]["en"]


def _break_blank_danish_text(d):
    _help_items(d)[1]["text"]["da"] = "   "


def _break_unknown_option_set(d):
    _help_items(d)[1]["options"] = "agreement"


def _break_duplicate_item_id(d):
    _help_items(d)[2]["id"] = "h1"


def _break_item_id_equal_to_scale_id(d):
    d["themes"][0]["scales"][1]["items"][0]["id"] = "help"


def _break_duplicate_scale_id(d):
    d["themes"][0]["scales"][1]["id"] = "help"


def _break_one_item_scale(d):
    d["themes"][0]["scales"][1]["items"].pop()


def _break_high_is_good_type(d):
    d["themes"][0]["scales"][0]["high_is_good"] = "yes"


def _break_version_type(d):
    d["bank"]["version"] = 1


def _break_reverse_type(d):
    _help_items(d)[2]["reverse"] = 1


def _break_points_type(d):
    d["option_sets"]["freq"]["points"] = "100,75,50,25,0"


def _break_points_range(d):
    d["option_sets"]["freq"]["points"] = [120, 75, 50, 25, 0]


def _break_label_count(d):
    d["option_sets"]["freq"]["labels"]["da"].pop()


def _break_missing_dont_know(d):
    del d["option_sets"]["freq"]["dont_know"]["en"]


def _break_unknown_source(d):
    _help_items(d)[0]["source"] = "customers"


def _break_unknown_kind(d):
    _help_items(d)[0]["kind"] = "financial"


def _break_no_themes(d):
    d["themes"] = []


def _break_missing_scale_name(d):
    del d["themes"][0]["scales"][1]["name"]


def _break_missing_bank_id(d):
    del d["bank"]["id"]


def _break_unknown_light_rule(d):
    d["themes"][0]["scales"][0]["light_rule"] = "mean_only"


def _break_not_applicable_type(d):
    _help_items(d)[1]["not_applicable"] = "yes"


@pytest.mark.parametrize(
    ("breakage", "key", "problem"),
    [
        (_break_missing_english_text, "themes.support.scales.help.items.h1.text.en", "missing"),
        (_break_blank_danish_text, "themes.support.scales.help.items.h2.text.da", "empty"),
        (_break_unknown_option_set, "themes.support.scales.help.items.h2.options", "agreement"),
        (_break_duplicate_item_id, "themes.support.scales.help.items.h1", "used twice"),
        (_break_item_id_equal_to_scale_id, "themes.support.scales.listen.items.help", "used twice"),
        (_break_duplicate_scale_id, "themes.support.scales.help", "used twice"),
        (_break_one_item_scale, "themes.support.scales.listen.items", "at least two items"),
        (_break_high_is_good_type, "themes.support.scales.help.high_is_good", "must be bool, not str"),
        (_break_version_type, "bank.version", "must be str, not int"),
        (_break_reverse_type, "themes.support.scales.help.items.h3.reverse", "must be bool, not int"),
        (_break_points_type, "option_sets.freq.points", "must be list, not str"),
        (_break_points_range, "option_sets.freq.points", "0 to 100"),
        (_break_label_count, "option_sets.freq.labels.da", "must list 5 labels"),
        (_break_missing_dont_know, "option_sets.freq.dont_know.en", "missing"),
        (_break_unknown_source, "themes.support.scales.help.items.h1.source", "colleagues, manager"),
        (_break_unknown_kind, "themes.support.scales.help.items.h1.kind", "practical"),
        (_break_no_themes, "themes", "no themes"),
        (_break_missing_scale_name, "themes.support.scales.listen.name", "missing"),
        (_break_missing_bank_id, "bank.id", "missing"),
        (_break_unknown_light_rule, "themes.support.scales.help.light_rule", "any_exposure"),
        (_break_not_applicable_type, "themes.support.scales.help.items.h2.not_applicable", "must be bool"),
    ],
)
def test_invalid_banks_name_the_file_and_the_key(breakage, key, problem):
    data = copy.deepcopy(_valid())
    breakage(data)
    with pytest.raises(BankError) as caught:
        parse_bank(data, "test.toml")
    error = caught.value
    assert (error.source, error.key) == ("test.toml", key)
    assert problem in error.problem
    assert str(error).startswith(f"test.toml: {key}: ")


def test_a_bank_that_is_not_a_table_is_refused():
    with pytest.raises(BankError, match=re.escape("test.toml: (root)")):
        parse_bank(["not", "a", "table"], "test.toml")  # type: ignore[arg-type]


def test_bad_toml_names_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('[bank]\nid = "x\n', encoding="utf-8")
    with pytest.raises(BankError, match=re.escape("broken.toml: (file): is not valid TOML")):
        load_bank_file(path)


def test_unreadable_bank_files_name_the_file(tmp_path):
    with pytest.raises(BankError, match=re.escape("missing.toml: (file): cannot be read")):
        load_bank_file(tmp_path / "missing.toml")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('[bank]\nid = "sjælland"\n'.encode("latin-1"))
    with pytest.raises(BankError, match=re.escape("latin1.toml: (file): cannot be read")):
        load_bank_file(latin1)


def test_a_broken_copy_of_the_shipped_file_names_file_and_key(tmp_path):
    text = resource("questionnaires", SHIPPED_BANK_FILE).read_text(encoding="utf-8")
    line = 'text.en = "When there is a lot to do, my colleagues help me."\n'
    assert line in text
    path = tmp_path / SHIPPED_BANK_FILE
    path.write_text(text.replace(line, ""), encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank_file(path)
    assert caught.value.source == SHIPPED_BANK_FILE
    assert caught.value.key == "themes.social_support.scales.support_colleagues.items.ssc_practical.text.en"


def test_the_shipped_bank_loads_with_danish_and_english_text():
    bank = shipped_bank()
    assert {"da", "en"} <= set(bank.languages)
    assert bank.items
    for item in bank.items:
        for lang in ("da", "en"):
            assert item.text[lang].strip(), f"{item.id} has no {lang} text"
    for scale in bank.scales:
        assert scale.name["da"].strip() and scale.name["en"].strip()
    for option_set in bank.option_sets.values():
        for lang in bank.languages:
            assert len(option_set.labels[lang]) == len(option_set.points)


def test_the_shipped_bank_asks_about_each_support_source_with_three_or_more_items():
    bank = shipped_bank()
    for source in SUPPORT_SOURCES:
        items = [item for item in bank.items if item.source == source]
        scales = {item.scale_id for item in items}
        assert scales, f"no scale asks about support from {source}"
        for scale_id in scales:
            assert len(bank.scale(scale_id).items) >= 3, scale_id
            assert all(item.source == source for item in bank.scale(scale_id).items)
        # practical, emotional and professional support are each asked about
        assert {item.kind for item in items} == set(SUPPORT_KINDS), source


def test_a_snapshot_rebuilds_an_equal_bank():
    for bank in (shipped_bank(), parse_bank(_valid(), "test.toml")):
        text = bank.to_json()
        again = load_bank_snapshot(text)
        assert again == bank
        assert again.to_json() == text


def test_a_snapshot_keeps_danish_letters_readable():
    assert "Støtte fra kolleger" in shipped_bank().to_json()


def test_a_broken_snapshot_names_its_source():
    with pytest.raises(BankError, match=re.escape("round 7: (snapshot): is not valid JSON")):
        load_bank_snapshot("{not json", "round 7")


# --- the content of the shipped bank, version 3.0 -------------------------------------

SUPPORT_ITEM_IDS = {
    "support_colleagues": ["ssc_practical", "ssc_listen", "ssc_feedback", "ssc_advice"],
    "support_manager": ["ssm_practical", "ssm_listen", "ssm_how_doing", "ssm_asks_help"],
    "support_fit": ["sf_timing", "sf_form", "sf_unneeded", "sf_after_episode"],
    "community": [
        "cc_relations",
        "cc_newcomers",
        "cc_speak",
        "cc_daily_problems",
        "cc_respect_work",
        "cc_help",
        "cc_new_ideas",
        "cc_hostile",
        "cc_disagree",
    ],
}
# theme -> scale -> (item id prefix, high_is_good, option set)
SHIPPED_STRUCTURE = {
    "social_support": {
        "support_colleagues": ("ssc_", True, "frequency"),
        "support_manager": ("ssm_", True, "frequency"),
        "support_fit": ("sf_", True, "frequency"),
        "community": ("cc_", True, "frequency"),
    },
    "influence": {"influence": ("inf_", True, "frequency")},
    "meaning": {"meaning": ("mea_", True, "extent")},
    "predictability": {"predictability": ("pre_", True, "frequency")},
    "recognition": {"recognition": ("rec_", True, None)},
    "demands": {
        "demands_quantitative": ("dq_", False, "frequency"),
        "demands_emotional": ("de_", False, "frequency"),
        "demands_conflicting": ("dc_", False, "frequency"),
    },
    "violence_harassment": {
        "violence_threats": ("vt_", False, "exposure"),
        "offensive_acts": ("oa_", False, "exposure"),
        "lone_work": ("lw_", True, None),
    },
    "social_capital": {
        "trust": ("tru_", True, "extent"),
        "justice": ("jus_", True, "extent"),
        "collaboration": ("col_", True, "frequency"),
    },
}
# The items of 2.0 that asked two things at once, or read ironically, and the items of 3.0
# that ask instead (a changed meaning gets a new id).
REPLACED_ITEMS = {
    "ssm_notice": ["ssm_asks_help"],
    "ssm_feedback": ["ssm_how_doing"],
    "sf_unasked": ["sf_unneeded"],
    "cc_respect": ["cc_respect_work"],
    "pre_today": ["pre_day_plan"],
    "rec_pay": ["rec_fair_pay"],
    "de_upsetting": ["de_sad", "de_unsafe"],
    "jus_tasks": ["jus_heavy_tasks"],
    "jus_suggestions": ["jus_answer"],
}
# Items that only apply if something happened: they offer "does not apply to me".
NOT_APPLICABLE_ITEMS = {
    "sf_timing",
    "sf_form",
    "sf_after_episode",
    "cc_disagree",
    "pre_changes",
    "jus_conflicts",
    "lw_reach",
    "lw_check_in",
    "lw_asked_after",
}


def test_the_shipped_bank_has_the_six_gold_nuggets_social_capital_and_the_named_risks():
    bank = shipped_bank()
    assert {t.id: {s.id for s in t.scales} for t in bank.themes} == {
        theme: set(scales) for theme, scales in SHIPPED_STRUCTURE.items()
    }
    assert [t.id for t in bank.themes if t.required] == ["social_support"]
    for theme_id, scales in SHIPPED_STRUCTURE.items():
        for scale_id, (prefix, high_is_good, option_set) in scales.items():
            scale = bank.scale(scale_id)
            assert bank.theme_of(scale_id).id == theme_id
            assert scale.high_is_good is high_is_good, scale_id
            assert len(scale.items) >= 3, scale_id
            assert all(item.id.startswith(prefix) for item in scale.items), scale_id
            assert all(re.fullmatch(r"[a-z]+(_[a-z]+)+", item.id) for item in scale.items), scale_id
            if option_set is not None:
                assert {item.option_set_id for item in scale.items} == {option_set}, scale_id


def test_the_exposure_scales_light_up_on_any_exposure_and_nothing_else_does():
    bank = shipped_bank()
    exposure = {scale.id for scale in bank.scales if scale.light_rule == ANY_EXPOSURE}
    assert exposure == {"violence_threats", "offensive_acts"}
    for scale_id in exposure:
        scale = bank.scale(scale_id)
        assert not scale.high_is_good
        assert {item.option_set_id for item in scale.items} == {"exposure"}
    assert {item.scale_id for item in bank.items if item.option_set_id == "exposure"} == exposure


def test_version_3_replaces_the_double_questions_with_new_ids():
    bank = shipped_bank()
    ids = {item.id for item in bank.items}
    for old, new in REPLACED_ITEMS.items():
        assert old not in ids, old
        assert set(new) <= ids, old
    assert len(ids) == 72


def test_items_that_only_apply_if_something_happened_offer_not_applicable():
    bank = shipped_bank()
    assert {item.id for item in bank.items if item.not_applicable} == NOT_APPLICABLE_ITEMS
    assert set(bank.texts["not_applicable"]) == set(bank.languages)


def test_every_scale_has_a_short_form_of_at_least_two_items():
    bank = shipped_bank()
    for scale in bank.scales:
        short = [item for item in scale.items if item.short]
        # a short round's snapshot holds only the short items, so the half rule counts those
        assert len(short) >= 2, scale.id
        # shorter, except violence and threats: all three, since the rule names work-related
        # violence outside normal working hours too (BEK 1406/2020)
        assert len(short) < len(scale.items) or scale.id == "violence_threats", scale.id
        # a short form does not rest on items that may not apply
        assert sum(1 for item in short if not item.not_applicable) >= 1, scale.id
    # the form a new round asks (the key is read by the length of the questionnaire's code)
    forms = {raw["id"]: raw.get("default_form") for raw in bank.raw["themes"]}
    # every theme short by default, so that the default questionnaire fits about ten minutes
    # (tests/core/test_questionnaire_length.py); the round setup offers each in full
    assert forms == dict.fromkeys(SHIPPED_STRUCTURE, "short")


def test_the_social_support_items_keep_their_ids_where_the_meaning_is_kept():
    bank = shipped_bank()
    for scale_id, item_ids in SUPPORT_ITEM_IDS.items():
        assert [item.id for item in bank.scale(scale_id).items] == item_ids


def test_every_support_source_item_names_its_kind():
    bank = shipped_bank()
    for scale_id in ("support_colleagues", "support_manager"):
        items = bank.scale(scale_id).items
        assert len(items) >= 3
        assert all(item.source in SUPPORT_SOURCES and item.kind in SUPPORT_KINDS for item in items)
    # only the support scales name a source
    assert {item.scale_id for item in bank.items if item.source} == {"support_colleagues", "support_manager"}


def test_the_shipped_option_sets_score_100_to_0_in_printed_order():
    bank = shipped_bank()
    assert set(bank.option_sets) == {"frequency", "extent", "exposure"}
    for option_set in bank.option_sets.values():
        assert option_set.points == (100, 75, 50, 25, 0)
    assert bank.option_sets["frequency"].labels["en"][0] == "Always"
    # plain words, no "I ringe grad"
    assert bank.option_sets["extent"].labels["da"] == (
        "Helt",
        "For det meste",
        "Delvist",
        "Kun lidt",
        "Slet ikke",
    )
    # more exposure is worse: "No" scores 0 on scales where high is bad
    assert bank.option_sets["exposure"].labels["en"][-1] == "No"
    assert bank.option_sets["exposure"].labels["en"][0] == "Yes, every day"


def test_demand_items_are_not_reversed_and_some_high_is_good_items_are():
    bank = shipped_bank()
    for scale in bank.scales:
        if not scale.high_is_good:
            assert not any(item.reverse for item in scale.items), scale.id
    reversed_items = [item for item in bank.items if item.reverse]
    assert 2 <= len(reversed_items) <= len(bank.items) // 5  # a few, most items positive


def test_demo_groups_with_high_demands_score_high_on_the_demand_scales():
    bank = shipped_bank()
    # The drivers are the fewest; their workload level (2.9 of 4, about 72 once the answers
    # are cut at the top option) shows reliably above 70 only with enough of them: 2000
    # respondents give them 145 (400 gave 29, whose mean could fall either side of 70).
    demo = make_demo(bank, 2000, seed=11)
    groups = [Group(g.name, g.headcount, id=i) for i, g in enumerate(demo.groups)]
    results = compute_results(bank, groups, demo.responses + demo.collected, threshold=5)

    def mean(scale_id: str, group_name: str) -> float:
        (group,) = [g for g in groups if g.name.startswith(group_name)]
        value = results.get(scale_id, group.id).mean
        assert value is not None
        return value

    # high is bad on the demand scales: a high score is high demands
    assert mean("demands_quantitative", "Vask") > 70 > mean("demands_quantitative", "Butik")
    assert mean("demands_quantitative", "Chauffører") > 70
    assert mean("demands_emotional", "Butik") > 60 > mean("demands_emotional", "Vask")
    for scale_id in ("collaboration", "predictability"):
        lowest = min(groups, key=lambda g: mean(scale_id, g.name))
        assert lowest.name.startswith("Chauffører"), scale_id


def test_a_shipped_bank_whose_items_offer_not_applicable_needs_its_text(tmp_path):
    text = resource("questionnaires", SHIPPED_BANK_FILE).read_text(encoding="utf-8")
    start = text.index("[texts.not_applicable]")
    end = text.index("[texts.", start + 1)
    path = tmp_path / SHIPPED_BANK_FILE
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank_file(path)
    assert caught.value.key == "texts.not_applicable"
