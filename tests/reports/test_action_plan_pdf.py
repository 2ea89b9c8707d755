"""The PDF action plan: content, Unicode text, page numbers, fonts, metadata, long plans."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.absence import AbsenceAssessment, Contributes
from apvdesk.core.approval import plan_approval_state, roles_still_needed
from apvdesk.core.deadlines import is_overdue
from apvdesk.core.demo import make_demo
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Group,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.core.plan_order import follow_up_entries, ordered_problems
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.reports.action_plan import build_action_plan_pdf
from apvdesk.store.workplace_store import WorkplaceStore
from apvdesk.wording.formatting import format_date
from apvdesk.wording.i18n import Translator
from apvdesk.wording.labels import label

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
        format_date(plan.round.start_date, lang, printed=True),
        format_date(plan.printed_on, lang, printed=True),
    ]
    assert len(plan.problems) == 9  # the demo's seven (one at the nursing home) and two added above
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
                format_date(action.start, lang, printed=True),
                format_date(action.deadline, lang, printed=True),
                label(action.status, translate),
            ]
    for approval in plan.approvals:
        expected += [
            approval.name,
            label(approval.role, translate),
            format_date(approval.approved_on, lang, printed=True),
        ]
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
        resources: Any = page["/Resources"]
        fonts = resources["/Font"]
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
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == PDF_LANG[lang]


def test_format_date() -> None:
    assert format_date(dt.date(2026, 9, 1), "da", printed=True) == "01-09-2026"
    assert format_date(dt.date(2026, 9, 1), "en", printed=True) == "1 Sep 2026"
    assert format_date(None, "da", printed=True) == ""


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
    assert "Page 1 of 2" in text  # with the scope and who took part


def test_write_replaces_the_file_in_one_step(plan: ActionPlan, tmp_path: Path) -> None:
    target = tmp_path / "handlingsplan.pdf"
    target.write_bytes(b"old")
    write_atomically(build_action_plan_pdf(plan, "en"), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]

    with pytest.raises(ValueError):
        write_atomically(build_action_plan_pdf(plan, "xx"), target)
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


# --- the complete plan: what BEK 1838/2023 asks of a written plan ----------------------------

PRINTED = dt.date(2027, 3, 1)
CHANGED_ON = dt.date(2027, 2, 18)  # revision 2 began then; its approvals came after


def complete_plan(
    has_amo: bool = False,
    approvals: list[Approval] | None = None,
    absence: AbsenceAssessment | None = None,
) -> ActionPlan:
    """Return a hand-made plan: five problems out of order, every kind of action, two approvals.

    The plan is at revision 2; the default approvals (employer and employee representative
    at revision 2, an older one at revision 1) approve it as it is now.
    """
    contact = Action(
        how="Fast kontaktperson, som chaufførerne kan ringe til",
        responsible="Karin Holm",
        start=dt.date(2026, 10, 1),
        deadline=dt.date(2026, 11, 1),  # past, but done: not overdue
        status=ActionStatus.DONE,
        follow_up_date=dt.date(2027, 1, 15),
        follow_up_method="Spørg chaufførerne på mandagsmødet",
        effect=Effect.WORKED,
        effect_note="Chaufførerne ringer nu dagligt.",
        effect_date=dt.date(2027, 1, 20),
    )
    talks = Action(
        how="Trivselssamtale med hver medarbejder",
        responsible="Lederen",
        start=dt.date(2026, 11, 1),
        deadline=dt.date(2027, 2, 1),  # overdue
        status=ActionStatus.IN_PROGRESS,
        follow_up_date=dt.date(2027, 4, 1),
        follow_up_method="Spørgsmål i næste kortlægning",
    )
    presence = Action(
        how="Lederen i vaskehallen hvert skift",
        responsible="Lederen",
        deadline=dt.date(2027, 2, 15),  # overdue, no follow-up date yet
    )
    staffing = Action(
        how="Ekstra afløser i spidsbelastning",
        responsible="Driftschefen",
        deadline=dt.date(2027, 6, 1),
        follow_up_date=dt.date(2026, 12, 1),
        follow_up_method="Tidsregistrering før og efter",
    )
    cancelled = Action(
        how="Ugentlig rosende mail",
        deadline=dt.date(2027, 1, 1),  # past, but cancelled: not overdue
        status=ActionStatus.CANCELLED,
        follow_up_date=dt.date(2027, 2, 2),
    )
    problems = [
        (
            Problem(1, "recognition", "Ros gives sjældent", Seriousness.LOW, "Butikken", "Travlhed", 3),
            [cancelled],
        ),
        (
            Problem(
                1,
                "predictability",
                "Vagtplanen kom for sent",
                Seriousness.HIGH,
                priority=1,
                solved_at_once=True,
            ),
            [],
        ),
        (
            Problem(1, "support_manager", "Ingen ved, hvordan de klarer sig", Seriousness.MEDIUM, priority=1),
            [talks, presence],
        ),
        (
            Problem(
                1,
                "support_colleagues",
                "Chaufførerne kører alene",
                Seriousness.HIGH,
                "Alle 6 chauffører, hver dag",
                "Ruterne er planlagt, så ingen mødes",
                1,
                [2],
            ),
            [contact],
        ),
        (
            Problem(1, "demands_quantitative", "For travlt om morgenen", Seriousness.HIGH, priority=2),
            [staffing],
        ),
    ]
    if approvals is None:
        approvals = [
            Approval(1, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2027, 2, 20), plan_revision=2),
            Approval(
                1, "Ana Popescu", ApproverRole.EMPLOYEE_REPRESENTATIVE, dt.date(2027, 2, 21), plan_revision=2
            ),
            Approval(1, "Tomasz Wiśniewski", ApproverRole.EMPLOYEE_REPRESENTATIVE, dt.date(2026, 12, 2), 1),
        ]
    return ActionPlan(
        Workplace("Vaskeri Solsiden ApS", "12345678", has_amo=has_amo),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [Group("Vaskehal", 12, id=1), Group("Chauffører", 6, id=2)],
        problems,
        approvals,
        shipped_bank(),
        PRINTED,
        plan_revision=2,
        plan_changed_on=CHANGED_ON,
        absence=absence,
    )


ORDER = ["support_colleagues", "support_manager", "demands_quantitative", "recognition", "predictability"]
ASSESSMENT = AbsenceAssessment(
    1, Contributes.PARTLY, "Tempoet i vaskehallen får folk til at springe pauser over."
)


def english_text(plan: ActionPlan) -> list[str]:
    return page_texts(PdfReader(io.BytesIO(build_action_plan_pdf(plan, "en"))))


def test_problems_are_numbered_by_priority_then_seriousness_and_solved_ones_last() -> None:
    plan = complete_plan()
    text = " ".join(english_text(plan))
    positions = []
    for number, scale_id in enumerate(ORDER, start=1):
        heading = f"Problem {number}: {plan.bank.scale(scale_id).name['en']}"
        assert heading in text
        positions.append(text.index(heading))
    assert positions == sorted(positions)
    assert [p.scale_id for p, _ in ordered_problems(plan.problems)] == ORDER


def test_every_element_the_law_asks_for_is_printed() -> None:
    absence = AbsenceAssessment(**{**ASSESSMENT.__dict__, "considered_on": dt.date(2026, 9, 29)})
    plan = complete_plan(absence=absence)
    text = " ".join(english_text(plan))
    english = Translator("en").translate  # whatever language an earlier test left installed
    expected = ["Kind", "Seriousness", "Extent", "Causes", "Priority", "Chauffører"]
    for problem, actions in plan.problems:
        expected += [problem.kind, problem.extent, problem.causes, label(problem.seriousness, english)]
        for action in actions:
            expected += [action.how, action.responsible, format_date(action.deadline, "en", printed=True)]
            if action.status != ActionStatus.CANCELLED:
                expected += [format_date(action.follow_up_date, "en", printed=True), action.follow_up_method]
    expected += ["Follow-up:", "How the effect is checked:"]
    for approval in plan.approvals:
        expected += [
            approval.name,
            label(approval.role, english),
            format_date(approval.approved_on, "en", printed=True),
        ]
    expected += ["Sickness absence", "Partly", absence.why, "29 Sep 2026"]
    expected += ["Follow-up plan", "Next APV due", "1 Sep 2029"]
    assert [item for item in expected if item and squash(item) not in text] == []


def test_a_done_action_shows_its_effect_with_note_and_date() -> None:
    text = " ".join(english_text(complete_plan()))
    assert "Effect: Worked (checked on 20 Jan 2027). Chaufførerne ringer nu dagligt." in text


def test_open_actions_past_their_deadline_are_marked_overdue() -> None:
    plan = complete_plan()
    actions = [action for _problem, actions in plan.problems for action in actions]
    overdue = [action.how for action in actions if is_overdue(action, PRINTED)]
    assert overdue == ["Trivselssamtale med hver medarbejder", "Lederen i vaskehallen hvert skift"]
    assert " ".join(english_text(plan)).count("Overdue") == 2


def test_a_problem_solved_at_once_needs_no_actions() -> None:
    text = " ".join(english_text(complete_plan()))
    assert text.count("Solved at once – no action needed") == 1
    assert "No actions have been planned for this problem yet." not in text
    assert text.index("Solved at once") > text.index("Problem 5: ")


def test_the_follow_up_plan_lists_every_follow_up_by_date() -> None:
    plan = complete_plan()
    text = " ".join(english_text(plan))
    section = text[text.index("Follow-up plan") : text.rindex("Next APV")]
    order = ["1 Dec 2026", "15 Jan 2027", "1 Apr 2027", "No date set yet"]
    assert [section.index(date) for date in order] == sorted(section.index(date) for date in order)
    assert "Ugentlig rosende mail" not in section  # cancelled
    assert "By 1 Sep 2029 at the latest" in text
    entries = follow_up_entries(ordered_problems(plan.problems))
    assert [(e.date, e.problem_number) for e in entries] == [
        (dt.date(2026, 12, 1), 3),
        (dt.date(2027, 1, 15), 1),
        (dt.date(2027, 4, 1), 2),
        (None, 2),
    ]


def test_the_absence_section_says_when_it_is_not_yet_considered() -> None:
    text = " ".join(english_text(complete_plan(absence=None)))
    assert "Sickness absence" in text and "Not yet considered." in text


def test_a_change_after_approval_is_shown_on_every_page() -> None:
    old = [
        Approval(1, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2026, 10, 21), plan_revision=1),
        Approval(
            1, "Ana Popescu", ApproverRole.EMPLOYEE_REPRESENTATIVE, dt.date(2026, 10, 22), plan_revision=1
        ),
    ]
    plan = complete_plan(approvals=old)
    assert plan_approval_state(plan).changed_since_approval
    texts = english_text(plan)
    assert all("Changed since approval" in page for page in texts)
    text = " ".join(texts)
    assert "The plan was changed on 18 Feb 2027, after it was approved. It should be approved again." in text
    assert "Approved an earlier version on 21 Oct 2026" in text
    assert "Approved an earlier version on 22 Oct 2026" in text
    # Both roles are needed again: two empty signature boxes.
    assert text.count("Signature") == 2


@pytest.mark.parametrize("approvals", [None, []], ids=["approved", "never approved"])
def test_no_change_warning_unless_changed_since_approval(approvals: list[Approval] | None) -> None:
    plan = complete_plan(approvals=approvals)
    assert not plan_approval_state(plan).changed_since_approval
    text = " ".join(english_text(plan))
    assert "Changed since approval" not in text
    assert "must be approved again" not in text


def test_an_approved_plan_lists_current_and_earlier_approvals_without_signature_lines() -> None:
    text = " ".join(english_text(complete_plan()))
    assert "The plan as it is now is approved." in text
    assert "Approved on 21 Feb 2027" in text  # the title facts: when the last needed approval came
    assert "Karin Holm Employer 20 Feb 2027" in text
    assert "Ana Popescu Employee representative 21 Feb 2027" in text
    assert "Tomasz Wiśniewski Employee representative Approved an earlier version on 2 Dec 2026" in text
    assert "Signature" not in text
    # approval is good practice from the trade's guidance, never presented as a rule of the order
    assert (
        "good practice recommended by the trade's guidance (BFA); BEK 1838/2023 does not require it" in text
    )
    assert "required by BEK" not in text


def test_signature_lines_for_the_roles_still_needed() -> None:
    employer_only = [Approval(1, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2027, 2, 20), plan_revision=2)]
    without_amo = complete_plan(approvals=employer_only)
    assert roles_still_needed(without_amo.workplace.has_amo, plan_approval_state(without_amo)) == [
        ApproverRole.EMPLOYEE_REPRESENTATIVE
    ]
    text = " ".join(english_text(without_amo))
    assert text.count("Signature") == 1
    assert "The plan has not been approved yet." in text
    assert "Employee representative Name Date Signature" in text

    with_amo = complete_plan(has_amo=True, approvals=employer_only)
    assert roles_still_needed(with_amo.workplace.has_amo, plan_approval_state(with_amo)) == [ApproverRole.AMO]
    text = " ".join(english_text(with_amo))
    assert text.count("Signature") == 1
    assert "Work environment organisation (AMO) Name Date Signature" in text
    assert "approved by the work environment organisation (AMO)" in text

    unapproved = complete_plan(approvals=[])
    assert roles_still_needed(unapproved.workplace.has_amo, plan_approval_state(unapproved)) == [
        ApproverRole.EMPLOYER,
        ApproverRole.EMPLOYEE_REPRESENTATIVE,
    ]
    approved = complete_plan()
    assert roles_still_needed(approved.workplace.has_amo, plan_approval_state(approved)) == []
