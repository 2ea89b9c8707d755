"""A test bank with short forms, default forms, "does not apply to me" and a sensitive theme.

It is the shipped bank of version 2.0 (tests/core/fixtures) with the keys of bank version
3.0 added (``short``, ``default_form``, ``not_applicable``, the texts ``not_applicable``, ``sensitive_intro``
and ``expected_time``) and a small violence and harassment theme, in all five languages.
"""

from __future__ import annotations

import copy
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from apvdesk.core.bank import QuestionBank, parse_bank

# The shipped bank as it was at version 2.0: the hand-counted figures of the tests rest on
# its words, so the test bank does not change when the shipped bank does.
BANK_2_0 = Path(__file__).parent / "fixtures" / "psychosocial_2_0.toml"

LANGS = ("da", "en", "pl", "ro", "uk")
# Social support's short form; every other theme's is the first two items of each scale.
SUPPORT_SHORT = {
    "ssc_practical",
    "ssc_listen",
    "ssm_practical",
    "ssm_listen",
    "sf_timing",
    "sf_after_episode",
}
SUPPORT_SHORT |= {"cc_relations", "cc_help"}
NOT_APPLICABLE = {"sf_timing", "sf_after_episode", "cc_disagree"}

TEXTS = {
    "not_applicable": [
        "Passer ikke på mig",
        "Does not apply to me",
        "Nie dotyczy mnie",
        "Nu se aplică în cazul meu",
        "Мене це не стосується",
    ],
    "sensitive_intro": [
        "De næste spørgsmål handler om vold, trusler og krænkelser. Dine svar er anonyme ligesom "
        "resten: ingen kan se, hvad du har svaret.",
        "The next questions are about violence, threats and offensive behaviour. Your answers are "
        "anonymous like the rest: nobody can see what you answered.",
        "Następne pytania dotyczą przemocy, gróźb i obraźliwego zachowania. Twoje odpowiedzi są "
        "anonimowe jak pozostałe: nikt nie zobaczy twoich odpowiedzi.",
        "Următoarele întrebări sunt despre violență, amenințări și comportament jignitor. Răspunsurile "
        "sunt anonime, ca și celelalte: nimeni nu poate vedea ce ați răspuns.",
        "Наступні запитання стосуються насильства, погроз і образливої поведінки. Ваші відповіді "
        "анонімні, як і решта: ніхто не може побачити, що ви відповіли.",
    ],
    "expected_time": [
        "Det tager cirka %1 minutter.",
        "It takes about %1 minutes.",
        "Zajmie to około %1 minut.",
        "Durează aproximativ %1 minute.",
        "Це займе приблизно %1 хвилин.",
    ],
}
VIOLENCE_THEME = {
    "id": "violence_harassment",
    "name": [
        "Vold, trusler og krænkelser",
        "Violence, threats and offensive behaviour",
        "Przemoc, groźby i obraźliwe zachowanie",
        "Violență, amenințări și comportament jignitor",
        "Насильство, погрози та образлива поведінка",
    ],
    "scales": [
        (
            "violence_threats",
            False,
            [
                "Vold og trusler",
                "Violence and threats",
                "Przemoc i groźby",
                "Violență și amenințări",
                "Насильство і погрози",
            ],
            [
                (
                    "vh_threats",
                    False,
                    [
                        "Jeg bliver truet af kunder eller andre i arbejdet.",
                        "Customers or others threaten me at work.",
                        "Klienci lub inne osoby grożą mi w pracy.",
                        "Clienții sau alte persoane mă amenință la muncă.",
                        "Клієнти або інші люди погрожують мені на роботі.",
                    ],
                ),
                (
                    "vh_violence",
                    False,
                    [
                        "Nogen bruger vold mod mig i arbejdet.",
                        "Someone uses violence against me at work.",
                        "Ktoś stosuje wobec mnie przemoc w pracy.",
                        "Cineva folosește violența împotriva mea la muncă.",
                        "Хтось застосовує до мене насильство на роботі.",
                    ],
                ),
                (
                    "vh_offensive",
                    False,
                    [
                        "Nogen mobber eller krænker mig i arbejdet.",
                        "Someone bullies or harasses me at work.",
                        "Ktoś mnie w pracy nęka lub obraża.",
                        "Cineva mă hărțuiește sau mă jignește la muncă.",
                        "Мене цькують або ображають на роботі.",
                    ],
                ),
            ],
        ),
        (
            "after_episode",
            True,
            ["Efter en episode", "After an episode", "Po zdarzeniu", "După un incident", "Після інциденту"],
            [
                (
                    "vh_help",
                    True,
                    [
                        "Efter en episode med vold eller trusler får jeg den hjælp, jeg har brug for.",
                        "After an episode of violence or threats, I get the help I need.",
                        "Po przemocy lub groźbach dostaję pomoc, której potrzebuję.",
                        "După un incident cu violență sau amenințări, primesc ajutorul de care am nevoie.",
                        "Після випадку насильства або погроз я отримую потрібну допомогу.",
                    ],
                ),
                (
                    "vh_acted",
                    True,
                    [
                        "Når jeg siger en episode videre, bliver der gjort noget ved det.",
                        "When I report an episode, something is done about it.",
                        "Kiedy zgłaszam zdarzenie, coś się z tym robi.",
                        "Când semnalez un incident, se iau măsuri.",
                        "Коли я повідомляю про інцидент, щось роблять.",
                    ],
                ),
            ],
        ),
    ],
}


def _by_lang(texts: list[str]) -> dict[str, str]:
    return dict(zip(LANGS, texts, strict=True))


def _violence_theme() -> dict[str, Any]:
    scales = []
    for scale_id, high_is_good, name, items in VIOLENCE_THEME["scales"]:
        scales.append(
            {
                "id": scale_id,
                "name": _by_lang(name),
                "high_is_good": high_is_good,
                "items": [
                    {"id": item_id, "options": "frequency", "text": _by_lang(text), "not_applicable": na}
                    | ({"short": True} if scale_id == "violence_threats" else {})
                    for item_id, na, text in items
                ],
            }
        )
    return {"id": VIOLENCE_THEME["id"], "name": _by_lang(VIOLENCE_THEME["name"]), "scales": scales}


@cache
def _data() -> dict[str, Any]:
    data = tomllib.loads(BANK_2_0.read_text(encoding="utf-8"))
    data["bank"]["version"] = "3.0-test"
    for key, texts in TEXTS.items():
        data["texts"][key] = _by_lang(texts)
    for theme in data["themes"]:
        if theme["id"] != "social_support":
            theme["default_form"] = "short"
        for scale in theme["scales"]:
            for index, item in enumerate(scale["items"]):
                in_short = item["id"] in SUPPORT_SHORT if theme["id"] == "social_support" else index < 2
                if in_short:
                    item["short"] = True
                if item["id"] in NOT_APPLICABLE:
                    item["not_applicable"] = True
    data["themes"].insert(1, _violence_theme())
    return data


def forms_bank_data() -> dict[str, Any]:
    """Return a fresh copy of the test bank's source data."""
    return copy.deepcopy(_data())


def forms_bank() -> QuestionBank:
    """Return the test bank, validated as a shipped bank is."""
    return parse_bank(forms_bank_data(), "forms-test.toml", complete=True)
