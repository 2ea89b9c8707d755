"""``apvdesk results``: the figures of a round as JSON, checked against hand computation."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from apvdesk.core.bank import parse_bank
from apvdesk.core.model import Group, Response, Round, Workplace
from apvdesk.store.workplace_store import WorkplaceStore

ENGLISH = "[General]\nlanguage=en\n"
DAY = dt.date(2026, 9, 1)


def _item(item_id: str, reverse: bool = False) -> dict:
    return {"id": item_id, "options": "freq", "reverse": reverse, "text": {"da": item_id, "en": item_id}}


# Options in printed order score 100, 75, 50, 25, 0; the reverse item "d" scores 0 ... 100.
BANK = parse_bank(
    {
        "bank": {"id": "cli-results", "version": "1", "languages": ["da", "en"]},
        "option_sets": {
            "freq": {
                "points": [100, 75, 50, 25, 0],
                "labels": {"da": ["a", "b", "c", "d", "e"], "en": ["a", "b", "c", "d", "e"]},
                "dont_know": {"da": "Ved ikke", "en": "Don't know"},
            }
        },
        "themes": [
            {
                "id": "t",
                "name": {"da": "Tema", "en": "Theme"},
                "scales": [
                    {
                        "id": "support",
                        "name": {"da": "Støtte", "en": "Support"},
                        "high_is_good": True,
                        "items": [_item("a"), _item("b")],
                    },
                    {
                        "id": "pace",
                        "name": {"da": "Tempo", "en": "Pace"},
                        "high_is_good": False,
                        "items": [_item("c"), _item("d", reverse=True)],
                    },
                ],
            }
        ],
    },
    "cli-results",
)


def run(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.ini").write_text(ENGLISH, encoding="utf-8")
    env = dict(os.environ, APVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def make_file(
    path: Path, sizes: dict[str, int], answers: dict[str, list[dict[str, int | None]]], threshold: int
) -> dict[str, int]:
    """Write a workplace with groups of headcount ``sizes`` and their answers; return group ids."""
    groups = [Group(name, headcount) for name, headcount in sizes.items()]
    first = Round("APV 2026", DAY, anonymity_threshold=threshold)
    store = WorkplaceStore.create(path, Workplace("Firma"), groups, first, BANK)
    try:
        ids = {g.name: g.id for g in store.groups() if g.id is not None}
        latest = store.latest_round()
        assert latest is not None and latest.id is not None
        store.add_responses(
            latest.id,
            [Response(ids[name], "da", DAY, dict(a)) for name, rows in answers.items() for a in rows],
        )
        store.end_collection(latest.id)  # the owner ends the collection: the results are released
    finally:
        store.close()
    return ids


def results_json(tmp_path: Path, path: Path, *extra: object) -> dict[str, Any]:
    result = run(tmp_path, "results", path, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def entry(document: dict[str, Any], scale: str, group: int | None) -> dict[str, Any]:
    (found,) = [e for e in document["results"] if e["scale"] == scale and e["group"] == group]
    return found


# Answers by group: option indexes; None is "don't know", a missing key is blank.
ANSWERS: dict[str, list[dict[str, int | None]]] = {
    "Lager": [
        {"a": 0, "b": 0, "c": 0, "d": 4},
        {"a": 1, "b": 1, "c": 1, "d": 3},
        {"a": 0, "b": 2, "c": 2, "d": 2},
        {"a": 2, "b": 2, "c": 3, "d": 1},
        {"a": 3, "b": 2, "c": 4, "d": 4},
        {"a": 1, "b": None, "c": 2},
    ],
    "Kontor": [
        {"a": 2, "b": 3, "c": 4, "d": 0},
        {"a": 3, "b": 3, "c": 3, "d": 0},
        {"a": 2, "b": 2, "c": 3, "d": 1},
        {"a": 4, "b": 3, "c": 2, "d": 2},
        {"a": 1, "b": 2, "c": 4, "d": None},
        {},
    ],
}


def test_results_json_agrees_with_the_hand_computation(tmp_path: Path):
    path = tmp_path / "w.apvdesk"
    ids = make_file(path, {"Lager": 6, "Kontor": 7}, ANSWERS, threshold=5)
    doc = results_json(tmp_path, path)
    lager, kontor = ids["Lager"], ids["Kontor"]

    assert doc["round"]["title"] == "APV 2026" and doc["threshold"] == 5
    assert doc["released"] is True and doc["waiting"] == 0
    assert doc["groups"] == [
        {
            "id": lager,
            "name": "Lager",
            "headcount": 6,
            "respondents": 6,
            "waiting": 0,
            "over_headcount": False,
        },
        {
            "id": kontor,
            "name": "Kontor",
            "headcount": 7,
            "respondents": 6,
            "waiting": 0,
            "over_headcount": False,
        },
    ]
    assert [s["id"] for s in doc["scales"]] == ["support", "pace"]
    assert doc["scales"][1] == {
        "id": "pace",
        "theme": "t",
        "name": "Tempo",
        "name_en": "Pace",
        "high_is_good": False,
    }
    points = {i["id"]: i["points"] for i in doc["items"]}
    assert points["a"] == [100, 75, 50, 25, 0] and points["d"] == [0, 25, 50, 75, 100]
    assert len(doc["results"]) == 2 * 3

    def check(scale: str, group: int | None, n: int, mean: float, sd: float, share: float, light: str):
        e = entry(doc, scale, group)
        assert e["withheld"] is False and e["n"] == n and e["light"] == light
        assert e["mean"] == pytest.approx(mean, abs=0.01)
        assert e["sd"] == pytest.approx(sd, abs=0.01)
        assert e["share_unfavourable"] == pytest.approx(share, abs=0.01)

    # support (high is good), Lager: (a, b) -> 100/100, 75/75, 100/50, 50/50, 25/50, 75/dk
    # scores 100, 75, 75, 50, 37.5, 75 (the last: one of two answered is enough);
    # mean 412.5 / 6 = 68.75; squared deviations 976.5625 + 3 * 39.0625 + 351.5625
    # + 976.5625 = 2421.875; SD = sqrt(2421.875 / 5) = 22.01; below 50: 37.5 -> 1/6 =
    # 16.67 %; 68.75 >= 66.7 -> green.
    check("support", lager, 6, 68.75, 22.01, 16.67, "green")
    # Kontor: 50/25, 25/25, 50/50, 0/25, 75/50, blank -> 37.5, 25, 50, 12.5, 62.5 (n 5);
    # mean 187.5 / 5 = 37.5; squares 0 + 156.25 + 156.25 + 625 + 625 = 1562.5;
    # SD = sqrt(1562.5 / 4) = 19.76; below 50: 37.5, 25, 12.5 -> 3/5 = 60 %; red.
    check("support", kontor, 5, 37.5, 19.76, 60.0, "red")
    # whole workplace: n 11, mean 600 / 11 = 54.55; sum of squares 30781.25 + 8593.75
    # = 39375, minus 600^2 / 11 = 32727.27 -> 6647.73; SD = sqrt(6647.73 / 10) = 25.78;
    # unfavourable 4/11 = 36.36 %; 50 <= 54.55 < 66.7 -> yellow.
    check("support", None, 11, 54.55, 25.78, 36.36, "yellow")
    # pace (demands, high is bad; d is reverse-scored: option k scores 25 k), Lager:
    # (c, d) -> 100/100, 75/75, 50/50, 25/25, 0/100, 50/blank -> 100, 75, 50, 25, 50, 50;
    # mean 350 / 6 = 58.33; squares 1736.11 + 277.78 + 69.44 + 1111.11 + 69.44 + 69.44
    # = 3333.33; SD = sqrt(666.67) = 25.82; above 50: 100, 75 -> 2/6 = 33.33 %;
    # 58.33 > 50 -> red.
    check("pace", lager, 6, 58.33, 25.82, 33.33, "red")
    # Kontor: 0/0, 25/0, 25/25, 50/50, 0/dk -> 0, 12.5, 25, 50, 0 (n 5); mean 87.5 / 5
    # = 17.5; squares 306.25 + 25 + 56.25 + 1056.25 + 306.25 = 1750; SD = sqrt(437.5)
    # = 20.92; above 50: none -> 0 %; 17.5 <= 33.3 -> green.
    check("pace", kontor, 5, 17.5, 20.92, 0.0, "green")
    # whole workplace: n 11, mean 437.5 / 11 = 39.77; sum of squares 23750 + 3281.25
    # = 27031.25, minus 437.5^2 / 11 = 17400.57 -> 9630.68; SD = sqrt(963.07) = 31.03;
    # unfavourable 2/11 = 18.18 %; 33.3 < 39.77 <= 50 -> yellow.
    check("pace", None, 11, 39.77, 31.03, 18.18, "yellow")
    # a single round: nothing to compare with
    assert all(e["change"] is None for e in doc["results"])


def test_a_group_of_three_below_a_threshold_of_five_leaves_no_trace(tmp_path: Path):
    path = tmp_path / "w.apvdesk"
    answers = {"Lager": ANSWERS["Lager"], "Små": ANSWERS["Kontor"][:3], "Kontor": ANSWERS["Kontor"][:5]}
    answers["Kontor"] = answers["Kontor"] + [{"a": 0, "b": 0, "c": 0, "d": 0}] * 2  # n 7
    ids = make_file(path, {"Lager": 6, "Små": 3, "Kontor": 7}, answers, threshold=5)
    doc = results_json(tmp_path, path)
    small = ids["Små"]
    figures = ("mean", "sd", "share_unfavourable", "light", "change")
    for scale in ("support", "pace"):
        hidden = entry(doc, scale, small)
        assert hidden["withheld"] is True and hidden["n"] is None  # not even its n
        assert all(hidden[key] is None for key in figures)
        # The smallest other group (Lager, n 6) is withheld too, so total minus the shown
        # group gives only Lager and Små together (9 answers), not Små alone.
        protector = entry(doc, scale, ids["Lager"])
        assert protector["withheld"] is True and all(protector[key] is None for key in figures)
        assert entry(doc, scale, ids["Kontor"])["withheld"] is False
        assert entry(doc, scale, None)["withheld"] is False
    # Nothing about the small group's answers but the respondent count.
    assert {
        "id": small,
        "name": "Små",
        "headcount": 3,
        "respondents": 3,
        "waiting": 0,
        "over_headcount": False,
    } in doc["groups"]


def test_only_the_small_group_and_the_total_with_two_groups(tmp_path: Path):
    path = tmp_path / "w.apvdesk"
    ids = make_file(
        path, {"Lager": 6, "Små": 3}, {"Lager": ANSWERS["Lager"], "Små": ANSWERS["Kontor"][:3]}, 5
    )
    doc = results_json(tmp_path, path)
    for e in doc["results"]:
        if e["group"] is not None:
            assert e["withheld"] is True and e["mean"] is None, e
    assert entry(doc, "support", None)["withheld"] is False
    assert entry(doc, "support", ids["Små"])["n"] is None


def test_change_since_the_previous_round(tmp_path: Path):
    path = tmp_path / "w.apvdesk"
    ids = make_file(path, {"Lager": 6, "Kontor": 7}, ANSWERS, threshold=5)
    store = WorkplaceStore.open(path)
    try:
        second = store.create_round(Round("APV 2027", DAY.replace(year=2027)), BANK)
        assert second.id is not None
        # everyone answers "Always" to a and b: support 100 in both groups
        store.add_responses(
            second.id,
            [Response(g, "da", DAY, {"a": 0, "b": 0}) for g in ids.values() for _ in range(5)],
        )
        store.end_collection(second.id)
        first = store.previous_round(second.id)
        assert first is not None and first.title == "APV 2026"
        assert first.id is not None and store.previous_round(first.id) is None
    finally:
        store.close()
    doc = results_json(tmp_path, path)
    assert doc["round"] == {"id": second.id, "title": "APV 2027"}
    assert entry(doc, "support", ids["Lager"])["change"] == pytest.approx(100 - 68.75)
    assert entry(doc, "support", None)["change"] == pytest.approx(100 - 600 / 11)
    assert entry(doc, "pace", None)["change"] is None  # nobody answered pace in 2027
    older = results_json(tmp_path, path, "--round", first.id)
    assert older["round"]["title"] == "APV 2026"


def test_the_table_and_the_user_errors(tmp_path: Path):
    path = tmp_path / "w.apvdesk"
    make_file(path, {"Lager": 6, "Kontor": 7}, ANSWERS, threshold=5)
    table = run(tmp_path, "results", path)
    assert table.returncode == 0, table.stderr
    assert "Whole workplace" in table.stdout and "68.8" in table.stdout
    for args, name in (((tmp_path / "none.apvdesk",), "none.apvdesk"), ((path, "--round", 9), "9")):
        result = run(tmp_path, "results", *args, "--json")
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1 and name in result.stderr
        assert result.stdout == ""
