"""The break-room poster: what it picks from the plan, one page always, its languages and fonts."""

from __future__ import annotations

import datetime as dt
import io
import re
import tomllib
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from apvdesk.app.resources import shipped_bank
from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import (
    Action,
    ActionPlan,
    ActionStatus,
    Approval,
    ApproverRole,
    Effect,
    Problem,
    Round,
    Seriousness,
    Workplace,
)
from apvdesk.core.poster import (
    MAX_ACTIONS,
    POSTER_LANGUAGES,
    REQUIRED_POSTER_TEXT_KEYS,
    ContactRole,
    PosterTextsError,
    parse_poster_texts,
    poster_content,
)
from apvdesk.platform.atomic_file import write_atomically
from apvdesk.platform.paths import resource
from apvdesk.reports.poster import build_poster_pdf, shipped_poster_texts

PRINTED_ON = dt.date(2026, 10, 20)
LONG_HOW = (
    "Vi holder et fast ugentligt møde for alle hold, hvor vi taler om arbejdsmængden, fordeler "
    "opgaverne på ny og aftaler, hvem der hjælper hvem, når det brænder på – også i weekenden og på "
    "de dage, hvor hotellerne sender ekstra meget vasketøj."
)
LONG_KIND = (
    "Mange oplever, at de står alene med travlheden, især om morgenen, når de store leverancer kommer "
    "fra hotellerne, og at der hverken er tid til at spørge en kollega eller lederen om hjælp."
)
POLISH_LETTERS = "ąęłóśźż"


def squash(text: str) -> str:
    """Join wrapped lines and non-breaking spaces into single spaces."""
    return " ".join(text.split())


def make_plan(
    problems: list[tuple[Problem, list[Action]]],
    workplace: Workplace | None = None,
    approvals: list[Approval] | None = None,
    plan_revision: int = 0,
) -> ActionPlan:
    return ActionPlan(
        workplace
        or Workplace("Vaskeri Solsiden ApS", manager="Karin Holm", safety_representatives=["Jens Berg"]),
        Round("APV 2026", dt.date(2026, 9, 1), id=1),
        [],
        problems,
        approvals or [],
        shipped_bank(),
        PRINTED_ON,
        plan_revision=plan_revision,
    )


def problem(kind: str, priority: int = 2, seriousness: Seriousness = Seriousness.MEDIUM, **kw) -> Problem:
    return Problem(1, kw.pop("scale_id", "community"), kind, seriousness, priority=priority, **kw)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return shipped_bank()


# --- what the poster picks ------------------------------------------------------------


@pytest.fixture
def mixed_plan() -> ActionPlan:
    actions = [
        Action("done first", status=ActionStatus.DONE),
        Action("cancelled", status=ActionStatus.CANCELLED),
        Action("planned one", "Karin Holm", deadline=dt.date(2026, 12, 1)),
        Action("in progress", status=ActionStatus.IN_PROGRESS),
        Action("planned two"),
    ]
    return make_plan(
        [
            (problem("B medium"), [Action("only action")]),
            (problem("A low", 1, Seriousness.LOW), []),
            (problem("A high", 1, Seriousness.HIGH, scale_id="support_colleagues"), actions),
            (problem("solved at once", 1, Seriousness.HIGH, solved_at_once=True), []),
            (problem("C high", 3, Seriousness.HIGH), []),
            (problem("B high", 2, Seriousness.HIGH), []),
            (problem("B medium two"), []),
        ]
    )


def test_problems_are_ordered_by_priority_then_seriousness_then_plan_order(mixed_plan: ActionPlan) -> None:
    content = poster_content(mixed_plan)
    assert [p.kind for p in content.problems] == [
        "A high",
        "A low",
        "B high",
        "B medium",
        "B medium two",
        "C high",
    ]
    assert content.more_problems == 0


def test_problems_solved_at_once_are_left_out(mixed_plan: ActionPlan) -> None:
    kinds = [p.kind for p in poster_content(mixed_plan).problems]
    assert "solved at once" not in kinds
    assert "C high" in kinds  # sixth in order: every problem that needs actions is shown


