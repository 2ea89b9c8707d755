"""A round's questionnaire: its themes' forms (full, short, not asked) and the time it takes."""

from __future__ import annotations

import copy
from fractions import Fraction

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import BankError, parse_bank
from apvdesk.core.questionnaire_length import (
    answering_seconds,
    default_forms,
    expected_minutes,
    forms_of,
    has_short_form,
    intro_keys,
    reading_words,
)
from tests.core.forms_bank import forms_bank, forms_bank_data

LABELS = {"da": ["Altid", "Ofte", "Aldrig"], "en": ["Always", "Often", "Never or hardly ever"]}


def _item(item_id: str, words: int, **extra) -> dict:
    """An item whose Danish text has ``words`` words and whose English text has one more."""
    text = {"da": " ".join(["ord"] * words), "en": " ".join(["word"] * (words + 1))}
    return {"id": item_id, "options": "freq", "text": text, **extra}


def _names(name: str) -> dict:
    return {"da": name, "en": name}


def _bank_data() -> dict:
    """Two themes: support (required, full by default) and demands (short by default)."""
    return {
        "bank": {"id": "t", "version": "1", "languages": ["da", "en"]},
        "texts": {
            "instructions": {"da": "Vælg et svar", "en": "Choose one answer now"},  # 3 and 4 words
            "anonymity_note": {"da": "Ingen ser det", "en": "Nobody sees it"},  # 3 and 3
            "not_applicable": {"da": "Passer ikke", "en": "Does not apply"},  # 2 and 3
        },
        "option_sets": {
            # 1 + 1 + 1 labels, "ved ikke" 2: 5 words in Danish; 1 + 1 + 4 + 2 = 8 in English
            "freq": {
                "points": [100, 50, 0],
                "labels": LABELS,
                "dont_know": {"da": "Ved ikke", "en": "Not sure"},
            }
        },
        "themes": [
            {
                "id": "support",
                "required": True,
                "name": _names("Support"),
                "scales": [
                    {
                        "id": "help",
                        "name": _names("Help"),
                        "high_is_good": True,
                        "items": [
                            _item("h1", 10, short=True),
                            _item("h2", 8, short=True, not_applicable=True),
                            _item("h3", 12),
                        ],
                    }
                ],
            },
            {
                "id": "demands",
                "default_form": "short",
                "name": _names("Demands"),
                "scales": [
                    {
                        "id": "pace",
                        "name": _names("Pace"),
                        "high_is_good": False,
                        "items": [_item("p1", 6, short=True), _item("p2", 6, short=True), _item("p3", 6)],
                    },
                    {
                        "id": "feelings",
                        "name": _names("Feelings"),
                        "high_is_good": False,
                        "items": [_item("f1", 7), _item("f2", 7)],
                    },
                ],
            },
        ],
    }


def _bank(data: dict | None = None):
    return parse_bank(data or _bank_data(), "t.toml")


def test_words_read_once_per_question_and_labels_when_they_change():
    bank = _bank()
    # Danish: once 3 + 3; labels 5 (h1), 5 + 2 with "passer ikke" (h2), 5 again (h3, p1);
    # items 10 + 8 + 12 + 6 + 6 + 6 + 7 + 7 = 62
    assert reading_words(bank, "da") == 6 + 5 + 7 + 5 + 62
    # English: once 4 + 3; labels 8, 8 + 3, 8; items each one word more: 62 + 8 = 70
    assert reading_words(bank, "en") == 7 + 8 + 11 + 8 + 70


def test_seconds_are_words_at_100_a_minute_and_6_seconds_an_answer():
    bank = _bank()
    assert answering_seconds(bank, "da") == Fraction(85 * 60, 100) + 8 * 6  # 51 + 48 = 99 s
    assert answering_seconds(bank, "en") == Fraction(104 * 60, 100) + 48  # 62.4 + 48 = 110.4 s
    # the slowest language counts: 110.4 s is 1.84 minutes, about 2
    assert expected_minutes(bank) == 2
    assert expected_minutes(bank, ["da"]) == 2  # 1.65 minutes
    assert expected_minutes(bank, ["en", "xx"]) == 2  # an unknown language is ignored


def test_halves_round_up_and_a_short_questionnaire_takes_a_minute():
    data = _bank_data()
    data["themes"] = data["themes"][:1]
    del data["texts"]["not_applicable"]
    for item in data["themes"][0]["scales"][0]["items"]:
        item.pop("not_applicable", None)
    # Danish: 3 + 3 + 5 + 10 + 8 + 12 = 41 words: 24.6 s + 18 s = 42.6 s
    assert answering_seconds(_bank(data), "da") == Fraction(426, 10)
    assert expected_minutes(_bank(data), ["da"]) == 1
    # 75 s (1.25 min) rounds down to 1, 90 s (1.5 min) rounds up to 2
    data["themes"][0]["scales"][0]["items"][2]["text"]["da"] = " ".join(["ord"] * 66)  # +54 words, +32.4 s
    assert answering_seconds(_bank(data), "da") == 75
    assert expected_minutes(_bank(data), ["da"]) == 1
    data["themes"][0]["scales"][0]["items"][2]["text"]["da"] = " ".join(["ord"] * 91)  # +25 words, +15 s
    assert answering_seconds(_bank(data), "da") == 90
    assert expected_minutes(_bank(data), ["da"]) == 2


