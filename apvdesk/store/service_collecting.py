"""What the kiosk, the paper-form grid and the import wizard ask of a store: the part they need.

An open workplace (:class:`~apvdesk.store.service.WorkplaceService`) is one, and so is an
open collection file (:class:`~apvdesk.store.collection.collection_store.CollectionStore`),
which answers only this: the reduced window on a collection file reaches nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.model import Group, Response, Round


class CollectingService(Protocol):
    """A round's questionnaire, groups and kiosk PIN, and storing (or correcting) its answer sheets."""

    def round(self, round_id: int) -> Round:
        """Return one round; KeyError when there is none."""
        ...

    def round_groups(self, round_id: int) -> list[Group]:
        """Return the groups taking part in a round."""
        ...

    def round_bank(self, round_id: int) -> QuestionBank:
        """Return the question bank as the round keeps it."""
        ...

    def group_names(self) -> dict[int, dict[str, str]]:
        """Return group id -> language -> the group's name in that questionnaire language."""
        ...

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Tell other programs that a questionnaire kiosk runs for ``round_id`` (None: it stopped)."""
        ...

    def add_responses(self, round_id: int, responses: Iterable[Response]) -> int:
        """Store anonymous answer sheets in one transaction, all or none; return how many."""
        ...

    def change_sheet(self, round_id: int, sheet_id: int, language: str, response: Response | None) -> None:
        """Replace (None: delete) a sheet by its id, typed in this sitting."""
        ...
