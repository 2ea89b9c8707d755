"""What a Danish (or English) user reads for each kind of failed write: chosen by kind, not by text."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from apvdesk.app import file_messages
from apvdesk.app.file_messages import describe, title
from apvdesk.platform.os_errors import ErrorKind
from apvdesk.store.errors import CannotWrite, DiskFull
from apvdesk.store.sqlite.file_checks import write_failure
from tests.platform.windows_errors import windows_error
from tests.platform.write_refusal import refusing_writes

DISK_SPACE = ("plads på disken", "disken er fuld", "Disken er fuld")


@pytest.fixture
def danish(qapp):
    from apvdesk.wording import i18n

    i18n.install("da")
    yield
    i18n.reset()


@pytest.fixture
def nobody_holds(monkeypatch):
    monkeypatch.setattr(file_messages, "programs_holding", lambda _path: [])


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "Handlingsplan 2026.pdf"
    path.write_bytes(b"%PDF last week's plan")
    return path


def test_access_denied_in_danish_on_a_file_a_reader_holds_names_no_disk_space(danish, nobody_holds, plan):
    # what os.replace raises on a Danish Windows when a PDF reader has the plan open
    error = windows_error(5, "Adgang nægtet", str(plan))
    text = describe(error)
    assert str(plan) in text
    assert "optaget af et andet program" in text and "PDF-læser" in text
    assert not any(words in text for words in DISK_SPACE), text
    assert title(error) == "Kan ikke gemme"


def test_a_sharing_violation_names_the_program_that_holds_the_file(danish, monkeypatch, plan):
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: ["Adobe Acrobat Reader"])
    error = windows_error(
        32, "Processen kan ikke få adgang til filen, da den bruges af en anden proces", str(plan)
    )
    text = describe(error)
    assert text == (
        f"{plan} er åben i et andet program (Adobe Acrobat Reader). "
        "Luk filen dér, og prøv igen; der blev ikke skrevet noget."
    )
    assert title(error) == "Filen er åben i et andet program"


def test_in_english_the_held_file_says_what_to_do(qapp, monkeypatch, plan):
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: ["Microsoft Excel", "WinDefend"])
    text = describe(CannotWrite(plan, "whatever", ErrorKind.HELD_BY_OTHER_PROGRAM))
    assert text == (
        f"{plan} is open in another program (Microsoft Excel, WinDefend). Close it there and try again; "
        "nothing was written."
    )
    monkeypatch.setattr(file_messages, "programs_holding", lambda path: [])
    assert describe(CannotWrite(plan, "", ErrorKind.HELD_BY_OTHER_PROGRAM)).startswith(
        f"{plan} is held by another program, such as a PDF reader, a spreadsheet or an antivirus check."
    )


def test_a_full_disk_in_danish(danish, plan):
    for error in (
        windows_error(112, "Der er ikke tilstrækkelig plads på disken", str(plan)),
        OSError(errno.ENOSPC, "Ingen plads tilbage på enheden", str(plan)),
        DiskFull(plan, "database or disk is full"),
    ):
        text = describe(error)
        assert text.startswith("Disken er fuld, så") and str(plan) in text, text
        assert title(error) == "Disken er fuld"


def test_a_full_disk_told_by_sqlite_whatever_its_text(danish, plan):
    full = sqlite3.OperationalError("databasen eller disken er fuld")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]
    assert isinstance(write_failure(plan, full), DiskFull)
    assert describe(write_failure(plan, full)).startswith("Disken er fuld")


def test_english_words_about_space_in_the_text_do_not_make_a_full_disk(danish, nobody_holds, plan):
    text = describe(CannotWrite(plan, "database or disk is full"))  # a text, not a kind
    assert not text.startswith("Disken er fuld")


def test_a_read_only_place_in_danish(danish, plan):
    readonly = sqlite3.OperationalError("forsøg på at skrive i en skrivebeskyttet database")
    readonly.sqlite_errorcode = 8  # type: ignore[attr-defined]
    for error in (write_failure(plan, readonly), windows_error(19, "Mediet er skrivebeskyttet", str(plan))):
        text = describe(error)
        assert "skrivebeskyttet her" in text and "USB-stik" in text, text


def test_no_permission_where_writing_is_refused_in_danish(danish, tmp_path, monkeypatch):
    folder = tmp_path / "Fælles"
    folder.mkdir()
    path = folder / "Handlingsplan.pdf"
    with refusing_writes(folder, monkeypatch):
        text = describe(windows_error(5, "Adgang nægtet", str(path)))
    assert (
        text
        == f"{path} kan ikke gemmes, fordi du ikke har skriveadgang til mappen {folder}. Vælg en anden mappe."
    )


def test_a_network_drive_gone_in_danish(danish, tmp_path):
    path = tmp_path / "gone" / "Firma.apvdesk"  # the folder is out of reach, as a disconnected drive is
    text = describe(windows_error(64, "Det angivne netværksnavn er ikke længere tilgængeligt", str(path)))
    assert text.startswith(f"{path} kan ikke nås: netværksdrevet eller den delte mappe")
    assert "findes ikke" not in text


def test_a_missing_folder_in_danish(danish, tmp_path):
    path = tmp_path / "gone" / "plan.pdf"
    text = describe(windows_error(3, "Systemet kan ikke finde stien", str(path)))
    assert text.startswith(f"{path} kan ikke gemmes, fordi mappen {tmp_path / 'gone'} ikke findes")


def test_an_other_failure_keeps_the_systems_words_for_the_user(danish, plan):
    text = describe(OSError(errno.EIO, "I/O-fejl", str(plan)))
    assert text.startswith(f"{plan} kan ikke gemmes: I/O-fejl.")


def test_the_kind_stays_on_the_error_through_the_store(plan):
    assert write_failure(plan, windows_error(32)).cause is ErrorKind.HELD_BY_OTHER_PROGRAM
    assert write_failure(plan, windows_error(5)).cause is ErrorKind.NO_PERMISSION
    assert type(write_failure(plan, windows_error(112))) is DiskFull
    assert DiskFull(plan).cause is ErrorKind.DISK_FULL
    assert CannotWrite(plan).cause is ErrorKind.OTHER