def test_a_short_form_keeps_its_short_items_and_drops_empty_scales():
    bank = _bank()
    short = bank.with_forms({"support": "full", "demands": "short"})
    assert [i.id for i in short.items] == ["h1", "h2", "h3", "p1", "p2"]
    assert [s.id for s in short.scales] == ["help", "pace"]  # "feelings" has no short items
    assert forms_of(short, bank) == {"support": "full", "demands": "short"}
    both_short = bank.with_forms({"support": "short", "demands": "short"})
    assert [i.id for i in both_short.items] == ["h1", "h2", "p1", "p2"]
    assert forms_of(both_short, bank) == {"support": "short", "demands": "short"}
    # a theme not named is not asked; a required one then takes its default form
    only_support = bank.with_forms({})
    assert [t.id for t in only_support.themes] == ["support"]
    assert forms_of(only_support, bank) == {"support": "full", "demands": "off"}
    # the snapshot a round keeps reads back the same forms
    from apvdesk.core.bank import load_bank_snapshot

    assert forms_of(load_bank_snapshot(short.to_json()), bank) == {"support": "full", "demands": "short"}


def test_required_themes_cannot_be_left_out_and_unknown_ones_are_refused():
    bank = _bank()
    with pytest.raises(ValueError, match="support"):
        bank.with_forms({"support": "off"})
    with pytest.raises(KeyError):
        bank.with_forms({"nope": "full"})
    with pytest.raises(ValueError):
        bank.with_forms({"demands": "half"})


def test_default_forms_come_from_the_bank():
    bank = _bank()
    assert default_forms(bank) == {"support": "full", "demands": "short"}
    assert has_short_form(bank.themes[1])
    data = _bank_data()
    for scale in data["themes"][1]["scales"]:
        for item in scale["items"]:
            item["short"] = True  # short and full are the same: no short form to offer
    data["themes"][1].pop("default_form")
    assert default_forms(_bank(data)) == {"support": "full", "demands": "full"}


def _broken(change) -> str:
    data = copy.deepcopy(_bank_data())
    change(data)
    with pytest.raises(BankError) as info:
        parse_bank(data, "t.toml")
    return str(info.value)


def test_broken_forms_are_named_precisely():
    def bad_default(d):
        d["themes"][1]["default_form"] = "brief"

    def short_without_items(d):
        for scale in d["themes"][1]["scales"]:
            for item in scale["items"]:
                item.pop("short", None)

    def one_short_item(d):
        d["themes"][1]["scales"][1]["items"][0]["short"] = True

    def short_not_bool(d):
        d["themes"][0]["scales"][0]["items"][2]["short"] = "yes"

    def na_not_bool(d):
        d["themes"][0]["scales"][0]["items"][2]["not_applicable"] = 1

    assert "themes.demands.default_form: must be one of full, short" in _broken(bad_default)
    assert "themes.demands.default_form: is short, but no item" in _broken(short_without_items)
    assert "themes.demands.scales.feelings.items: a scale's short form" in _broken(one_short_item)
    assert "items.h3.short: must be bool" in _broken(short_not_bool)
    assert "items.h3.not_applicable: must be bool" in _broken(na_not_bool)


def test_a_complete_bank_with_not_applicable_items_needs_its_label():
    data = forms_bank_data()
    del data["texts"]["not_applicable"]
    with pytest.raises(BankError, match="texts.not_applicable: is missing"):
        parse_bank(data, "forms-test.toml", complete=True)


def test_the_sensitive_note_comes_before_the_first_violence_question():
    bank = forms_bank()
    assert intro_keys(bank) == {"vh_threats": "sensitive_intro"}
    assert intro_keys(bank.with_forms({"social_support": "full"})) == {}


def test_the_test_banks_default_questionnaire():
    """The test bank (support and violence in full, six themes short): 44 questions, 12 minutes.

    Danish is the slowest: 769 words (461.4 s) and 44 answers (264 s) make 725.4 s.
    """
    bank = forms_bank()
    default = bank.with_forms(default_forms(bank))
    assert len(default.items) == 44
    assert reading_words(default, "da") == 769
    assert expected_minutes(default) == 12
    assert expected_minutes(bank.with_forms({t.id: "full" for t in bank.themes})) == 16


def test_the_shipped_default_questionnaire_fits_about_ten_minutes():
    bank = shipped_bank()
    if not any(has_short_form(theme) for theme in bank.themes):
        pytest.skip("the shipped bank has no short forms yet (bank version 3.0 brings them)")
    assert expected_minutes(bank.with_forms(default_forms(bank))) <= 11
