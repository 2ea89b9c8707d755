"""``apvdesk results --json`` on a round of bank 3.0: the risks are there, and a lone "yes" stays hidden."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from apvdesk.app.resources import shipped_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore
from tests.cli.test_cli_results import entry, results_json

DAY = dt.date(2026, 9, 1)
NEW_SCALES = {"violence_threats", "offensive_acts", "lone_work", "demands_conflicting"}


def _sheet(bank, group_id: int, **answers: int | None) -> Response:
    """Everything "Often"/"Mostly", every exposure item "No", lone-work items "does not apply"."""
    sheet: dict[str, int | None] = {}
    for item in bank.items:
        if item.option_set_id == "exposure":
            sheet[item.id] = 4
        elif item.not_applicable:
            sheet[item.id] = None
        else:
            sheet[item.id] = 1
    sheet.update(answers)
    return Response(group_id, "da", None, sheet)


@pytest.fixture(scope="module")
def workplace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Vask 6 and Butik 5 answer "No" to every exposure item; of the 3 drivers, one was hit once."""
    bank = shipped_bank()
    path = tmp_path_factory.mktemp("risks") / "firma.apvdesk"
    groups = [Group("Vask", 7), Group("Butik", 6), Group("Chauffører", 4)]
    store = WorkplaceStore.create(path, Workplace("Firma"), groups, Round("APV 2026", DAY), bank)
    try:
        vask, butik, drivers = (g.id for g in store.groups())
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        sheets = [_sheet(bank, vask) for _ in range(6)] + [_sheet(bank, butik) for _ in range(5)]
        sheets += [
            _sheet(bank, drivers, vt_physical=3, lw_reach=2),
            _sheet(bank, drivers),
            _sheet(bank, drivers),
        ]
        store.add_responses(apv_round.id, sheets)
        store.end_collection(apv_round.id)
    finally:
        store.close()
    return path


def test_results_json_has_the_new_scales(tmp_path: Path, workplace: Path):
    document = results_json(tmp_path, workplace)
    scales = {scale["id"]: scale for scale in document["scales"]}
    assert NEW_SCALES <= set(scales)
    assert scales["violence_threats"]["theme"] == "violence_harassment"
    assert scales["violence_threats"]["high_is_good"] is False
    assert scales["lone_work"]["high_is_good"] is True
    assert {e["scale"] for e in document["results"]} >= NEW_SCALES
    # "Often" (75) on every item of the new demand scale: shown for the workplace of 14
    conflicting = entry(document, "demands_conflicting", None)
    assert (conflicting["n"], conflicting["mean"]) == (14, 75.0)


def test_a_single_yes_among_the_drivers_is_withheld_but_counts_in_the_workplace(
    tmp_path: Path, workplace: Path
):
    document = results_json(tmp_path, workplace)
    ids = {group["name"]: group["id"] for group in document["groups"]}
    drivers = entry(document, "violence_threats", ids["Chauffører"])
    assert drivers["withheld"] is True
    assert all(drivers[key] is None for key in ("n", "mean", "sd", "share_unfavourable", "light"))
    # the smallest other group (Butik, 5) protects them: total minus Vask is 8 people
    assert entry(document, "violence_threats", ids["Butik"])["withheld"] is True
    vask = entry(document, "violence_threats", ids["Vask"])
    assert (vask["n"], vask["mean"], vask["light"]) == (6, 0.0, "green")
    # the workplace: one score of 25 / 3 among 14; green by the mean, yellow by the rule
    total = entry(document, "violence_threats", None)
    assert total["n"] == 14
    assert total["mean"] == pytest.approx(25 / 3 / 14)
    assert total["light"] == "yellow"
    assert total["share_unfavourable"] == pytest.approx(100 / 14)


def test_does_not_apply_is_not_scored_as_worst(tmp_path: Path, workplace: Path):
    document = results_json(tmp_path, workplace)
    # only the driver who answered two lone-work items has a score (the others: 1 of 4)
    lone = entry(document, "lone_work", None)
    assert lone["withheld"] is True and lone["n"] is None
    # support_fit: 3 of its 4 items may not apply; one answered item of 4 gives no score
    # at all rather than the worst one, so no one is counted as "Never"
    fit = entry(document, "support_fit", None)
    assert fit["withheld"] is True
