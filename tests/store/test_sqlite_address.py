"""The SQLite address of a workplace file: every kind of Windows path, and odd names opened for real."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote

import pytest

from apvdesk.store.sqlite.database import engine_url, make_read_only_engine
from apvdesk.store.sqlite.sqlite_address import read_only_uri
from apvdesk.store.sqlite.sqlite_file import read_only_connection

# (the path as the user has it, the URI SQLite is given, the path SQLite reads back from it)
WINDOWS_CASES = [
    (
        r"C:\Users\Anna\Documents\Vaskeri.apvdesk",
        "file:///C:/Users/Anna/Documents/Vaskeri.apvdesk?mode=ro",
        "C:/Users/Anna/Documents/Vaskeri.apvdesk",
    ),
    (
        r"\\server\fælles\APV\Vaskeri.apvdesk",
        "file:////server/f%C3%A6lles/APV/Vaskeri.apvdesk?mode=ro",
        "//server/fælles/APV/Vaskeri.apvdesk",
    ),
    (  # a mapped drive stays the drive the user named; resolve() would have made it a share
        r"S:\APV 2026\Søndergård & Co.apvdesk",
        "file:///S:/APV%202026/S%C3%B8nderg%C3%A5rd%20%26%20Co.apvdesk?mode=ro",
        "S:/APV 2026/Søndergård & Co.apvdesk",
    ),
    (
        r"D:\Firma #2\Hvad? 100% Ærø.apvdesk",
        "file:///D:/Firma%20%232/Hvad%3F%20100%25%20%C3%86r%C3%B8.apvdesk?mode=ro",
        "D:/Firma #2/Hvad? 100% Ærø.apvdesk",
    ),
    (
        r"\\?\C:\Meget lang sti\Vaskeri.apvdesk",
        "file:///C:/Meget%20lang%20sti/Vaskeri.apvdesk?mode=ro",
        "C:/Meget lang sti/Vaskeri.apvdesk",
    ),
    (
        r"\\?\UNC\nas01\apv\Vaskeri.apvdesk",
        "file:////nas01/apv/Vaskeri.apvdesk?mode=ro",
        "//nas01/apv/Vaskeri.apvdesk",
    ),
    (
        r"\\server.firma.local\share$\Пральня.apvdesk",
        "file:////server.firma.local/share%24/%D0%9F%D1%80%D0%B0%D0%BB%D1%8C%D0%BD%D1%8F.apvdesk?mode=ro",
        "//server.firma.local/share$/Пральня.apvdesk",
    ),
]


@pytest.mark.parametrize(("path", "uri", "read_back"), WINDOWS_CASES)
def test_windows_paths_become_uris_without_a_host(path: str, uri: str, read_back: str) -> None:
    made = read_only_uri(PureWindowsPath(path))
    assert made == uri
    # SQLite refuses any host but "localhost" ("invalid uri authority"): the part after
    # file:// must start with the path's own slash.
    assert made.startswith("file:///")
    path_part = made[len("file://") : made.index("?mode=ro")]
    assert "#" not in path_part and "?" not in path_part
    decoded = unquote(path_part)
    assert (decoded[1:] if decoded[2:3] == ":" else decoded) == read_back


def test_posix_paths_keep_their_slashes() -> None:
    assert read_only_uri(PurePosixPath("/home/anna/APV #1/Vask?.apvdesk")) == (
        "file:///home/anna/APV%20%231/Vask%3F.apvdesk?mode=ro"
    )


def test_a_relative_path_is_refused() -> None:
    with pytest.raises(ValueError, match="absolute"):
        read_only_uri(PureWindowsPath(r"APV\Vaskeri.apvdesk"))


def test_sqlite_refuses_a_share_written_as_a_host() -> None:
    """What Path.as_uri() makes of \\\\server\\share (the bug), and that the empty host is accepted."""
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(PureWindowsPath(r"\\server\share\x.apvdesk").as_uri() + "?mode=ro", uri=True)


def test_sqlite_reads_the_share_form_back(tmp_path: Path) -> None:
    """A path after an empty host and an extra slash (``file:////…``) is the path SQLite opens.

    On Linux ``//tmp/…`` is ``/tmp/…``; on Windows ``//server/share/…`` is the share.
    """
    target = tmp_path / "Ærø #1.db"
    with sqlite3.connect(target) as made:
        made.execute("CREATE TABLE t (x)")
    uri = read_only_uri(PurePosixPath("/" + str(target)))
    assert uri.startswith("file:////")
    connection = sqlite3.connect(uri, uri=True)
    try:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("CREATE TABLE u (y)")
    finally:
        connection.close()


ODD_NAMES = ["Søndergård & Co.apvdesk", "Firma #2.apvdesk", "Hvad? 100% ærø.apvdesk", "a%20b.apvdesk"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_names_open_read_only_and_writable(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "Mine filer" / "Ærø Vask"
    folder.mkdir(parents=True)
    path = folder / name
    with sqlite3.connect(path) as made:
        made.execute("CREATE TABLE t (x)")
        made.execute("INSERT INTO t VALUES (7)")
    reader = read_only_connection(path)
    try:
        assert reader.execute("SELECT x FROM t").fetchall() == [(7,)]
    finally:
        reader.close()
    engine = make_read_only_engine(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT x FROM t").scalar() == 7
    engine.dispose()
    assert engine_url(path).database == str(path)
    assert sorted(p.name for p in folder.iterdir()) == [name]  # nothing made beside it by a misread name


def test_a_relative_name_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("Firma #2.apvdesk")
    with sqlite3.connect(path) as made:
        made.execute("CREATE TABLE t (x)")
    reader = read_only_connection(path)
    reader.close()
    assert engine_url(path).database == str(tmp_path / path)


def test_a_workplace_in_an_odd_folder_opens_writable_and_read_only(tmp_path: Path) -> None:
    """Created, reopened for writing, opened read-only and backed up under spaces, Danish letters, # ? %."""
    from apvdesk.app.demo_file import write_demo
    from apvdesk.store.sqlite.backups import list_backups
    from apvdesk.store.workplace_store import WorkplaceStore

    folder = tmp_path / "Mine filer" / "Ærø Vask #2"
    folder.mkdir(parents=True)
    path = folder / "Søndergård? 100% & Co.apvdesk"
    assert write_demo(path, respondents=12, seed=3) == 12
    store = WorkplaceStore.open(path)
    try:
        workplace_name = store.workplace().name
        rounds = len(store.rounds())
    finally:
        store.close()
    reader = WorkplaceStore.open_read_only(path)
    try:
        assert reader.read_only
        assert reader.workplace().name == workplace_name
        assert len(reader.rounds()) == rounds
    finally:
        reader.close()
    assert list_backups(path) is not None
    strays = {p.name for p in folder.iterdir()} - {path.name}
    assert all(name.startswith(path.name) or "backup" in name.lower() for name in strays), strays
