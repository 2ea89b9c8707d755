"""Rescue: every row SQLite can still read goes into a new file; the damaged file is untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from apvdesk.store import migrate
from apvdesk.store.errors import CannotWrite, DamagedFile, NewerVersionFile, NotAWorkplaceFile
from apvdesk.store.sqlite.rescue import RescueReport, can_rescue, rescue_file, rescue_target
from apvdesk.store.sqlite.sqlite_file import integrity_check, journal_path
from apvdesk.store.workplace_store import WorkplaceStore
from tests.store.test_refused_files import PAGE, middle, overwrite_pages, pages_of

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound demo file with 120 respondents, a plan, a meeting and absence figures."""
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("good") / "good.apvdesk"
    write_demo(path, respondents=120, seed=3)
    return path


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table but Alembic's, sorted, read straight from the file."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
            if name != "alembic_version"
        }


def cells_on(data: bytes, pages: list[int]) -> int:
    """Return how many rows the leaf pages among ``pages`` hold (of a table, or of a WITHOUT ROWID table)."""
    count = 0
    for page in pages:
        header = data[(page - 1) * PAGE : (page - 1) * PAGE + 5]
        if header[0] in (0x0D, 0x0A):  # a table b-tree leaf, or an index b-tree leaf (WITHOUT ROWID)
            count += int.from_bytes(header[3:5], "big")
    return count


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_copy(tmp_path: Path, good: Path, pages: list[int]) -> Path:
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(overwrite_pages(good.read_bytes(), pages))
    return path


def rescue_and_check(damaged: Path) -> RescueReport:
    """Rescue ``damaged`` beside itself; check the new file is sound and the old one unchanged."""
    before = sha256(damaged)
    target = rescue_target(damaged)
    report = rescue_file(damaged, target)
    assert sha256(damaged) == before
    assert report.target == target and target.is_file()
    assert integrity_check(target) == ["ok"]
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.SCHEMA_HEAD
    assert sorted(p.name for p in damaged.parent.iterdir()) == sorted([damaged.name, target.name])
    store = WorkplaceStore.open(target)  # the new file is an ordinary workplace file
    try:
        for apv_round in store.rounds(include_follow_ups=True):
            assert apv_round.id is not None
            store.results(apv_round.id)
    finally:
        store.close()
    return report


def test_a_sound_file_is_copied_whole(tmp_path, good_file):
    path = tmp_path / "Firma.apvdesk"
    shutil.copyfile(good_file, path)
    report = rescue_and_check(path)
    assert report.complete and report.revision == migrate.SCHEMA_HEAD
    assert rows(report.target) == rows(path)
    assert report.table("answer").saved == len(rows(path)["answer"])


def test_damaged_index_pages_lose_no_row(tmp_path, good_file):
    pages = middle(pages_of(good_file.read_bytes(), "ix_respondent_round_id"), 3)
    path = damaged_copy(tmp_path, good_file, pages)
    report = rescue_and_check(path)
    assert report.complete
    assert rows(report.target) == rows(good_file)


