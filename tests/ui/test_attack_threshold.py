"""Attack: lower the anonymity threshold after people answered, and read the withheld group.

Before the fix the Preparation page let the owner lower the threshold from 5 to 3 after
answers existed, with no warning, and the drivers' withheld results appeared. Now the
threshold respondents were told (by the kiosk, the paper form, or by answering) is its
floor: the page will not go below it, and neither will the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from apvdesk.app.resources import default_round_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore

DAY = dt.date(2026, 9, 1)


def _laundry(tmp_path: Path) -> Path:
    """Washing with 8 answers, the drivers with 3: below the threshold of 5."""
    path = tmp_path / "vaskeri.apvdesk"
    bank = default_round_bank()
    store = WorkplaceStore.create(
        path,
        Workplace(name="Vaskeriet", headcount=20),
        [Group("Vask", 10), Group("Chauffører", 3), Group("Butik", 7)],
        Round("APV", DAY, anonymity_threshold=5),
        bank,
    )
    round_id = store.latest_round().id
    washing, drivers, shop = (g.id for g in store.groups())
    sheets = [Response(washing, "da", DAY, {item.id: i % 5 for item in bank.items}) for i in range(8)]
    sheets += [Response(shop, "da", DAY, {item.id: 1 for item in bank.items}) for _ in range(7)]
    sheets += [Response(drivers, "pl", DAY, {item.id: 4 for item in bank.items}) for _ in range(3)]
    store.add_responses(round_id, sheets)
    store.end_collection(round_id)
    store.close()
    return path


def test_the_preparation_page_cannot_lower_the_threshold_after_answers(qtbot, main_window, tmp_path):
    path = _laundry(tmp_path)
    assert main_window.open_file(path)
    view = main_window.workplace_view
    view.show_page("preparation")
    box = view.page("preparation").round_box
    store = main_window.store
    round_id = store.latest_round().id
    drivers = store.groups()[1].id
    assert not store.results(round_id).get("support_colleagues", drivers).shown

    box.threshold_spin.setFocus()
    box.threshold_spin.selectAll()
    qtbot.keyClicks(box.threshold_spin, "3")
    box.threshold_spin.setValue(3)  # and straight at the widget, as a script would
    box.threshold_spin.stepDown()

    assert box.threshold_spin.value() == 5 and box.threshold_spin.minimum() == 5
    assert store.round(round_id).anonymity_threshold == 5
    assert not store.results(round_id).get("support_colleagues", drivers).shown
    assert "5" in box.threshold_note.text()

    box.threshold_spin.setValue(8)  # raising is fine, and it withholds the shop's 7 at once
    assert store.round(round_id).anonymity_threshold == 8
    shop = store.groups()[2].id
    assert not store.results(round_id).get("support_colleagues", shop).shown
    assert box.threshold_spin.minimum() == 8  # and it cannot go back down
    box.threshold_spin.setValue(5)
    assert store.round(round_id).anonymity_threshold == 8
