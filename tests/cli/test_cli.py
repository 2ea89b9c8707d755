"""The command line, run as the user runs it: ``python -m apvdesk ...`` in a subprocess."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from apvdesk import __version__
from apvdesk.core.demo import DEMO_KIOSK_PIN
from apvdesk.core.pin import verify_pin
from apvdesk.store import migrate
from tests.store.demo_rows import collection_set_aside

ENGLISH = "[General]\nlanguage=en\n"


def run(tmp_path: Path, *args: object, settings: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run apvdesk with its data folder in ``tmp_path``; ``settings`` is the INI text to use."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    if settings is not None:
        (data / "settings.ini").write_text(settings, encoding="utf-8")
    env = dict(
        os.environ,
        APVDESK_DATA_DIR=str(data),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Return every table's rows (sorted), and the schema, of an SQLite file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        tables = [name for kind, name, _ in schema if kind == "table"]
        rows = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in tables}
        rows["sqlite_master"] = schema
        return rows
    finally:
        conn.close()


def sqlite_integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def no_leftovers(path: Path) -> None:
    for suffix in ("-wal", "-journal", "-shm", ".tmp"):
        assert not path.with_name(path.name + suffix).exists(), suffix


def assert_user_error(result: subprocess.CompletedProcess[str], *names: str) -> str:
    """Exit 2, exactly one line on stderr naming ``names``, no traceback; return the line."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for name in names:
        assert name in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo workplace for the module; tests copy it before use."""
    folder = tmp_path_factory.mktemp("demo")
    result = run(folder, "demo", "demo.apvdesk")
    assert result.returncode == 0, result.stderr
    return folder / "demo.apvdesk"


@pytest.fixture
def workplace(demo_file: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workplace in this test's folder."""
    path = tmp_path / "work.apvdesk"
    shutil.copyfile(demo_file, path)
    return path


def newer_version_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    return path


# --- version and help ----------------------------------------------------------------


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout == f"apvdesk {__version__}\n"
    assert __version__ == "0.1.0"


