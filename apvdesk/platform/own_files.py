"""How apvdesk's own files are known on disk: a workplace file, its lock file, SQLite's journal.

A workplace file (or a backup of one) is an SQLite file carrying apvdesk's application
id in its header; the lock file beside it (``.~lock.NAME#``) is a short JSON record of
apvdesk's; SQLite's rollback journal (``NAME-journal``) starts with its own magic bytes.
The safe writer (:mod:`apvdesk.platform.atomic_file`) uses this to never write an output
over one of them; the SQLite room (:mod:`apvdesk.store.sqlite`) marks and names its files
with the same constants. Only the standard library is imported here.
"""

from __future__ import annotations

import json
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x41505644  # "APVD": marks a file as an apvdesk workplace
COLLECTION_APPLICATION_ID = 0x41505643  # "APVC": marks an apvdesk collection file (store.collection)
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a live SQLite rollback journal
JOURNAL_SUFFIX = "-journal"
LOCK_PREFIX, LOCK_SUFFIX = ".~lock.", "#"  # the lock file of Firma.apvdesk is .~lock.Firma.apvdesk#
_LOCK_MAX_BYTES = 4096  # a lock file is a short JSON record


def apvdesk_file_kind(path: Path) -> str | None:
    """Return what of apvdesk's ``path`` holds or names: "workplace", "collection", "lock", "journal" or None.

    A workplace file (or a backup of one) carries SQLite's header and apvdesk's
    application id; a lock file is apvdesk's JSON record; a journal starts with SQLite's
    journal header. The names of the lock file and the journal of a workplace file beside
    ``path`` count too, even while there is no such file: SQLite and apvdesk would take an
    output of that name for one. A path that cannot be read (missing, a folder, no
    permission) holds nothing of apvdesk's that could be lost.
    """
    path = Path(path)
    name = path.name
    owner = name[: -len(JOURNAL_SUFFIX)] if name.endswith(JOURNAL_SUFFIX) else ""
    if owner and _is_workplace(path.with_name(owner)):
        return "journal"
    wrapped = name.startswith(LOCK_PREFIX) and name.endswith(LOCK_SUFFIX)
    owner = name[len(LOCK_PREFIX) : -len(LOCK_SUFFIX)] if wrapped else ""
    if owner and _is_workplace(path.with_name(owner)):
        return "lock"
    head = _head(path, _LOCK_MAX_BYTES)
    if head is None:
        return None
    if _is_workplace_header(head):
        return "workplace"
    if _is_sqlite_marked(head, COLLECTION_APPLICATION_ID):  # it may hold answers collected elsewhere
        return "collection"
    if head.startswith(JOURNAL_MAGIC):
        return "journal"
    if _is_lock_record(head):
        return "lock"
    return None


def _head(path: Path, size: int) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def _is_workplace_header(head: bytes) -> bool:
    return (
        len(head) >= 100
        and head.startswith(SQLITE_HEADER)
        and head[68:72] == APPLICATION_ID.to_bytes(4, "big")
    )


def _is_sqlite_marked(head: bytes, application_id: int) -> bool:
    return (
        len(head) >= 100
        and head.startswith(SQLITE_HEADER)
        and head[68:72] == application_id.to_bytes(4, "big")
    )


def _is_workplace(path: Path) -> bool:
    head = _head(path, 100)
    return head is not None and _is_workplace_header(head)


def _is_lock_record(head: bytes) -> bool:
    try:
        record = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(record, dict) and record.get("app") == "apvdesk"
