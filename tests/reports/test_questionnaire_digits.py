"""Each box on the paper form has beside it the digit the entry grid takes for it (read back with pypdf)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from apvdesk.app.resources import shipped_bank
from apvdesk.core.entry import EntrySheet, entry_columns
from apvdesk.core.model import Group, QuestionnaireForm, Round
from apvdesk.reports.questionnaire import build_questionnaire_pdf

GROUPS = ["Vask", "Strygning og finish", "Kørsel", "Butik", "Kontor"]


@pytest.mark.parametrize("lang", ["da", "en", "pl"])
def test_every_box_has_the_digit_the_grid_takes(lang: str) -> None:
    bank = shipped_bank()
    groups = [Group(name, 5, id=i) for i, name in enumerate(GROUPS, 1)]
    form = QuestionnaireForm(
        "Vaskeriet", Round("APV 2026", dt.date(2026, 9, 1), languages=[lang]), groups, bank
    )
    reader = PdfReader(io.BytesIO(build_questionnaire_pdf(form, lang)))
    pages = [page.extract_text() for page in reader.pages]

    # The group boxes: "1" beside the first group, … as the grid's group column takes them.
    first = pages[0]
    for number, name in enumerate(GROUPS, 1):
        assert re.search(rf"(^|\n){number}\s*\n\s*{re.escape(name)}", first), name

    # Each question's row: its number, its text, then one digit per box in printed order.
    text = "\n".join(pages)
    columns = entry_columns(bank)
    sheet = EntrySheet(bank, groups)
    for column in columns:
        start = text.index(f"{column.number}.\n")
        end = text.index(f"{column.number + 1}.\n", start) if column.number < len(columns) else len(text)
        row = text[start:end]
        digits = re.findall(r"^\s*(\d+)\s*$", row, flags=re.MULTILINE)
        # "Ved ikke" is 0 and "does not apply to me" is stored like it, so it is 0 too
        expected = [str(n) for n in range(1, column.option_count + 1)] + ["0"] * (
            2 if column.item.not_applicable else 1
        )
        assert digits[: len(expected)] == expected, (lang, column.number)
        # and the grid reads each of them as that box: option n, or "don't know"
        for digit in expected:
            result, refusal = sheet.read(column.number, digit)
            assert refusal is None and result.value == int(digit)
