"""The shipped bank speaks all five languages: every text present, placeholders intact.

A missing or empty text, a lost ``%1``, or an untranslated copy of the Danish or English
in place of Polish, Romanian or Ukrainian makes one of these tests fail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

import pytest

from apvdesk.app.resources import SHIPPED_BANK_FILE, shipped_bank
from apvdesk.core.bank import REQUIRED_TEXT_KEYS, BankError, QuestionBank, load_bank_file
from apvdesk.platform.paths import resource

LANGUAGES = ("da", "en", "pl", "ro", "uk")
TRANSLATED = ("pl", "ro", "uk")
PLACEHOLDER = re.compile(r"%\d")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN_LETTER = re.compile(r"[A-Za-z]")
POLISH_LETTERS = set("ąęłśżźćńóĄĘŁŚŻŹĆŃÓ")
ROMANIAN_LETTERS = set("ăâîșțĂÂÎȘȚ")


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return shipped_bank()


def _entries(bank: QuestionBank) -> Iterator[tuple[str, str, Mapping[str, str]]]:
    """Yield (where, key, texts per language) for every text the bank shows."""
    yield "bank.language_names", "language_names", bank.language_names
    for key, texts in bank.texts.items():
        yield f"texts.{key}", key, texts
    for set_id, option_set in bank.option_sets.items():
        for index in range(len(option_set.points)):
            labels = {lang: option_set.labels[lang][index] for lang in option_set.labels}
            yield f"option_sets.{set_id}.labels[{index}]", set_id, labels
        yield f"option_sets.{set_id}.dont_know", set_id, option_set.dont_know
    for theme in bank.themes:
        yield f"themes.{theme.id}.name", theme.id, theme.name
        for scale in theme.scales:
            yield f"scales.{scale.id}.name", scale.id, scale.name
            for item in scale.items:
                yield f"items.{item.id}.text", item.id, item.text


def _language_texts(bank: QuestionBank, lang: str) -> list[str]:
    return [texts[lang] for _, _, texts in _entries(bank) if lang in texts]


def test_the_bank_is_version_3_in_five_languages(bank):
    assert (bank.id, bank.version) == ("apvdesk-psychosocial", "3.0")
    assert bank.languages == LANGUAGES
    assert SHIPPED_BANK_FILE == "psychosocial.toml"
    assert dict(bank.language_names) == {
        "da": "Dansk",
        "en": "English",
        "pl": "Polski",
        "ro": "Română",
        "uk": "Українська",
    }


def test_every_required_text_key_is_there(bank):
    assert set(REQUIRED_TEXT_KEYS) <= set(bank.texts)


def test_every_text_is_present_in_every_language(bank):
    missing = []
    entries = list(_entries(bank))
    assert len(entries) > 100  # the walk really covers the bank
    for where, key, texts in entries:
        for lang in LANGUAGES:
            value = texts.get(lang)
            if not isinstance(value, str) or not value.strip() or value.strip() == key:
                missing.append(f"{where}.{lang}")
    assert missing == []


def test_placeholders_match_the_danish_in_every_language(bank):
    wrong = []
    for where, _, texts in _entries(bank):
        danish = Counter(PLACEHOLDER.findall(texts["da"]))
        for lang in LANGUAGES:
            if Counter(PLACEHOLDER.findall(texts[lang])) != danish:
                wrong.append(f"{where}.{lang}: {texts[lang]!r}")
    assert wrong == []
    assert "%1" in bank.texts["anonymity_note"]["da"]
    assert "%1" in bank.texts["expected_time"]["da"]
    assert ["%1", "%2"] == PLACEHOLDER.findall(bank.texts["progress"]["da"])


def test_translations_are_not_copies_of_the_danish_or_english(bank):
    copies = [
        f"{where}.{lang}"
        for where, _, texts in _entries(bank)
        if where != "bank.language_names"
        for lang in TRANSLATED
        if texts[lang].strip() in (texts["da"].strip(), texts["en"].strip())
    ]
    assert copies == []


def test_ukrainian_is_written_in_cyrillic(bank):
    latin = [
        f"{where}.uk"
        for where, _, texts in _entries(bank)
        if not CYRILLIC.search(texts["uk"]) or LATIN_LETTER.search(texts["uk"])
    ]
    assert latin == []
    # Ukrainian letters that Russian lacks: a guard against the wrong Cyrillic language
    assert set("іїє") & set("".join(_language_texts(bank, "uk")))


def test_polish_and_romanian_use_their_own_letters(bank):
    polish = "".join(_language_texts(bank, "pl"))
    romanian = "".join(_language_texts(bank, "ro"))
    assert len(POLISH_LETTERS & set(polish)) >= 5
    assert len(ROMANIAN_LETTERS & set(romanian)) >= 4
    for lang in ("da", "en", "pl", "ro"):
        assert not CYRILLIC.search("".join(_language_texts(bank, lang))), lang


def test_romanian_uses_comma_below_not_cedilla(bank):
    # ş and ţ (cedilla) are the old, wrong forms of ș and ț
    wrong = [where for where, _, texts in _entries(bank) if set("şţŞŢ") & set(texts["ro"])]
    assert wrong == []


def test_the_instructions_name_the_dont_know_choice_in_each_language(bank):
    dont_know = bank.option_sets["frequency"].dont_know
    for option_set in bank.option_sets.values():
        assert option_set.dont_know == dont_know
    for key in ("instructions", "paper_instructions"):
        for lang in LANGUAGES:
            assert dont_know[lang] in bank.texts[key][lang], (key, lang)


def test_option_labels_are_distinct_within_each_language(bank):
    for option_set in bank.option_sets.values():
        for lang in LANGUAGES:
            labels = [*option_set.labels[lang], option_set.dont_know[lang]]
            assert len(set(labels)) == len(labels), (option_set.id, lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_missing_translation_in_the_shipped_file_is_named(tmp_path, lang):
    text = resource("questionnaires", SHIPPED_BANK_FILE).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(keepends=True) if line.startswith(f"text.{lang} = ")]
    assert lines
    path = tmp_path / SHIPPED_BANK_FILE
    path.write_text(text.replace(lines[0], "", 1), encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank_file(path)
    assert (
        caught.value.key == f"themes.social_support.scales.support_colleagues.items.ssc_practical.text.{lang}"
    )


def test_the_texts_of_the_sensitive_questions_and_the_time_are_in_every_language(bank):
    for key in ("not_applicable", "sensitive_intro", "expected_time"):
        assert set(bank.texts[key]) == set(LANGUAGES), key
    assert bank.texts["expected_time"]["en"] == "It takes about %1 minutes."
    assert bank.texts["not_applicable"]["da"] == "Gælder ikke for mig"
    intro = bank.texts["sensitive_intro"]
    # it says the answers are anonymous, results need enough answers, and where to get help
    assert (
        "anonyme" in intro["da"] and "nok svar" in intro["da"] and "arbejdsmiljørepræsentanten" in intro["da"]
    )
    assert (
        "anonymous" in intro["en"]
        and "enough answers" in intro["en"]
        and "safety representative" in intro["en"]
    )
    # the kiosk's instructions name the "does not apply to me" answer too
    for lang in LANGUAGES:
        assert bank.texts["not_applicable"][lang] in bank.texts["instructions"][lang], lang


def test_english_says_direct_manager_never_nearest(bank):
    english = " ".join(_language_texts(bank, "en"))
    assert "nearest manager" not in english
    assert "direct manager" in english


def test_polish_addresses_the_reader_as_ty_throughout(bank):
    # second person plural verbs and pronouns ("wy") that a form addressed to one reader must not use
    plural = re.compile(r"\b(czujecie|jesteście|macie|możecie|wasz\w*|wami|was)\b", re.IGNORECASE)
    wrong = [where for where, _, texts in _entries(bank) if plural.search(texts["pl"])]
    assert wrong == []
    assert "czujesz" in bank.texts["kiosk_welcome"]["pl"]


def test_the_reviewed_words_are_gone(bank):
    danish = " ".join(_language_texts(bank, "da"))
    for idiom in ("giver en hånd med", "gør os umage", "umagen værd", "til råds", "udvej", "ringe grad"):
        assert idiom not in danish, idiom
    # jargon headings of the paper form have plain names
    names = {theme.id: theme.name for theme in bank.themes}
    assert names["social_capital"]["da"] == "Tillid, retfærdighed og samarbejde"
    assert bank.scale("demands_emotional").name["da"] == "Svære situationer og følelser"
    # Ukrainian: support at work from the people around, not state welfare
    assert names["social_support"]["uk"] == "Підтримка на роботі"
    # Romanian: "sad" is said (a sad feeling, not only an angry one)
    items = {item.id: item for item in bank.items}
    assert "trist" in items["de_sad"].text["ro"] and "tristețe" in items["de_hide"].text["ro"]
