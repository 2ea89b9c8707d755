"""The paper form with bank 3.0's keys: the expected time, the sensitive note, "does not apply to me"."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, QuestionnaireForm, Round
from apvdesk.core.questionnaire_length import default_forms
from apvdesk.reports.questionnaire import QuestionnairePdf, TickBox, build_questionnaire_pdf
from tests.core.forms_bank import forms_bank

LANGS = ["da", "en", "pl", "ro", "uk"]


def _form(bank, languages=LANGS) -> QuestionnaireForm:
    apv_round = Round("APV 2026", dt.date(2026, 9, 1), languages=list(languages))
    return QuestionnaireForm(
        "Vaskeriet", apv_round, [Group("Vask", 12, id=1), Group("Kørsel", 6, id=2)], bank
    )


def _pages(form: QuestionnaireForm, lang: str) -> list[str]:
    reader = PdfReader(io.BytesIO(build_questionnaire_pdf(form, lang)))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture(scope="module")
def default_bank():
    bank = forms_bank()
    return bank.with_forms(default_forms(bank))


@pytest.mark.parametrize("lang", LANGS)
def test_time_note_and_not_applicable_are_printed(default_bank, lang):
    pages = _pages(_form(default_bank), lang)
    text = " ".join(pages)
    # the test bank's default: 44 questions, 12 minutes in the slowest language (Danish)
    duration = default_bank.text("expected_time", lang).replace("%1", "12")
    assert duration in pages[0]
    assert pages[0].index(duration) < pages[0].index(default_bank.text("paper_instructions", lang)[:30])
    intro = " ".join(default_bank.text("sensitive_intro", lang).split())
    assert text.count(intro) == 1
    theme = default_bank.themes[1].name[lang]
    first = default_bank.scale("violence_threats").items[0].text[lang]
    assert text.index(theme) < text.index(intro) < text.index(first)
    label = " ".join(default_bank.text("not_applicable", lang).split())
    # one header in each of the three tables with such items: support fit, community, after an episode
    assert text.count(label) == 3
    assert "44. " in text and "45. " not in text


def test_not_applicable_boxes_only_for_the_items_that_offer_it(default_bank):
    layout = QuestionnairePdf(_form(default_bank), "da")
    for scale_id, offered in (
        ("support_fit", [True, False, False, True]),  # sf_timing ... sf_after_episode
        ("community", [False] * 8 + [True]),  # cc_disagree
        ("after_episode", [True, True]),
    ):
        scale = default_bank.scale(scale_id)
        assert [item.not_applicable for item in scale.items] == offered
        rows = layout._items_table(scale, list(scale.items), 1)._cellvalues
        assert [len(row) for row in rows] == [9] * len(rows)  # number, text, 5 options, don't know, n/a
        assert all(isinstance(cell, TickBox) for row in rows[1:] for cell in row[2:8])
        assert [isinstance(row[8], TickBox) for row in rows[1:]] == offered
    influence = default_bank.scale("influence")
    assert [len(row) for row in layout._items_table(influence, list(influence.items), 1)._cellvalues] == [
        8
    ] * 3


def test_a_bank_without_the_new_texts_prints_none_of_their_keys():
    pages = _pages(_form(shipped_bank().with_themes(["social_support"]), ["da"]), "da")
    text = " ".join(pages)
    for key in ("expected_time", "sensitive_intro", "not_applicable"):
        assert key not in text
