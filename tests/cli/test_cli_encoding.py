"""The command line writes UTF-8 into a file or a pipe, whatever the system's code page.

On Windows a redirected output uses the ANSI code page (cp1252 on a Danish PC), which has
no Ł and no Ukrainian letters; here the same is made with PYTHONIOENCODING, and with a
plain C locale that Python is told not to coerce to UTF-8.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

NAME = "Pralnia Łódź – Пральня Київ"

NON_UTF8_OUTPUTS = {
    "windows code page": {"PYTHONIOENCODING": "cp1252"},
    "C locale": {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},
}


def run(args: list[str], extra: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL")}
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *args], capture_output=True, env=env, timeout=120, check=False
    )


@pytest.mark.parametrize("output", sorted(NON_UTF8_OUTPUTS))
def test_polish_and_ukrainian_names_are_written_as_utf8(tmp_path: Path, output: str) -> None:
    path = tmp_path / f"{NAME}.apvdesk"
    done = run(["demo", str(path), "--respondents", "12"], NON_UTF8_OUTPUTS[output])
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    assert NAME in done.stdout.decode("utf-8")  # strict: the bytes are UTF-8


@pytest.mark.parametrize("output", sorted(NON_UTF8_OUTPUTS))
def test_an_error_line_names_the_file_in_utf8(tmp_path: Path, output: str) -> None:
    missing = tmp_path / f"{NAME}.apvdesk"
    done = run(["results", str(missing)], NON_UTF8_OUTPUTS[output])
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    lines = done.stderr.decode("utf-8").splitlines()  # strict: the bytes are UTF-8
    assert any(NAME in line and line.startswith("apvdesk: ") for line in lines)
