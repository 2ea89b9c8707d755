"""No output is written over a workplace file: every command refuses it and leaves it as it was.

A workplace file is known by its content (SQLite's header and apvdesk's application id),
whatever its name; so are the lock file beside an open one and SQLite's journal of an
unfinished change. Each command runs as the user runs it, in its own process.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from apvdesk.app.demo_file import write_demo
from apvdesk.store.sqlite.lock import lock_path, this_host
from apvdesk.store.sqlite.sqlite_file import journal_path
from tests.cli.test_cli import ENGLISH, assert_user_error, run

# Each output command, with the kind of name it asks for (the content is what counts).
OUTPUTS: dict[str, tuple[list[str], str]] = {
    "action-plan": (["report", "action-plan", "{src}", "-o", "{out}"], "plan.pdf"),
    "questionnaire": (["report", "questionnaire", "{src}", "-o", "{out}"], "form.pdf"),
    "agenda": (["report", "agenda", "{src}", "-o", "{out}"], "agenda.pdf"),
    "minutes": (["report", "minutes", "{src}", "-o", "{out}"], "minutes.pdf"),
    "full": (["report", "full", "{src}", "-o", "{out}"], "apv.pdf"),
    "poster": (["report", "poster", "{src}", "-o", "{out}"], "poster.pdf"),
    "export-xlsx": (["export", "{src}", "-o", "{out}"], "plan.xlsx"),
    "export-ics": (["export", "{src}", "-o", "{out}"], "plan.ics"),
    "template-csv": (["template", "{src}", "-o", "{out}"], "answers.csv"),
    "template-xlsx": (["template", "{src}", "-o", "{out}"], "answers.xlsx"),
    "screenshot": (["screenshot", "{src}", "--page", "overview", "-o", "{out}"], "shot.png"),
}

# A second program that has the file open and goes on saving after the command has run.
HOLDER = """
import sys
from apvdesk.store.workplace_store import WorkplaceStore
store = WorkplaceStore.open(sys.argv[1])
workplace = store.workplace()
print("open", flush=True)
sys.stdin.readline()
workplace.name = "Gemt efter kommandoen"
store.save_workplace(workplace)
store.close()
print("saved", flush=True)
"""


@pytest.fixture(scope="module")
def workplaces(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The source (a demo with a dialogue meeting) and another workplace to aim outputs at."""
    folder = tmp_path_factory.mktemp("outputs")
    source, other = folder / "demo.apvdesk", folder / "other.apvdesk"
    write_demo(source, respondents=12, seed=7)
    write_demo(other, respondents=6, seed=3, name="Renseri Syd")
    return source, other


def arguments(kind: str, source: Path, out: str) -> list[str]:
    args, _name = OUTPUTS[kind]
    return [a.format(src=source.name, out=out) for a in args]


def workplace_name(path: Path) -> str:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        return db.execute("SELECT name FROM workplace").fetchone()[0]


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "data")


