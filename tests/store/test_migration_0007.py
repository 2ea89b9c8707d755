"""Revision 0007: files from every older revision keep their results and lose the order, dates and languages.

For each saved file (tests/store/fixtures) the results are worked out from its raw
answers exactly as the older apvdesk did, straight from the old tables; after the
upgrade the program shows the same figures (as a release keeps them: a withheld figure
keeps no n). The answers lie in the order of their random ids, no sheet keeps its day or
language (the languages are counted per round), no page keeps the old layout, and the
backups made before the upgrade are upgraded too.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from apvdesk.core.bank import load_bank_snapshot
from apvdesk.core.model import Group, Response
from apvdesk.core.results import compute_results
from apvdesk.store import migrate
from apvdesk.store.sqlite.backups import BackupReason, list_backups, make_backup
from apvdesk.store.workplace_store import WorkplaceStore
from tests.store.test_answer_reads import released_from

FIXTURES = Path(__file__).parent / "fixtures"
OLD_FILES = [
    path
    for path in sorted(FIXTURES.glob("schema_*.apvdesk"))
    if migrate.before_anonymous_layout(path.stem.removeprefix("schema_"))
]


def _old_results_and_languages(path: Path):
    """Work out the round's results from the old file's own tables, as the older apvdesk did."""
    conn = sqlite3.connect(path)
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(apv_round)")}
        lights = "green_from, red_below" if "green_from" in columns else "66.7, 50.0"
        round_id, threshold, snapshot, green, red = conn.execute(
            f"SELECT id, anonymity_threshold, bank_snapshot, {lights} FROM apv_round"
        ).fetchone()
        chosen = (
            [r[0] for r in conn.execute("SELECT group_id FROM round_group WHERE round_id = ?", (round_id,))]
            if "languages" in columns
            else []
        )
        groups = [
            Group(name, headcount, gid)
            for gid, name, headcount in conn.execute(
                "SELECT id, name, headcount FROM work_group ORDER BY position, id"
            )
            if not chosen or gid in chosen
        ]
        people = {
            rid: Response(group_id, answers={})
            for rid, group_id in conn.execute(
                "SELECT id, group_id FROM respondent WHERE round_id = ?", (round_id,)
            )
        }
        for rid, item_id, option in conn.execute("SELECT respondent_id, item_id, option FROM answer"):
            people[rid].answers[item_id] = option
        languages = Counter(r[0] for r in conn.execute("SELECT language FROM respondent"))
        elsewhere = "\n".join(line for line in conn.iterdump() if '"respondent"' not in line)
        days = {r[0] for r in conn.execute("SELECT answered_on FROM respondent")}
        days = {day for day in days if day not in elsewhere}  # days kept only with the sheets
    finally:
        conn.close()
    bank = load_bank_snapshot(snapshot, "old file")
    results = compute_results(bank, groups, people.values(), threshold, green, red)
    return round_id, results, dict(languages), days


@pytest.mark.parametrize("saved", OLD_FILES, ids=lambda p: p.name)
def test_an_older_file_keeps_its_results_and_loses_order_dates_and_languages(tmp_path, saved):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(saved, path)
    round_id, expected, languages, days = _old_results_and_languages(path)
    store = WorkplaceStore.open(path)
    try:
        released_from(store.results(round_id), expected)  # the figures the program showed
        assert store.language_counts(round_id) == languages
        assert not store.is_collecting(round_id)  # its results were shown already: ended
        assert store.promised_threshold(round_id) == store.round(round_id).anonymity_threshold
    finally:
        store.close()
    conn = sqlite3.connect(path)
    try:
        assert {r[1] for r in conn.execute("PRAGMA table_info(respondent)")} == {"id", "round_id", "group_id"}
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT rowid FROM answer").fetchone()
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # rebuilt: no old pages
        # what the round showed is kept as its release, so that later answers are judged against it
        assert conn.execute(
            "SELECT count(*) FROM round_release WHERE round_id = ?", (round_id,)
        ).fetchone() == (1,)
    finally:
        conn.close()
    data = path.read_bytes()
    assert days  # the old file kept days that only the sheets had...
    for day in days - {"2026-09-15"}:  # (the day the upgraded demo's collection ended)
        assert str(day).encode() not in data, day  # ...and none is left anywhere in the file


def test_the_backups_made_before_the_upgrade_are_upgraded_too(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0006.apvdesk", path)
    older = make_backup(path, BackupReason.OPENED)  # a backup from an earlier day, same old layout
    WorkplaceStore.open(path).close()
    backups = list_backups(path)
    assert {b.reason for b in backups} == {BackupReason.OPENED, BackupReason.BEFORE_UPGRADE}
    for backup in backups:
        conn = sqlite3.connect(backup.path)
        try:
            assert (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.SCHEMA_HEAD
            )
            assert {r[1] for r in conn.execute("PRAGMA table_info(respondent)")} == {
                "id",
                "round_id",
                "group_id",
            }
            assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        finally:
            conn.close()
        assert backup.usable and backup.respondents == 12
    assert older in [b.path for b in backups]
