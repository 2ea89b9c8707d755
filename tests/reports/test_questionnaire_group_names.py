"""The paper form names the groups in its language, and says so where a name is only Danish."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, QuestionnaireForm, Round
from apvdesk.reports.questionnaire import build_questionnaire_pdf

GROUPS = [Group("Vask og tørring", 5, id=1), Group("Strygning og finish", 4, id=2)]
NAMES = {2: {"ro": "Călcătorie și finisare", "pl": "Prasowanie"}}


def _text(lang: str, names=NAMES) -> str:
    apv_round = Round("APV 2027", dt.date(2027, 3, 1), languages=["da", "ro", "pl"], id=1)
    form = QuestionnaireForm("Vaskeri Nord", apv_round, GROUPS, shipped_bank(), group_names=names)
    reader = PdfReader(io.BytesIO(build_questionnaire_pdf(form, lang)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_romanian_form_has_the_romanian_name_and_marks_the_danish_one():
    text = _text("ro")
    assert "Călcătorie și finisare" in text
    assert "Strygning og finish" not in text
    assert "Vask og tørring (numele este doar în daneză)" in text
    assert text.count("(numele este doar în daneză)") == 1


def test_danish_form_has_the_own_names_and_no_note():
    text = _text("da")
    assert "Vask og tørring" in text and "Strygning og finish" in text
    assert "Călcătorie" not in text and "(navnet findes kun på dansk)" not in text


def test_the_promise_comes_before_the_groups_on_paper():
    text = _text("pl")
    assert text.index("Nikt nie zobaczy twoich odpowiedzi") < text.index("Gdzie pracujesz?")
    assert "Prasowanie" in text and "(nazwa jest tylko po duńsku)" in text
