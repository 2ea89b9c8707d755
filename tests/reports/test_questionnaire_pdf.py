"""The paper questionnaire PDF: every item, group and option in the respondent's language."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import REQUIRED_TEXT_KEYS, QuestionBank, parse_bank
from apvdesk.core.model import Group, QuestionnaireForm, Round
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.questionnaire import build_questionnaire_pdf

LANGS = ("da", "en", "pl", "ro", "uk")
PDF_LANG = {"da": "da-DK", "en": "en-GB", "pl": "pl-PL", "ro": "ro-RO", "uk": "uk-UA"}
WORKPLACE = "Pralnia Łódź – Ærø Vask & Renseri"
GROUPS = ["Vask og tørring", "Rulning og strygning", "Kørsel og levering", "Natholdet – zmiana nocna"]

PAPER_TEXTS = {
    "paper_title": {
        "da": "Spørgeskema om det psykiske arbejdsmiljø",
        "en": "Questionnaire about the psychosocial work environment",
        "pl": "Ankieta o psychospołecznym środowisku pracy",
        "ro": "Chestionar despre mediul psihosocial de lucru",
        "uk": "Анкета про психосоціальне робоче середовище",
    },
    "paper_instructions": {
        "da": "Sæt ét kryds ved hvert spørgsmål. Skriv ikke dit navn.",
        "en": "Put one cross for each question. Do not write your name.",
        "pl": "Postaw jeden krzyżyk przy każdym pytaniu. Nie wpisuj swojego imienia.",
        "ro": "Puneți un singur X la fiecare întrebare. Nu vă scrieți numele.",
        "uk": "Поставте один хрестик біля кожного запитання. Не пишіть свого імені.",
    },
    "anonymity_note": {
        "da": "Resultater vises kun for grupper med mindst %1 svar.",
        "en": "Results are only shown for groups with at least %1 answers.",
        "pl": "Wyniki są pokazywane tylko dla grup z co najmniej %1 odpowiedziami.",
        "ro": "Rezultatele sunt arătate doar pentru grupuri cu cel puțin %1 răspunsuri.",
        "uk": "Результати показують лише для груп, де щонайменше %1 відповідей.",
    },
    "paper_group": {
        "da": "Hvor arbejder du? Sæt ét kryds.",
        "en": "Where do you work? Put one cross.",
        "pl": "Gdzie pracujesz? Postaw jeden krzyżyk.",
        "ro": "Unde lucrați? Puneți un singur X.",
        "uk": "Де ви працюєте? Поставте один хрестик.",
    },
    "paper_return": {
        "da": "Fold skemaet, og læg det i den lukkede kasse. Tak for hjælpen.",
        "en": "Fold the form and put it in the closed box. Thank you for your help.",
        "pl": "Złóż ankietę i wrzuć ją do zamkniętej skrzynki. Dziękujemy za pomoc.",
        "ro": "Împăturiți chestionarul și puneți-l în cutia închisă. Mulțumim pentru ajutor.",
        "uk": "Складіть анкету й покладіть її до закритої скриньки. Дякуємо за допомогу.",
    },
}

OPTION_SETS = {
    "frequency": {
        "points": [100, 75, 50, 25, 0],
        "labels": {
            "da": ["Altid", "Ofte", "Somme tider", "Sjældent", "Aldrig eller næsten aldrig"],
            "en": ["Always", "Often", "Sometimes", "Rarely", "Never or hardly ever"],
            "pl": ["Zawsze", "Często", "Czasami", "Rzadko", "Nigdy lub prawie nigdy"],
            "ro": ["Întotdeauna", "Des", "Uneori", "Rar", "Niciodată sau aproape niciodată"],
            "uk": ["Завжди", "Часто", "Іноді", "Рідко", "Ніколи або майже ніколи"],
        },
        "dont_know": {
            "da": "Ved ikke",
            "en": "Don't know",
            "pl": "Nie wiem",
            "ro": "Nu știu",
            "uk": "Не знаю",
        },
    },
    "extent": {
        "points": [100, 67, 33, 0],
        "labels": {
            "da": ["I meget høj grad", "I høj grad", "I nogen grad", "I ringe grad"],
            "en": ["To a very large extent", "To a large extent", "Somewhat", "To a small extent"],
            "pl": ["W bardzo dużym stopniu", "W dużym stopniu", "W pewnym stopniu", "W małym stopniu"],
            "ro": ["În foarte mare măsură", "În mare măsură", "Într-o oarecare măsură", "În mică măsură"],
            "uk": ["Дуже великою мірою", "Великою мірою", "Певною мірою", "Незначною мірою"],
        },
        "dont_know": {
            "da": "Ved ikke",
            "en": "Don't know",
            "pl": "Nie wiem",
            "ro": "Nu știu",
            "uk": "Не знаю",
        },
    },
}

ITEM_TEXTS = {
    "da": "Når arbejdet hober sig op på vaskeriet, giver mine kolleger en hånd med ({n}), også sent.",
    "en": "When work piles up in the laundry, my colleagues lend me a hand ({n}), even late in the day.",
    "pl": "Gdy w pralni przybywa pracy, koledzy mi pomagają ({n}), nawet późno. Zażółć gęślą jaźń.",
    "ro": "Când se adună munca în spălătorie, colegii mă ajută ({n}), chiar și seara. Știință și țară.",
    "uk": "Коли в пральні багато роботи, колеги мені допомагають ({n}), навіть пізно. Ґанок, їжак.",
}
SCALE_NAMES = {
    "da": "Støtte {n}",
    "en": "Support {n}",
    "pl": "Wsparcie {n}",
    "ro": "Sprijin {n}",
    "uk": "Підтримка {n}",
}
THEME_NAMES = {
    "support": {
        "da": "Social støtte",
        "en": "Social support",
        "pl": "Wsparcie społeczne",
        "ro": "Sprijin social",
        "uk": "Соціальна підтримка",
    },
    "trust": {
        "da": "Tillid og retfærdighed",
        "en": "Trust and justice",
        "pl": "Zaufanie i sprawiedliwość",
        "ro": "Încredere și dreptate",
        "uk": "Довіра і справедливість",
    },
}


def _texts(template: dict[str, str], n: int) -> dict[str, str]:
    return {lang: text.format(n=n) for lang, text in template.items()}


def five_language_bank(items_per_scale: int = 4) -> QuestionBank:
    """A complete bank in da, en, pl, ro, uk: support (frequency) and trust (extent) themes."""
    counter = iter(range(1, 1000))
    themes = []
    for theme_id, option_set, scale_count in (("support", "frequency", 2), ("trust", "extent", 2)):
        scales = []
        for s in range(scale_count):
            scale_number = next(counter)
            items = [
                {
                    "id": f"{theme_id}_{s}_{i}",
                    "options": option_set,
                    "text": _texts(ITEM_TEXTS, next(counter)),
                }
                for i in range(items_per_scale)
            ]
            scales.append(
                {
                    "id": f"{theme_id}_{s}",
                    "name": _texts(SCALE_NAMES, scale_number),
                    "high_is_good": True,
                    "items": items,
                }
            )
        themes.append({"id": theme_id, "name": THEME_NAMES[theme_id], "scales": scales})
    texts = {key: {lang: f"{key} ({lang})" for lang in LANGS} for key in REQUIRED_TEXT_KEYS}
    texts.update(PAPER_TEXTS)
    data = {
        "bank": {
            "id": "test-five",
            "version": "1",
            "languages": list(LANGS),
            "language_names": {
                "da": "Dansk",
                "en": "English",
                "pl": "Polski",
                "ro": "Română",
                "uk": "Українська",
            },
        },
        "texts": texts,
        "option_sets": OPTION_SETS,
        "themes": themes,
    }
    return parse_bank(data, "test", complete=True)


def make_form(bank: QuestionBank, groups: list[str] = GROUPS) -> QuestionnaireForm:
    apv_round = Round("APV 2026 – efterår", dt.date(2026, 9, 1), anonymity_threshold=5, languages=list(LANGS))
    return QuestionnaireForm(
        WORKPLACE, apv_round, [Group(name, 5, id=i) for i, name in enumerate(groups, 1)], bank
    )


def squash(text: str) -> str:
    """Join the lines a table cell or paragraph was wrapped into."""
    return " ".join(text.split())


def read(form: QuestionnaireForm, lang: str) -> PdfReader:
    return PdfReader(io.BytesIO(build_questionnaire_pdf(form, lang)))


def all_text(reader: PdfReader) -> str:
    return squash(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return five_language_bank()


@pytest.fixture(scope="module", params=LANGS)
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def reader(bank: QuestionBank, lang: str) -> PdfReader:
    return read(make_form(bank), lang)


def test_every_text_of_the_form_is_printed(bank: QuestionBank, lang: str, reader: PdfReader) -> None:
    text = all_text(reader)
    expected = [WORKPLACE, "APV 2026 – efterår", *GROUPS]
    expected += [
        bank.text(key, lang) for key in ("paper_title", "paper_instructions", "paper_group", "paper_return")
    ]
    expected.append(bank.text("anonymity_note", lang).replace("%1", "5"))
    expected += [theme.name[lang] for theme in bank.themes]
    expected += [scale.name[lang] for scale in bank.scales]
    expected += [item.text[lang] for item in bank.items]
    for option_set in bank.option_sets.values():
        expected += [*option_set.labels[lang], option_set.dont_know[lang]]
    missing = [entry for entry in expected if squash(entry) not in text]
    assert missing == []


def test_items_are_numbered_in_bank_order(bank: QuestionBank, reader: PdfReader) -> None:
    text = all_text(reader)
    positions = [text.index(f"{number}. ") for number in range(1, len(bank.items) + 1)]
    assert positions == sorted(positions)


def test_letters_of_the_respondent_language_survive(lang: str, reader: PdfReader) -> None:
    letters = {
        "da": ["æ", "ø", "å", "Ærø"],
        "en": ["laundry"],
        "pl": ["Zażółć gęślą jaźń", "Łódź", "Często"],
        "ro": ["Știință și țară", "Întotdeauna", "Nu știu"],
        "uk": ["Ґанок, їжак", "Підтримка", "Не знаю"],
    }[lang]
    text = all_text(reader)
    assert [word for word in letters if word not in text] == []


def test_every_page_is_numbered_with_the_page_count(reader: PdfReader) -> None:
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {total}" in squash(page.extract_text())


def test_pages_are_a4_portrait(reader: PdfReader) -> None:
    for page in reader.pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842


def test_only_embedded_dejavu_fonts(reader: PdfReader) -> None:
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert "Helvetica" not in name
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_metadata_title_and_language(bank: QuestionBank, lang: str, reader: PdfReader) -> None:
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"{bank.text('paper_title', lang)} – {WORKPLACE}"
    assert meta.author == WORKPLACE
    assert meta.subject == "APV 2026 – efterår"
    assert reader.trailer["/Root"]["/Lang"] == PDF_LANG[lang]


def test_the_form_has_no_name_or_number_field(reader: PdfReader) -> None:
    text = all_text(reader).lower()
    for word in ("name:", "navn:", "no.:", "nr.:"):
        assert word not in text


def test_a_language_the_bank_lacks_is_refused(bank: QuestionBank, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="de"):
        build_questionnaire_pdf(make_form(bank), "de")
    with pytest.raises(ValueError):
        write_atomically(build_questionnaire_pdf(make_form(bank), "de"), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_shipped_bank_in_every_language() -> None:
    bank = shipped_bank()
    for lang in bank.languages:
        text = all_text(read(make_form(bank), lang))
        missing = [item.id for item in bank.items if squash(item.text[lang]) not in text]
        assert missing == [], lang


def test_many_groups_and_long_scales_lay_out(bank: QuestionBank) -> None:
    groups = [f"Hold {i} – zmiana {i}" for i in range(1, 12)]
    long_bank = five_language_bank(items_per_scale=14)
    reader = read(make_form(long_bank, groups), "pl")
    text = all_text(reader)
    assert all(name in text for name in groups)
    assert [i.id for i in long_bank.items if squash(i.text["pl"]) not in text] == []
    assert len(reader.pages) >= 4


def test_write_replaces_the_file_in_one_step(bank: QuestionBank, tmp_path: Path) -> None:
    target = tmp_path / "spoergeskema.pdf"
    target.write_bytes(b"old")
    write_atomically(build_questionnaire_pdf(make_form(bank), "uk"), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
