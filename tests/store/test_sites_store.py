"""Sites in the workplace file: saved, reopened, refused when in use, and revision 0013 (up and down)."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.exc import NoResultFound

from apvdesk.app.demo_file import write_demo
from apvdesk.core.model import Action, Group
from apvdesk.core.sites import Site, SiteAgreement, SiteKind
from apvdesk.store import migrate
from apvdesk.store.refusals import SiteInUse
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri.apvdesk"
    write_demo(path, respondents=12, seed=3)
    return path


def _site_ids(path: Path, table: str) -> list[int | None]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute(f"SELECT site_id FROM {table} ORDER BY id")]


def test_the_demo_has_one_customer_site_with_its_agreement_and_the_linen_room_belongs_to_it(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        [site] = store.sites()
        assert (site.name, site.kind) == ("Plejecenter Lærkehøj", SiteKind.CUSTOMER)
        assert site.customer and site.contact and site.missing() == []
        assert [g.name for g in store.groups() if g.site_id == site.id] == ["Linnedrum Lærkehøj"]
        assert [g.site_id for g in store.groups()] == [None, None, None, None, site.id]
    finally:
        store.close()


def test_sites_their_agreements_and_what_belongs_to_them_survive_reopening(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        [lærkehøj] = store.sites()
        shop = store.add_site(Site(" Butikken i Viby ", kind=SiteKind.OWN, address="Viby Torv 2"))
        school = store.add_site(
            Site("Skolen", customer="Aarhus Kommune", agreement=SiteAgreement(toilet="Ved kantinen"))
        )
        assert shop.id is not None and school.id is not None and lærkehøj.id is not None
        school.agreement.coordinator = "Pedel Jens Bak"
        school.contact = "Jens Bak"
        store.update_site(school)
        first, *_ = store.groups()
        store.set_group_site(first.id, school.id)
        [round_] = store.rounds()
        problem, *_ = store.problems(round_.id)
        action, *_ = store.actions(problem.id)
        store.set_problem_site(problem.id, lærkehøj.id)
        store.set_action_site(action.id, lærkehøj.id)
        new_group = store.add_group(Group("Rengøring, skolen", 4, site_id=school.id))
        new_action = store.save_action(
            Action("Nøgle til personalestuen", problem_id=problem.id, site_id=school.id)
        )
    finally:
        store.close()
    again = WorkplaceStore.open(demo_path)
    try:
        assert [s.name for s in again.sites()] == ["Plejecenter Lærkehøj", "Butikken i Viby", "Skolen"]
        stored_school = again.sites()[2]
        assert stored_school.agreement == SiteAgreement(coordinator="Pedel Jens Bak", toilet="Ved kantinen")
        assert stored_school.contact == "Jens Bak"
        assert again.groups()[0].site_id == school.id
        assert [g.site_id for g in again.groups()][1:] == [None, None, None, lærkehøj.id, school.id]
        assert again.groups()[-1].id == new_group.id
        [round_] = again.rounds()
        assert again.problems(round_.id)[0].site_id == lærkehøj.id
        stored_actions = again.actions(problem.id)
        assert stored_actions[0].site_id == lærkehøj.id
        assert stored_actions[-1].id == new_action.id and stored_actions[-1].site_id == school.id
        # saving a problem or an action from its dialog never moves it to another site
        again.save_problem(dataclasses.replace(again.problems(round_.id)[0], site_id=None, causes="Nyt"))
        assert again.problems(round_.id)[0].site_id == lærkehøj.id
    finally:
        again.close()
    assert _site_ids(demo_path, "work_group")[0] == school.id


def test_moving_a_problem_to_a_site_changes_the_plan_and_setting_it_again_does_not(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        [site] = store.sites()
        [round_] = store.rounds()
        problem = store.problems(round_.id)[0]
        before = store.action_plan(round_.id).plan_revision
        store.set_problem_site(problem.id, site.id)
        assert store.action_plan(round_.id).plan_revision == before + 1
        store.set_problem_site(problem.id, site.id)
        assert store.action_plan(round_.id).plan_revision == before + 1
    finally:
        store.close()


def test_a_site_in_use_is_not_deleted_and_says_by_what(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        [site] = store.sites()
        [round_] = store.rounds()
        problem = store.problems(round_.id)[0]
        first_action = store.actions(problem.id)[0]
        group = store.groups()[3]
        store.set_group_site(group.id, site.id)
        store.set_problem_site(problem.id, site.id)
        store.set_action_site(first_action.id, site.id)
        with pytest.raises(SiteInUse) as refused:
            store.delete_site(site.id)
        # with the demo's own: the linen room, its problem and that problem's two actions
        assert (refused.value.groups, refused.value.problems, refused.value.actions) == (2, 2, 3)
        assert [s.id for s in store.sites()] == [site.id]
        store.set_group_site(group.id, None)
        store.set_problem_site(problem.id, None)
        store.set_action_site(first_action.id, None)
        with pytest.raises(SiteInUse) as refused:
            store.delete_site(site.id)
        assert (refused.value.groups, refused.value.problems, refused.value.actions) == (1, 1, 2)
        [linen] = [g for g in store.groups() if g.site_id == site.id]
        [linen_problem] = [p for p in store.problems(round_.id) if p.site_id == site.id]
        store.set_group_site(linen.id, None)
        store.set_problem_site(linen_problem.id, None)
        for action in store.actions(linen_problem.id):
            store.set_action_site(action.id, None)
        store.delete_site(site.id)
        assert store.sites() == []
    finally:
        store.close()


def test_a_site_without_a_name_or_an_unknown_site_is_refused(demo_path):
    store = WorkplaceStore.open(demo_path)
    try:
        with pytest.raises(ValueError):
            store.add_site(Site("  "))
        with pytest.raises(NoResultFound):
            store.set_group_site(store.groups()[0].id, 999)
        assert store.groups()[0].site_id is None
    finally:
        store.close()


def test_a_0012_file_gains_sites_keeps_its_data_and_everything_belongs_to_the_whole_workplace(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0012.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        assert store.sites() == []
        groups = store.groups()
        assert len(groups) == 4 and all(g.site_id is None for g in groups)
        [round_] = store.rounds()
        assert store.respondent_count(round_.id) == 12
        problems = store.problems(round_.id)
        assert problems and all(p.site_id is None for p in problems)
        assert all(a.site_id is None for p in problems for a in store.actions(p.id))
        assert store.group_names()[groups[0].id]["pl"] == "Pralnia"  # revision 0012's data kept
    finally:
        store.close()


def test_0013_goes_down_to_0012_and_up_again(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0013.apvdesk", path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0012")
        with sqlite3.connect(path) as db:
            assert "site" not in {
                r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            assert "site_id" not in {r[1] for r in db.execute("PRAGMA table_info(work_group)")}
        with engine.begin() as conn:
            command.upgrade(migrate.alembic_config(conn), "0013")
    finally:
        engine.dispose()
    store = WorkplaceStore.open(path)
    try:
        assert store.sites() == [] and len(store.groups()) == 4
    finally:
        store.close()
