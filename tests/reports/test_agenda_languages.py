"""The agenda in the team's language: all five, points and fixed texts, with letters that print."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import agenda_templates, agenda_texts, shipped_bank
from apvdesk.core.agenda_texts import TEXT_LANGUAGES, TextTable, agenda_in, load_agenda_texts
from apvdesk.core.bank import BankError
from apvdesk.core.dialogue import AgendaPoint, DialogueMeeting, DialogueMinutes, propose_agenda
from apvdesk.reports.agenda import AgendaPdf, build_agenda_pdf

LANGS = ("da", "en", "pl", "ro", "uk")
# the first point of the social-support theme, its title and a piece of its question
HELP = {
    "da": ("Hjælp fra kolleger", "Hjælper I hinanden, når der er travlt?"),
    "en": ("Help from colleagues", "Do you help each other when it is busy?"),
    "pl": ("Pomoc od kolegów", "Czy pomagacie sobie nawzajem, kiedy jest dużo pracy?"),
    "ro": ("Ajutor de la colegi", "Vă ajutați unii pe alții când este mult de lucru?"),
    "uk": ("Допомога від колег", "Чи допомагаєте ви одне одному, коли багато роботи?"),
}
TITLE = {
    "da": "Dialogmøde – dagsorden",
    "en": "Dialogue meeting – agenda",
    "pl": "Spotkanie dialogowe – program",
    "ro": "Întâlnire de dialog – ordinea de zi",
    "uk": "Зустріч-діалог – порядок денний",
}
OWN = AgendaPoint("Tøjvognene i gangen", "Hvem flytter dem, og hvornår?", minutes=5)


def _minutes(start_lang: str = "da") -> DialogueMinutes:
    points = propose_agenda(agenda_templates(), shipped_bank(), start_lang)
    wanted = [p for p in points if p.title == HELP[start_lang][0]] + [OWN]
    meeting = DialogueMeeting(1, [1], held_on=dt.date(2026, 12, 10), facilitator="Agnieszka Nowak")
    return DialogueMinutes(
        "Vaskeri Nord", "APV 2026", meeting, ["Chauffører"], wanted, [], dt.date(2026, 12, 6)
    )


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _pdf(lang: str, start_lang: str = "da") -> bytes:
    return build_agenda_pdf(_minutes(start_lang), lang, agenda_templates(), agenda_texts())


@pytest.mark.parametrize("lang", LANGS)
def test_the_agenda_speaks_the_chosen_language_whole(lang: str) -> None:
    text = _text(_pdf(lang))
    title, question = HELP[lang]
    assert TITLE[lang] in text
    assert title in text and question in text
    for other in LANGS:
        if other != lang:
            assert HELP[other][0] not in text and HELP[other][1] not in text
    assert "Tøjvognene i gangen" in text  # a point written at the meeting is printed as written
    reader = PdfReader(io.BytesIO(_pdf(lang)))
    assert reader.trailer["/Root"]["/Lang"].startswith(lang)


def test_the_letters_of_every_language_are_in_the_text() -> None:
    assert "ż" in _text(_pdf("pl")) and "ó" in _text(_pdf("pl"))  # Pomoc od kolegów, wspólną
    romanian = _text(_pdf("ro"))
    assert "ș" in romanian and "ț" in romanian and "ă" in romanian  # comma below, not cedilla
    assert "ş" not in romanian and "ţ" not in romanian
    assert "ї" in _text(_pdf("uk")) or "і" in _text(_pdf("uk"))


def test_a_meeting_begun_in_english_prints_in_polish_too() -> None:
    text = _text(_pdf("pl", start_lang="en"))
    assert HELP["pl"][0] in text and HELP["en"][0] not in text


def test_every_text_the_agenda_writes_has_polish_romanian_and_ukrainian() -> None:
    asked: list[str] = []

    class Recorder:
        lang = "pl"

        def translate(self, _context: str, text: str, n: int = -1) -> str:
            asked.append(text)
            return text

    AgendaPdf(_minutes(), Recorder()).build()
    texts = agenda_texts()
    missing = sorted({text for text in asked if text not in texts})
    assert missing == []
    for text in asked:
        assert set(texts[text]) == set(TEXT_LANGUAGES)


def test_agenda_in_counts_the_points_it_cannot_translate() -> None:
    points, own = agenda_in(_minutes().points, agenda_templates(), "uk")
    assert own == 1 and points[0].title == HELP["uk"][0] and points[1] == OWN
    changed = dataclasses.replace(_minutes().points[0], question="Hjælper I hinanden om morgenen?")
    points, own = agenda_in([changed], agenda_templates(), "uk")
    assert own == 1 and points == [changed]  # changed by hand: printed as written


def test_a_missing_ukrainian_text_names_its_key(tmp_path: Path) -> None:
    path = tmp_path / "agenda.toml"
    path.write_text('[[texts]]\nen = "Total"\npl = "Razem"\nro = "Total"\n', encoding="utf-8")
    with pytest.raises(BankError, match=r"texts\[0\]\.uk"):
        load_agenda_texts(path)


def test_text_table_refuses_a_program_language() -> None:
    with pytest.raises(ValueError):
        TextTable("da", agenda_texts())
    with pytest.raises(ValueError):
        build_agenda_pdf(_minutes(), "pl")  # the Polish texts are needed
