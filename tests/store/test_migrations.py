"""Schema revisions: Alembic agrees with the models, and every saved schema still opens.

``fixtures/`` keeps one saved workplace file per schema revision (see its README). When
a revision is added, save a file at the old revision first; the tests below then open
it, upgrade it and check that nothing was lost.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from apvdesk.app.file_messages import describe
from apvdesk.store import migrate
from apvdesk.store.errors import UpgradeFailed
from apvdesk.store.models import Base
from apvdesk.store.sqlite.backups import BACKUP_FOLDER_NAME, BackupReason, list_backups
from apvdesk.store.sqlite.database import make_engine, open_engine
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"
SAVED_FILES = sorted(FIXTURES.glob("schema_*.apvdesk"))


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _schema(path: Path) -> dict[str, tuple]:
    """Columns, foreign keys (with ON DELETE) and indexes of every table, from SQLite itself."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        schema = {}
        for table in tables:
            columns = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            fks = sorted(row[2:] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
            indexes = []
            for _seq, name, unique, origin, _partial in conn.execute(f'PRAGMA index_list("{table}")'):
                cols = [row[2] for row in conn.execute(f'PRAGMA index_info("{name}")')]
                indexes.append((name if origin == "c" else origin, unique, cols))
            schema[table] = (columns, fks, sorted(indexes))
        return schema
    finally:
        conn.close()


# --- the revision list is honest ----------------------------------------------------


def test_the_known_revisions_match_alembics_scripts():
    head, revisions = migrate.script_revisions()
    assert head == migrate.SCHEMA_HEAD
    assert sorted(revisions) == sorted(migrate.KNOWN_REVISIONS)
    assert migrate.KNOWN_REVISIONS[-1] == migrate.SCHEMA_HEAD


def test_a_saved_file_exists_for_every_known_revision():
    saved = {path.stem.removeprefix("schema_") for path in SAVED_FILES}
    assert saved == set(migrate.KNOWN_REVISIONS)


# --- the migrations build the same schema as the models ------------------------------


def test_upgrading_an_empty_database_gives_the_models_schema(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()
    assert _revision(tmp_path / "empty.db") == migrate.SCHEMA_HEAD


def test_migrated_and_newly_created_files_have_the_same_tables_keys_and_indexes(tmp_path):
    migrated = tmp_path / "migrated.db"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.begin() as conn:
        migrate.upgrade_to_head(conn)
    engine.dispose()
    created = tmp_path / "created.db"
    engine = create_engine(f"sqlite:///{created}")
    Base.metadata.create_all(engine)
    engine.dispose()
    assert _schema(migrated) == _schema(created)


# --- saved files of every revision still open ----------------------------------------


@pytest.mark.parametrize("saved", SAVED_FILES, ids=lambda p: p.name)
def test_a_saved_file_opens_and_reaches_the_head(tmp_path, saved):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(saved, path)
    old_revision = _revision(path)
    store = WorkplaceStore.open(path)
    try:
        assert store.workplace().name == "Vaskeri Solsiden ApS"
        assert len(store.groups()) == 4
        (apv_round,) = store.rounds()
        assert store.respondent_count(apv_round.id) == 12
    finally:
        store.close()
    assert _revision(path) == migrate.SCHEMA_HEAD
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, BACKUP_FOLDER_NAME])
    [backup] = list_backups(path)
    if old_revision == migrate.SCHEMA_HEAD:
        assert backup.reason is BackupReason.OPENED
    else:
        assert backup.reason is BackupReason.BEFORE_UPGRADE
        if migrate.before_anonymous_layout(old_revision):
            # its work done once the upgrade is checked, it is upgraded too (docs/privacy.md)
            assert _revision(backup.path) == migrate.SCHEMA_HEAD
            assert backup.respondents == 12
        else:
            assert _revision(backup.path) == old_revision


