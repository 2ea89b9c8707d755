"""A restore, a new file, an export while another program holds the file: tried again, then refused whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from apvdesk import cli
from apvdesk.app import file_messages
from apvdesk.app.resources import shipped_bank
from apvdesk.cli.common import EXIT_USER_ERROR
from apvdesk.core.model import Group, Round, RoundStatus, Workplace
from apvdesk.platform import file_retry
from apvdesk.platform.os_errors import ErrorKind
from apvdesk.store.errors import CannotWrite
from apvdesk.store.sqlite.backups import BackupReason, list_backups, make_backup, restore_backup
from apvdesk.store.workplace_store import WorkplaceStore
from tests.platform.windows_errors import windows_error

T0 = dt.datetime(2025, 3, 4, 9, 5)


class HeldReplace:
    """os.replace refused ``times`` times onto ``held``, as Windows refuses while antivirus holds it."""

    def __init__(self, held: Path, times: int, winerror: int = 32) -> None:
        self.held, self.times, self.winerror, self.refused = held, times, winerror, 0
        self.real = os.replace

    def __call__(self, source, target) -> None:  # noqa: ANN001 - os.replace's own arguments
        if Path(target) == self.held and self.refused < self.times:
            self.refused += 1
            raise windows_error(self.winerror, "Adgang nægtet", str(source))
        self.real(source, target)


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(file_retry, "WAITS", (0.0, 0.0, 0.0))


@pytest.fixture
def workplace_file(tmp_path: Path) -> Path:
    path = tmp_path / "Vaskeri Øst.apvdesk"
    store = WorkplaceStore.create(
        path,
        Workplace("Vaskeri Øst"),
        [Group("Vask", 8)],
        Round("APV 2026", dt.date(2026, 9, 1), RoundStatus.MAPPING),
        shipped_bank(),
    )
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_restore_while_antivirus_holds_the_file_for_a_moment_goes_through(workplace_file, monkeypatch):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    held = HeldReplace(workplace_file, times=2, winerror=5)  # "access denied" onto the existing file
    monkeypatch.setattr(os, "replace", held)
    safety = restore_backup(older, workplace_file)
    assert held.refused == 2 and safety is not None and safety.exists()


def test_a_restore_onto_a_file_that_stays_held_changes_nothing_and_says_so(workplace_file, monkeypatch):
    older = make_backup(workplace_file, BackupReason.OPENED, now=T0)
    before = _digest(workplace_file)
    monkeypatch.setattr(os, "replace", HeldReplace(workplace_file, times=100))
    with pytest.raises(CannotWrite) as caught:
        restore_backup(older, workplace_file)
    assert caught.value.cause is ErrorKind.HELD_BY_OTHER_PROGRAM and caught.value.path == workplace_file
    monkeypatch.undo()
    assert _digest(workplace_file) == before
    assert not [p for p in workplace_file.parent.iterdir() if p.name.endswith(".tmp")]  # no copy left
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: [])
    assert "held by another program" in file_messages.describe(caught.value)
    assert len(list_backups(workplace_file)) == 2  # the backup restored from, and the safety backup


def test_a_new_file_over_one_that_stays_held_leaves_it_as_it_was(workplace_file, monkeypatch):
    before = _digest(workplace_file)
    monkeypatch.setattr(os, "replace", HeldReplace(workplace_file, times=100, winerror=33))
    first = Round("APV 2027", dt.date(2027, 9, 1), RoundStatus.MAPPING)
    with pytest.raises(CannotWrite) as caught:
        WorkplaceStore.create(workplace_file, Workplace("Ny"), [], first, shipped_bank())
    assert caught.value.cause is ErrorKind.HELD_BY_OTHER_PROGRAM
    monkeypatch.undo()
    assert _digest(workplace_file) == before
    assert sorted(p.name for p in workplace_file.parent.iterdir() if p.is_file()) == [workplace_file.name]


def test_the_command_line_says_in_danish_that_the_pdf_is_open_elsewhere(
    workplace_file, tmp_path, monkeypatch, capsys, qapp
):
    out = tmp_path / "Handlingsplan.pdf"
    out.write_bytes(b"%PDF last week's plan")
    monkeypatch.setattr(os, "replace", HeldReplace(out, times=100, winerror=5))
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: [])
    status = cli.main(["report", "action-plan", str(workplace_file), "-o", str(out), "--lang", "da"])
    monkeypatch.undo()
    assert status == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(out) in err, err
    assert "optaget af et andet program" in err and "plads" not in err, err
    assert out.read_bytes() == b"%PDF last week's plan"
