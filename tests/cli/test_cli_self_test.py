"""``apvdesk self-test kiosk``: the bundle check's way to start and leave the kiosk, run as a command."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from apvdesk.core.pin import verify_pin


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, APVDESK_DATA_DIR=str(folder / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "apvdesk", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def pin_hashes(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT kiosk_pin_hash FROM apv_round") if row[0]]
    finally:
        connection.close()


def test_the_kiosk_starts_and_leaves_with_the_demos_pin_then_with_a_new_one(tmp_path: Path) -> None:
    folder = tmp_path / "Mine filer" / "Ærø Vask"
    folder.mkdir(parents=True)
    demo = str(Path("Mine filer", "Ærø Vask", "Søndergård & Co.apvdesk"))
    assert run(tmp_path, "demo", demo).returncode == 0

    result = run(tmp_path, "self-test", "kiosk", demo, "--pin", "1234")
    assert result.returncode == 0, result.stderr
    # The demo's collection had ended: the kiosk reopened it after the question, as a click would.
    assert (
        result.stdout.strip() == "collection reopened; kiosk started; a wrong PIN refused; left with the PIN"
    )

    result = run(tmp_path, "self-test", "kiosk", demo, "--pin", "570926", "--new-pin")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("PIN set; kiosk started")
    (stored,) = pin_hashes(tmp_path / demo)
    assert verify_pin("570926", stored) and not verify_pin("1234", stored)

    # The old PIN no longer leaves the kiosk: the check says so and fails.
    result = run(tmp_path, "self-test", "kiosk", demo, "--pin", "1234")
    assert result.returncode == 1
    assert "self-test kiosk: the PIN 1234 did not leave the kiosk" in result.stderr
    assert "Traceback" not in result.stderr


def test_it_is_not_listed_among_the_commands(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0 and "self-test" not in result.stdout
