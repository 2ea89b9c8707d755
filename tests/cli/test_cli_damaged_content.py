"""Each kind of damaged content through every command: one line and exit 2; ``check`` names it.

The damaged files are those of tests/store/test_damaged_content.py: sound SQLite files
holding what apvdesk cannot use. Every command that reads a workplace file must refuse
such a file before it reads anything else: one line on stderr naming the file, exit
status 2, no traceback, no output written, the file byte for byte as it was and nothing
new beside it. ``check`` lists the damage (table, row, column, value) and exits 1.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from apvdesk import cli
from apvdesk.app.file_messages import describe
from apvdesk.cli.common import EXIT_UNSOUND, EXIT_USER_ERROR
from apvdesk.store.errors import DamagedContent
from apvdesk.store.sqlite.file_checks import inspect_file
from tests.store.test_damaged_content import DAMAGES, Damage, make_damaged

Args = Callable[[Path, Path, Path], list[object]]

# Every command that reads a workplace file: (file, output folder, answers to import) -> arguments
COMMANDS: dict[str, Args] = {
    "results": lambda f, out, data: ["results", f],
    "results --json": lambda f, out, data: ["results", f, "--json"],
    "report action-plan": lambda f, out, data: ["report", "action-plan", f, "-o", out / "plan.pdf"],
    "report questionnaire": lambda f, out, data: ["report", "questionnaire", f, "-o", out / "form.pdf"],
    "report agenda": lambda f, out, data: ["report", "agenda", f, "-o", out / "agenda.pdf"],
    "report minutes": lambda f, out, data: ["report", "minutes", f, "-o", out / "minutes.pdf"],
    "report full": lambda f, out, data: ["report", "full", f, "-o", out / "full.pdf"],
    "report poster": lambda f, out, data: ["report", "poster", f, "-o", out / "poster.pdf"],
    "export xlsx": lambda f, out, data: ["export", f, "-o", out / "plan.xlsx"],
    "export ics": lambda f, out, data: ["export", f, "-o", out / "plan.ics"],
    "template": lambda f, out, data: ["template", f, "-o", out / "paper.xlsx"],
    "import": lambda f, out, data: ["import", f, data],
    "screenshot": lambda f, out, data: ["screenshot", f, "--page", "assessment", "-o", out / "page.png"],
}


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from apvdesk.app.demo_file import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.apvdesk"
    write_demo(path, respondents=40, seed=7)
    return path.read_bytes()


def _folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    files, out, given = (tmp_path / name for name in ("files", "out", "in"))
    for folder in (files, out, given):
        folder.mkdir()
    (given / "answers.csv").write_text("group;language\nVask;da\n", encoding="utf-8")
    return files, out, given / "answers.csv"


def _state(path: Path) -> tuple[str, list[str]]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.name)
def test_every_command_refuses_in_one_line(tmp_path, demo_bytes, capsys, qapp, damage: Damage, command: str):
    files, out, data = _folders(tmp_path)
    path = make_damaged(files, demo_bytes, damage)
    before = _state(path)

    status = cli.main([str(a) for a in COMMANDS[command](path, out, data)])

    captured = capsys.readouterr()
    assert status == EXIT_USER_ERROR, (captured.out, captured.err)
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("apvdesk: ") and str(path) in lines[0], captured.err
    with pytest.raises(DamagedContent) as caught:  # the line is the one for content apvdesk cannot use
        inspect_file(path)
    assert lines[0] == "apvdesk: " + describe(caught.value)
    assert damage.table in lines[0]  # naming the first problem
    assert captured.out == ""
    assert list(out.iterdir()) == []
    assert _state(path) == before


@pytest.mark.parametrize("damage", DAMAGES, ids=lambda damage: damage.name)
def test_check_names_the_damage_and_exits_1(tmp_path, demo_bytes, capsys, qapp, damage: Damage):
    files, _out, _data = _folders(tmp_path)
    path = make_damaged(files, demo_bytes, damage)
    before = _state(path)

    status = cli.main(["check", str(path)])

    captured = capsys.readouterr()
    assert status == EXIT_UNSOUND, captured.out
    assert "Traceback" not in captured.out + captured.err and captured.err == ""
    parts = (damage.table, damage.row, damage.column, damage.value)
    assert any(all(part in line for part in parts) for line in captured.out.splitlines()), captured.out
    assert str(path) in captured.out.splitlines()[-1]  # and says what to do with the file
    assert _state(path) == before


def test_check_of_a_sound_file_says_ok(tmp_path, demo_bytes, capsys, qapp):
    path = tmp_path / "good.apvdesk"
    path.write_bytes(demo_bytes)
    assert cli.main(["check", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith("ok")


@pytest.mark.parametrize("command", ["results", "report full", "screenshot", "check"])
@pytest.mark.parametrize(
    "damage",
    [d for d in DAMAGES if d.name in ("threshold 2", "bank snapshot not JSON", "missing table")],
    ids=lambda damage: damage.name,
)
def test_as_the_user_runs_it(tmp_path, demo_bytes, damage: Damage, command: str):
    """In a process of its own, in English: exactly one line on stderr (or check's list on stdout)."""
    files, out, data = _folders(tmp_path)
    path = make_damaged(files, demo_bytes, damage)
    before = _state(path)
    settings = tmp_path / "settings"
    settings.mkdir()
    (settings / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    env = dict(
        os.environ, APVDESK_DATA_DIR=str(settings), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8"
    )
    args = ["check", path] if command == "check" else COMMANDS[command](path, out, data)
    result = subprocess.run(
        [sys.executable, "-m", "apvdesk", *(str(a) for a in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert "Traceback" not in result.stdout + result.stderr
    if command == "check":
        assert result.returncode == 1 and result.stderr == ""
        assert "Content check:" in result.stdout and damage.table in result.stdout
    else:
        assert result.returncode == 2 and result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert str(path) in line and "cannot be used by apvdesk" in line
        assert list(out.iterdir()) == []
    assert _state(path) == before
