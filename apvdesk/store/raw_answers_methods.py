"""Deleting a round's individual answers while keeping its results (mixed into WorkplaceStore).

The aggregated results, as shown (suppression applied), are stored in ``round_summary``
and the respondents and their answers are deleted in the same transaction, with SQLite's
``secure_delete`` on so that the freed pages are overwritten; the file is then vacuumed.
From then on the round's results come from the summary and it takes no more answers.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from apvdesk.core.results import RoundResults
from apvdesk.core.results_snapshot import results_from_json, results_to_json
from apvdesk.store.models import RespondentRow, RoundSummaryRow


class AnswersDiscarded(Exception):
    """The round's individual answers were deleted; it takes no new answers."""


class RawAnswersMethods:
    """Keep a round's results and delete its individual answers."""

    if TYPE_CHECKING:  # provided by WorkplaceStore
        _engine: Engine

        def _unit(self) -> AbstractContextManager[Session]: ...
        def results(self, round_id: int) -> RoundResults: ...

    def answers_discarded_on(self, round_id: int) -> dt.date | None:
        """Return the day the round's individual answers were deleted (None: they are kept)."""
        with self._unit() as s:
            row = s.get(RoundSummaryRow, round_id)
            return row.discarded_on if row else None

    def stored_results(self, round_id: int) -> RoundResults | None:
        """Return the results kept for a round whose answers were deleted, else None."""
        with self._unit() as s:
            row = s.get(RoundSummaryRow, round_id)
            return results_from_json(row.results_json) if row else None

    def discard_raw_answers(self, round_id: int, today: dt.date | None = None) -> int:
        """Keep the round's results as shown and delete every individual answer; return how many people.

        One transaction: the summary is written and the respondents (and by cascade their
        answers) deleted together, so a failure leaves the answers as they were. The file
        is vacuumed afterwards so that nothing of the answers stays in free pages.
        """
        if self.answers_discarded_on(round_id) is not None:
            return 0
        results = self.results(round_id)
        with self._unit() as s:
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            s.add(
                RoundSummaryRow(
                    round_id=round_id,
                    results_json=results_to_json(results),
                    discarded_on=today or dt.date.today(),
                )
            )
            deleted = s.execute(delete(RespondentRow).where(RespondentRow.round_id == round_id))
            count = int(getattr(deleted, "rowcount", 0) or 0)
        with self._engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
        return count
