"""Question-bank validation: the shipped bank loads, and broken banks are named precisely."""

from __future__ import annotations

import copy
import re

import pytest

from apvdesk.banks import SHIPPED_BANK_FILE, shipped_bank
from apvdesk.core.bank import (
    SUPPORT_KINDS,
    SUPPORT_SOURCES,
    BankError,
    load_bank_file,
    load_bank_snapshot,
    parse_bank,
)
from apvdesk.paths import resource


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
