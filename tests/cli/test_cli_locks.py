"""The command line and the lock: a crash does not block it, and a running kiosk shows it nothing.

Each test starts real processes: a writer (or a real kiosk window, offscreen) that holds
the workplace file, killed or left running, and ``python -m apvdesk`` as the user runs it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from apvdesk.store.sqlite.lock import lock_owner, lock_path, this_host
from apvdesk.store.sqlite.sqlite_file import has_hot_journal

ENGLISH = "[General]\nlanguage=en\n"
PIN = "4711"
READY_TIMEOUT = 120.0

# A writer that holds the file open, as the window or a long import would.
HOLD = (
    "import sys\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
)

# A writer killed in the middle of a commit: SQLite has written part of the change into the
# file (the page cache spilled), and the journal beside it is needed to undo that.
HOLD_HALF_WRITTEN = (
    "import sqlite3, sys\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('PRAGMA cache_size = 1')\n"
    "conn.execute('BEGIN IMMEDIATE')\n"
    "conn.execute(\"UPDATE workplace SET name = 'Half-written'\")\n"
    "conn.execute('CREATE TABLE junk (x BLOB)')\n"
    "for _ in range(400):\n"
    "    conn.execute('INSERT INTO junk VALUES (zeroblob(4000))')\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
)

# The real kiosk, offscreen, on the file's latest round, with the PIN set first.
KIOSK = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from apvdesk.core.pin import hash_pin\n"
    "from apvdesk.store.workplace_store import WorkplaceStore\n"
    "from apvdesk.ui.kiosk.window import KioskWindow\n"
    "app = QApplication([])\n"
    "store = WorkplaceStore.open(sys.argv[1])\n"
    "apv_round = store.latest_round()\n"
    "apv_round.kiosk_pin_hash = hash_pin(sys.argv[2])\n"
    "store.update_round(apv_round)\n"
    "kiosk = KioskWindow(store, apv_round.id)\n"
    "kiosk.start()\n"
    "print('open', flush=True)\n"
    "app.exec()\n"
)


def environment(tmp_path: Path) -> dict[str, str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.ini").write_text(ENGLISH, encoding="utf-8")
    return dict(os.environ, APVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")


def run(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    """Run ``python -m apvdesk ARGS`` with English messages."""
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def start(tmp_path: Path, script: str, *args: object) -> subprocess.Popen[str]:
    """Start ``script`` on the file and wait until it says it has the file open."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *(str(a) for a in args)],
        cwd=tmp_path,
        env=environment(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "open":
        process.kill()
        _out, err = process.communicate(timeout=30)
        pytest.fail(f"the holder did not open the file:\n{err}")
    return process


def kill(process: subprocess.Popen[str]) -> None:
    """End ``process`` as a crash or Task Manager would: no clean-up runs (SIGKILL, TerminateProcess)."""
    process.kill()
    process.wait(timeout=30)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def respondent_count(path: Path) -> int:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM respondent").fetchone()[0])


def answers_csv(path: Path, workplace: Path) -> Path:
    """Write an import file with two respondents in the latest round's first group."""
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open_read_only(workplace)
    try:
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        bank = store.round_bank(apv_round.id)
        group = store.round_groups(apv_round.id)[0].name
    finally:
        store.close()
    items = [item.id for item in bank.items][:3]
    lines = [";".join(["group", *items]), ";".join([group, "1", "2", "3"]), ";".join([group, "2", "2", "1"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


@pytest.fixture
def workplace(demo_copy: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "Vaskeri.apvdesk"  # alone in its folder, so leftovers show
    shutil.copyfile(demo_copy, path)
    return path


# --- point 8: a crash does not block the command line ------------------------------------


@pytest.mark.parametrize("holder", [HOLD, HOLD_HALF_WRITTEN], ids=["idle", "killed-mid-commit"])
def test_import_after_a_killed_writer_takes_the_lock_over(
    workplace: Path, tmp_path: Path, holder: str
) -> None:
    data = answers_csv(tmp_path / "answers.csv", workplace)
    before = respondent_count(workplace)
    writer = start(tmp_path, holder, workplace)
    killed_pid = writer.pid
    kill(writer)
    assert lock_path(workplace).exists()  # the crash left its lock behind
    assert has_hot_journal(workplace) == (holder is HOLD_HALF_WRITTEN)

    result = run(tmp_path, "import", workplace, data)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [notice] = result.stderr.splitlines()
    assert str(killed_pid) in notice and "taken over" in notice
    assert "Added 2 respondents" in result.stdout
    assert respondent_count(workplace) == before + 2
    assert not lock_path(workplace).exists()  # the import let go of the file when done
    with sqlite3.connect(f"{workplace.resolve().as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "junk" not in tables  # the half-written commit was rolled back
        assert conn.execute("SELECT name FROM workplace").fetchone() != ("Half-written",)


def test_a_lock_from_another_pc_still_needs_a_person(workplace: Path, tmp_path: Path) -> None:
    data = answers_csv(tmp_path / "answers.csv", workplace)
    lock = lock_path(workplace)
    record = {
        "app": "apvdesk",
        "user": "birgit",
        "host": "KONTOR-PC" if this_host().casefold() != "kontor-pc" else "LAGER-PC",
        "pid": 4242,
        "version": "0.1.0",
        "since": "2027-03-02T08:15:00+01:00",
    }
    lock.write_text(json.dumps(record), encoding="utf-8")
    before = (digest(workplace), lock.read_bytes())

    result = run(tmp_path, "import", workplace, data)

    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "birgit" in line and record["host"] in line
    assert (digest(workplace), lock.read_bytes()) == before


def test_a_running_writer_on_this_pc_still_refuses_the_import(workplace: Path, tmp_path: Path) -> None:
    data = answers_csv(tmp_path / "answers.csv", workplace)
    writer = start(tmp_path, HOLD, workplace)
    try:
        before = digest(workplace)
        result = run(tmp_path, "import", workplace, data)
        assert result.returncode == 2
        [line] = result.stderr.splitlines()
        assert this_host() in line
        assert digest(workplace) == before
    finally:
        kill(writer)


# --- point 9: a running kiosk shows the command line nothing --------------------------------


@pytest.fixture
def kiosk(workplace: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    process = start(tmp_path, KIOSK, workplace, PIN)
    try:
        yield process
    finally:
        if process.poll() is None:
            kill(process)


READING_COMMANDS = {
    "results": ["results", "{file}"],
    "results --json": ["results", "{file}", "--json"],
    "report action-plan": ["report", "action-plan", "{file}", "-o", "{out}.pdf"],
    "report full": ["report", "full", "{file}", "-o", "{out}.pdf"],
    "report questionnaire": ["report", "questionnaire", "{file}", "-o", "{out}.pdf"],
    "export": ["export", "{file}", "-o", "{out}.xlsx"],
    "template": ["template", "{file}", "-o", "{out}.xlsx"],
    "screenshot": ["screenshot", "{file}", "--page", "assessment", "-o", "{out}.png"],
}


@pytest.mark.parametrize("command", list(READING_COMMANDS))
def test_a_running_kiosk_shows_the_command_line_nothing(
    kiosk: subprocess.Popen[str], workplace: Path, tmp_path: Path, command: str
) -> None:
    out = tmp_path / "out"
    args = [a.format(file=workplace, out=out) for a in READING_COMMANDS[command]]
    before = digest(workplace)

    result = run(tmp_path, *args)

    assert result.returncode == 2, (command, result.stdout[:500])
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "kiosk" in line and "PIN" in line
    assert not list(tmp_path.glob("out*"))
    assert digest(workplace) == before
    assert kiosk.poll() is None


def test_a_killed_kiosk_no_longer_hides_the_file(
    kiosk: subprocess.Popen[str], workplace: Path, tmp_path: Path
) -> None:
    kill(kiosk)
    owner = lock_owner(workplace)
    assert owner is not None and owner.is_stale()
    result = run(tmp_path, "template", workplace, "-o", tmp_path / "t.csv")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "t.csv").exists()


def test_a_kiosk_on_another_pc_counts_as_running(workplace: Path, tmp_path: Path) -> None:
    record = {
        "app": "apvdesk",
        "user": "kiosk",
        "host": "KANTINE-PC" if this_host().casefold() != "kantine-pc" else "LAGER-PC",
        "pid": 4242,
        "version": "0.1.0",
        "since": "2027-03-02T08:15:00+01:00",
        "kiosk": 1,
    }
    lock_path(workplace).write_text(json.dumps(record), encoding="utf-8")
    result = run(tmp_path, "results", workplace)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "kiosk" in line and record["host"] in line


def test_leaving_the_kiosk_ends_the_refusal(workplace: Path, tmp_path: Path) -> None:
    """The kiosk's mark goes when it is left with the PIN; the file stays open in the program."""
    script = KIOSK.replace(
        "app.exec()\n",
        "kiosk.ask_pin()\n"
        "kiosk.pin_dialog.pin_edit.setText(sys.argv[2])\n"
        "kiosk.pin_dialog.try_pin()\n"
        "print('left', flush=True)\n"
        "sys.stdin.read()\n",
    )
    process = start(tmp_path, script, workplace, PIN)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "left"
        deadline = time.monotonic() + READY_TIMEOUT
        while (owner := lock_owner(workplace)) is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert owner is not None and owner.pid == process.pid  # still open for writing there
        result = run(tmp_path, "template", workplace, "-o", tmp_path / "t.csv")
        assert result.returncode == 0, result.stderr
    finally:
        kill(process)
