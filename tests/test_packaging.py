"""An installed wheel (not editable) finds its resources and works like the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_resources_and_runs(tmp_path: Path):
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        check=True,
        cwd=tmp_path,
    )
    [wheel] = wheel_dir.glob("apvdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "apvdesk/resources/questionnaires/psychosocial.toml",
        "apvdesk/resources/actions/catalogue.toml",
        "apvdesk/resources/poster/texts.toml",
        "apvdesk/resources/dialogue/agenda.toml",
        "apvdesk/resources/fonts/DejaVuSans.ttf",
        "apvdesk/resources/fonts/DejaVuSans-Bold.ttf",
        "apvdesk/resources/i18n/apvdesk_da.qm",
        "apvdesk/store/migrations/script.py.mako",
        "apvdesk/store/migrations/versions/0001_initial_schema.py",
    ):
        assert needed in names, needed

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
    )
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=str(tmp_path))
    where = subprocess.run(
        [sys.executable, "-c", "import apvdesk.platform.paths as p; print(p.resources_dir())"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    ).stdout.strip()
    assert Path(where) == site / "apvdesk" / "resources"

    demo = tmp_path / "from-wheel.apvdesk"
    run = subprocess.run(
        [sys.executable, "-m", "apvdesk", "demo", str(demo), "--respondents", "10"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    check = subprocess.run(
        [sys.executable, "-m", "apvdesk", "check", str(demo)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert check.returncode == 0, check.stderr