def test_help_names_every_command(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("demo", "check", "report action-plan", "screenshot"):
        assert command in result.stdout


def test_version_and_check_stay_light(workplace: Path) -> None:
    """--version and check import neither widgets, charts, PDF nor Alembic."""
    probe = (
        "import sys\n"
        "from apvdesk.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('PySide6.QtWidgets', 'PySide6.QtGui', 'matplotlib', 'reportlab', 'alembic')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)), file=sys.stderr)\n"
    )
    for args in (["--version"], ["check", str(workplace)]):
        result = subprocess.run(
            [sys.executable, "-c", probe, *args],
            capture_output=True,
            text=True,
            env=dict(os.environ, APVDESK_DATA_DIR=str(workplace.parent / "data")),
        )
        assert result.stderr.strip().splitlines()[-1] == "[]", (args, result.stderr)


# --- demo and check ------------------------------------------------------------------


def without_pin_salt(rows: dict[str, list[tuple]], path: Path) -> dict[str, list[tuple]]:
    """Return ``rows`` with the round's PIN hash (salted afresh each time) checked and set aside."""
    (pin_hash,) = [row[0] for row in sqlite3.connect(path).execute("SELECT kiosk_pin_hash FROM apv_round")]
    assert verify_pin(DEMO_KIOSK_PIN, pin_hash)
    return {
        name: [tuple("PIN" if v == pin_hash else v for v in row) for row in table]
        for name, table in rows.items()
    }


def test_demo_is_reproducible_and_sound(tmp_path: Path) -> None:
    first, second = tmp_path / "first.apvdesk", tmp_path / "second.apvdesk"
    for path in (first, second):
        result = run(tmp_path, "demo", path.name, "--seed", "7")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert len(result.stdout.splitlines()) == 2  # the file, then the kiosk PIN
        assert path.name in result.stdout and "49" in result.stdout  # 40 at the laundry, 9 collected
        no_leftovers(path)
    linen_room = 5  # the fifth group: its answers came through a collection file, with random ids
    rows = collection_set_aside(without_pin_salt(table_rows(first), first), linen_room)
    assert rows == collection_set_aside(without_pin_salt(table_rows(second), second), linen_room)
    assert len(rows["respondent"]) == 49
    assert len(rows["apv_round"]) == 1

    before = first.read_bytes()
    result = run(tmp_path, "check", first.name)
    assert result.returncode == 0, result.stderr
    assert migrate.SCHEMA_HEAD in result.stdout
    assert "ok" in result.stdout.splitlines()[-1]
    assert sqlite_integrity(first) == ["ok"]
    assert first.read_bytes() == before
    no_leftovers(first)


def test_demo_round_has_the_kiosk_pin_it_prints(tmp_path: Path) -> None:
    """`apvdesk demo` gives its round the kiosk PIN 1234 and says so, so the kiosk can be tried at once."""
    result = run(tmp_path, "demo", "demo.apvdesk", settings=ENGLISH)
    assert result.returncode == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("Its kiosk PIN is 1234.") and "Start kiosk mode…" in last
    conn = sqlite3.connect(tmp_path / "demo.apvdesk")
    (pin_hash,) = [row[0] for row in conn.execute("SELECT kiosk_pin_hash FROM apv_round")]
    conn.close()
    assert DEMO_KIOSK_PIN == "1234"
    assert verify_pin("1234", pin_hash)
    for other in ("0000", "4321", "12345", "123", ""):
        assert not verify_pin(other, pin_hash)

    danish = run(tmp_path, "demo", "dansk.apvdesk", settings="[General]\nlanguage=da\n")
    assert danish.stdout.splitlines()[-1].startswith("Dens kiosk-PIN er 1234.")


def test_the_windows_example_workplace_asks_for_its_own_pin(tmp_path: Path) -> None:
    """The window's example workplace has no PIN: its kiosk asks for one, which the user then knows."""
    from apvdesk.app.demo_file import write_demo

    write_demo(tmp_path / "example.apvdesk")
    conn = sqlite3.connect(tmp_path / "example.apvdesk")
    assert [row[0] for row in conn.execute("SELECT kiosk_pin_hash FROM apv_round")] == [None]
    conn.close()


def test_demo_options(tmp_path: Path) -> None:
    args = ["demo", "small.apvdesk", "--respondents", "12", "--seed", "3", "--name", "Bageriet"]
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    rows = table_rows(tmp_path / "small.apvdesk")
    assert len(rows["respondent"]) == 12
    assert any("Bageriet" in row for row in rows["workplace"])


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "demo.apvdesk"
    assert run(tmp_path, "demo", path.name).returncode == 0
    before = path.read_bytes()
    line = assert_user_error(run(tmp_path, "demo", path.name, "--seed", "2"), path.name)
    assert "--force" in line
    assert path.read_bytes() == before

    result = run(tmp_path, "demo", path.name, "--seed", "2", "--force")
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() != before
    assert sqlite_integrity(path) == ["ok"]
    no_leftovers(path)


def test_check_reports_a_damaged_page(tmp_path: Path) -> None:
    """A page in the middle overwritten, the header and schema intact: check exits 1."""
    path = tmp_path / "big.apvdesk"
    assert run(tmp_path, "demo", path.name, "--respondents", "400").returncode == 0
    conn = sqlite3.connect(path)
    page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    assert pages > 40
    with path.open("r+b") as handle:
        handle.seek((pages // 2 - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    before = path.read_bytes()

    result = run(tmp_path, "check", path.name)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert migrate.SCHEMA_HEAD in result.stdout
    assert "malformed" in result.stdout
    assert path.read_bytes() == before


# --- user errors ---------------------------------------------------------------------


def _missing(tmp_path: Path, workplace: Path) -> Path:
    workplace.unlink()
    return tmp_path / "missing.apvdesk"


def _text_file(tmp_path: Path, workplace: Path) -> Path:
    path = tmp_path / "notes.apvdesk"
    path.write_text("Dagsorden for AMO-mødet\n" * 20, encoding="utf-8")
    return path


def _newer(tmp_path: Path, workplace: Path) -> Path:
    return newer_version_file(workplace)


def _damaged_schema(tmp_path: Path, workplace: Path) -> Path:
    """The apvdesk header kept, the schema page after it overwritten."""
    with workplace.open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\xa5" * 3000)
    return workplace


INPUTS = {
    "missing": (_missing, "does not exist"),
    "text file": (_text_file, "is not an apvdesk workplace file"),
    "newer version": (_newer, "newer version of apvdesk"),
    "damaged schema": (_damaged_schema, "damaged"),
}

COMMANDS = {
    "check": lambda f, out: ["check", f],
    "report": lambda f, out: ["report", "action-plan", f, "-o", out.with_suffix(".pdf")],
    "screenshot": lambda f, out: ["screenshot", f, "--page", "overview", "-o", out.with_suffix(".png")],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", INPUTS)
def test_unusable_input_is_one_line_and_untouched(
    tmp_path: Path, workplace: Path, command: str, case: str
) -> None:
    make, phrase = INPUTS[case]
    path = make(tmp_path, workplace)
    before = path.read_bytes() if path.exists() else None
    out = tmp_path / "out"
    args = COMMANDS[command](path.name, out)

    result = run(tmp_path, *args, settings=ENGLISH)
    if case == "damaged schema" and command == "check":
        # check reports a damaged apvdesk file as damaged (exit 1), on stdout, in a few lines
        assert result.returncode == 1 and phrase in result.stdout and path.name in result.stdout
        assert "Traceback" not in result.stdout + result.stderr
    else:
        line = assert_user_error(result, path.name)
        assert phrase in line
    assert (path.read_bytes() if path.exists() else None) == before
    assert not any(p.name.startswith("out") for p in tmp_path.iterdir())
    assert list(tmp_path.glob("*.bak")) == []


@pytest.mark.parametrize("case", INPUTS)
def test_user_errors_in_the_saved_language(tmp_path: Path, workplace: Path, case: str) -> None:
    """With the default (Danish) settings the message is still one line naming the file."""
    path = INPUTS[case][0](tmp_path, workplace)
    command = "check" if case != "damaged schema" else "results"
    assert_user_error(run(tmp_path, command, path.name), path.name)


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "nowhere/demo.apvdesk"],
        ["report", "action-plan", "work.apvdesk", "-o", "nowhere/plan.pdf"],
        ["screenshot", "work.apvdesk", "--page", "overview", "-o", "nowhere/shot.png"],
    ],
    ids=["demo", "report", "screenshot"],
)
def test_output_into_a_missing_folder(tmp_path: Path, workplace: Path, args: list[str]) -> None:
    before = workplace.read_bytes()
    line = assert_user_error(run(tmp_path, *args, settings=ENGLISH), "nowhere")
    assert "does not exist" in line
    assert workplace.read_bytes() == before
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("command", ["report", "screenshot"])
def test_output_onto_the_workplace_file_is_refused(tmp_path: Path, workplace: Path, command: str) -> None:
    before = workplace.read_bytes()
    args = COMMANDS[command](workplace.name, workplace)
    args[args.index("-o") + 1] = workplace.name
    line = assert_user_error(run(tmp_path, *args, settings=ENGLISH), workplace.name)
    assert "workplace file itself" in line
    assert workplace.read_bytes() == before


def test_output_onto_a_folder_is_refused(tmp_path: Path, workplace: Path) -> None:
    (tmp_path / "plan.pdf").mkdir()
    line = assert_user_error(
        run(tmp_path, "report", "action-plan", workplace.name, "-o", "plan.pdf", settings=ENGLISH), "plan.pdf"
    )
    assert "folder" in line


@pytest.mark.parametrize("size", ["12x", "0x800", "1280x-5", "wide", "1280*800"])
def test_screenshot_size_must_be_w_x_h(tmp_path: Path, workplace: Path, size: str) -> None:
    args = ["screenshot", workplace.name, "--page", "overview", "-o", "shot.png", "--size", size]
    line = assert_user_error(run(tmp_path, *args, settings=ENGLISH), size)
    assert "--size" in line
    assert not (tmp_path / "shot.png").exists()


def test_demo_negative_respondents(tmp_path: Path) -> None:
    line = assert_user_error(run(tmp_path, "demo", "d.apvdesk", "--respondents", "-1", settings=ENGLISH))
    assert "--respondents" in line
    assert not (tmp_path / "d.apvdesk").exists()


def test_argparse_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (["check"], ["report", "action-plan", "x.apvdesk"], ["screenshot", "x", "--page", "nope"]):
        result = run(tmp_path, *args)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr


# --- report and screenshot -----------------------------------------------------------


def test_report_without_any_round(tmp_path: Path) -> None:
    from apvdesk.store.sqlite.database import create_file

    path = tmp_path / "empty.apvdesk"
    create_file(path).dispose()
    before = path.read_bytes()
    line = assert_user_error(
        run(tmp_path, "report", "action-plan", path.name, "-o", "plan.pdf", settings=ENGLISH), path.name
    )
    assert "no APV round" in line
    assert path.read_bytes() == before
    assert not (tmp_path / "plan.pdf").exists()


def test_report_unknown_round(tmp_path: Path, workplace: Path) -> None:
    args = ["report", "action-plan", workplace.name, "-o", "plan.pdf", "--round", "99"]
    line = assert_user_error(run(tmp_path, *args, settings=ENGLISH), workplace.name, "99")
    assert "round" in line


@pytest.mark.parametrize("lang", [None, "en", "da"])
def test_report_action_plan_writes_a_pdf(tmp_path: Path, workplace: Path, lang: str | None) -> None:
    before = workplace.read_bytes()
    args = ["report", "action-plan", workplace.name, "-o", "plan.pdf", "--round", "1"]
    if lang:
        args += ["--lang", lang]
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert "plan.pdf" in result.stdout
    assert workplace.read_bytes() == before
    no_leftovers(workplace)


def test_report_action_plan_latest_round_by_default(tmp_path: Path, workplace: Path) -> None:
    result = run(tmp_path, "report", "action-plan", workplace.name, "-o", "plan.pdf", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(
    ("page", "lang", "size"),
    [("overview", "en", None), ("action-plan", "da", "1024x700"), ("mapping", None, "1100x720")],
)
def test_screenshot_writes_a_png(
    tmp_path: Path, workplace: Path, page: str, lang: str | None, size: str | None
) -> None:
    before = workplace.read_bytes()
    args = ["screenshot", workplace.name, "--page", page, "-o", "shot.png"]
    if lang:
        args += ["--lang", lang]
    if size:
        args += ["--size", size]
    result = run(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    width, height = (int(n) for n in (size or "1280x800").split("x"))
    assert png_size(tmp_path / "shot.png") == (width, height)
    assert workplace.read_bytes() == before


# --- in-process: dispatch to the GUI and the messages --------------------------------


def test_file_argument_starts_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    import apvdesk.ui.app
    from apvdesk.cli import main

    calls: list[Path | None] = []
    monkeypatch.setattr(apvdesk.ui.app, "run_gui", lambda path=None: calls.append(path) or 0)
    assert main(["some place/work.apvdesk"]) == 0
    assert main([]) == 0
    assert calls == [Path("some place/work.apvdesk"), None]


def test_describe_names_the_file_in_one_line(tmp_path: Path) -> None:
    from apvdesk.app.file_messages import describe, title
    from apvdesk.store.errors import CannotWrite, DiskFull, FileMissing, NewerVersionFile, NotAWorkplaceFile

    odd = tmp_path / "50%2 100%1.apvdesk"
    odd.write_text("not sqlite", encoding="utf-8")
    errors = [
        FileMissing(tmp_path / "gone.apvdesk"),
        NotAWorkplaceFile(odd),
        NotAWorkplaceFile(tmp_path),
        NewerVersionFile(odd),
        CannotWrite(tmp_path / "nowhere" / "plan.pdf"),
        DiskFull(odd, "database or disk is full"),  # a full disk is told by the error's kind, not its text
        CannotWrite(tmp_path),
        FileNotFoundError(2, "No such file or directory", str(tmp_path / "nowhere" / "x.pdf")),
    ]
    texts = [describe(error) for error in errors]
    for error, text in zip(errors, texts, strict=True):
        assert "\n" not in text
        assert str(getattr(error, "path", None) or error.filename) in text
        assert title(error)
    assert len(set(texts)) == len(texts)


def test_the_screenshot_command_offers_every_page_of_the_window() -> None:
    from apvdesk.cli.parser import command_parser
    from apvdesk.ui.page_keys import PAGE_KEYS
    from apvdesk.ui.workplace_view import PAGE_CLASSES

    assert set(PAGE_CLASSES) == set(PAGE_KEYS)
    screenshot = command_parser()._subparsers._group_actions[0].choices["screenshot"]  # noqa: SLF001
    page = next(action for action in screenshot._actions if action.dest == "page")  # noqa: SLF001
    assert tuple(page.choices) == PAGE_KEYS
