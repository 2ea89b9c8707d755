"""A workplace's rounds: creating and changing them, their thresholds and bank (mixed into WorkplaceStore).

The anonymity threshold can only be raised once respondents were told it (the kiosk's
welcome, the paper form, or an answer stored under it); raising it withholds more of the
released results at once (core.release). A follow-up round freezes the results of the
round it follows when it starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from apvdesk.core.bank import QuestionBank, load_bank_snapshot
from apvdesk.core.model import Group, Round, RoundStatus
from apvdesk.core.release import Release, raise_threshold
from apvdesk.core.results_snapshot import results_to_json
from apvdesk.store import convert
from apvdesk.store.content_rules import refuse_invalid, values_of
from apvdesk.store.models import GroupRow, RespondentRow, RoundReleaseRow, RoundRow
from apvdesk.store.refusals import RoundHasAnswers, ThresholdBelowPromise  # callers import them here too
from apvdesk.store.release_methods import fill_release_row


def _check_round(apv_round: Round) -> None:
    """Refuse a round the domain would refuse to read back (ValueError)."""
    Round(
        apv_round.title,
        apv_round.start_date,
        RoundStatus(apv_round.status),
        anonymity_threshold=apv_round.anonymity_threshold,
        green_from=apv_round.green_from,
        red_below=apv_round.red_below,
    )
    refuse_invalid("apv_round", values_of("apv_round", apv_round, leave_out=("languages",)))


class RoundMethods:
    """Rounds: listing, creating and changing them; thresholds; the question bank a round keeps."""

    if TYPE_CHECKING:  # provided by WorkplaceStore and ReleaseMethods

        def _unit(self) -> AbstractContextManager[Session]: ...
        def _current_release(self, s: Session, round_id: int) -> Release | None: ...
        def groups(self) -> list[Group]: ...

    def rounds(self, include_follow_ups: bool = False) -> list[Round]:
        """Return the APV rounds by start date; follow-up rounds only when asked for."""
        with self._unit() as s:
            query = select(RoundRow).options(selectinload(RoundRow.groups))
            if not include_follow_ups:
                query = query.where(RoundRow.follows_round_id.is_(None))
            rows = s.scalars(query.order_by(RoundRow.start_date, RoundRow.id))
            return [convert.round_from_row(row) for row in rows]

    def round(self, round_id: int) -> Round:
        """Return one round (an APV or a follow-up round); raise KeyError if there is none."""
        with self._unit() as s:
            row = s.get(RoundRow, round_id, options=[selectinload(RoundRow.groups)])
            if row is None:
                raise KeyError(round_id)
            return convert.round_from_row(row)

    def latest_round(self) -> Round | None:
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def create_round(self, apv_round: Round, bank: QuestionBank) -> Round:
        """Start a round that keeps its own snapshot of ``bank``.

        A follow-up round freezes the released results of the round it follows: its
        before/after comparison never changes afterwards.
        """
        _check_round(apv_round)
        with self._unit() as s:
            baseline = None
            if apv_round.follows_round_id is not None:
                release = self._current_release(s, apv_round.follows_round_id)
                baseline = results_to_json(release.results) if release is not None else None
            row = RoundRow(
                title=apv_round.title,
                start_date=apv_round.start_date,
                status=apv_round.status.value,
                anonymity_threshold=apv_round.anonymity_threshold,
                bank_id=bank.id,
                bank_version=bank.version,
                bank_snapshot=bank.to_json(),
                languages=",".join(apv_round.languages),
                kiosk_pin_hash=apv_round.kiosk_pin_hash,
                green_from=apv_round.green_from,
                red_below=apv_round.red_below,
                follows_round_id=apv_round.follows_round_id,
                baseline_json=baseline,
            )
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(apv_round.group_ids))))
            s.add(row)
            s.flush()
            return convert.round_from_row(row)

    def update_round(self, apv_round: Round) -> None:
        """Save a round's title, date, status, threshold, languages, groups and PIN hash.

        The bank snapshot is never changed here (see :meth:`set_round_themes`). Once
        anyone has answered or been told the anonymity threshold, it can only be raised
        (ThresholdBelowPromise); raising it withholds more of the released results at
        once. Once results are released their traffic-light thresholds stay, and once the
        raw answers are deleted the threshold stays too (ValueError).
        """
        _check_round(apv_round)
        with self._unit() as s:
            row = s.get_one(RoundRow, apv_round.id)
            threshold = apv_round.anonymity_threshold
            if threshold < row.promised_threshold:
                raise ThresholdBelowPromise(threshold, row.promised_threshold)
            if threshold != row.anonymity_threshold or (apv_round.green_from, apv_round.red_below) != (
                row.green_from,
                row.red_below,
            ):
                self._settle_release_before_change(s, row, apv_round)
            row.title = apv_round.title
            row.start_date = apv_round.start_date
            row.status = apv_round.status.value
            row.anonymity_threshold = threshold
            if row.promised_threshold:  # once anyone was told or has answered, it only goes up
                row.promised_threshold = max(row.promised_threshold, threshold)
            row.languages = ",".join(apv_round.languages)
            row.kiosk_pin_hash = apv_round.kiosk_pin_hash
            row.green_from = apv_round.green_from
            row.red_below = apv_round.red_below
            row.groups = list(s.scalars(select(GroupRow).where(GroupRow.id.in_(apv_round.group_ids))))

    def _settle_release_before_change(self, s: Session, row: RoundRow, apv_round: Round) -> None:
        """Before a round's thresholds change: keep what it released, only ever withholding more."""
        release_row = s.get(RoundReleaseRow, row.id)
        if release_row is None and row.collecting:
            return  # nothing released yet: the results are worked out when the collection ends
        release = self._current_release(s, row.id)
        if release is None:
            return
        if (apv_round.green_from, apv_round.red_below) != (row.green_from, row.red_below):
            raise ValueError("the traffic-light thresholds cannot change once results are released")
        if release_row is not None and release_row.answers_discarded_on is not None:
            raise ValueError("the anonymity threshold cannot change once the individual answers are deleted")
        if release_row is None:  # an upgraded file's first release: store it as shown so far
            release_row = RoundReleaseRow(round_id=row.id, released_on=dt.date.today())
            s.add(release_row)
        bank = load_bank_snapshot(row.bank_snapshot, f"round {row.id}")
        scale_items = {scale.id: [item.id for item in scale.items] for scale in bank.scales}
        fill_release_row(release_row, raise_threshold(release, apv_round.anonymity_threshold, scale_items))

    def promise_threshold(self, round_id: int) -> None:
        """Record that respondents are told the round's threshold (the kiosk starts, a form is printed).

        From then on the threshold can only be raised.
        """
        with self._unit() as s:
            row = s.get_one(RoundRow, round_id)
            row.promised_threshold = max(row.promised_threshold, row.anonymity_threshold)

    def promised_threshold(self, round_id: int) -> int:
        """Return the threshold respondents were told (0: none yet); the threshold's floor."""
        with self._unit() as s:
            return s.get_one(RoundRow, round_id).promised_threshold

    def set_round_themes(self, round_id: int, bank: QuestionBank, theme_ids: Iterable[str]) -> QuestionBank:
        """Ask the themes ``theme_ids`` (plus the required ones) in a round without answers yet.

        The round's snapshot becomes ``bank`` narrowed to those themes. Raises
        RoundHasAnswers once anyone has answered, because the questions must not change then.
        """
        narrowed = bank.with_themes(theme_ids)
        with self._unit() as s:
            answered = s.scalar(
                select(func.count()).select_from(RespondentRow).where(RespondentRow.round_id == round_id)
            )
            if answered:
                raise RoundHasAnswers(answered)
            row = s.get_one(RoundRow, round_id)
            row.bank_id = narrowed.id
            row.bank_version = narrowed.version
            row.bank_snapshot = narrowed.to_json()
        return narrowed

    def round_groups(self, round_id: int) -> list[Group]:
        """Return the groups taking part in a round (every group when none was chosen)."""
        chosen = set(self.round(round_id).group_ids)
        groups = self.groups()
        return [g for g in groups if g.id in chosen] if chosen else groups

    def round_bank(self, round_id: int) -> QuestionBank:
        """Return the question bank as the round stored it."""
        with self._unit() as s:
            snapshot = s.get_one(RoundRow, round_id).bank_snapshot
        return load_bank_snapshot(snapshot, f"round {round_id}")
