"""Rescue a damaged workplace file: copy every row SQLite can still read into a new file.

The damaged file is never opened for writing: a temporary copy of it is read, read-only
and set to read past what damage it can (:mod:`apvdesk.store.sqlite.rescue_source`).
Each table of the schema is read on its own, in dependency order, through its own
b-tree, past damaged pages as far as they allow (:mod:`apvdesk.store.sqlite.rescue_reading`:
by rowid, or by primary key for a WITHOUT ROWID table). A new file is made at the head
revision with :func:`apvdesk.store.sqlite.database.create_file`, and the rows are copied by
column name, so a file of any known revision can be rescued
(:mod:`apvdesk.store.sqlite.rescue_writing`). Rows whose parent was lost are dropped (or their
optional reference cleared), so ``foreign_key_check`` is clean. Values apvdesk cannot
use (see :mod:`apvdesk.store.sqlite.content_check`) are repaired where a safe value exists, or
their rows left out (:mod:`apvdesk.store.sqlite.content_repair`), so the new file opens. The
report says, per table, how many rows were saved, repaired and lost, and what was done
about each value that could not be used.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from apvdesk.store import migrate
from apvdesk.store.content_fault import ContentChange
from apvdesk.store.errors import NewerVersionFile
from apvdesk.store.sqlite.database import create_file
from apvdesk.store.sqlite.rescue_report import RescueReport, TableRescue, rescue_target
from apvdesk.store.sqlite.rescue_source import (
    can_rescue,
    damaged_reader,
    readable_copy,
    source_columns,
    source_revision,
)
from apvdesk.store.sqlite.rescue_writing import copy_rows

if TYPE_CHECKING:
    from apvdesk.core.bank import QuestionBank

# Callers import everything about a rescue here.
__all__ = ["RescueReport", "TableRescue", "can_rescue", "rescue_file", "rescue_target"]


def rescue_file(damaged: Path, target: Path, banks: Sequence[QuestionBank] = ()) -> RescueReport:
    """Create a new workplace file at ``target`` with every row still readable in ``damaged``.

    ``damaged`` is left byte for byte as it was; ``target`` (which must be another file)
    is replaced only when the new file is complete. ``banks`` are the question banks
    shipped with apvdesk: a round whose kept bank cannot be read gets the one with the
    same id and version back (otherwise the round is left out). Raises FileMissing, NotAWorkplaceFile
    (not an apvdesk file), NewerVersionFile, DamagedFile with ``can_rescue`` False when
    SQLite cannot read the file at all, and CannotWrite (or DiskFull) for ``target``.
    """
    damaged, target = Path(damaged), Path(target)
    if target.exists() and damaged.exists() and target.resolve() == damaged.resolve():
        raise ValueError(f"the rescue must go to a new file, not to {damaged} itself")
    with readable_copy(damaged) as copy, contextlib.closing(damaged_reader(copy)) as source:
        columns = source_columns(source, damaged)
        revision = source_revision(source)
        if revision is not None and revision not in migrate.KNOWN_REVISIONS:
            raise NewerVersionFile(damaged, f"schema revision {revision}")
        outcomes: list[TableRescue] = []
        changes: list[ContentChange] = []
        current = revision == migrate.SCHEMA_HEAD  # an older file lacks the newer tables by right

        def populate(engine: Engine) -> None:
            outcomes.extend(copy_rows(source, engine, columns, changes, banks, current))

        create_file(target, populate).dispose()
    return RescueReport(damaged, target, revision, tuple(outcomes), tuple(changes))
