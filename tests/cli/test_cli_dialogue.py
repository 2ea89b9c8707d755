"""The command line of the dialogue meeting: ``report agenda`` and ``report minutes``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ENGLISH = "[General]\nlanguage=en\n"
REPORTS = ("agenda", "minutes")


def run(tmp_path: Path, *args: object, settings: str | None = ENGLISH) -> subprocess.CompletedProcess[str]:
    """Run apvdesk with its data folder in ``tmp_path`` (English messages unless told)."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    if settings is not None:
        (data / "settings.ini").write_text(settings, encoding="utf-8")
    env = dict(os.environ, APVDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *names: str) -> str:
    """Exit 2, exactly one line on stderr naming ``names``, no traceback; return the line."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for name in names:
        assert name in lines[0]
    return lines[0]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo workplace (with the drivers' dialogue meeting) for the module; tests copy it."""
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


@pytest.fixture
def workplace(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.apvdesk"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def without_meeting(workplace: Path) -> Path:
    """The demo with its dialogue meeting deleted."""
    from apvdesk.store.workplace_store import WorkplaceStore

    store = WorkplaceStore.open(workplace)
    try:
        for apv_round in store.rounds():
            assert apv_round.id is not None
            for meeting in store.meetings(apv_round.id):
                assert meeting.id is not None
                store.delete_meeting(meeting.id)
    finally:
        store.close()
    return workplace


@pytest.mark.parametrize("report", REPORTS)
def test_report_writes_the_pdf_of_the_latest_meeting(workplace: Path, tmp_path: Path, report: str) -> None:
    before = workplace.read_bytes()
    out = tmp_path / f"{report}.pdf"
    result = run(tmp_path, "report", report, workplace, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"The {report} of the dialogue meeting {'were' if report == 'minutes' else 'was'} saved as {out}.\n"
    )
    assert result.stderr == ""
    text = pdf_text(out)
    # the shop's meeting is the latest; the agenda's points are in its language, the minutes as written
    point = "Help from colleagues" if report == "agenda" else "Hjælp fra kolleger"
    assert point in text and "Butik og kundeservice" in text
    if report == "agenda":
        assert len(PdfReader(out).pages) == 1
        assert "Dialogue meeting – agenda" in text
    else:
        assert "Dialogue meeting – minutes" in text
        drivers = tmp_path / "drivers.pdf"
        assert run(tmp_path, "report", report, workplace, "-o", drivers, "--meeting", "1").returncode == 0
        assert "Chauffører (kører alene)" in pdf_text(drivers)
        assert "Fast kontaktperson på kontoret" in pdf_text(drivers)
    assert workplace.read_bytes() == before


@pytest.mark.parametrize("report", REPORTS)
def test_report_language_option(workplace: Path, tmp_path: Path, report: str) -> None:
    out = tmp_path / "out.pdf"
    result = run(tmp_path, "report", report, workplace, "-o", out, "--lang", "da", "--meeting", "1")
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "da-DK"
    result = run(tmp_path, "report", report, workplace, "-o", out, "--lang", "en", "--round", "1")
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.parametrize("lang", ["pl", "ro", "uk"])
def test_the_agenda_is_printed_in_the_teams_language(workplace: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"agenda-{lang}.pdf"
    result = run(tmp_path, "report", "agenda", workplace, "-o", out, "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert PdfReader(out).trailer["/Root"]["/Lang"] == {"pl": "pl-PL", "ro": "ro-RO", "uk": "uk-UA"}[lang]
    text = pdf_text(out)
    assert {"pl": "Pomoc od kolegów", "ro": "Ajutor de la colegi", "uk": "Допомога від колег"}[lang] in text
    assert "Hjælp fra kolleger" not in text and "Help from colleagues" not in text


def test_the_minutes_are_not_offered_in_a_language_they_lack(workplace: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "report", "minutes", workplace, "-o", tmp_path / "m.pdf", "--lang", "pl")
    assert result.returncode != 0 and "invalid choice" in result.stderr


@pytest.mark.parametrize("report", REPORTS)
def test_a_file_without_meetings_is_a_user_error(without_meeting: Path, tmp_path: Path, report: str) -> None:
    before = without_meeting.read_bytes()
    out = tmp_path / "out.pdf"
    result = run(tmp_path, "report", report, without_meeting, "-o", out)
    line = assert_user_error(result, str(without_meeting), "no dialogue meeting", "Mapping page")
    assert line.startswith("apvdesk: ")
    assert not out.exists()
    assert without_meeting.read_bytes() == before


@pytest.mark.parametrize("report", REPORTS)
def test_an_unknown_meeting_is_a_user_error(workplace: Path, tmp_path: Path, report: str) -> None:
    out = tmp_path / "out.pdf"
    result = run(tmp_path, "report", report, workplace, "-o", out, "--meeting", "99")
    assert_user_error(result, str(workplace), "99", "IDs 1")
    assert not out.exists()


def test_an_unknown_round_is_a_user_error(workplace: Path, tmp_path: Path) -> None:
    result = run(tmp_path, "report", "minutes", workplace, "-o", tmp_path / "out.pdf", "--round", "7")
    assert_user_error(result, str(workplace), "7")


def test_a_missing_file_is_a_user_error(tmp_path: Path) -> None:
    result = run(tmp_path, "report", "agenda", tmp_path / "nowhere.apvdesk", "-o", tmp_path / "out.pdf")
    assert_user_error(result, "nowhere.apvdesk")


def test_help_lists_the_dialogue_reports(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert "report agenda FILE" in result.stdout and "report minutes FILE" in result.stdout
    result = run(tmp_path, "report", "minutes", "--help")
    assert result.returncode == 0
    assert "--meeting ID" in result.stdout