def test_the_revision_0001_file_keeps_its_data(tmp_path):
    # Made by: create_demo(make_demo(shipped_bank(), respondents=12, seed=3)).
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0001.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        workplace = store.workplace()
        assert workplace.safety_representatives == ["Tomasz Wiśniewski"]
        assert [g.name for g in store.groups()][3] == "Chauffører (kører alene)"
        (apv_round,) = store.rounds()
        assert apv_round.title == "APV 2026 – social støtte"
        assert apv_round.start_date == dt.date(2026, 9, 1)
        assert (apv_round.bank_id, apv_round.bank_version) == ("apvdesk-social-support", "1.0")
        bank = store.round_bank(apv_round.id)
        assert bank.version == "1.0" and len(bank.items) == 21
        responses = store.responses(apv_round.id)
        assert sum(len(r.answers) for r in responses) == 246
        problems = store.problems(apv_round.id)
        assert [len(store.actions(p.id)) for p in problems] == [2, 2, 1]
        assert [len(p.group_ids) for p in problems] == [1, 1, 3]
        results = store.results(apv_round.id)
        total = results.get("support_colleagues", None)
        assert total.n == 12
        assert total.mean == pytest.approx(65.7986111)
    finally:
        store.close()


# --- the backup and upgrade mechanism ------------------------------------------------


def test_opening_a_current_file_takes_no_backup_and_changes_nothing(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / f"schema_{migrate.SCHEMA_HEAD}.apvdesk", path)
    before = path.read_bytes()
    engine = open_engine(path)
    engine.dispose()
    assert list(tmp_path.iterdir()) == [path]
    assert path.read_bytes() == before


REAL_HEAD = migrate.SCHEMA_HEAD
REAL_KNOWN = migrate.KNOWN_REVISIONS


_NEXT_REVISION = '''"""test revision: rebuild a table that other tables refer to

Revision ID: 9001
Revises: HEAD
"""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_group", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    EXTRA


def downgrade() -> None:
    with op.batch_alter_table("work_group") as batch_op:
        batch_op.drop_column("note")
'''


@pytest.fixture
def next_revision(tmp_path, monkeypatch):
    """Install a copy of the migrations plus a test revision 9001 after the head, and make it the head.

    Returns a function that writes the revision with ``extra`` as its last statement.
    """
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9001")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*REAL_KNOWN, "9001"))

    def write(extra: str = "pass") -> None:
        text = _NEXT_REVISION.replace("EXTRA", extra).replace("HEAD", REAL_HEAD)
        (scripts / "versions" / "9001_test.py").write_text(text, encoding="utf-8")

    return write


def _copy_head(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / f"schema_{REAL_HEAD}.apvdesk", path)
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_an_older_file_is_backed_up_then_upgraded_without_losing_rows(tmp_path, next_revision):
    next_revision()
    path = _copy_head(tmp_path)
    original_rows = _dump(path)
    counts = _counts(path)
    store = WorkplaceStore.open(path)
    try:
        assert len(store.groups()) == 4
        (apv_round,) = store.rounds()
        problems = store.problems(apv_round.id)
        assert [len(p.group_ids) for p in problems] == [1, 0, 1, 1, 1, 3]  # the demo's six problems
        assert store.respondent_count(apv_round.id) == 12
    finally:
        store.close()
    [backup] = list_backups(path)
    assert backup.reason is BackupReason.BEFORE_UPGRADE
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, BACKUP_FOLDER_NAME])
    assert _dump(backup.path) == original_rows
    assert _revision(path) == "9001"
    assert _counts(path) == counts  # rebuilding work_group cascaded nowhere
    conn = sqlite3.connect(path)
    try:
        assert "note" in [row[1] for row in conn.execute("PRAGMA table_info(work_group)")]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    engine = make_engine(path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ('raise RuntimeError("migration bug")', "migration bug"),
        # a dangling reference is caught by the foreign-key check after the upgrade
        (
            'op.execute("INSERT INTO problem_group (problem_id, group_id) VALUES (1, 999)")',
            "broken references",
        ),
    ],
)
def test_a_failing_upgrade_leaves_the_file_as_it_was(tmp_path, next_revision, extra, error):
    next_revision(extra)
    path = _copy_head(tmp_path)
    original = path.read_bytes()
    original_rows = _dump(path)
    with pytest.raises(UpgradeFailed, match=error) as failure:
        WorkplaceStore.open(path)
    assert path.read_bytes() == original  # rolled back, no half-built tables
    [backup] = list_backups(path)
    assert failure.value.backup == backup.path
    assert _dump(backup.path) == original_rows
    assert str(path) in describe(failure.value)


def test_reading_an_older_file_upgrades_a_copy_and_leaves_the_file_alone(tmp_path, next_revision):
    next_revision()
    path = _copy_head(tmp_path)
    original = path.read_bytes()
    store = WorkplaceStore.open_read_only(path)
    try:
        assert store.read_only
        assert len(store.groups()) == 4
    finally:
        store.close()
    assert path.read_bytes() == original
    assert list_backups(path) == []
