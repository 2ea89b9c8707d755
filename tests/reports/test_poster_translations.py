"""The bilingual poster prints the owner's own texts in the second language where they are written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Action, ActionPlan, ActionStatus, Problem, Round, Seriousness, Workplace
from apvdesk.core.poster import UntranslatedText, poster_content, untranslated
from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

KIND = "Chaufførerne kører alene og har ingen at tale med om dagens problemer."
KIND_PL = "Kierowcy jeżdżą sami i nie mają z kim porozmawiać o problemach dnia."
HOW = "Fast kontaktperson på kontoret hele dagen."
HOW_PL = "Stała osoba kontaktowa w biurze przez cały dzień."
OTHER_HOW = "Fælles morgenkaffe om mandagen."


def squash(text: str) -> str:
    return " ".join(text.split())


def plan(problems: list[tuple[Problem, list[Action]]]) -> ActionPlan:
    return ActionPlan(
        Workplace("Vaskeri Solsiden ApS", manager="Karin Holm"),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [],
        problems,
        [],
        shipped_bank(),
        dt.date(2026, 12, 6),
    )


def translated_plan() -> ActionPlan:
    first = Problem(
        1, "support_colleagues", KIND, Seriousness.HIGH, priority=1, id=11, translations={"pl": KIND_PL}
    )
    second = Problem(1, "recognition", "Ingen ros for godt arbejde.", priority=2, id=12)
    return plan(
        [
            (
                first,
                [
                    Action(
                        HOW, "Karin Holm", status=ActionStatus.IN_PROGRESS, id=21, translations={"pl": HOW_PL}
                    ),
                    Action(OTHER_HOW, id=22, translations={"uk": "Спільна кава"}),
                ],
            ),
            (second, []),
        ]
    )


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return squash(" ".join(page.extract_text() for page in reader.pages))


def test_a_da_pl_poster_prints_the_polish_texts_under_the_danish():
    the_plan = translated_plan()
    text = pdf_text(
        build_poster_pdf(poster_content(the_plan), shipped_poster_texts(), "da", "pl", the_plan.bank)
    )
    for written in (KIND, KIND_PL, HOW, HOW_PL, OTHER_HOW):
        assert squash(written) in text
    assert text.index(squash(KIND)) < text.index(squash(KIND_PL)) < text.index(squash(HOW))
    assert "Спільна кава" not in text  # a Ukrainian text is not for a Polish poster


def test_a_danish_only_poster_prints_no_translation():
    the_plan = translated_plan()
    text = pdf_text(
        build_poster_pdf(poster_content(the_plan), shipped_poster_texts(), "da", None, the_plan.bank)
    )
    assert squash(KIND) in text and squash(KIND_PL) not in text and squash(HOW_PL) not in text


def test_the_texts_without_a_polish_one_are_listed_in_the_posters_order():
    content = poster_content(translated_plan())
    assert untranslated(content, "pl") == [
        UntranslatedText(1, OTHER_HOW, 11, 22),
        UntranslatedText(2, "Ingen ros for godt arbejde.", 12),
    ]
    assert [m.text for m in untranslated(content, "uk")] == [KIND, HOW, "Ingen ros for godt arbejde."]


def test_blank_texts_count_as_none_and_long_texts_still_fit_on_one_page():
    long_pl = " ".join(["Bardzo długi tekst o pracy w pralni, zmianach i przerwach."] * 6)
    problems = [
        (
            Problem(
                1,
                scale,
                f"Problem {i}: " + KIND * 2,
                Seriousness.HIGH,
                priority=1,
                id=i,
                translations={"pl": long_pl},
            ),
            [
                Action(HOW * 2, "Karin Holm", id=100 + i * 10 + j, translations={"pl": long_pl})
                for j in range(3)
            ],
        )
        for i, scale in enumerate(
            ["support_colleagues", "support_manager", "demands_quantitative", "predictability", "recognition"]
        )
    ]
    the_plan = plan(problems)
    assert untranslated(poster_content(the_plan), "pl") == []
    blank = dataclasses.replace(problems[0][0], translations={"pl": "   "})
    assert untranslated(poster_content(plan([(blank, [])])), "pl") == [UntranslatedText(1, blank.kind, 0)]
    text = pdf_text(
        build_poster_pdf(poster_content(the_plan), shipped_poster_texts(), "da", "pl", the_plan.bank)
    )
    assert "Bardzo długi tekst" in text
