"""The PDF action plan: content, Unicode text, page numbers, fonts, metadata, long plans."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from apvdesk.banks import shipped_bank
from apvdesk.core.demo import make_demo
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Group,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.i18n import Translator
from apvdesk.labels import label
from apvdesk.reports.action_plan import build_action_plan_pdf, format_date, write_action_plan_pdf
from apvdesk.store.workplace_store import WorkplaceStore

WORKPLACE_NAME = "Pralnia Łódź – Ærø Vask & Renseri"
UNICODE_KIND = "Hjælp i weekenden (æøå ÆØÅ); współpraca się psuje (ąęł); ajutorul întârzie (ășț); Підтримка."
UNICODE_HOW = "Fast afløser på ø-ruten – zastępca dla zmiany nocnej, înlocuitor de tură, Підтримка колег."
UNICODE_RESPONSIBLE = "Åse Øberg og Łucja Ąę"
PAGE_TEXT = {"da": "Side {page} af {total}", "en": "Page {page} of {total}"}
PDF_LANG = {"da": "da-DK", "en": "en-GB"}


def squash(text: str) -> str:
    """Join the lines a table cell or paragraph was wrapped into."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> ActionPlan:
    bank = shipped_bank()
    path = tmp_path_factory.mktemp("plan") / "demo.apvdesk"
    store = WorkplaceStore.create_demo(path, make_demo(bank, 40, 7, name=WORKPLACE_NAME), bank)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        groups = store.groups()
        problem = store.save_problem(
            Problem(
                round_id=apv_round.id,
                scale_id="support_fit",
                kind=UNICODE_KIND,
                seriousness=Seriousness.LOW,
                extent="Weekendholdet – zmiana nocna, tură de noapte",
                causes="Ingen fast afløser; brak zastępstwa; lipsă de înlocuitori",
                priority=3,
                group_ids=[g.id for g in groups[1:3] if g.id is not None],
            )
        )
        store.save_action(
            Action(
                how=UNICODE_HOW,
                responsible=UNICODE_RESPONSIBLE,
                start=dt.date(2027, 1, 4),
                deadline=dt.date(2027, 3, 31),
                status=ActionStatus.CANCELLED,
                problem_id=problem.id,
            )
        )
        store.save_problem(
            Problem(round_id=apv_round.id, scale_id="community", kind="Endnu uden handlinger", priority=3)
        )
        result = store.action_plan(apv_round.id, printed_on=dt.date(2026, 10, 20))
    finally:
        store.close()
    result.approvals = [
        Approval(apv_round.id, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2026, 10, 21)),
        Approval(apv_round.id, "Tomasz Wiśniewski", ApproverRole.AMO, dt.date(2026, 10, 22)),
    ]
    return result


