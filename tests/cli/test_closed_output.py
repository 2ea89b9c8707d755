"""A command whose reader stops early (``| head``) ends quietly, with no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``apvdesk args`` whose standard output is closed before it writes anything."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone (as `head` has, once it has its lines)
    try:
        return subprocess.run(
            [sys.executable, "-m", "apvdesk", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=ENV,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args", [("results", "{demo}"), ("results", "{demo}", "--json"), ("check", "{demo}")]
)
def test_a_closed_output_gives_no_traceback(demo_file: Path, args: tuple[str, ...]) -> None:
    done = run_into_closed_pipe(*(a.replace("{demo}", str(demo_file)) for a in args))
    assert b"Traceback" not in done.stderr and b"BrokenPipeError" not in done.stderr, done.stderr.decode()
    assert done.returncode == 141


def test_help_into_a_closed_output_gives_no_traceback() -> None:
    done = run_into_closed_pipe("results", "--help")
    assert b"Traceback" not in done.stderr and b"BrokenPipeError" not in done.stderr, done.stderr.decode()
