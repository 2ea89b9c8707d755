"""A corpus of files apvdesk must refuse: each refused with one clear message, none changed.

Every file is made here from a good demo file or from scratch: empty, random bytes, a
text file and a ZIP/XLSX under the ``.apvdesk`` suffix, another program's SQLite file,
a good file cut short, with its header or pages overwritten, from a newer apvdesk, a
folder and a missing file. Each is opened for writing, opened read-only, checked and
reported on from the command line; each attempt must end in one WorkplaceFileError
whose message names the file (the command line: one line on stderr, exit status 2, or
1 when ``check`` finds the damage itself), and the file's bytes, size and modification
time must be unchanged with nothing left beside it. A file with a crash's hot journal
is not refused: it reads as its last committed state.
"""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from apvdesk import cli
from apvdesk.app.file_messages import describe
from apvdesk.cli.common import EXIT_UNSOUND, EXIT_USER_ERROR
from apvdesk.store.errors import (
    DamagedFile,
    FileMissing,
    NewerVersionFile,
    NotAWorkplaceFile,
    WorkplaceFileError,
)
from apvdesk.store.sqlite.sqlite_file import integrity_check, journal_path
from apvdesk.store.workplace_store import WorkplaceStore

PAGE = 4096


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a sound demo file with 120 respondents (about 150 pages)."""
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("good") / "good.apvdesk"
    write_demo(path, respondents=120, seed=3)
    return path.read_bytes()


def pages_of(data: bytes, name: str) -> list[int]:
    """Return the page numbers of table or index ``name`` in the SQLite file ``data``."""
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.deserialize(data)
        try:
            rows = conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (name,))
            return [row[0] for row in rows]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find pages by")


def overwrite_pages(data: bytes, pages: list[int], seed: int = 1) -> bytes:
    """Return ``data`` with ``pages`` (numbered from 1) replaced by random bytes."""
    damaged = bytearray(data)
    rng = random.Random(seed)
    for page in pages:
        damaged[(page - 1) * PAGE : page * PAGE] = rng.randbytes(PAGE)
    return bytes(damaged)


def middle(pages: list[int], count: int) -> list[int]:
    """Return ``count`` pages from the middle of ``pages``."""
    start = max(0, len(pages) // 2 - count // 2)
    return pages[start : start + count]


# --- the corpus ----------------------------------------------------------------------


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Navn", "Gruppe"])
    book.active.append(["Maria", "Vask"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Firma.apvdesk", b"SQLite format 3\x00" + bytes(200))
    return out.getvalue()


def _other_program(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('hej')")
        conn.commit()


def _newer(path: Path, good: bytes) -> None:
    path.write_bytes(good)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


@dataclass(frozen=True)
class Case:
    """One file to refuse: how to make it, the error, and whether only a full check finds it."""

    name: str
    make: Callable[[Path, bytes], None]
    error: type[WorkplaceFileError]
    found_inside: bool = False  # the header and schema read; SQLite's checks find the damage
    can_rescue: bool | None = None  # for DamagedFile: whether rescue is offered


def _write(data: Callable[[bytes], bytes]) -> Callable[[Path, bytes], None]:
    def write(path: Path, good: bytes) -> None:
        path.write_bytes(data(good))

    return write


CASES = [
    Case("empty", _write(lambda good: b""), NotAWorkplaceFile),
    Case("random bytes", _write(lambda good: random.Random(5).randbytes(3 * PAGE)), NotAWorkplaceFile),
    Case("text", _write(lambda good: b"Navn;Gruppe\nMaria;Vask\n"), NotAWorkplaceFile),
    Case("xlsx renamed", _write(lambda good: _xlsx()), NotAWorkplaceFile),
    Case("zip renamed", _write(lambda good: _zip()), NotAWorkplaceFile),
    Case("another program's SQLite", lambda path, good: _other_program(path), NotAWorkplaceFile),
    Case("cut at 100 bytes", _write(lambda good: good[:100]), DamagedFile, can_rescue=False),
    Case(
        "cut in half",
        _write(lambda good: good[: len(good) // 2 // PAGE * PAGE]),
        DamagedFile,
        can_rescue=True,
    ),
    Case("last page missing", _write(lambda good: good[:-PAGE]), DamagedFile, can_rescue=True),
    Case(
        "cut inside a page",
        _write(lambda good: good[: len(good) * 3 // 4 // PAGE * PAGE + 123]),
        DamagedFile,
        can_rescue=True,
    ),
    Case(
        "header overwritten",
        _write(lambda good: good[:16] + random.Random(2).randbytes(8) + good[24:]),
        DamagedFile,
        can_rescue=True,
    ),
    Case(
        "schema page overwritten",
        _write(lambda good: overwrite_pages(good, pages_of(good, "sqlite_schema")[-1:])),
        DamagedFile,
        can_rescue=False,
    ),
    Case(
        "index pages overwritten",
        _write(lambda good: overwrite_pages(good, middle(pages_of(good, "ix_respondent_round_id"), 3))),
        DamagedFile,
        found_inside=True,
        can_rescue=True,
    ),
    Case(
        "answer pages overwritten",
        _write(lambda good: overwrite_pages(good, middle(pages_of(good, "answer"), 3))),
        DamagedFile,
        found_inside=True,
        can_rescue=True,
    ),
    Case(
        "respondent page overwritten",
        _write(lambda good: overwrite_pages(good, middle(pages_of(good, "respondent"), 1))),
        DamagedFile,
        found_inside=True,
        can_rescue=True,
    ),
    Case("newer revision", _newer, NewerVersionFile),
    Case("a folder", lambda path, good: path.mkdir(), NotAWorkplaceFile),
    Case("missing", lambda path, good: None, FileMissing),
]


@dataclass(frozen=True)
class Fingerprint:
    """What must not change: the file's hash, size and modification time, and its folder."""

    sha256: str | None
    size: int | None
    mtime_ns: int | None
    folder: tuple[str, ...]

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        folder = tuple(sorted(p.name for p in path.parent.iterdir()))
        if not path.is_file():
            return cls(None, None, path.stat().st_mtime_ns if path.exists() else None, folder)
        stat = path.stat()
        return cls(hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_size, stat.st_mtime_ns, folder)