def test_max_problems(mixed_plan: ActionPlan) -> None:
    content = poster_content(mixed_plan, max_problems=2)
    assert [p.kind for p in content.problems] == ["A high", "A low"]
    assert content.more_problems == 4  # six need actions; the four left off are counted
    for wrong in (0, -1):
        with pytest.raises(ValueError, match="at least 1"):
            poster_content(mixed_plan, max_problems=wrong)


def test_fewer_than_three_problems_show_what_there_is() -> None:
    plan = make_plan([(problem("only one"), []), (problem("fixed", solved_at_once=True), [])])
    assert [p.kind for p in poster_content(plan).problems] == ["only one"]
    assert poster_content(make_plan([])).problems == ()


def test_actions_open_first_cancelled_hidden_at_most_three(mixed_plan: ActionPlan) -> None:
    first = poster_content(mixed_plan).problems[0]
    assert [a.how for a in first.actions] == ["planned one", "in progress", "planned two"]
    assert len(first.actions) == MAX_ACTIONS
    assert first.more_actions == 1  # "done first"; the cancelled one is not counted
    assert first.actions[0].responsible == "Karin Holm"
    assert first.actions[0].deadline == dt.date(2026, 12, 1)
    assert first.actions[1].status == ActionStatus.IN_PROGRESS


def test_done_actions_are_shown_when_there_is_room() -> None:
    actions = [Action("done", status=ActionStatus.DONE), Action("cancelled", status=ActionStatus.CANCELLED)]
    content = poster_content(make_plan([(problem("p"), [*actions, Action("planned")])]))
    assert [a.how for a in content.problems[0].actions] == ["planned", "done"]
    assert content.problems[0].more_actions == 0


def test_names_come_from_the_bank(mixed_plan: ActionPlan, bank: QuestionBank) -> None:
    first = poster_content(mixed_plan).problems[0]
    assert first.scale_id == "support_colleagues"
    assert dict(first.scale_name) == dict(bank.scale("support_colleagues").name)
    assert dict(first.theme_name) == dict(bank.theme_of("support_colleagues").name)
    unknown = poster_content(make_plan([(problem("p", scale_id="no_such_scale"), [])])).problems[0]
    assert unknown.scale_name == {} and unknown.scale_id == "no_such_scale"


def test_contacts_are_the_manager_then_the_safety_representatives() -> None:
    workplace = Workplace("W", manager=" Karin Holm ", safety_representatives=["Jens Berg", " ", "Ioana Pop"])
    content = poster_content(make_plan([], workplace))
    assert content.contacts == (
        ("Karin Holm", ContactRole.MANAGER),
        ("Jens Berg", ContactRole.SAFETY_REPRESENTATIVE),
        ("Ioana Pop", ContactRole.SAFETY_REPRESENTATIVE),
    )
    assert poster_content(make_plan([], Workplace("W"))).contacts == ()


def test_approval_counts_only_for_the_current_revision() -> None:
    approvals = [
        Approval(1, "Karin Holm", ApproverRole.EMPLOYER, dt.date(2026, 10, 1), plan_revision=3),
        Approval(1, "Jens Berg", ApproverRole.EMPLOYEE_REPRESENTATIVE, dt.date(2026, 10, 2), plan_revision=3),
    ]
    approved = poster_content(make_plan([], approvals=approvals, plan_revision=3))
    assert approved.approved and approved.approved_by == ("Karin Holm", "Jens Berg")
    changed = poster_content(make_plan([], approvals=approvals, plan_revision=4))
    assert not changed.approved and changed.approved_by == ()


