"""Alembic's migrations on PostgreSQL: from an empty database to the head, the models' schema."""

from __future__ import annotations

import re

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from apvdesk.store import migrate
from apvdesk.store.expected_schema import TABLES
from apvdesk.store.models import Base


def _upgraded_engine(url: str):
    engine = create_engine(url)
    with engine.begin() as conn:
        migrate.upgrade_to_head(conn)
    return engine


def _tables_and_columns(engine) -> dict[str, dict[str, bool]]:
    inspector = inspect(engine)
    return {
        table: {column["name"]: column["nullable"] for column in inspector.get_columns(table)}
        for table in inspector.get_table_names()
        if table != "alembic_version"
    }


def test_the_migrations_run_from_empty_to_the_head(pg_url):
    engine = _upgraded_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
                migrate.SCHEMA_HEAD
            )
    finally:
        engine.dispose()


def test_the_migrated_schema_has_the_expected_tables_and_columns(pg_url):
    engine = _upgraded_engine(pg_url)
    try:
        found = _tables_and_columns(engine)
    finally:
        engine.dispose()
    expected = {
        table: {name: spec.nullable for name, spec in columns.items()} for table, columns in TABLES.items()
    }
    assert found == expected


def test_the_migrated_schema_matches_the_models(pg_url):
    engine = _upgraded_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()


def _unqualified(default: str) -> str:
    return re.sub(r'"?(public|from_models)"?\.', "", default)


def _columns(inspector, schema: str | None) -> dict[str, dict[str, tuple]]:
    """Each column's type, NULL and default (a sequence shows as a ``nextval`` default)."""
    return {
        table: {
            c["name"]: (str(c["type"]), c["nullable"], _unqualified(c["default"] or ""))
            for c in inspector.get_columns(table, schema=schema)
        }
        for table in inspector.get_table_names(schema=schema)
        if table != "alembic_version"
    }


def test_the_migrated_schema_equals_a_schema_made_from_the_models(pg_url):
    engine = _upgraded_engine(pg_url)
    try:
        with engine.begin() as conn:  # a second, empty schema in the same database
            conn.execute(text("CREATE SCHEMA from_models"))
        created = engine.execution_options(schema_translate_map={None: "from_models"})
        Base.metadata.create_all(created)
        inspector = inspect(engine)
        from_migrations, from_models = _columns(inspector, "public"), _columns(inspector, "from_models")
    finally:
        engine.dispose()
    assert from_migrations == from_models


def test_an_answer_sheets_id_is_never_counted_up(pg_url):
    engine = _upgraded_engine(pg_url)
    try:
        with engine.connect() as conn:
            sequences = conn.execute(text("SELECT sequence_name FROM information_schema.sequences")).scalars()
            assert not [name for name in sequences if name.startswith(("respondent", "answer"))]
        (respondent_id,) = [c for c in inspect(engine).get_columns("respondent") if c["name"] == "id"]
        assert respondent_id["default"] is None
        assert str(respondent_id["type"]) == "BIGINT"
    finally:
        engine.dispose()