@pytest.fixture
def placed(workplaces: tuple[Path, Path], tmp_path: Path):
    """Copy the source into this test's folder and put the other workplace under ``name``."""
    source, other = workplaces
    shutil.copyfile(source, tmp_path / source.name)

    def place(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(other, target)
        return target

    return tmp_path / source.name, place


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_an_output_aimed_at_a_workplace_file_is_refused(kind: str, placed, tmp_path: Path) -> None:
    source, place = placed
    target = place(OUTPUTS[kind][1])  # a workplace file under the name the command asks for
    before, listing = target.read_bytes(), folder_listing(tmp_path)
    line = assert_user_error(
        run(tmp_path, *arguments(kind, source, target.name), settings=ENGLISH), target.name
    )
    assert "workplace file" in line
    assert target.read_bytes() == before
    assert folder_listing(tmp_path) == listing  # no half-written output left beside it


@pytest.mark.parametrize("kind", ["full", "export-xlsx", "template-csv", "screenshot"])
def test_an_output_aimed_at_a_workplace_file_in_use_is_refused_and_its_work_goes_on(
    kind: str, placed, tmp_path: Path
) -> None:
    source, place = placed
    target = place(OUTPUTS[kind][1])  # export and template insist on their endings
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = target.read_bytes()
        result = run(tmp_path, *arguments(kind, source, target.name), settings=ENGLISH)
        assert_user_error(result, target.name)
        assert target.read_bytes() == before
        assert holder.stdin is not None
        holder.stdin.write("go on\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
    assert holder.returncode == 0
    assert workplace_name(target) == "Gemt efter kommandoen"  # the program's save is in the file


def test_the_lock_file_of_an_open_workplace_is_not_written_over(placed, tmp_path: Path) -> None:
    source, place = placed
    target = place("work.apvdesk")
    lock = lock_path(target)
    record = {"app": "apvdesk", "user": "birgit", "host": this_host(), "pid": 1, "version": "0.1.0"}
    lock.write_text(json.dumps(record | {"since": "2027-03-02T08:15:00+01:00"}), encoding="utf-8")
    before = lock.read_bytes()
    result = run(tmp_path, *arguments("action-plan", source, lock.name), settings=ENGLISH)
    assert_user_error(result, lock.name)
    assert lock.read_bytes() == before


def test_the_journal_of_an_unfinished_change_is_not_written_over(placed, tmp_path: Path) -> None:
    """A journal left by a crash is what undoes a half-written change: losing it damages the file."""
    source, place = placed
    target = place("work.apvdesk")
    journal = journal_path(target)
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + bytes(504))  # SQLite's journal header
    before = journal.read_bytes()
    result = run(tmp_path, *arguments("full", source, journal.name), settings=ENGLISH)
    assert_user_error(result, journal.name)
    assert journal.read_bytes() == before


def test_a_backup_is_a_workplace_file_too(placed, tmp_path: Path) -> None:
    source, place = placed
    folder = tmp_path / "apvdesk-backups"
    folder.mkdir()
    backup = folder / "Vaskeri 2027-03-02 08-15 (opened).apvdesk"
    shutil.copyfile(place("work.apvdesk"), backup)
    before = backup.read_bytes()
    out = str(Path("apvdesk-backups") / backup.name)
    assert_user_error(run(tmp_path, *arguments("full", source, out), settings=ENGLISH), backup.name)
    assert backup.read_bytes() == before


def test_any_other_file_is_replaced_as_asked(placed, tmp_path: Path) -> None:
    """Known by content, not by name: an old output called .apvdesk is just an old output."""
    source, _place = placed
    old = tmp_path / "old.apvdesk"
    old.write_bytes(b"%PDF-1.4 an earlier report saved under an odd name")
    result = run(tmp_path, *arguments("action-plan", source, old.name), settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    assert old.read_bytes().startswith(b"%PDF") and b"odd name" not in old.read_bytes()


# --- demo --force -----------------------------------------------------------------------------


def test_demo_force_refuses_a_file_in_use(placed, tmp_path: Path) -> None:
    _source, place = placed
    target = place("work.apvdesk")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = target.read_bytes()
        line = assert_user_error(run(tmp_path, "demo", target.name, "--force", settings=ENGLISH), target.name)
        assert "open in another copy of apvdesk" in line
        assert target.read_bytes() == before
        assert holder.stdin is not None
        holder.stdin.write("go on\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
    assert workplace_name(target) == "Gemt efter kommandoen"


def test_demo_force_refuses_a_lock_file_or_journal(placed, tmp_path: Path) -> None:
    _source, place = placed
    target = place("work.apvdesk")
    journal = journal_path(target)
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + bytes(504))
    before = journal.read_bytes()
    assert_user_error(run(tmp_path, "demo", journal.name, "--force", settings=ENGLISH), journal.name)
    assert journal.read_bytes() == before


def test_demo_force_still_replaces_a_workplace_file_not_in_use(placed, tmp_path: Path) -> None:
    """``--force`` is documented to overwrite; a file nobody has open is the user's to replace."""
    _source, place = placed
    target = place("work.apvdesk")
    result = run(tmp_path, "demo", target.name, "--force", "--name", "Ny ApS", settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    assert workplace_name(target) == "Ny ApS"
    assert not lock_path(target).exists()
