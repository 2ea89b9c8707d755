"""Storing a round's anonymous answer sheets and counting them (mixed into WorkplaceStore).

A sheet is a random id, its group and its answers; its language is counted per round and
nothing else is kept with it (docs/privacy.md). In a round whose collection has ended, a
sheet that comes in is judged for a new release in the same transaction
(:mod:`apvdesk.store.release_methods`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from apvdesk.core.model import Response
from apvdesk.core.results import RoundResults
from apvdesk.store.collection.sealing import merged_key, open_counts, seal_counts
from apvdesk.store.collection_models import MergedCollectionRow, WorkplaceKeyRow
from apvdesk.store.models import AnswerRow, RespondentRow, RoundLanguageRow, RoundRow
from apvdesk.store.refusals import AnswersDiscarded, CollectionMerged, SheetReleased

if TYPE_CHECKING:
    from apvdesk.store.backend import StoreBackend


def _unordered_id() -> int:
    """Return a random positive 62-bit id (collisions are vanishingly unlikely)."""
    return secrets.randbits(62) or 1


def _stored(s: Session, sheet_ids: list[int]) -> set[int]:
    """Return the ids among ``sheet_ids`` that an answer sheet in the file has."""
    found: set[int] = set()
    for start in range(0, len(sheet_ids), 500):
        chunk = sheet_ids[start : start + 500]
        found.update(s.scalars(select(RespondentRow.id).where(RespondentRow.id.in_(chunk))))
    return found


class AnswerMethods:
    """Store answer sheets, read them back, count them per group and per language."""

    if TYPE_CHECKING:  # provided by WorkplaceStore and ReleaseMethods
        _backend: StoreBackend

        def _unit(self) -> AbstractContextManager[Session]: ...
        def _respondents(self, s: Session, round_id: int) -> dict[int | None, int]: ...
        def _release_due(self, s: Session, round_id: int, today: dt.date) -> bool: ...
        def answers_discarded_on(self, round_id: int) -> dt.date | None: ...
        def results(self, round_id: int) -> RoundResults | None: ...

    def add_responses(
        self, round_id: int, responses: Iterable[Response], merged_collection: str | None = None
    ) -> int:
        """Store anonymous answer sheets in one transaction; return how many were stored.

        Each sheet gets a random id (unless the response brings one, as the seeded demo
        does) and keeps only its group and answers: no date, no time, no language (the
        languages are counted per round). The round's threshold becomes the floor, as
        respondents were told it. In a round whose collection has ended, a new release is
        made in the same transaction when the release rules allow it (core.release).

        A database places new rows in free space inside its pages, which would keep a trace
        of the order of storing; so the storage is rebuilt after each write, in the order of
        the random ids (:meth:`StoreBackend.rebuild`): always for answers that come in after
        the collection ended (late forms, rare), and during a collection while that is cheap
        (a file of at most :data:`apvdesk.store.sqlite.backend.TIDY_SIZE_LIMIT` bytes, about
        2,500 sheets of the shipped questionnaire in all its rounds, far more than a small
        firm's). A larger one is rebuilt when the collection ends.

        ``merged_collection`` names the collection file the sheets come from (they bring
        their random ids from it): it is recorded, with the sheets' languages counted for
        it, in the same transaction; :class:`CollectionMerged` is raised (nothing stored)
        when one of the sheets is in the file already (apvdesk.store.collection).
        """
        if self.answers_discarded_on(round_id) is not None:
            raise AnswersDiscarded(round_id)
        people: list[dict] = []
        answers: list[dict] = []
        languages: Counter[str] = Counter()
        for response in responses:
            respondent_id = response.id or _unordered_id()
            people.append({"id": respondent_id, "round_id": round_id, "group_id": response.group_id})
            languages[response.language] += 1
            answers.extend(
                {"respondent_id": respondent_id, "item_id": item_id, "option": option}
                for item_id, option in response.answers.items()
            )
        if not people:  # nothing stored, and a collection with no sheets is not recorded as merged
            return 0
        with self._unit() as s:  # all or nothing
            if merged_collection is not None:
                self._record_merge(s, round_id, merged_collection, [p["id"] for p in people], languages)
            s.execute(insert(RespondentRow), people)
            if answers:
                s.execute(insert(AnswerRow), answers)
            for language, count in languages.items():
                counted = s.get(RoundLanguageRow, (round_id, language))
                if counted is None:
                    s.add(RoundLanguageRow(round_id=round_id, language=language, answers=count))
                else:
                    counted.answers += count
            row = s.get_one(RoundRow, round_id)
            row.promised_threshold = max(row.promised_threshold, row.anonymity_threshold)
            late = not row.collecting
            s.flush()
            self._release_due(s, round_id, dt.date.today())
        if late or self._backend.rebuild_is_cheap():
            self._backend.rebuild()  # no page keeps the order in which the sheets were stored
        return len(people)

    def change_sheet(self, round_id: int, sheet_id: int, language: str, response: Response | None) -> None:
        """Replace the answers of one stored sheet (its group too), or delete it when ``response`` is None.

        For a form typed in by mistake, while the typist still holds the sheet's random id
        (the entry grid keeps it in memory until it closes; it is never written anywhere).
        ``language`` is the language the sheet was counted in. Only while the round
        collects: no release holds a sheet then. Once the collection has ended the results
        are released, a sheet may be part of them, and changing it would let two releases
        differ by one person, so :class:`SheetReleased` is raised. What is deleted is
        overwritten, and the storage rebuilt as after :meth:`add_responses`.
        """
        if self.answers_discarded_on(round_id) is not None:
            raise AnswersDiscarded(round_id)
        with self._unit() as s:
            if not s.get_one(RoundRow, round_id).collecting:
                raise SheetReleased(round_id)
            sheet = s.get(RespondentRow, sheet_id)
            if sheet is None or sheet.round_id != round_id:
                raise KeyError(sheet_id)
            self._backend.overwrite_deleted(s.connection())
            s.execute(delete(AnswerRow).where(AnswerRow.respondent_id == sheet_id))
            counted = s.get(RoundLanguageRow, (round_id, language))
            if counted is not None and counted.answers > 0:
                counted.answers -= 1
            if response is None:
                s.execute(delete(RespondentRow).where(RespondentRow.id == sheet_id))
            else:
                sheet.group_id = response.group_id
                answers = [
                    {"respondent_id": sheet_id, "item_id": item_id, "option": option}
                    for item_id, option in response.answers.items()
                ]
                if answers:
                    s.execute(insert(AnswerRow), answers)
                again = s.get(RoundLanguageRow, (round_id, response.language))
                if again is None:
                    s.add(RoundLanguageRow(round_id=round_id, language=response.language, answers=1))
                else:
                    again.answers += 1
        if self._backend.rebuild_is_cheap():
            self._backend.rebuild()

    def responses(self, round_id: int) -> list[Response]:
        """Return every answer sheet of a round (group and answers), in the order of their random ids."""
        with self._unit() as s:
            return self._backend.read_responses(s.connection(), round_id)

    def language_counts(self, round_id: int) -> dict[str, int]:
        """Return how many answer sheets of the round were given in each language."""
        with self._unit() as s:
            rows = s.execute(
                select(RoundLanguageRow.language, RoundLanguageRow.answers).where(
                    RoundLanguageRow.round_id == round_id
                )
            )
            return {language: count for language, count in rows if count}

    def respondents_by_group(self, round_id: int) -> dict[int, int]:
        """Return how many have answered in each group of a round (live counts, not results)."""
        if self.answers_discarded_on(round_id) is not None:
            kept = self.results(round_id)
            assert kept is not None
            return {g: n for g, n in kept.respondents.items() if g is not None and n}
        with self._unit() as s:
            return {g: n for g, n in self._respondents(s, round_id).items() if g is not None}

    def respondent_count(self, round_id: int) -> int:
        """Return how many have answered in a round (including answers waiting for a release)."""
        return sum(self.respondents_by_group(round_id).values())

    @staticmethod
    def _record_merge(
        s: Session, round_id: int, collection_id: str, sheet_ids: list[int], languages: Counter[str]
    ) -> None:
        """Record sheets merged from a collection; CollectionMerged when one is stored already.

        The collection is kept by a hash of its id, with its languages counted, sealed with
        the id (apvdesk.store.collection.sealing).
        """
        if _stored(s, sheet_ids):
            raise CollectionMerged(round_id)
        row = s.get(MergedCollectionRow, merged_key(collection_id))
        if row is None:
            row = MergedCollectionRow(
                collection_id=merged_key(collection_id), round_id=round_id, languages=""
            )
            s.add(row)
        counts = Counter(open_counts(collection_id, row.languages) or {})
        counts.update(languages)
        row.languages = seal_counts(collection_id, dict(counts))

    def merged_before(
        self, collection_id: str, sheet_ids: Iterable[int]
    ) -> tuple[set[int], dict[str, int] | None]:
        """Return which of a collection's sheets are in the file already, and their languages counted.

        The ids are the sheets' random ids in the collection file, which a merged sheet keeps;
        the counts are those of every sheet merged from that collection so far ({} before
        the first; None when they cannot be read: a file altered by hand).
        """
        with self._unit() as s:
            stored = _stored(s, list(sheet_ids))
            row = s.get(MergedCollectionRow, merged_key(collection_id))
            return stored, ({} if row is None else open_counts(collection_id, row.languages))

    def known_collection_key(self) -> str | None:
        """Return the workplace's key for collection files, or None before the first collection."""
        with self._unit() as s:
            return s.scalar(select(WorkplaceKeyRow.key))

    def collection_key(self) -> str:
        """Return the workplace's random key for collection files, making it the first time."""
        with self._unit() as s:
            key = s.scalar(select(WorkplaceKeyRow.key))
            if key is None:
                key = secrets.token_hex(16)
                s.add(WorkplaceKeyRow(key=key))
            return key
