"""Revision 0010: problems and actions keep short texts in other languages for the poster."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from apvdesk.store import migrate
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_a_0009_file_gains_empty_texts_and_keeps_new_ones_after_reopening(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0009.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        plan = store.action_plan(apv_round.id)
        assert all(not p.translations and all(not a.translations for a in acts) for p, acts in plan.problems)
        problem, actions = plan.problems[0]
        revision = store.plan_revision(apv_round.id)
        store.save_problem(dataclasses.replace(problem, translations={"pl": " Kierowcy są sami ", "ro": ""}))
        store.save_action(dataclasses.replace(actions[0], translations={"uk": "Постійний контакт"}))
        assert store.plan_revision(apv_round.id) == revision  # a translation is not a change to the plan
    finally:
        store.close()
    again = WorkplaceStore.open(path)
    try:
        problem, actions = again.action_plan(apv_round.id).problems[0]
        assert problem.translations == {"pl": "Kierowcy są sami"}  # trimmed; a blank text is none
        assert actions[0].translations == {"uk": "Постійний контакт"}
        assert again.overview().plan[0][0].translations == {"pl": "Kierowcy są sami"}  # the plain read
        again.save_problem(dataclasses.replace(problem, translations={"pl": "Kierowcy jeżdżą sami"}))
        again.save_action(dataclasses.replace(actions[0], translations={}))
        problem, actions = again.action_plan(apv_round.id).problems[0]
        assert problem.translations == {"pl": "Kierowcy jeżdżą sami"} and actions[0].translations == {}
        again.delete_problem(problem.id)
    finally:
        again.close()
    conn = sqlite3.connect(path)
    try:  # deleting the problem deleted its texts
        assert conn.execute("SELECT count(*) FROM problem_translation").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_0010_file_holds_its_texts():
    path = FIXTURES / "schema_0010.apvdesk"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT language, text FROM problem_translation").fetchall() == [
            ("pl", "Za mało wsparcia na zmianie")
        ]
        assert sorted(conn.execute("SELECT language FROM action_translation")) == [("pl",), ("uk",)]
    finally:
        conn.close()


def test_down_to_0009_and_up_again(tmp_path):
    from alembic import command

    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0010.apvdesk", path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0009")
        assert not {"problem_translation", "action_translation"} & _tables(path)
        with engine.begin() as conn:
            migrate.upgrade_to_head(conn)
        assert {"problem_translation", "action_translation"} <= _tables(path)
    finally:
        engine.dispose()
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        assert len(store.problems(apv_round.id)) == 6  # the plan itself came through
    finally:
        store.close()


def test_a_text_in_a_language_no_poster_speaks_is_refused(tmp_path):
    import pytest

    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0010.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        problem, actions = store.action_plan(store.latest_round().id).problems[0]
        with pytest.raises(ValueError, match="problem_translation"):
            store.save_problem(dataclasses.replace(problem, translations={"xx": "?"}))
        with pytest.raises(ValueError, match="action_translation"):
            store.save_action(
                dataclasses.replace(actions[0], translations={"da": "Dansk er planens eget sprog"})
            )
        assert store.problems(problem.round_id)[0].translations == {"pl": "Za mało wsparcia na zmianie"}
    finally:
        store.close()