def test_damaged_answer_pages_lose_only_the_answers_on_them(tmp_path, good_file):
    data = good_file.read_bytes()
    answer_pages = pages_of(data, "answer")
    # three damaged places: the scans from both ends and the probes in between must meet. (Not
    # two neighbouring leaves: the answers are a WITHOUT ROWID table, whose pages above the
    # leaves hold answers too, and one between two damaged leaves cannot be reached.)
    quarter = len(answer_pages) // 4
    pages = [answer_pages[quarter], answer_pages[len(answer_pages) // 2], answer_pages[3 * quarter]]
    path = damaged_copy(tmp_path, good_file, pages)
    report = rescue_and_check(path)
    answers = report.table("answer")
    total = len(rows(good_file)["answer"])
    assert answers.damaged and not report.complete
    assert answers.saved == total - cells_on(data, pages)
    good_rows = rows(good_file)
    rescued = rows(report.target)
    assert set(rescued["answer"]) < set(good_rows["answer"])
    for table in good_rows.keys() - {"answer"}:
        assert rescued[table] == good_rows[table], table
        assert report.table(table).complete if table in {t.table for t in report.tables} else True


def test_answers_whose_respondent_was_lost_are_dropped(tmp_path, good_file):
    data = good_file.read_bytes()
    pages = middle(pages_of(data, "respondent"), 1)
    path = damaged_copy(tmp_path, good_file, pages)
    report = rescue_and_check(path)
    respondents = report.table("respondent")
    assert respondents.damaged
    assert respondents.saved == len(rows(good_file)["respondent"]) - cells_on(data, pages)
    rescued = rows(report.target)
    kept = {row[0] for row in rescued["respondent"]}
    assert {row[0] for row in rescued["answer"]} == kept
    orphans = sum(1 for row in rows(good_file)["answer"] if row[0] not in kept)
    assert report.table("answer").lost == orphans > 0
    assert not report.table("answer").damaged


def test_a_file_cut_short_gives_up_what_was_cut_off(tmp_path, good_file):
    data = good_file.read_bytes()
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(data[: len(data) // 2 // PAGE * PAGE])
    report = rescue_and_check(path)
    assert not report.complete
    assert report.table("workplace").saved == 1
    assert report.saved > 0


def test_a_damaged_header_is_put_right_in_the_copy(tmp_path, good_file):
    data = good_file.read_bytes()
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(data[:16] + bytes(range(8)) + data[24:])
    report = rescue_and_check(path)
    assert report.complete
    assert rows(report.target) == rows(good_file)


def test_a_file_of_an_older_revision_is_rescued_into_the_current_schema(tmp_path):
    path = tmp_path / "Firma.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0001.apvdesk", path)
    report = rescue_and_check(path)
    assert report.revision == "0001"
    old = rows(path)
    for table, found in rows(report.target).items():
        if table in old:
            assert len(found) == len(old[table]), table


def test_a_hot_journal_is_rolled_back_in_the_copy_only(tmp_path, good_file):
    path = tmp_path / "Firma.apvdesk"
    shutil.copyfile(good_file, path)
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 5'); c.execute('BEGIN')\n"
        "c.execute('DELETE FROM answer'); os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    journal = journal_path(path).read_bytes()
    report = rescue_file(path, tmp_path / "rescued.apvdesk")
    assert journal_path(path).read_bytes() == journal
    assert report.complete
    assert rows(report.target) == rows(good_file)


def test_a_file_sqlite_cannot_read_at_all_is_refused(tmp_path, good_file):
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(good_file.read_bytes()[:100])
    assert not can_rescue(path)
    with pytest.raises(DamagedFile) as caught:
        rescue_file(path, tmp_path / "rescued.apvdesk")
    assert not caught.value.can_rescue and caught.value.path == path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Firma.apvdesk"]


def test_only_apvdesk_files_of_known_revisions_are_rescued(tmp_path, good_file):
    foreign = tmp_path / "notes.apvdesk"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE workplace (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
    with pytest.raises(NotAWorkplaceFile):
        rescue_file(foreign, tmp_path / "a.apvdesk")
    newer = tmp_path / "newer.apvdesk"
    shutil.copyfile(good_file, newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(NewerVersionFile):
        rescue_file(newer, tmp_path / "b.apvdesk")
    assert not (tmp_path / "a.apvdesk").exists() and not (tmp_path / "b.apvdesk").exists()


def test_the_rescue_never_writes_over_the_damaged_file(tmp_path, good_file):
    path = tmp_path / "Firma.apvdesk"
    shutil.copyfile(good_file, path)
    with pytest.raises(ValueError):
        rescue_file(path, path)
    with pytest.raises(CannotWrite) as caught:
        rescue_file(path, tmp_path / "no such folder" / "rescued.apvdesk")
    assert caught.value.path == tmp_path / "no such folder" / "rescued.apvdesk"
    assert sha256(path) == sha256(good_file)


def test_the_rescued_file_gets_a_free_name_beside_the_damaged_one(tmp_path):
    damaged = tmp_path / "Vaskeri Nord.apvdesk"
    assert rescue_target(damaged) == tmp_path / "Vaskeri Nord (rescued).apvdesk"
    (tmp_path / "Vaskeri Nord (rescued).apvdesk").touch()
    assert rescue_target(damaged) == tmp_path / "Vaskeri Nord (rescued 2).apvdesk"