@pytest.fixture(scope="module", params=["da", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def reader(plan: ActionPlan, lang: str) -> PdfReader:
    return PdfReader(io.BytesIO(build_action_plan_pdf(plan, lang)))


def page_texts(reader: PdfReader) -> list[str]:
    return [squash(page.extract_text()) for page in reader.pages]


def test_every_field_of_the_plan_is_printed(plan: ActionPlan, lang: str, reader: PdfReader) -> None:
    text = " ".join(page_texts(reader))
    translate = Translator(lang).translate
    group_names = {group.id: group.name for group in plan.groups}
    expected = [
        plan.workplace.name,
        plan.workplace.cvr,
        plan.workplace.address,
        plan.round.title,
        format_date(plan.round.start_date, lang),
        format_date(plan.printed_on, lang),
    ]
    assert len(plan.problems) == 5
    for problem, actions in plan.problems:
        expected += [
            plan.bank.scale(problem.scale_id).name[lang],
            problem.kind,
            problem.extent,
            problem.causes,
            label(problem.seriousness, translate),
        ]
        expected += [group_names[group_id] for group_id in problem.group_ids]
        for action in actions:
            expected += [
                action.how,
                action.responsible,
                format_date(action.start, lang),
                format_date(action.deadline, lang),
                label(action.status, translate),
            ]
    for approval in plan.approvals:
        expected += [approval.name, label(approval.role, translate), format_date(approval.approved_on, lang)]
    missing = [item for item in expected if item and squash(item) not in text]
    assert missing == []


def test_danish_and_english_headings(lang: str, reader: PdfReader) -> None:
    text = " ".join(page_texts(reader))
    if lang == "da":
        words = ["Handlingsplan", "Arbejdsplads", "CVR-nr.", "Art", "Alvor", "Omfang", "Årsager"]
        words += ["Prioritet", "Hvad gøres", "Ansvarlig", "Frist", "Status", "Godkendelse", "Underskrift"]
        words += ["Dato", "01-09-2026"]
    else:
        words = ["Action plan", "Workplace", "CVR no.", "Kind", "Seriousness", "Extent", "Causes"]
        words += ["Priority", "What is done", "Responsible", "Deadline", "Status", "Approval", "Signature"]
        words += ["Date", "1 Sep 2026"]
    assert [word for word in words if word not in text] == []


def test_a_problem_without_actions_says_so(lang: str, reader: PdfReader) -> None:
    text = " ".join(page_texts(reader))
    source = "No actions have been planned for this problem yet."
    message = Translator(lang).translate("ActionPlanPdf", source)
    assert message in text
    assert text.count(message) == 1


def test_letters_of_every_language_survive_extraction(reader: PdfReader) -> None:
    text = " ".join(page_texts(reader))
    for letters in ["æøå", "ÆØÅ", "ąęł", "ășț", "Łódź", "Підтримка", "колег"]:
        assert letters in text, letters
    assert UNICODE_KIND in text
    assert squash(UNICODE_HOW) in text
    assert UNICODE_RESPONSIBLE in text


def test_every_page_is_numbered_with_the_page_count(lang: str, reader: PdfReader) -> None:
    texts = page_texts(reader)
    total = len(texts)
    assert total >= 2
    for number, text in enumerate(texts, start=1):
        assert PAGE_TEXT[lang].format(page=number, total=total) in text
        assert WORKPLACE_NAME in text


def test_pages_are_a4_portrait(reader: PdfReader) -> None:
    for page in reader.pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842


def test_only_embedded_dejavu_fonts(reader: PdfReader) -> None:
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for font in fonts.values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert "Helvetica" not in name
            assert "DejaVu" in name
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_metadata_title_author_subject_and_language(plan: ActionPlan, lang: str, reader: PdfReader) -> None:
    meta = reader.metadata
    assert meta is not None
    assert meta.title is not None and WORKPLACE_NAME in meta.title
    assert meta.title.startswith("Handlingsplan" if lang == "da" else "Action plan")
    assert meta.author == WORKPLACE_NAME
    assert meta.subject is not None and plan.round.title in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == PDF_LANG[lang]


def test_format_date() -> None:
    assert format_date(dt.date(2026, 9, 1), "da") == "01-09-2026"
    assert format_date(dt.date(2026, 9, 1), "en") == "1 Sep 2026"
    assert format_date(None, "da") == ""


def test_a_long_plan_runs_over_several_pages() -> None:
    bank = shipped_bank()
    groups = [Group(f"Hold {i}", 5, id=i) for i in range(1, 5)]
    words = "Lang beskrivelse af arbejdsmiljøet med æøå, ąęł, ășț og Підтримка, som skal ombrydes i cellen. "
    problems = []
    for i in range(20):
        actions = [
            Action(
                how=f"Handling {i}.{j}: " + words * 5,
                responsible="Ansvarlig med et meget langt navn " * 3,
                start=dt.date(2027, 1, 1),
                deadline=dt.date(2027, 12, 31),
                status=ActionStatus.IN_PROGRESS,
            )
            for j in range(4)
        ]
        scale_id = bank.scales[i % len(bank.scales)].id
        problem = Problem(1, scale_id, "Art " + words * 3, Seriousness.HIGH, words, words * 4, 1, [1, 2])
        problems.append((problem, actions))
    # One text longer than a page must still be laid out, split across pages.
    problems.append((Problem(1, "community", "Meget lang", causes=words * 120), [Action(how=words * 120)]))
    plan = ActionPlan(
        Workplace("Langt Vaskeri ApS", "87654321"),
        Round("APV 2027", dt.date(2027, 1, 1)),
        groups,
        problems,
        [],
        bank,
        dt.date(2027, 1, 2),
    )
    reader = PdfReader(io.BytesIO(build_action_plan_pdf(plan, "en")))
    texts = page_texts(reader)
    assert len(texts) >= 10
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    assert "Handling 19.3:" in " ".join(texts)


def test_an_empty_plan_without_amo_still_has_an_approval_block() -> None:
    plan = ActionPlan(
        Workplace("Lille Rens ApS", has_amo=False),
        Round("APV 2027", dt.date(2027, 2, 1)),
        [],
        [],
        [],
        shipped_bank(),
        dt.date(2027, 2, 2),
    )
    reader = PdfReader(io.BytesIO(build_action_plan_pdf(plan, "en")))
    text = " ".join(page_texts(reader))
    assert "There are no problems in this action plan." in text
    assert "at least one employee representative" in text
    assert "Employer" in text and "Employee representative" in text
    assert text.count("Signature") == 2
    assert "Page 1 of 1" in text


def test_write_replaces_the_file_in_one_step(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "handlingsplan.pdf"
    target.write_bytes(b"old")
    write_action_plan_pdf(plan, target, "en")
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]

    with pytest.raises(ValueError):
        write_action_plan_pdf(plan, target, "xx")
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_reports_import_no_widgets_and_no_matplotlib() -> None:
    code = (
        "import sys, apvdesk.reports.action_plan; "
        "bad = [m for m in ('PySide6.QtWidgets', 'PySide6.QtGui', 'matplotlib', 'sqlalchemy') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