def test_next_review_is_the_earliest_follow_up_still_to_come() -> None:
    actions = [
        Action("past", follow_up_date=dt.date(2026, 10, 1)),
        Action("checked", follow_up_date=dt.date(2026, 11, 1), effect=Effect.WORKED),
        Action("cancelled", status=ActionStatus.CANCELLED, follow_up_date=dt.date(2026, 11, 2)),
        Action("later", follow_up_date=dt.date(2027, 2, 1)),
        Action("next", status=ActionStatus.DONE, follow_up_date=dt.date(2027, 1, 15)),
    ]
    content = poster_content(make_plan([(problem("p"), actions)]))
    assert content.next_review == dt.date(2027, 1, 15)
    assert poster_content(make_plan([(problem("p"), actions)]), today=dt.date(2027, 1, 16)).next_review == (
        dt.date(2027, 2, 1)
    )
    assert poster_content(make_plan([])).next_review is None


def test_poster_content_takes_the_round_and_workplace(mixed_plan: ActionPlan) -> None:
    content = poster_content(mixed_plan)
    assert content.workplace_name == "Vaskeri Solsiden ApS"
    assert content.round_title == "APV 2026"
    assert content.round_start == dt.date(2026, 9, 1)
    assert content.printed_on == PRINTED_ON
    assert poster_content(mixed_plan, today=dt.date(2027, 1, 1)).printed_on == dt.date(2027, 1, 1)


# --- the PDF ---------------------------------------------------------------------------

CONTACTS = ["Karin Holm", "Jens Berg", "Ioana Pop"]
SCALES = ["support_colleagues", "support_manager", "demands_quantitative", "predictability", "recognition"]


