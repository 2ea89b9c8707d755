"""The schema as the start-up checks know it (without SQLAlchemy) is the schema of the models."""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Float, Integer, String

from apvdesk.store.content_rules import CHOICES, RANGES, RECORDS, ROW_RULES
from apvdesk.store.expected_schema import BOOLEAN, DATE, INTEGER, JUDGED, KEYS, REAL, RETIRED, TABLES, TEXT
from apvdesk.store.models import Base
from apvdesk.store.sqlite.content_check import NOT_SCANNED, SQL_SCANNED

KINDS = ((Boolean, BOOLEAN), (Date, DATE), (Float, REAL), (Integer, INTEGER), (String, TEXT))


def _kind(column) -> str:
    return next(kind for sa_type, kind in KINDS if isinstance(column.type, sa_type))


def test_every_table_and_column_of_the_models_is_expected_as_it_is():
    models = {
        table.name: {column.name: (_kind(column), column.nullable) for column in table.columns}
        for table in Base.metadata.sorted_tables
    }
    expected = {
        table: {name: (spec.kind, spec.nullable) for name, spec in columns.items()}
        for table, columns in TABLES.items()
    }
    assert expected == models


def test_each_table_is_named_by_its_primary_key():
    keys = {
        table.name: tuple(c.name for c in table.primary_key.columns) for table in Base.metadata.sorted_tables
    }
    current = {table: tuple(sorted(k)) for table, k in KEYS.items() if table in TABLES}
    assert current == {t: tuple(sorted(k)) for t, k in keys.items()}


def test_the_rules_name_only_columns_of_the_schema():
    for table, column in (*CHOICES, *RANGES, *RECORDS):
        assert column in JUDGED.get(table, {}), (table, column)  # a retired one only for older files
    assert set(ROW_RULES) <= set(TABLES)


def test_retired_columns_are_not_in_the_current_schema():
    for table, columns in RETIRED.items():
        assert not set(columns) & set(TABLES.get(table, {})), table


def test_tables_judged_in_sql_have_no_rules_beyond_the_kind_of_value():
    # a large table is judged by SQL on the kind of each value only (see content_check)
    ruled = {table for table, _column in (*CHOICES, *RANGES, *RECORDS)} | set(ROW_RULES)
    assert not ruled & (SQL_SCANNED | NOT_SCANNED)
