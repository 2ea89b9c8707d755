"""The collection file itself: write one for a round, open it, add answer sheets, count, wipe.

See the package's docstring for what it holds and why. Written with the ``sqlite3``
module; every write is one transaction followed by VACUUM, so that no page keeps the
order in which the sheets were stored. One writer at a time: every write takes the lock a
workplace file takes (:func:`holding`, the lock file beside the file), so a second copy
of apvdesk, on this PC or another, is refused with FileInUse while one writes to it.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from apvdesk.core.bank import QuestionBank
from apvdesk.core.model import Group, Response
from apvdesk.platform.atomic_file import fsync_folder, refuse_workplace_file
from apvdesk.platform.file_retry import replace_file
from apvdesk.platform.own_files import COLLECTION_APPLICATION_ID
from apvdesk.store.collection.errors import InvalidCollectedSheet, NewerCollectionFile, NotACollectionFile

COLLECTION_FORMAT = 1
SCHEMA = (
    "CREATE TABLE collection (collection_id TEXT NOT NULL, workplace_key TEXT NOT NULL, "
    "round_id INTEGER NOT NULL, bank_snapshot TEXT NOT NULL, languages TEXT NOT NULL, "
    "threshold INTEGER NOT NULL, pin_hash TEXT)",
    "CREATE TABLE collection_group (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE respondent (id INTEGER PRIMARY KEY, group_id INTEGER NOT NULL)",
    "CREATE TABLE answer (respondent_id INTEGER NOT NULL, item_id TEXT NOT NULL, option INTEGER, "
    "PRIMARY KEY (respondent_id, item_id)) WITHOUT ROWID",
    "CREATE TABLE language_count (language TEXT PRIMARY KEY, answers INTEGER NOT NULL) WITHOUT ROWID",
)
TABLES = ("collection", "collection_group", "respondent", "answer", "language_count")
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection found a hot journal (a write cut short)


@dataclass(frozen=True)
class CollectionHeader:
    """What a collection file says about itself: its id, where it came from, what it asks."""

    collection_id: str
    workplace_key: str
    round_id: int
    bank_snapshot: str
    languages: tuple[str, ...]
    threshold: int
    pin_hash: str | None
    groups: tuple[Group, ...]


def write_collection(
    path: Path,
    workplace_key: str,
    round_id: int,
    bank: QuestionBank,
    groups: Iterable[Group],
    languages: Iterable[str],
    threshold: int,
    pin_hash: str | None,
) -> str:
    """Write a new, empty collection file for a round at ``path``, whole or not at all; return its id.

    Never over a workplace file (nor its lock or journal) or another collection file, which
    may hold answers not merged yet: :class:`OutputOverWorkplaceFile`.
    """
    path = Path(path)
    refuse_workplace_file(path)
    collection_id = secrets.token_hex(16)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        conn = sqlite3.connect(part, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id = {COLLECTION_APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {COLLECTION_FORMAT}")
            conn.execute("BEGIN")
            for statement in SCHEMA:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO collection VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    collection_id,
                    workplace_key,
                    round_id,
                    bank.to_json(),
                    ",".join(languages),
                    threshold,
                    pin_hash,
                ),
            )
            conn.executemany("INSERT INTO collection_group VALUES (?, ?)", [(g.id, g.name) for g in groups])
            conn.execute("COMMIT")
        finally:
            conn.close()
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        refuse_workplace_file(path)  # checked last, just before the name changes hands
        replace_file(str(part), path)
        fsync_folder(path.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return collection_id


def check_collection(path: Path) -> None:
    """Refuse (untouched) a file that is not a sound collection file of a format this apvdesk knows."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        from apvdesk.store.errors import FileMissing

        raise FileMissing(path) from None
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        raise NotACollectionFile(path, "not an SQLite file")
    if int.from_bytes(head[68:72], "big") != COLLECTION_APPLICATION_ID:
        raise NotACollectionFile(path, "not a collection file")
    if int.from_bytes(head[60:64], "big") > COLLECTION_FORMAT:
        raise NewerCollectionFile(path, "newer format")
    _roll_back_cut_write(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT count(*) FROM collection").fetchone()[0] if "collection" in names else 0
    except sqlite3.DatabaseError as exc:
        raise NotACollectionFile(path, f"damaged: {exc}") from None
    finally:
        conn.close()
    if not sound or names != set(TABLES) or rows != 1:
        raise NotACollectionFile(path, "damaged")


def _roll_back_cut_write(path: Path) -> None:
    """Let SQLite roll back a write a crash cut short (a hot journal), as it does for any writer.

    A read-only connection refuses such a file; the journal holds the pages as they were
    before the write, so after the rollback the file is whole again, as before that write.
    """
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode != SQLITE_READONLY_ROLLBACK:
            return  # judged as damaged by the checks that follow
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls back here
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # a read-only file or folder: refused as damaged below, untouched


@contextmanager
def holding(path: Path) -> Iterator[None]:
    """Hold the collection file's lock (the workplace file's kind) while writing to it.

    Raises FileInUse while another process holds it (a kiosk or the entry grid on it, an
    import into it) and CannotLock where no lock can be written beside it. This process
    holding it already (the reduced window) shares its lock.
    """
    from apvdesk.store.sqlite.lock import acquire

    lock = acquire(path)
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _writing(path: Path) -> Iterator[sqlite3.Connection]:
    """Hold the lock and a connection for one write; an SQLite failure becomes CannotWrite.

    A write cut short is rolled back when the connection closes, so the file keeps what it
    held; the message is chosen by the error's number (a read-only stick, a full disk).
    """
    from apvdesk.platform.file_errors import CannotWrite
    from apvdesk.platform.os_errors import classify

    with holding(path):
        check_collection(path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            yield conn
        except sqlite3.Error as exc:
            raise CannotWrite(path, str(exc), classify(exc)) from exc
        finally:
            conn.close()


def read_header(path: Path) -> CollectionHeader:
    """Return what the collection file says about itself (after checking it)."""
    check_collection(path)
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT collection_id, workplace_key, round_id, bank_snapshot, languages, threshold, pin_hash "
            "FROM collection"
        ).fetchone()
        groups = tuple(
            Group(id=gid, name=name)
            for gid, name in conn.execute("SELECT id, name FROM collection_group ORDER BY id")
        )
    finally:
        conn.close()
    languages = tuple(x for x in row[4].split(",") if x)
    return CollectionHeader(row[0], row[1], row[2], row[3], languages, row[5], row[6], groups)


def add_sheets(path: Path, responses: Iterable[Response], bank: QuestionBank) -> int:
    """Store answer sheets in the collection file in one transaction (all or none); return how many.

    Each sheet is checked as the workplace checks it (its group is one of the collection's,
    every item and option is in the questionnaire); it gets a random id (unless it brings
    one: the entry grid's random id, kept to correct the form) and keeps no date, time or
    language (the languages are counted). The file is rebuilt afterwards. The file's lock
    is held meanwhile (:func:`holding`).
    """
    header = read_header(path)
    group_ids = {g.id for g in header.groups if g.id is not None}
    people: list[tuple[int, int]] = []
    answers: list[tuple[int, str, int | None]] = []
    languages: Counter[str] = Counter()
    for response in responses:
        check_sheet(path, response, group_ids, bank)
        sheet_id = response.id or secrets.randbits(62) or 1
        people.append((sheet_id, response.group_id))
        languages[response.language] += 1
        answers.extend((sheet_id, item, option) for item, option in response.answers.items())
    if not people:
        return 0
    with _writing(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO respondent VALUES (?, ?)", people)
        conn.executemany("INSERT INTO answer VALUES (?, ?, ?)", answers)
        for language, count in languages.items():
            _count_language(conn, language, count)
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # no page keeps the order in which the sheets were stored
    return len(people)


def _count_language(conn: sqlite3.Connection, language: str, count: int) -> None:
    """Add ``count`` (negative: take away) to the sheets counted in ``language``; no row is left at 0."""
    if count > 0:
        conn.execute(
            "INSERT INTO language_count VALUES (?, ?) "
            "ON CONFLICT (language) DO UPDATE SET answers = answers + excluded.answers",
            (language, count),
        )
        return
    conn.execute(
        "UPDATE language_count SET answers = max(0, answers + ?) WHERE language = ?", (count, language)
    )
    conn.execute("DELETE FROM language_count WHERE answers <= 0")


def change_sheet(
    path: Path, sheet_id: int, language: str, response: Response | None, bank: QuestionBank
) -> None:
    """Replace one sheet's group and answers, or delete it when ``response`` is None (the entry grid).

    ``language`` is the one the sheet was counted in. What is deleted is overwritten
    (secure_delete) and the file rebuilt. KeyError when the file holds no such sheet.
    """
    header = read_header(path)
    if response is not None:
        check_sheet(path, response, {g.id for g in header.groups if g.id is not None}, bank)
    with _writing(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("SELECT 1 FROM respondent WHERE id = ?", (sheet_id,)).fetchone() is None:
            conn.execute("ROLLBACK")
            raise KeyError(sheet_id)
        conn.execute("DELETE FROM answer WHERE respondent_id = ?", (sheet_id,))
        _count_language(conn, language, -1)
        if response is None:
            conn.execute("DELETE FROM respondent WHERE id = ?", (sheet_id,))
        else:
            conn.execute("UPDATE respondent SET group_id = ? WHERE id = ?", (response.group_id, sheet_id))
            conn.executemany(
                "INSERT INTO answer VALUES (?, ?, ?)",
                [(sheet_id, item, option) for item, option in response.answers.items()],
            )
            _count_language(conn, response.language, 1)
        conn.execute("COMMIT")
        conn.execute("VACUUM")


def check_sheet(path: Path, response: Response, group_ids: set[int], bank: QuestionBank) -> None:
    """Raise InvalidCollectedSheet unless the sheet's group and every answer fit the round."""
    if response.group_id not in group_ids:
        raise InvalidCollectedSheet(path, f"unknown group {response.group_id}")
    items = {item.id: item for item in bank.items}
    for item_id, option in response.answers.items():
        item = items.get(item_id)
        if item is None:
            raise InvalidCollectedSheet(path, f"unknown question {item_id}")
        if option is not None and not 0 <= option < len(bank.option_set(item).points):
            raise InvalidCollectedSheet(path, f"no option {option} for {item_id}")


def sheet_count(path: Path) -> int:
    """Return how many answer sheets the collection file holds."""
    check_collection(path)
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM respondent").fetchone()[0])
    finally:
        conn.close()


def group_counts(path: Path) -> dict[int, int]:
    """Return group id -> how many answer sheets the collection file holds for it (no zeros)."""
    check_collection(path)
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT group_id, count(*) FROM respondent GROUP BY group_id"))
    finally:
        conn.close()


def read_sheets(path: Path) -> tuple[list[Response], dict[str, int]]:
    """Return the sheets (in the order of their random ids, without language) and the language counts."""
    check_collection(path)
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        sheets = {
            sid: Response(group_id=gid, id=sid)
            for sid, gid in conn.execute("SELECT id, group_id FROM respondent ORDER BY id")
        }
        for sid, item, option in conn.execute("SELECT respondent_id, item_id, option FROM answer"):
            sheets[sid].answers[item] = option
        counts = dict(conn.execute("SELECT language, answers FROM language_count WHERE answers > 0"))
    finally:
        conn.close()
    return list(sheets.values()), counts


def wipe_answers(path: Path) -> None:
    """Delete every answer sheet from the collection file, overwriting them (secure_delete), then VACUUM.

    Holds the file's lock meanwhile (:func:`holding`): never while a kiosk collects into it.
    The language counts go too, and the collection gets a new random id: to the workplace,
    the answers collected in it afterwards are those of a new collection, whose languages
    are counted from zero (apvdesk.store.collection.merging). A copy of the file made
    before the wipe keeps the old id, and its sheets, merged already, are not added again.
    """
    with _writing(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM answer")
        conn.execute("DELETE FROM respondent")
        conn.execute("DELETE FROM language_count")
        conn.execute("UPDATE collection SET collection_id = ?", (secrets.token_hex(16),))
        conn.execute("COMMIT")
        conn.execute("VACUUM")


def is_collection_file(path: Path) -> bool:
    """Return True when ``path`` is marked as a collection file (its content is not checked)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return (
        head.startswith(b"SQLite format 3\x00")
        and int.from_bytes(head[68:72], "big") == COLLECTION_APPLICATION_ID
    )
