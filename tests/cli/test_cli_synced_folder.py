"""The command line says in one line on stderr when a workplace file is in a folder OneDrive keeps in step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_command_line_says_it_in_one_line_on_stderr(tmp_path: Path):
    target = tmp_path / "OneDrive" / "eksempel.apvdesk"
    target.parent.mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    env = dict(
        os.environ,
        APVDESK_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "apvdesk", "demo", str(target), "--respondents", "5"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"apvdesk: {target} is in a folder that OneDrive keeps in step")
    local = tmp_path / "eksempel.apvdesk"
    done = subprocess.run(
        [sys.executable, "-m", "apvdesk", "demo", str(local), "--respondents", "5"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 0 and done.stderr == ""
