"""Revision 0009: the workplace's records; an older file keeps its AMO and gains empty records."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from apvdesk.core.model import OTHER_SCALE, Problem, Workplace
from apvdesk.core.records import AnnualDiscussion, Participation, WorkChange
from apvdesk.store.workplace_store import WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_0007_file_keeps_its_amo_as_one_level_and_has_empty_records(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0007.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        workplace = store.workplace()
        assert workplace.has_amo and workplace.amo_levels == 1
        assert (workplace.rest_of_apv_location, workplace.apv_access) == ("", "")
        (apv_round,) = store.rounds()
        assert store.participation(apv_round.id) == Participation()
        assert all(p.title == "" and not p.is_other for p in store.problems(apv_round.id))
        assert store.annual_discussions() == [] and store.work_changes() == []
        assert store.overview().work_changes == []
    finally:
        store.close()


def test_the_records_are_kept_and_read_back_after_reopening(tmp_path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0007.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        workplace = store.workplace()
        workplace.set_amo_levels(2)
        workplace.rest_of_apv_location = "Mappen 'APV fysisk' på kontoret"
        workplace.apv_access = "Hænger i frokoststuen"
        store.save_workplace(workplace)
        store.save_participation(apv_round.id, Participation("Alle", "AMO", "AMO og alle", " AMO "))
        other = store.save_problem(
            Problem(apv_round.id, OTHER_SCALE, "Varme ved strygerullen om sommeren", title="Varme")
        )
        store.save_annual_discussion(
            AnnualDiscussion(dt.date(2027, 3, 1), participants="AMO", goals="Færre løft")
        )
        change = store.save_work_change(
            WorkChange(dt.date(2026, 11, 2), "Nye lokaler", needs_partial_apv=True)
        )
    finally:
        store.close()
    again = WorkplaceStore.open(path)
    try:
        workplace = again.workplace()
        assert (workplace.amo_levels, workplace.has_amo) == (2, True)
        assert workplace.rest_of_apv_location == "Mappen 'APV fysisk' på kontoret"
        assert workplace.apv_access == "Hænger i frokoststuen"
        assert workplace.annual_discussion_on == dt.date(2027, 3, 1)  # the latest record
        assert again.participation(apv_round.id) == Participation("Alle", "AMO", "AMO og alle", "AMO")
        assert again.action_plan(apv_round.id).participation.follow_up == "AMO"
        saved = next(p for p in again.problems(apv_round.id) if p.id == other.id)
        assert saved.is_other and saved.title == "Varme"
        (discussion,) = again.annual_discussions()
        assert discussion.goals == "Færre løft" and discussion.missing() == [
            "last_year",
            "plan",
            "organisation",
            "competence",
        ]
        assert again.work_changes() == [change]
        facts = again.overview()  # the plain-SQL reading
        assert facts.work_changes == [change]
        assert facts.workplace == workplace
        assert any(p.title == "Varme" for p, _ in facts.plan)
    finally:
        again.close()


def test_no_amo_stores_no_levels():
    workplace = Workplace("Lille Rens", has_amo=True)
    assert workplace.amo_levels == 1
    workplace.set_amo_levels(0)
    assert not workplace.has_amo
    assert Workplace("X", amo_levels=2).has_amo
