"""Question-bank validation: the shipped bank loads, and broken banks are named precisely."""

from __future__ import annotations

import copy
import re

import pytest

from apvdesk.app.resources import SHIPPED_BANK_FILE, shipped_bank
from apvdesk.core.bank import (
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
    line = 'text.en = "When work piles up, my colleagues lend me a hand."\n'
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


# --- the content of the shipped bank, version 2.0 -------------------------------------

SUPPORT_ITEM_IDS = {
    "support_colleagues": ["ssc_practical", "ssc_listen", "ssc_feedback", "ssc_advice"],
    "support_manager": ["ssm_practical", "ssm_listen", "ssm_feedback", "ssm_notice"],
    "support_fit": ["sf_timing", "sf_form", "sf_unasked", "sf_after_episode"],
    "community": [
        "cc_relations",
        "cc_newcomers",
        "cc_speak",
        "cc_daily_problems",
        "cc_respect",
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
    },
    "social_capital": {
        "trust": ("tru_", True, "extent"),
        "justice": ("jus_", True, "extent"),
        "collaboration": ("col_", True, "frequency"),
    },
}


def test_the_shipped_bank_has_the_six_gold_nuggets_and_social_capital():
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


def test_the_social_support_items_keep_their_ids():
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
    assert set(bank.option_sets) == {"frequency", "extent"}
    for option_set in bank.option_sets.values():
        assert option_set.points == (100, 75, 50, 25, 0)
    assert bank.option_sets["frequency"].labels["en"][0] == "Always"
    assert bank.option_sets["extent"].labels["da"] == (
        "I meget høj grad",
        "I høj grad",
        "Delvist",
        "I ringe grad",
        "I meget ringe grad",
    )


def test_demand_items_are_not_reversed_and_some_high_is_good_items_are():
    bank = shipped_bank()
    for scale in bank.scales:
        if not scale.high_is_good:
            assert not any(item.reverse for item in scale.items), scale.id
    reversed_items = [item for item in bank.items if item.reverse]
    assert 2 <= len(reversed_items) <= len(bank.items) // 5  # a few, most items positive


def test_demo_groups_with_high_demands_score_high_on_the_demand_scales():
    bank = shipped_bank()
    demo = make_demo(bank, 400, seed=11)
    groups = [Group(g.name, g.headcount, id=i) for i, g in enumerate(demo.groups)]
    results = compute_results(bank, groups, demo.responses, threshold=5)

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