@pytest.fixture(params=CASES, ids=lambda case: case.name)
def refused(request, tmp_path: Path, good_bytes: bytes) -> tuple[Case, Path]:
    case: Case = request.param
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "Firma.apvdesk"
    case.make(path, good_bytes)
    return case, path


def _check_refusal(case: Case, path: Path, error: WorkplaceFileError) -> None:
    assert type(error) is case.error, f"{case.name}: {error!r}"
    assert error.path == path
    if isinstance(error, DamagedFile):
        assert error.can_rescue is case.can_rescue, case.name
    message = describe(error)
    assert str(path) in message
    assert "\n" not in message and "Traceback" not in message


@pytest.mark.parametrize(
    "opener", [WorkplaceStore.open, WorkplaceStore.open_read_only], ids=["open", "read-only"]
)
def test_the_store_refuses_the_file_and_leaves_it_as_it_was(refused, opener):
    case, path = refused
    before = Fingerprint.of(path)
    with pytest.raises(WorkplaceFileError) as caught:
        store = opener(path)
        store.close()
    _check_refusal(case, path, caught.value)
    assert Fingerprint.of(path) == before


def test_the_command_line_refuses_the_file_in_one_line(refused, tmp_path, capsys, qapp):
    case, path = refused
    before = Fingerprint.of(path)
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()

    assert cli.main(["report", "action-plan", str(path), "-o", str(out)]) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("apvdesk: ") and str(path) in lines[0], captured.err
    assert not out.exists()

    status = cli.main(["check", str(path)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    if case.error is DamagedFile:
        assert status == EXIT_UNSOUND
        assert str(path) in captured.out
    else:
        assert status == EXIT_USER_ERROR
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0], captured.err

    assert Fingerprint.of(path) == before
    assert list(out.parent.iterdir()) == []


def test_a_file_whose_pages_are_damaged_passes_the_first_look_but_not_the_open(tmp_path, good_bytes):
    # the header, revision and table of contents are fine: only SQLite's own check finds it
    path = tmp_path / "Firma.apvdesk"
    path.write_bytes(overwrite_pages(good_bytes, middle(pages_of(good_bytes, "answer"), 2)))
    from apvdesk.store.sqlite.database import inspect_file

    assert inspect_file(path)  # the revision is read...
    with pytest.raises(DamagedFile) as caught:  # ...but the store does not open it
        WorkplaceStore.open(path)
    assert caught.value.can_rescue
    assert "malformed" in caught.value.detail or "btree" in caught.value.detail.lower()


# --- a hot journal is not damage ---------------------------------------------------------

_INTERRUPTED_COMMIT = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 5")  # spill changed pages into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE answer SET option = 0")
conn.execute("UPDATE workplace SET name = 'half-saved'")
os._exit(0)  # die mid-transaction, like a killed program: the journal stays hot
"""


def _file_with_hot_journal(path: Path, good: bytes) -> None:
    path.write_bytes(good)
    subprocess.run([sys.executable, "-c", _INTERRUPTED_COMMIT, str(path)], check=True, timeout=60)
    assert journal_path(path).stat().st_size > 0
    assert path.read_bytes() != good  # the file holds part of the cut-off commit


def test_a_hot_journal_is_read_as_the_last_commit_without_writing(tmp_path, good_bytes, capsys, qapp):
    path = tmp_path / "Firma.apvdesk"
    _file_with_hot_journal(path, good_bytes)
    before = Fingerprint.of(path)
    journal_before = hashlib.sha256(journal_path(path).read_bytes()).hexdigest()

    store = WorkplaceStore.open_read_only(path)
    try:
        assert store.workplace().name != "half-saved"
        name = store.workplace().name
    finally:
        store.close()
    assert integrity_check(path) == ["ok"]
    assert cli.main(["check", str(path)]) == 0
    capsys.readouterr()

    assert Fingerprint.of(path) == before
    assert hashlib.sha256(journal_path(path).read_bytes()).hexdigest() == journal_before
    assert not list(Path(path.parent).glob("apvdesk-*"))

    store = WorkplaceStore.open(path)  # opening to write rolls the journal back in place
    try:
        assert store.workplace().name == name
    finally:
        store.close()
    assert not journal_path(path).exists()
    assert path.read_bytes() == good_bytes  # exactly the last committed state