def long_plan(actions_each: int = 4) -> ActionPlan:
    """Five problems with long texts and long actions (user texts with no Polish letters)."""
    statuses = [ActionStatus.IN_PROGRESS, ActionStatus.PLANNED, ActionStatus.DONE, ActionStatus.PLANNED]
    problems = []
    for i, scale_id in enumerate(SCALES):
        actions = [
            Action(
                f"Tiltag {i}.{j}: {LONG_HOW}",
                responsible=f"Anne-Mette Kristiansen og Hold {j}",
                deadline=dt.date(2027, 3, 1 + j),
                status=statuses[j % len(statuses)],
            )
            for j in range(actions_each)
        ]
        problems.append(
            (problem(f"Problem {i}: {LONG_KIND}", 1, Seriousness.HIGH, scale_id=scale_id), actions)
        )
    workplace = Workplace("Vaskeri Solsiden ApS", manager=CONTACTS[0], safety_representatives=CONTACTS[1:])
    approvals = [Approval(1, "Karin Holm", ApproverRole.AMO, dt.date(2026, 10, 1))]
    return make_plan(problems, workplace, approvals)


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_of(reader: PdfReader) -> str:
    return squash(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module", params=[("da", None), ("da", "pl"), ("da", "uk"), ("en", "ro")])
def languages(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    return request.param


@pytest.fixture(scope="module")
def long_poster(languages: tuple[str, str | None]) -> PdfReader:
    lang, second = languages
    plan = long_plan()
    return read(build_poster_pdf(poster_content(plan), shipped_poster_texts(), lang, second, plan.bank))


def test_a_full_poster_is_exactly_one_a4_page(long_poster: PdfReader) -> None:
    assert len(long_poster.pages) == 1
    page = long_poster.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_the_poster_shows_problems_actions_and_contacts(
    long_poster: PdfReader, languages: tuple[str, str | None], bank: QuestionBank
) -> None:
    lang, second = languages
    text = text_of(long_poster)
    content = poster_content(long_plan())
    for shown in content.problems:
        assert squash(shown.kind) in text
        assert bank.scale(shown.scale_id).name[lang] in text
        if second:
            assert bank.scale(shown.scale_id).name[second] in text
        for action in shown.actions:
            assert squash(action.how) in text
            assert action.responsible in text
    assert "Tiltag 0.2:" not in text  # the done action is left off for the open ones
    for name in CONTACTS:
        assert name in text


def test_fixed_labels_appear_in_both_languages(
    long_poster: PdfReader, languages: tuple[str, str | None]
) -> None:
    lang, second = languages
    texts = shipped_poster_texts()
    text = text_of(long_poster)
    keys = ["what_we_found", "what_we_do", "responsible", "deadline", "status_planned", "status_in_progress"]
    keys += ["role_manager", "role_safety_representative", "approved_by"]
    for used in filter(None, (lang, second)):
        missing = [key for key in keys if squash(texts.text(key, used)) not in text]
        assert missing == [], used
    if lang == "da":
        for label in ["Det fandt vi", "Det gør vi", "Hvem kan du tale med?", "Ansvarlig", "Frist", "I gang"]:
            assert label in text
        assert "Planlagt / " in text if second else "Planlagt" in text


def test_a_danish_and_polish_poster_keeps_the_polish_letters() -> None:
    plan = long_plan(actions_each=2)
    text = text_of(read(build_poster_pdf(poster_content(plan), shipped_poster_texts(), "da", "pl")))
    for label in ["Co znaleźliśmy", "Co robimy", "Do kogo możesz się zwrócić?", "Odpowiada", "Termin"]:
        assert label in text
    assert "W razie wątpliwości zapytaj nas." in text
    assert "Przyjdź do nas z pytaniami i pomysłami" in text
    # The plan's own texts hold no Polish letters: these come from the poster's labels.
    user_text = " ".join(a.how + a.responsible for _, actions in plan.problems for a in actions)
    assert not set(POLISH_LETTERS) & set(user_text)
    for letter in POLISH_LETTERS:
        assert letter in text, letter


def test_romanian_and_ukrainian_letters_survive() -> None:
    content = poster_content(long_plan(actions_each=1))
    romanian = text_of(read(build_poster_pdf(content, shipped_poster_texts(), "en", "ro")))
    assert "Ce am constatat" in romanian and "Cu cine puteți vorbi?" in romanian
    assert "ș" in romanian and "ț" in romanian  # comma below
    ukrainian = text_of(read(build_poster_pdf(content, shipped_poster_texts(), "da", "uk")))
    assert "До кого можна звернутися?" in ukrainian
    for letter in "ієї":
        assert letter in ukrainian, letter


def test_metadata_title_author_and_language(
    long_poster: PdfReader, languages: tuple[str, str | None]
) -> None:
    lang, _ = languages
    meta = long_poster.metadata
    assert meta is not None
    assert meta.title == ("APV-opslag" if lang == "da" else "APV poster") + " – Vaskeri Solsiden ApS"
    assert meta.author == "Vaskeri Solsiden ApS"
    assert meta.subject == "APV 2026"
    assert long_poster.root_object["/Lang"] == {"da": "da-DK", "en": "en-GB"}[lang]


def test_only_embedded_dejavu_fonts(long_poster: PdfReader) -> None:
    seen = set()
    resources = cast(DictionaryObject, long_poster.pages[0]["/Resources"])
    for font in cast(DictionaryObject, resources["/Font"]).values():
        font = font.get_object()
        name = str(font["/BaseFont"])
        seen.add(name.split("+")[-1])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_even_an_absurdly_long_poster_stays_on_one_page() -> None:
    plan = long_plan()
    first, actions = plan.problems[0]
    first.kind = LONG_KIND * 25
    actions[0].how = LONG_HOW * 25
    data = build_poster_pdf(poster_content(plan), shipped_poster_texts(), "da", "uk")
    assert len(read(data).pages) == 1
    assert "Tiltag 0.1:" in text_of(read(data))
    assert squash(LONG_KIND * 2) in text_of(read(data))


def test_a_short_poster_and_an_empty_one(bank: QuestionBank) -> None:
    plan = make_plan([(problem("Ingen fast afløser i weekenden.", scale_id="support_fit"), [])])
    text = text_of(read(build_poster_pdf(poster_content(plan), shipped_poster_texts(), "en")))
    assert bank.scale("support_fit").name["en"] in text
    assert "The actions are being planned." in text
    assert "The action plan is not approved yet." in text
    empty = read(build_poster_pdf(poster_content(make_plan([])), shipped_poster_texts(), "da", "pl"))
    assert len(empty.pages) == 1
    text = text_of(empty)
    assert "Vi fandt ingen problemer, der kræver en handlingsplan." in text
    assert "Nie znaleźliśmy problemów" in text


@pytest.mark.parametrize(
    ("lang", "second", "message"),
    [
        ("da", "de", "second language must be one of en, pl, ro, uk"),
        ("da", "da", "second language must be one of"),
        ("en", "en", "must differ"),
        ("pl", None, "language must be one of da, en"),
        ("xx", "pl", "language must be one of da, en"),
    ],
)
def test_unknown_languages_are_refused(lang: str, second: str | None, message: str, tmp_path: Path) -> None:
    content = poster_content(make_plan([]))
    with pytest.raises(ValueError, match=message):
        build_poster_pdf(content, shipped_poster_texts(), lang, second)
    target = tmp_path / "poster.pdf"
    with pytest.raises(ValueError):
        write_atomically(build_poster_pdf(content, shipped_poster_texts(), lang, second), target)
    assert not target.exists()


def test_a_plans_poster_saves(tmp_path: Path) -> None:
    target = tmp_path / "opslag.pdf"
    target.write_bytes(b"old")
    plan = long_plan()
    content = poster_content(plan, today=dt.date(2027, 1, 5))
    write_atomically(build_poster_pdf(content, shipped_poster_texts(), "da", "pl", plan.bank), target)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert "Udskrevet 05-01-2027" in text_of(reader)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


# --- the texts file --------------------------------------------------------------------


@pytest.fixture(scope="module")
def raw_texts() -> dict:
    return tomllib.loads(resource("poster", "texts.toml").read_text(encoding="utf-8"))


def test_every_text_is_there_in_all_five_languages(raw_texts: dict) -> None:
    texts = shipped_poster_texts()
    assert texts.languages == POSTER_LANGUAGES == ("da", "en", "pl", "ro", "uk")
    assert set(raw_texts["texts"]) == set(REQUIRED_POSTER_TEXT_KEYS)
    for key, values in raw_texts["texts"].items():
        assert set(values) == set(POSTER_LANGUAGES), key
        assert all(isinstance(v, str) and v.strip() for v in values.values()), key
    assert texts.language_names["uk"] == "Українська"


def test_translations_are_real_and_correctly_spelt(raw_texts: dict) -> None:
    texts = raw_texts["texts"]
    assert any(set(POLISH_LETTERS) & set(v["pl"]) for v in texts.values())
    romanian = "".join(v["ro"] for v in texts.values())
    assert "ș" in romanian and "ț" in romanian
    assert "ş" not in romanian and "ţ" not in romanian  # cedilla forms are wrong in Romanian
    for key, values in texts.items():
        assert re.search(r"[\u0400-\u04ff]", values["uk"]), key
        assert "'" not in values["uk"], key  # the apostrophe in Ukrainian is ’
        if key not in ("role_manager",):
            assert len({values["en"], values["pl"], values["ro"]}) == 3, key


def test_parse_poster_texts_names_what_is_wrong(raw_texts: dict) -> None:
    broken = {**raw_texts, "texts": {**raw_texts["texts"], "title": {"da": "Titel", "en": "Title"}}}
    with pytest.raises(PosterTextsError, match=r"texts\.title\.pl: text is missing"):
        parse_poster_texts(broken, "texts.toml")
    missing = {**raw_texts, "texts": {k: v for k, v in raw_texts["texts"].items() if k != "footer"}}
    with pytest.raises(PosterTextsError, match=r"texts\.footer: is missing"):
        parse_poster_texts(missing, "texts.toml")
    placeholder = dict(raw_texts["texts"]["printed"], ro="Tipărit")
    lost = {**raw_texts, "texts": {**raw_texts["texts"], "printed": placeholder}}
    with pytest.raises(PosterTextsError, match=r"texts\.printed\.ro: must hold the placeholders"):
        parse_poster_texts(lost, "texts.toml")
    with pytest.raises(PosterTextsError, match="poster.languages"):
        parse_poster_texts({**raw_texts, "poster": {"languages": ["da", "en"]}}, "texts.toml")
