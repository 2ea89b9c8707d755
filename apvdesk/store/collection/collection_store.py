"""An open collection file, as the kiosk, the paper-form grid and the import wizard ask a store.

Those three take a workplace store and ask it only for the round (its languages,
threshold and kiosk PIN), the round's questionnaire and groups, the groups' names in
other languages, to mark the lock while a kiosk runs, and to add or correct answer
sheets. :class:`CollectionStore` answers exactly that from the collection file and
writes through :func:`~apvdesk.store.collection.file.add_sheets`; nothing else of a
workplace (results, plan, names) is there to be asked. It holds the file's lock from
:meth:`open` until :meth:`close`, as a workplace store does: one writer at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from apvdesk.core.bank import QuestionBank, load_bank_snapshot
from apvdesk.core.bank_reader import BankError
from apvdesk.core.model import Group, Response, Round
from apvdesk.store.collection.errors import NotACollectionFile
from apvdesk.store.collection.file import (
    CollectionHeader,
    add_sheets,
    change_sheet,
    check_collection,
    group_counts,
    read_header,
    sheet_count,
)

if TYPE_CHECKING:
    from apvdesk.store.lock_owner import LockOwner
    from apvdesk.store.sqlite.lock import WorkplaceLock


class CollectionStore:
    """A collection file opened for collecting answers: the one round it was made for, nothing else.

    ``round_id`` is the round's id in the workplace file it came from; every request
    names it (as the kiosk and the dialogs do) and any other id is a KeyError.
    """

    def __init__(self, path: Path, header: CollectionHeader, lock: WorkplaceLock) -> None:
        self.path = Path(path)
        self.header = header
        self.round_id = header.round_id
        self._lock = lock
        try:
            self._bank = load_bank_snapshot(header.bank_snapshot, "collection")
        except BankError as exc:  # a snapshot this apvdesk cannot read: the file is damaged
            lock.release()
            raise NotACollectionFile(path, f"questionnaire: {exc}") from None

    @classmethod
    def open(cls, path: Path | str) -> CollectionStore:
        """Check the collection file (untouched when refused), then take its lock.

        Raises FileMissing, NotACollectionFile, NewerCollectionFile; FileInUse while another
        copy of apvdesk writes to it; CannotLock where no lock can be written beside it.
        """
        from apvdesk.store.sqlite.lock import acquire

        path = Path(path)
        check_collection(path)  # refused before the lock is taken
        lock = acquire(path)
        try:
            header = read_header(path)
        except BaseException:
            lock.release()
            raise
        return cls(path, header, lock)

    @property
    def closed(self) -> bool:
        return self._lock.released

    def close(self) -> None:
        """Let go of the file's lock (every sheet is stored already); calling it twice is harmless."""
        self._lock.release()

    # --- what the kiosk and the dialogs ask --------------------------------------------

    def _check(self, round_id: int) -> None:
        if round_id != self.round_id:
            raise KeyError(round_id)

    def round(self, round_id: int) -> Round:
        """Return the round as the collection file knows it (no title or dates: the file has none)."""
        self._check(round_id)
        return Round(
            title=self.path.stem,
            start_date=dt.date.today(),
            anonymity_threshold=self.header.threshold,
            languages=list(self.header.languages),
            group_ids=[g.id for g in self.header.groups if g.id is not None],
            kiosk_pin_hash=self.header.pin_hash,
            id=self.round_id,
        )

    def round_bank(self, round_id: int) -> QuestionBank:
        self._check(round_id)
        return self._bank

    def round_groups(self, round_id: int) -> list[Group]:
        self._check(round_id)
        return list(self.header.groups)

    def group_names(self) -> dict[int, dict[str, str]]:
        """Return no names in other languages: a collection file holds only the groups' names."""
        return {}

    def is_collecting(self, round_id: int) -> bool:
        self._check(round_id)
        return True

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Mark the lock: a kiosk runs (another copy of apvdesk says so when refused)."""
        from apvdesk.store.sqlite.lock import set_kiosk

        return set_kiosk(self.path, round_id)

    def add_responses(self, round_id: int, responses: Iterable[Response]) -> int:
        """Store answer sheets in the collection file, all or none; return how many."""
        self._check(round_id)
        return add_sheets(self.path, list(responses), self._bank)

    def change_sheet(self, round_id: int, sheet_id: int, language: str, response: Response | None) -> None:
        """Correct (or, with None, delete) a sheet the entry grid saved in this sitting."""
        self._check(round_id)
        change_sheet(self.path, sheet_id, language, response, self._bank)

    def respondent_count(self, round_id: int) -> int:
        """Return how many answer sheets the collection file holds."""
        self._check(round_id)
        return sheet_count(self.path)

    def group_counts(self) -> dict[int, int]:
        """Return group id -> answer sheets held for it (shown only when no group is below the threshold)."""
        return group_counts(self.path)


def clear_collection_lock(path: Path, seen: LockOwner) -> None:
    """Remove the lock on the collection file that the user was shown as ``seen`` (their decision).

    FileInUse when it changed since it was shown; CannotLock when it cannot be removed.
    """
    from apvdesk.store.sqlite.lock import clear_lock

    clear_lock(path, seen)
