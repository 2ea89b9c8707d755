"""Sickness absence in the workplace file: periods and the assessment survive a reopen."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from apvdesk.core.absence import AbsenceAssessment, AbsencePeriod, Contributes
from apvdesk.store.workplace_store import GroupInUse, WorkplaceStore

FIXTURES = Path(__file__).parent / "fixtures"


def _period(round_id: int, group_id: int, days: float = 12.5) -> AbsencePeriod:
    return AbsencePeriod(
        round_id, group_id, "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31), days, 7.5, 220
    )


def test_periods_are_saved_updated_deleted_and_kept(demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.latest_round().id
        group = store.groups()[0]
        before = len(store.absence_periods(round_id))
        saved = store.save_absence_period(_period(round_id, group.id))
        assert saved.id is not None
        saved.absence_days = 14.0
        saved.label = "Hele 2025"
        store.save_absence_period(saved)
    finally:
        store.close()
    store = WorkplaceStore.open(demo_file)
    try:
        periods = store.absence_periods(round_id)
        assert len(periods) == before + 1
        [again] = [p for p in periods if p.id == saved.id]
        assert again == AbsencePeriod(
            round_id,
            group.id,
            "Hele 2025",
            dt.date(2025, 1, 1),
            dt.date(2025, 12, 31),
            14.0,
            7.5,
            220,
            saved.id,
        )
        store.delete_absence_period(saved.id)
        assert len(store.absence_periods(round_id)) == before
    finally:
        store.close()


def test_the_assessment_is_saved_and_kept(demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.latest_round().id
        store.save_absence_assessment(
            AbsenceAssessment(round_id, Contributes.YES, "Tempoet", dt.date(2026, 10, 1))
        )
    finally:
        store.close()
    store = WorkplaceStore.open(demo_file)
    try:
        assert store.absence_assessment(round_id) == AbsenceAssessment(
            round_id, Contributes.YES, "Tempoet", dt.date(2026, 10, 1)
        )
    finally:
        store.close()


def test_a_round_without_an_assessment_gives_an_empty_one(tmp_path: Path):
    from apvdesk.app.demo_file import write_demo

    path = tmp_path / "demo.apvdesk"
    write_demo(path, respondents=5)
    store = WorkplaceStore.open(path)
    try:
        round_id = store.latest_round().id
        assert store.absence_assessment(round_id + 1000) == AbsenceAssessment(round_id + 1000)
    finally:
        store.close()


def test_the_demo_has_two_periods_per_group_and_an_assessment(demo_file: Path):
    store = WorkplaceStore.open(demo_file)
    try:
        round_id = store.latest_round().id
        groups = store.groups()
        periods = store.absence_periods(round_id)
        assert len(periods) == 2 * len(groups)
        assert {p.label for p in periods} == {"1. halvår 2025", "1. halvår 2026"}
        lines = store.absence_lines(round_id)
        # newest period first: each group, then the whole workplace
        assert [line.group_id for line in lines[: len(groups) + 1]] == [g.id for g in groups] + [None]
        assert all(line.change is not None for line in lines[: len(groups) + 1])
        assessment = store.absence_assessment(round_id)
        assert assessment.contributes is Contributes.PARTLY
        assert "alene" in assessment.why
    finally:
        store.close()


def test_a_group_with_absence_figures_cannot_be_deleted(tmp_path: Path):
    from apvdesk.app.resources import shipped_bank
    from apvdesk.core.model import Group, Round, Workplace

    store = WorkplaceStore.create(
        tmp_path / "x.apvdesk",
        Workplace("Firma"),
        [Group("Lager", 6)],
        Round("APV", dt.date(2026, 1, 1)),
        shipped_bank(),
    )
    try:
        [group] = store.groups()
        store.save_absence_period(_period(store.latest_round().id, group.id))
        with pytest.raises(GroupInUse):
            store.delete_group(group.id)
    finally:
        store.close()


def test_upgrading_a_revision_0004_file_keeps_its_data_and_adds_empty_absence(tmp_path: Path):
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0004.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        assert store.respondent_count(apv_round.id) == 12
        assert len(store.problems(apv_round.id)) == 3
        assert store.absence_periods(apv_round.id) == []
        assert store.absence_assessment(apv_round.id) == AbsenceAssessment(apv_round.id)
        group = store.groups()[0]
        store.save_absence_period(_period(apv_round.id, group.id))
        assert len(store.absence_lines(apv_round.id)) == 2
    finally:
        store.close()


def test_the_revision_0005_file_keeps_its_absence(tmp_path: Path):
    # Made by: write_demo(path, respondents=12, seed=3) at revision 0005.
    path = tmp_path / "Vaskeri.apvdesk"
    shutil.copyfile(FIXTURES / "schema_0005.apvdesk", path)
    store = WorkplaceStore.open(path)
    try:
        (apv_round,) = store.rounds()
        periods = store.absence_periods(apv_round.id)
        assert len(periods) == 8
        assert sum(p.absence_days for p in periods) == pytest.approx(476.5)
        assert store.absence_assessment(apv_round.id).contributes is Contributes.PARTLY
    finally:
        store.close()
