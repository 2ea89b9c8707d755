"""One writer at a time on a collection file: the workplace file's lock, beside it, held by real processes.

A second process holds the collection file as the reduced window does
(:class:`CollectionStore`); meanwhile every other writer — another window, ``apvdesk
import`` into it, ``apvdesk merge --wipe`` — is refused with the "file in use" sentence
and the file is left as it was. Once the holder is gone (closed, or killed: a stale lock)
the next writer goes ahead.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from apvdesk.store.collection.collection_store import CollectionStore
from apvdesk.store.collection.file import add_sheets, sheet_count, wipe_answers
from apvdesk.store.collection.merging import collect
from apvdesk.store.errors import FileInUse
from apvdesk.store.sqlite.lock import lock_owner, lock_path
from tests.cli.test_cli_mapping import Round, assert_user_error, danish_csv, run
from tests.store.test_collection import BANK, _sheets, _workplace

HOLD = (
    "import sys\n"
    "from apvdesk.store.collection.collection_store import CollectionStore\n"
    "store = CollectionStore.open(sys.argv[1])\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()\n"
    "store.close()\n"
)


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, list[int]]]:
    store, round_id, groups = _workplace(tmp_path / "Vaskeri.apvdesk")
    try:
        path = tmp_path / "Skolen.apvcollect"
        collect(store, round_id, path)
    finally:
        store.close()
    add_sheets(path, _sheets(groups, 0, 3), BANK)
    yield path, groups


def _hold(path: Path) -> subprocess.Popen[str]:
    """Start a second process that holds the collection file open, as the reduced window does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_a_second_writer_is_refused_while_another_process_holds_the_file(site, tmp_path):
    path, groups = site
    holder = _hold(path)
    try:
        owner = lock_owner(path)
        assert owner is not None and owner.pid == holder.pid
        before = path.read_bytes()
        with pytest.raises(FileInUse):
            CollectionStore.open(path)
        with pytest.raises(FileInUse):
            add_sheets(path, _sheets(groups, 10, 2), BANK)
        with pytest.raises(FileInUse):
            wipe_answers(path)
        assert path.read_bytes() == before  # untouched by the refused writers
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert not lock_path(path).exists()  # the holder let go when it closed
    assert add_sheets(path, _sheets(groups, 10, 2), BANK) == 2
    assert sheet_count(path) == 5


def test_a_killed_holders_lock_is_taken_over(site):
    path, groups = site
    holder = _hold(path)
    os.kill(holder.pid, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    holder.wait(timeout=30)
    assert lock_path(path).exists()  # left by the crash
    store = CollectionStore.open(path)  # a stale lock: taken over without asking
    try:
        assert store.add_responses(store.round_id, _sheets(groups, 20, 1)) == 1
    finally:
        store.close()
    assert not lock_path(path).exists()
    assert sheet_count(path) == 4


def test_the_window_shares_its_own_lock_with_its_writes(site):
    path, groups = site
    store = CollectionStore.open(path)
    try:
        assert lock_owner(path) is not None
        assert store.add_responses(store.round_id, _sheets(groups, 30, 2)) == 2
        assert lock_path(path).exists()  # still held by the window after the write
    finally:
        store.close()
    store.close()  # twice is harmless
    assert not lock_path(path).exists()


def test_the_command_line_is_refused_with_one_line_while_the_file_is_held(tmp_path):
    result = run(tmp_path, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    workplace = tmp_path / "demo.apvdesk"
    site = tmp_path / "Skolen.apvcollect"
    assert run(tmp_path, "collect", workplace, "-o", site).returncode == 0
    data = tmp_path / "svar.csv"
    data.write_bytes(danish_csv(Round(workplace).frequency).encode("cp1252"))
    assert run(tmp_path, "import", site, data).returncode == 0
    copy = tmp_path / "copy.apvdesk"
    shutil.copyfile(workplace, copy)

    holder = _hold(site)
    try:
        before = site.read_bytes()
        lines = assert_user_error(run(tmp_path, "import", site, data), "Skolen.apvcollect")
        assert len(lines) == 1 and "open" in lines[0].lower(), lines
        lines = assert_user_error(run(tmp_path, "merge", workplace, site, "--wipe"), "Skolen.apvcollect")
        assert len(lines) == 1, lines
        assert site.read_bytes() == before
        # the merge with --wipe was refused before it began: the workplace took no answers
        assert len(Round(workplace).responses) == len(Round(copy).responses)
        # merging without wiping only reads the collection file: it goes ahead
        assert run(tmp_path, "merge", workplace, site).returncode == 0
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    result = run(tmp_path, "merge", workplace, site, "--wipe")
    assert result.returncode == 0, result.stderr
    assert sheet_count(site) == 0
