"""Revision 0012: the groups' names in other languages; up from 0011, down again, and kept."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from apvdesk.store import migrate
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_0011_file_gains_the_table_and_its_groups_have_no_other_names(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0011.apvdesk", path)
    assert "group_name" not in _tables(path)
    store = WorkplaceStore.open(path)
    try:
        assert store.group_names() == {}
        [first, *_] = store.groups()
        store.set_group_names(first.id, {"ro": " Călcătorie ", "pl": "", "da": "ignored"})
    finally:
        store.close()
    again = WorkplaceStore.open(path)
    try:
        assert again.group_names() == {first.id: {"ro": "Călcătorie"}}
        assert again.groups()[0] == first  # the group itself is untouched
    finally:
        again.close()


def test_0012_goes_down_to_0011_and_up_again(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0012.apvdesk", path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0011")
        assert "group_name" not in _tables(path)
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0012")
        assert "group_name" in _tables(path)
    finally:
        engine.dispose()
    store = WorkplaceStore.open(path)
    try:
        assert store.group_names() == {}  # the names went with the table
    finally:
        store.close()


def test_the_saved_0012_file_keeps_its_names_and_deleting_a_group_drops_them(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0012.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        [first, *_] = store.groups()
        assert store.group_names() == {first.id: {"pl": "Pralnia", "ro": "Spălătorie", "uk": "Пральня"}}
        spare = store.add_group(type(first)("Vikarer", 2))
        store.set_group_names(spare.id, {"uk": "Заміна"})
        store.delete_group(spare.id)
        assert spare.id not in store.group_names()
    finally:
        store.close()
