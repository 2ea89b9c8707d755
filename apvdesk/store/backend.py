"""The seam between the shared ORM code and the database it works on: the hooks a backend fills.

:class:`~apvdesk.store.workplace_store.WorkplaceStore` and its mixins are plain
SQLAlchemy: models, sessions, portable queries. Where one database needs something of
its own, they call the :class:`StoreBackend` they were given when the workplace was
opened, and nothing else of that database. The SQLite workplace file fills these hooks
in :class:`apvdesk.store.sqlite.backend.SqliteBackend`; a server database (PostgreSQL)
would fill the same ones: make the engine, check before and after each unit of work that
it still works on the workplace it opened, say a failed unit of work as one of
:mod:`apvdesk.store.errors`, read the answer sheets and the Overview's facts fast, make
deleted answers unreadable, rebuild the storage so that it keeps no order of answering,
and let go of the workplace when it is closed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.exc import OperationalError

    from apvdesk.core.bank import QuestionBank
    from apvdesk.core.model import Response
    from apvdesk.core.overview import OverviewFacts
    from apvdesk.core.scoring import AnswerSheets


class StoreBackend(Protocol):
    """What the shared ORM code asks of the database one open workplace lives in."""

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine the store's sessions run on."""
        ...

    @property
    def path(self) -> Path:
        """Where the workplace is, as the user named it (a file's path)."""
        ...

    @property
    def read_only(self) -> bool:
        """True when nothing may be written (a write fails with OpenedReadOnly)."""
        ...

    def check_in_place(self) -> None:
        """Raise when the workplace opened is no longer the one the store works on.

        Called before and after every unit of work. A file raises FileReplaced when it was
        removed, or another file was moved into its place.
        """
        ...

    def failure(self, error: OperationalError) -> Exception:
        """Return the error of :mod:`apvdesk.store.errors` that says why a unit of work failed.

        May raise FileReplaced itself when the failure came from the workplace going away.
        """
        ...

    def read_answer_sheets(self, connection: Connection, round_id: int, bank: QuestionBank) -> AnswerSheets:
        """Return every answer sheet of a round to the bank's items, in the order of their ids."""
        ...

    def read_responses(self, connection: Connection, round_id: int) -> list[Response]:
        """Return every answer sheet of a round (its group and answers), in the order of their ids."""
        ...

    def read_overview(self, connection: Connection) -> OverviewFacts:
        """Return the facts of the Overview page."""
        ...

    def overwrite_deleted(self, connection: Connection) -> None:
        """Make what this unit of work deletes unreadable in the storage, not only marked free."""
        ...

    def rebuild(self) -> None:
        """Rebuild the storage so that no page keeps the order of storing, or anything deleted."""
        ...

    def rebuild_is_cheap(self) -> bool:
        """Return True when :meth:`rebuild` is quick enough to follow every stored answer sheet."""
        ...

    def mark_kiosk(self, round_id: int | None) -> bool:
        """Tell other programs that a questionnaire kiosk now runs for ``round_id`` (None: none).

        Returns False when the mark could not be made (the program then shows no kiosk).
        """
        ...

    def backup_count(self) -> int:
        """Return how many automatic backups of the workplace are kept."""
        ...

    def delete_backups(self) -> int:
        """Delete the workplace's automatic backups; return how many went."""
        ...

    def close(self) -> None:
        """Let go of the workplace: its connections, temporary copies and its hold (the lock)."""
        ...
