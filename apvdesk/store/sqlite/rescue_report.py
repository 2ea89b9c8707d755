"""What a rescue made of a damaged workplace file: the new file, each table's rows, each repair.

Also where the rescued file goes. Standard library only, so that the window can name
the rescue's outcome and target before SQLAlchemy is loaded; the rescue itself is
:mod:`apvdesk.store.sqlite.rescue`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from apvdesk.store.content_fault import ContentChange


@dataclass(frozen=True)
class TableRescue:
    """What became of one table's rows.

    ``lost`` counts rows known to have existed that could not be read, whose values
    apvdesk cannot use and could not repair, or whose parent row was lost. ``damaged``
    is True when part of the table could not be read at all, so that an unknown number
    of further rows is missing. ``repaired`` counts saved rows in which a value was
    changed so that apvdesk can use it; ``missing`` is True when the file had no such
    table at all although its schema revision has one.
    """

    table: str
    saved: int
    lost: int
    damaged: bool
    repaired: int = 0
    missing: bool = False

    @property
    def complete(self) -> bool:
        return self.lost == 0 and not self.damaged and not self.missing and self.repaired == 0


@dataclass(frozen=True)
class RescueReport:
    """The outcome of :func:`~apvdesk.store.sqlite.rescue.rescue_file`: the new file and each table's rows."""

    damaged: Path
    target: Path
    revision: str | None  # the damaged file's schema revision, when it could be read
    tables: tuple[TableRescue, ...]
    changes: tuple[ContentChange, ...] = ()  # what was done about each value apvdesk cannot use

    @property
    def complete(self) -> bool:
        """True when every row was saved (the damage was only in indexes or free pages)."""
        return all(table.complete for table in self.tables)

    @property
    def saved(self) -> int:
        return sum(table.saved for table in self.tables)

    def table(self, name: str) -> TableRescue:
        """Return the outcome for table ``name``; KeyError when the file had no such table."""
        for table in self.tables:
            if table.table == name:
                return table
        raise KeyError(name)


def rescue_target(damaged: Path) -> Path:
    """Return a free name for the rescued file beside ``damaged``: ``<stem> (rescued).apvdesk``."""
    damaged = Path(damaged)
    suffix = damaged.suffix or ".apvdesk"
    candidate = damaged.with_name(f"{damaged.stem} (rescued){suffix}")
    number = 2
    while candidate.exists():
        candidate = damaged.with_name(f"{damaged.stem} (rescued {number}){suffix}")
        number += 1
    return candidate
