"""The dialogue meeting's agenda and minutes as PDFs: content, one-page agenda, fonts, languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.app.demo_file import write_demo
from apvdesk.core.dialogue import AgendaPoint, DialogueMinutes
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.agenda import build_agenda_pdf
from apvdesk.reports.minutes import build_minutes_pdf
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator, fill
from apvdesk.wording.labels import label

PRINTED = dt.date(2026, 9, 12)
PDF_LANG = {"da": "da-DK", "en": "en-GB"}


def squash(text: str) -> str:
    """Join the lines a table cell or paragraph was wrapped into."""
    return " ".join(text.split())


def text_of(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, squash(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> DialogueMinutes:
    """The demo's dialogue meeting of the drivers: 13 points, 4 rated, one decision."""
    path = tmp_path_factory.mktemp("dialogue") / "demo.apvdesk"
    write_demo(path, respondents=40, seed=7)
    store = WorkplaceStore.open_read_only(path)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        meeting = store.meetings(apv_round.id)[0]  # the drivers'
        assert meeting.id is not None
        return store.minutes(meeting.id, PRINTED)
    finally:
        store.close()


@pytest.fixture(params=["da", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def pdfs(minutes: DialogueMinutes) -> dict[tuple[str, str], bytes]:
    return {
        (kind, lang): build(minutes, lang)
        for kind, build in (("agenda", build_agenda_pdf), ("minutes", build_minutes_pdf))
        for lang in ("da", "en")
    }


def test_the_demo_meeting_is_what_the_tests_expect(minutes: DialogueMinutes) -> None:
    assert len(minutes.points) == 11
    assert sum(p.rating is not None for p in minutes.points) == 6
    assert len(minutes.decisions) == 2  # the lone driver's help, and the assault on the route
    assert minutes.meeting.participants == 5


# --- the minutes ---------------------------------------------------------------------


def test_minutes_hold_every_point_with_its_rating_and_notes(
    minutes: DialogueMinutes, pdfs: dict, lang: str
) -> None:
    _reader, text = text_of(pdfs["minutes", lang])
    translator = Translator(lang)
    not_rated = translator.translate("MinutesPdf", "Not rated")
    not_recorded = translator.translate("MinutesPdf", "Nothing noted")
    for number, point in enumerate(minutes.points, start=1):
        assert squash(f"{number}. {point.title}") in text
        assert squash(point.question) in text
        if point.rating is None:
            assert not_rated in text
        else:
            assert label(point.rating, translator.translate) in text
        for note in (point.works, point.not_works, point.ideas):
            assert (squash(note) if note.strip() else not_recorded) in text
    assert label(minutes.points[2].rating, translator.translate) in text  # type: ignore[arg-type]


def test_minutes_show_the_meeting_and_the_number_of_participants_only(
    minutes: DialogueMinutes, pdfs: dict, lang: str
) -> None:
    _reader, text = text_of(pdfs["minutes", lang])
    translator = Translator(lang)
    participants = translator.translate("MinutesPdf", "Participants")
    names_not_recorded = fill(translator.translate("MinutesPdf", "%1 (names are not recorded)"), 5)
    assert f"{participants} {names_not_recorded}" in text
    assert format_date(minutes.meeting.held_on, lang, printed=True) in text
    assert minutes.meeting.facilitator in text
    assert "Chauffører (kører alene)" in text
    assert minutes.workplace_name in text and minutes.round_title in text
    # The data model holds no participant's name; the facilitator is the only person named.
    assert text.count(minutes.meeting.facilitator) == 1


def test_minutes_hold_the_decisions(minutes: DialogueMinutes, pdfs: dict, lang: str) -> None:
    _reader, text = text_of(pdfs["minutes", lang])
    translator = Translator(lang)
    assert translator.translate("MinutesPdf", "Decisions") in text
    (point, problem, actions), _assault = minutes.decisions
    assert fill(translator.translate("MinutesPdf", "From point %1: %2"), 2, point.title) in text
    assert squash(problem.kind) in text
    assert label(problem.seriousness, translator.translate) in text
    assert len(actions) == 2
    for action in actions:
        assert squash(action.how) in text
        assert action.responsible in text
        assert format_date(action.deadline, lang, printed=True) in text
        assert label(action.status, translator.translate) in text


def test_minutes_say_they_are_the_groups_joint_judgement(pdfs: dict, lang: str) -> None:
    _reader, text = text_of(pdfs["minutes", lang])
    joint = Translator(lang).translate(
        "MinutesPdf",
        "The ratings and notes are the group's joint judgement, agreed on at the meeting "
        "— not an anonymous score and not anyone's own answer. No names of participants "
        "are written down.",
    )
    assert squash(joint) in text


def test_minutes_pages_are_numbered(pdfs: dict, lang: str) -> None:
    reader, _text = text_of(pdfs["minutes", lang])
    total = len(reader.pages)
    assert total >= 2
    page_of = Translator(lang).translate("MinutesPdf", "Page %1 of %2")
    for number, page in enumerate(reader.pages, start=1):
        assert fill(page_of, number, total) in squash(page.extract_text())


def test_minutes_without_decisions_say_so(minutes: DialogueMinutes) -> None:
    bare = dataclasses.replace(
        minutes,
        decisions=[],
        meeting=dataclasses.replace(minutes.meeting, facilitator="", held_on=None),
    )
    _reader, text = text_of(build_minutes_pdf(bare, "en"))
    assert "The meeting decided no problems for the action plan." in text
    assert "Facilitator Not recorded" in text


# --- the agenda ----------------------------------------------------------------------


def test_agenda_fits_the_demo_on_one_page_with_every_question(
    minutes: DialogueMinutes, pdfs: dict, lang: str
) -> None:
    reader, text = text_of(pdfs["agenda", lang])
    assert len(reader.pages) == 1
    translator = Translator(lang)
    assert translator.translate("AgendaPdf", "Dialogue meeting – agenda") in text
    for number, point in enumerate(minutes.points, start=1):
        assert squash(f"{number}. {point.title}") in text
        assert squash(point.question) in text
    total = sum(p.minutes for p in minutes.points)
    assert total == 95
    assert fill(translator.translate("AgendaPdf", "%1 min."), total) in text
    assert minutes.meeting.facilitator in text
    assert format_date(minutes.meeting.held_on, lang, printed=True) in text
    assert "Chauffører (kører alene)" in text


def test_agenda_shows_no_notes_or_ratings(minutes: DialogueMinutes, pdfs: dict) -> None:
    _reader, text = text_of(pdfs["agenda", "da"])
    for point in minutes.points:
        for note in (point.works, point.not_works, point.ideas):
            if note.strip():
                assert squash(note) not in text


def test_agenda_leaves_out_an_unset_date_and_facilitator(minutes: DialogueMinutes) -> None:
    bare = dataclasses.replace(
        minutes, meeting=dataclasses.replace(minutes.meeting, facilitator="", held_on=None)
    )
    _reader, text = text_of(build_agenda_pdf(bare, "en"))
    assert "Facilitator" not in text
    assert "Date" not in text


def test_a_long_agenda_runs_over_to_more_pages(minutes: DialogueMinutes) -> None:
    many = [AgendaPoint(f"Punkt {i}", "Hvordan går det? " * 8, minutes=5) for i in range(60)]
    reader, text = text_of(build_agenda_pdf(dataclasses.replace(minutes, points=many), "en"))
    assert len(reader.pages) > 1
    assert "60. Punkt 59" in text and "300 min." in text


# --- both ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_only_embedded_dejavu_fonts(pdfs: dict, kind: str, lang: str) -> None:
    reader = PdfReader(io.BytesIO(pdfs[kind, lang]))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert "Helvetica" not in name
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_metadata_and_language(minutes: DialogueMinutes, pdfs: dict, kind: str, lang: str) -> None:
    reader = PdfReader(io.BytesIO(pdfs[kind, lang]))
    meta = reader.metadata
    assert meta is not None
    assert meta.author == minutes.workplace_name
    assert meta.subject == minutes.round_title
    translate = Translator(lang).translate
    if kind == "agenda":
        assert meta.title == translate("AgendaPdf", "Dialogue meeting – agenda")
    else:
        assert meta.title == translate("MinutesPdf", "Dialogue meeting – minutes")
    assert reader.trailer["/Root"]["/Lang"] == PDF_LANG[lang]


def test_the_built_pdfs_save(minutes: DialogueMinutes, tmp_path: Path) -> None:
    agenda, minutes_pdf = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf"
    write_atomically(build_agenda_pdf(minutes, "en"), agenda)
    write_atomically(build_minutes_pdf(minutes, "da"), minutes_pdf)
    assert agenda.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(minutes_pdf).pages) >= 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.pdf", "minutes.pdf"]


def test_an_unknown_language_is_refused(minutes: DialogueMinutes) -> None:
    with pytest.raises(ValueError):
        build_agenda_pdf(minutes, "xx")
    with pytest.raises(ValueError):
        build_minutes_pdf(minutes, "xx")
