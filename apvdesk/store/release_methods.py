"""A round's released results, ending and reopening its collection, deleting its raw answers.

Mixed into WorkplaceStore. While a round collects answers it releases nothing: the
program shows response counts only. Ending the collection releases the results
(core.release) and stores them in ``round_release``; every later read returns exactly
what was stored. An answer that comes in after that (a late paper form) is stored at
once, and a new release is made in the same transaction when the rules allow it;
otherwise it waits. Deleting the raw answers keeps the release and drops everything
that was needed only to judge a next one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from apvdesk.core import site_release
from apvdesk.core.bank import load_bank_snapshot
from apvdesk.core.model import Group
from apvdesk.core.release import Release, gate_open, next_release, waiting
from apvdesk.core.results import RoundResults, cell_counts, results_from_sheets
from apvdesk.core.results_snapshot import (
    history_from_json,
    history_to_json,
    results_from_json,
    results_to_json,
)
from apvdesk.store import convert
from apvdesk.store.models import GroupRow, RespondentRow, RoundReleaseRow, RoundRow
from apvdesk.store.refusals import AnswersDiscarded  # callers import it here too

if TYPE_CHECKING:
    from apvdesk.store.backend import StoreBackend


def _round_groups(session: Session, row: RoundRow) -> list[Group]:
    groups = row.groups or list(session.scalars(select(GroupRow).order_by(GroupRow.position, GroupRow.id)))
    return [convert.group_from_row(group) for group in groups]


def _release_from_row(row: RoundReleaseRow) -> Release:
    return Release(
        results_from_json(row.results_json),
        history_from_json(row.history_json) if row.history_json else {},
    )


def fill_release_row(row: RoundReleaseRow, release: Release) -> None:
    row.results_json = results_to_json(release.results)
    row.history_json = history_to_json(release.history)


class ReleaseMethods:
    """Release a round's results and keep them; delete its raw answers."""

    if TYPE_CHECKING:  # provided by WorkplaceStore
        _backend: StoreBackend

        def _unit(self) -> AbstractContextManager[Session]: ...

    # --- reading what was released ---------------------------------------------------

    def results(self, round_id: int) -> RoundResults | None:
        """Return the released results of a round (None while its first collection is open).

        These are what every page, chart, report, export and ``apvdesk results`` show (the
        support matrices are drawn from them: core.support_matrix). A round without any
        answer yet has nothing to protect: its (empty) results are given, so that a round
        mapped by dialogue meetings only shows them.
        """
        with self._unit() as s:
            release = self._current_release(s, round_id)
        return release.results if release is not None else None

    def baseline_results(self, round_id: int) -> RoundResults | None:
        """Return what a follow-up round compares against: the results of the round it follows.

        They were frozen when the follow-up started, so later answers to that round never
        change them. A follow-up started before they were frozen compares with that
        round's released results. None for a round that follows none.
        """
        with self._unit() as s:
            row = s.get_one(RoundRow, round_id)
            if row.baseline_json is not None:
                return results_from_json(row.baseline_json)
            if row.follows_round_id is None:
                return None
            release = self._current_release(s, row.follows_round_id)
            return release.results if release is not None else None

    def released_on(self, round_id: int) -> dt.date | None:
        """Return the day the round's collection was first ended (None: it never was)."""
        with self._unit() as s:
            row = s.get(RoundReleaseRow, round_id)
            return row.released_on if row is not None else None

    def answers_discarded_on(self, round_id: int) -> dt.date | None:
        """Return the day the round's individual answers were deleted (None: they are kept)."""
        with self._unit() as s:
            row = s.get(RoundReleaseRow, round_id)
            return row.answers_discarded_on if row else None

    def waiting_answers(self, round_id: int) -> dict[int, int]:
        """Return, per group, the answers that came in after the release and are not in it yet."""
        with self._unit() as s:
            release = self._current_release(s, round_id)
            if release is None:
                return {}
            return waiting(release.results.respondents, self._respondents(s, round_id))

    # --- ending and reopening the collection -------------------------------------------

    def end_collection(self, round_id: int, today: dt.date | None = None) -> bool:
        """End the round's collection and release its results; return True when they changed.

        After a reopening, the answers since the release are added only as the release
        rules allow (the others wait). The storage is then rebuilt (a file is vacuumed), so
        that its pages lie in the order of the random ids and keep no trace of the order of
        answering.
        """
        with self._unit() as s:
            row = s.get_one(RoundRow, round_id)
            row.collecting = False
            changed = self._release_due(s, round_id, today or dt.date.today())
        self._backend.rebuild()
        return changed

    def release_sites(self, round_id: int) -> bool:
        """Release the sites' figures as the groups stand at sites now; return True when they changed.

        For a round whose results are released and whose answers are kept, when groups were
        put at sites (or moved) after the release and no answers wait: the sites' figures are
        worked out from the released answers and judged against every release
        (core.site_release.add_sites). Otherwise nothing changes.
        """
        with self._unit() as s:
            round_row = s.get_one(RoundRow, round_id)
            row = s.get(RoundReleaseRow, round_id)
            if round_row.collecting or row is None or row.answers_discarded_on is not None:
                return False
            release = self._site_layout_release(s, round_row, _release_from_row(row))
            if release is None:
                return False
            fill_release_row(row, release)
        return True

    def reopen_collection(self, round_id: int) -> None:
        """Let the round take answers again; the released results stay until the collection ends."""
        if self.answers_discarded_on(round_id) is not None:
            raise AnswersDiscarded(round_id)
        with self._unit() as s:
            s.get_one(RoundRow, round_id).collecting = True

    def is_collecting(self, round_id: int) -> bool:
        """Return True while the round's collection is open (its kiosk may run)."""
        with self._unit() as s:
            return bool(s.get_one(RoundRow, round_id).collecting)

    def keep_released_results(self) -> None:
        """Store the release of every ended round that has none stored yet (a file just upgraded).

        A file from before revision 0007 had its results shown already: its rounds with
        answers were taken as ended, and what they showed is kept now, so that everything
        later is judged against it.
        """
        with self._unit() as s:
            pending = s.scalars(
                select(RoundRow.id)
                .where(RoundRow.collecting.is_(False))
                .where(~RoundRow.id.in_(select(RoundReleaseRow.round_id)))
            ).all()
            for round_id in pending:
                self._release_due(s, round_id, dt.date.today())

    # --- deleting the raw answers ----------------------------------------------------

    def discard_raw_answers(self, round_id: int, today: dt.date | None = None) -> int:
        """Keep the round's released results and delete every individual answer; return how many people.

        One transaction: the collection is ended (the results released if they were
        not), the release history dropped and the respondents (and by cascade their
        answers) deleted together, so a failure leaves everything as it was. Answers
        still waiting for a release are deleted without ever being counted. What is deleted
        is overwritten, and the storage rebuilt afterwards (a file is vacuumed), so that
        nothing of the answers stays in free pages.
        """
        if self.answers_discarded_on(round_id) is not None:
            return 0
        day = today or dt.date.today()
        with self._unit() as s:
            self._backend.overwrite_deleted(s.connection())
            row = s.get_one(RoundRow, round_id)
            row.collecting = False
            self._release_due(s, round_id, day)
            release_row = s.get_one(RoundReleaseRow, round_id)
            release_row.history_json = None
            release_row.answers_discarded_on = day
            deleted = s.execute(delete(RespondentRow).where(RespondentRow.round_id == round_id))
            count = int(getattr(deleted, "rowcount", 0) or 0)
        self._backend.rebuild()
        return count

    # --- inside a unit of work -------------------------------------------------------

    def _respondents(self, s: Session, round_id: int) -> dict[int | None, int]:
        rows = s.execute(
            select(RespondentRow.group_id, func.count())
            .where(RespondentRow.round_id == round_id)
            .group_by(RespondentRow.group_id)
        )
        counts: dict[int | None, int] = {group_id: count for group_id, count in rows}
        counts[None] = sum(counts.values())
        return counts

    def _current_release(self, s: Session, round_id: int) -> Release | None:
        """Return the stored release; for an ended round without one (an upgraded file), compute it."""
        row = s.get(RoundReleaseRow, round_id)
        if row is not None:
            return _release_from_row(row)
        round_row = s.get(RoundRow, round_id)
        if round_row is None:
            raise KeyError(round_id)
        if round_row.collecting and self._respondents(s, round_id)[None]:
            return None  # answers are coming in: counts only until the collection ends
        return self._make_release(s, round_row, None)  # (no answers yet: every figure says so)

    def _release_due(self, s: Session, round_id: int, today: dt.date) -> bool:
        """Store the release that the round's answers allow now, if it differs; return True if so.

        For an ended round only. The first release is made from every answer; a later one
        only as :func:`apvdesk.core.release.next_release` allows.
        """
        round_row = s.get_one(RoundRow, round_id)
        if round_row.collecting:
            return False
        row = s.get(RoundReleaseRow, round_id)
        if row is not None and row.answers_discarded_on is not None:
            return False
        previous = _release_from_row(row) if row is not None else None
        if previous is not None and not gate_open(
            previous.results.respondents, self._respondents(s, round_id), round_row.anonymity_threshold
        ):
            release = self._site_layout_release(s, round_row, previous)  # the new answers wait
        else:
            release = self._make_release(s, round_row, previous)
        if release is None:
            return False
        if row is None:
            row = RoundReleaseRow(round_id=round_id, released_on=today)
            s.add(row)
        fill_release_row(row, release)
        return True

    def _make_release(self, s: Session, round_row: RoundRow, previous: Release | None) -> Release | None:
        """Return the release that follows ``previous`` with the answers the round holds now."""
        bank = load_bank_snapshot(round_row.bank_snapshot, f"round {round_row.id}")
        sheets = self._backend.read_answer_sheets(s.connection(), round_row.id, bank)
        groups = _round_groups(s, round_row)
        candidate = results_from_sheets(
            bank,
            groups,
            sheets,
            round_row.anonymity_threshold,
            round_row.green_from,
            round_row.red_below,
        )
        sites = site_release.candidates(
            bank, groups, sheets, round_row.anonymity_threshold, round_row.green_from, round_row.red_below
        )
        candidate = dataclasses.replace(candidate, sites=sites)
        counts = cell_counts(bank, bank.scales, sheets)
        scale_items = {scale.id: [item.id for item in scale.items] for scale in bank.scales}
        return next_release(previous, candidate, counts, scale_items)

    def _site_layout_release(self, s: Session, round_row: RoundRow, previous: Release) -> Release | None:
        """Return ``previous`` with the sites as the groups stand now, when that changed; else None.

        Groups put at a site after the release: the sites' figures are worked out from the
        answers already released (none may be waiting) and judged against every release.
        """
        groups = _round_groups(s, round_row)
        if site_release.site_members(groups) == site_release.layout(previous.results.sites):
            return None
        if waiting(previous.results.respondents, self._respondents(s, round_row.id)):
            return None
        bank = load_bank_snapshot(round_row.bank_snapshot, f"round {round_row.id}")
        sheets = self._backend.read_answer_sheets(s.connection(), round_row.id, bank)
        sites = site_release.candidates(
            bank, groups, sheets, round_row.anonymity_threshold, round_row.green_from, round_row.red_below
        )
        scale_items = {scale.id: [item.id for item in scale.items] for scale in bank.scales}
        added = site_release.add_sites(
            previous.results, previous.history, sites, cell_counts(bank, bank.scales, sheets), scale_items
        )
        return Release(*added) if added is not None else None
