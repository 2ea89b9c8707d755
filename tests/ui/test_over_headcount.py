"""More answers than people: a group past its headcount is flagged where answers are collected and shown.

Before the fix the kiosk took a 14th answer in a group of 13 without a word: someone
answered twice, or the headcount was wrong, and nobody knew the figures might hold a
double answer. Now the Mapping page, the Assessment page and ``apvdesk results`` say so,
and the owner decides: correct the headcount, or keep it in mind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from apvdesk.app.resources import default_round_bank
from apvdesk.cli import main
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)


def _ironing_of_thirteen(tmp_path: Path) -> Path:
    path = tmp_path / "vaskeri.apvdesk"
    bank = default_round_bank()
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeriet", headcount=23),
        [Group("Strygning", 13), Group("Vask", 10)],
        Round("APV", DAY),
        bank,
    )
    round_id = store.latest_round().id
    ironing, washing = (g.id for g in store.groups())
    for person in range(14):  # one at a time, as the kiosk stores them
        store.add_responses(
            round_id, [Response(ironing, "da", answers={i.id: person % 5 for i in bank.items})]
        )
    store.add_responses(round_id, [Response(washing, "da", answers={i.id: 1 for i in bank.items})] * 6)
    store.close()
    return path


def test_a_group_past_its_headcount_is_flagged_and_the_owner_decides(qtbot, main_window, tmp_path, capsys):
    path = _ironing_of_thirteen(tmp_path)
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("mapping")
    mapping = view.page("mapping")
    note = mapping.collection.headcount_note
    assert note.isVisibleTo(mapping)
    assert "Strygning (14" in note.text() and "13" in note.text()
    assert "Vask" not in note.text()
    assert mapping.collection.headcount_button.isVisibleTo(mapping)
    remarks = [mapping.overview_model.remark(row) for row in mapping.overview_model._rows]
    assert remarks[0] and not remarks[1]  # the ironing row says it, the washing row does not

    end = mapping.collection.end_button
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)  # end the collection (answered Yes)
    view.show_page("assessment")
    assessment = view.page("assessment")
    qtbot.waitUntil(lambda: assessment.model is not None, timeout=5000)
    assert assessment.notice.isVisibleTo(assessment) and "Strygning" in assessment.notice.text()

    assert main(["results", str(path), "--json"]) == 0
    groups = {g["name"]: g for g in json.loads(capsys.readouterr().out)["groups"]}
    assert groups["Strygning"]["over_headcount"] is True and groups["Vask"]["over_headcount"] is False

    # The owner finds the headcount was wrong (a new employee): corrected, the flag goes.
    store = main_window.store
    ironing = store.groups()[0]
    store.update_group(dataclasses.replace(ironing, headcount=14))
    view.show_page("mapping")
    mapping.refresh()
    assert not mapping.collection.headcount_note.isVisibleTo(mapping)
    view.show_page("assessment")
    assessment.refresh()
    qtbot.waitUntil(lambda: not assessment.status.text().startswith("Beregner"), timeout=5000)
    assert "Strygning" not in assessment.notice.text()
