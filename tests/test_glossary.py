"""One word per thing in Danish, no doubled words, one kind of quotation marks.

The glossary is in docs/translations.md ("Ordliste / Glossary"). These tests read every
Danish text the program has: the translations in resources/i18n/apvdesk_da.ts and the
Danish of the resource files (the catalogue of actions, the dialogue agenda, the poster's
texts, the questionnaire). The composed texts (a label and its value) are checked where
they are printed: the action plan and the full report in Danish, read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "apvdesk_da.ts"
RESOURCES = sorted((ROOT / "resources").glob("*/*.toml"))

# A word the glossary replaced, and the word to use instead.
FORBIDDEN: dict[str, str] = {
    r"\bbesvarelse\w*": "svar",
    r"\bKlaret\b": "Gennemført",
    r"\bOpgivet\b": "Aflyst",
    r"\bhold(et|ene|enes|ets)\b": "gruppe(n)",  # the verb "hold (et møde, øje med)" is fine
    r"\b(et|ét|hvert|andet|samme|begge|flere|alle|på|de andre)\s+hold\b": "gruppe(r)",
    r"Excel-projektmappe": "regneark",
    r"\bfx\b": "f.eks.",
    r"\bhandling(en|er|erne)?\b": "tiltag",
    r"\bsikkerhedsrepræsentant": "arbejdsmiljørepræsentant",
    r"\bSkrev\b": "… er gemt som …",
    r"[\"“”]": "»…«",
}
# The same word twice in a row, across a space, a colon or a dash ("senest: Senest"); not
# the ending after an apostrophe ("APV'en: En kopi").
DOUBLED = re.compile(r"(?<!['’])\b([^\W\d_]+)[\s:–-]+\1\b", re.IGNORECASE)
# Printed tables put a word in each of two cells side by side: "skjult" for two withheld groups.
SIDE_BY_SIDE_CELLS = {"skjult"}


def translations() -> Iterator[tuple[str, str, str]]:
    """Yield (context, English source, Danish) for every message of the catalogue."""
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                yield name, source, form.text or ""


def resource_texts(lang: str = "da") -> Iterator[tuple[str, str]]:
    """Yield (where, text) for every string of the resource files in ``lang``."""

    def walk(node: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == lang and isinstance(value, str):
                    yield where, value
                else:
                    yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{where}[{i}]")

    for path in RESOURCES:
        yield from walk(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def offences(text: str) -> list[str]:
    """Return what in ``text`` breaks the glossary or doubles a word."""
    found = [
        f"{m.group(0)!r} (use {better})"
        for pattern, better in FORBIDDEN.items()
        for m in re.finditer(pattern, text)
    ]
    found += [f"doubled {m.group(0)!r}" for m in DOUBLED.finditer(text)]
    return found


def test_the_checks_catch_what_they_are_for() -> None:
    assert offences("Ingen besvarelser endnu")
    assert offences("Status: Opgivet")
    assert offences("Overvej et dialogmøde, hvor holdet taler")
    assert offences("Skrev plakaten til plakat.pdf.")
    assert offences("Næste APV senest: Senest 01-09-2029")
    assert offences('Bygger på "%1"')
    assert offences("fx sidste år")
    assert not offences("Hold et dialogmøde med gruppen, og hold øje med det gule.")
    assert not offences("Plakaten er gemt som %1. Næste APV: Senest 01-09-2029 (»skjult«).")


def test_every_danish_translation_keeps_the_glossary() -> None:
    bad = [
        f"{context}: {text[:80]!r}: {', '.join(found)}"
        for context, _source, text in translations()
        if (found := offences(text))
    ]
    assert bad == []


def test_every_danish_resource_text_keeps_the_glossary() -> None:
    assert RESOURCES, "the resource files were not found"
    bad = [
        f"{where}: {text[:80]!r}: {', '.join(found)}"
        for where, text in resource_texts()
        if (found := offences(text))
    ]
    assert bad == []


def test_english_uses_one_kind_of_quotation_marks_and_one_saved_pattern() -> None:
    """English quotes with “…” and says "… was saved as %1", never "Wrote … to %1"."""
    bad = [
        f"{context}: {source[:80]!r}"
        for context, source, _text in translations()
        if '"' in source or re.search(r"\bWrote\b|^Saved:", source)
    ]
    assert bad == []


def test_english_resource_texts_quote_with_curly_quotation_marks() -> None:
    assert [f"{where}: {text[:80]!r}" for where, text in resource_texts("en") if '"' in text] == []


def test_every_saved_message_follows_the_pattern() -> None:
    """Each "was saved as %1" reads "er gemt som %1" in Danish."""
    saved = [(context, source, text) for context, source, text in translations() if "saved as %1" in source]
    assert len(saved) >= 15
    assert [(c, s, t) for c, s, t in saved if "er gemt som %1" not in t] == []


@pytest.fixture(scope="module")
def danish_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The demo's action plan, full report, poster, follow-up list and minutes in Danish, as text."""
    from pypdf import PdfReader

    from apvdesk.app.demo_file import write_demo
    from apvdesk.app.gathering import gather_full_report
    from apvdesk.app.report_entry import ReportChoices
    from apvdesk.app.report_registry import printable_report
    from apvdesk.reports.full_report import build_full_report_pdf
    from apvdesk.store.workplace_store import WorkplaceStore

    path = tmp_path_factory.mktemp("glossary") / "demo.apvdesk"
    write_demo(path)
    store = WorkplaceStore.open_read_only(path)
    today = dt.date(2026, 10, 15)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        pdfs = {"full": build_full_report_pdf(gather_full_report(store, apv_round.id, today), "da")}
        for key in ("action-plan", "poster", "follow-up"):
            choices = ReportChoices(lang="da", round_id=apv_round.id, today=today)
            pdfs[key] = printable_report(key).pdf(store, choices)
        meeting = store.meetings(apv_round.id)[-1]  # the shop's: a point with nothing noted
        assert meeting.id is not None
        choices = ReportChoices(lang="da", meeting_id=meeting.id, today=today)
        pdfs["minutes"] = printable_report("minutes").pdf(store, choices)
    finally:
        store.close()
    return {
        key: " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        for key, pdf in pdfs.items()
    }


@pytest.mark.parametrize("key", ["full", "action-plan", "poster", "follow-up", "minutes"])
def test_printed_danish_has_no_doubled_words(danish_pdfs: dict[str, str], key: str) -> None:
    """A label and its value never say the same word ("Næste APV senest: Senest …")."""
    text = " ".join(danish_pdfs[key].split())
    doubled = [m.group(0) for m in DOUBLED.finditer(text) if m.group(1).lower() not in SIDE_BY_SIDE_CELLS]
    assert doubled == []
    assert "Næste APV senest: Senest" not in text and "Næste APV senest Senest" not in text
