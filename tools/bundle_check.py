"""Run the built one-folder bundle the way a user would, offscreen, and print its size.

Usage: ``python -m tools.bundle_check [--bundle dist/bundle/apvdesk]`` (``make bundle-check``).
From the bundle's own executable (the console one on Windows) it runs ``--version``,
``demo`` (into a folder and file whose names have spaces, Danish letters and ``&``:
``Mine filer/Ærø Vask/Søndergård & Co.apvdesk``), ``report action-plan``, ``report full``
(matplotlib and numpy) and a ``screenshot`` of the assessment page in a scratch folder, with
``QT_QPA_PLATFORM=offscreen`` and a scratch data folder. Then the kiosk
(``self-test kiosk``, :mod:`apvdesk.ui.self_test`): started on the demo's round and left
with the PIN ``demo`` printed (1234), then started after a new PIN is set through the PIN
dialog, which hashes it inside the bundle, and left with that one; the file's hash must
check the new PIN here too. Then it imports one answer into a copy of a schema-0001 file
(tests/store/fixtures), which makes Alembic upgrade it from the migration files in the
bundle. Each command must exit with 0 and print no traceback and no matplotlib font
warning (a font the bundle left out); the PDFs must name the workplace (read with pypdf),
the screenshot must be a PNG and the old file must reach the head revision. Then it prints
the bundle's largest parts and its size, in MB and MiB, which must stay under 150 MB
(150,000,000 bytes). Exits with 1 on the first failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from apvdesk.core.demo import DEMO_KIOSK_PIN
from apvdesk.core.pin import verify_pin
from apvdesk.store.migrate import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "bundle" / "apvdesk"
WORKPLACE_NAME = "Vaskeriet Bundletest"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MB = 1000 * 1000
MIB = 1024 * 1024
SIZE_LIMIT = 150 * MB  # issue 8: the bundle stays under 150 MB
LARGEST_PARTS = 10
ALARMS = ("Traceback", "findfont:", "Warning:")  # on stderr: a crash, a font left out, a Python warning
OLD_FILE = ROOT / "tests" / "store" / "fixtures" / "schema_0001.apvdesk"
DEMO_FILE = Path("Mine filer", "Ærø Vask", "Søndergård & Co.apvdesk")  # spaces, æøå, &
NEW_PIN = "570926"  # set through the bundle's PIN dialog


class CheckFailed(Exception):
    """A smoke command failed or wrote the wrong thing."""


def executable(bundle: Path) -> Path:
    """Return the bundle's console executable (``apvdesk-cli.exe`` on Windows)."""
    name = "apvdesk-cli.exe" if sys.platform == "win32" else "apvdesk"
    path = bundle / name
    if not path.is_file():
        raise CheckFailed(f"no executable at {path}; run `make bundle` first")
    return path


def bundle_size(bundle: Path) -> int:
    """Return the bytes the bundle's files take (links counted once, not followed)."""
    return sum(path.lstat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    """Return a size as "148.2 MB (141.3 MiB)"."""
    return f"{size / MB:.1f} MB ({size / MIB:.1f} MiB)"


def largest_parts(bundle: Path, count: int = LARGEST_PARTS) -> list[tuple[int, str]]:
    """Return the ``count`` largest files and folders of the bundle as (bytes, path), largest first.

    The parts are the entries of the bundle's top folder and of ``_internal``; a folder
    that holds more than a quarter of the bundle (PySide6) is split into its entries in
    turn, so the list names what takes the room rather than one folder.
    """
    total = bundle_size(bundle)
    parts: list[tuple[int, str]] = []
    pending = [bundle]
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            if entry.is_symlink():
                continue
            if entry.is_dir():
                size = bundle_size(entry)
                if entry.name == "_internal" or size > total / 4:
                    pending.append(entry)
                    continue
            else:
                size = entry.stat().st_size
            parts.append((size, entry.relative_to(bundle).as_posix() + ("/" if entry.is_dir() else "")))
    return sorted(parts, reverse=True)[:count]


def check_size(bundle: Path) -> int:
    """Print the bundle's largest parts and its size; raise CheckFailed over the limit."""
    print("Largest parts:")
    for size, name in largest_parts(bundle):
        print(f"  {size / MB:6.1f} MB  {name}")
    size = bundle_size(bundle)
    if size >= SIZE_LIMIT:
        raise CheckFailed(f"the bundle is {megabytes(size)}, not under {SIZE_LIMIT / MB:.0f} MB")
    return size


def run(program: Path, args: Sequence[str], folder: Path) -> str:
    """Run one command offscreen in ``folder``; return its stdout or raise CheckFailed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=str(folder / "data"))
    started = time.perf_counter()
    result = subprocess.run(
        [str(program), *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",  # what the command line writes, on Windows too
        errors="replace",
        timeout=120,
    )
    seconds = time.perf_counter() - started
    print(f"  apvdesk {' '.join(args)}  ({seconds:.2f} s)")
    if result.returncode != 0 or any(alarm in result.stderr for alarm in ALARMS):
        raise CheckFailed(
            f"`apvdesk {' '.join(args)}` failed (exit code {result.returncode}; a traceback or a missing"
            f" font on stderr fails it too)\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def pdf_text(path: Path) -> str:
    """Return the text of a PDF (pypdf, from the test extra)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def check_upgrade(program: Path, folder: Path) -> None:
    """Import one answer into a file of schema 0001: Alembic must upgrade it from the bundle."""
    old = folder / "old.apvdesk"
    shutil.copyfile(OLD_FILE, old)
    with sqlite3.connect(old) as connection:
        (group,) = connection.execute("SELECT name FROM work_group ORDER BY id LIMIT 1").fetchone()
    connection.close()
    run(program, ["template", "old.apvdesk", "-o", "answers.csv"], folder)
    header = (folder / "answers.csv").read_text(encoding="utf-8-sig").strip()
    answers = ["3"] * (len(header.split(";")) - 2)
    row = ";".join([group, "da", *answers])
    (folder / "answers.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    run(program, ["import", "old.apvdesk", "answers.csv"], folder)
    with sqlite3.connect(old) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    if revision != SCHEMA_HEAD:
        raise CheckFailed(f"the old file was not upgraded: schema {revision}, expected {SCHEMA_HEAD}")


def check_bundle(bundle: Path) -> None:
    """Run the smoke commands from the bundle; raise CheckFailed on the first failure."""
    program = executable(bundle)
    with tempfile.TemporaryDirectory(prefix="apvdesk-bundle-") as scratch:
        folder = Path(scratch)
        version = run(program, ["--version"], folder)
        if not version.startswith("apvdesk "):
            raise CheckFailed(f"unexpected --version output: {version!r}")
        (folder / DEMO_FILE).parent.mkdir(parents=True)
        demo = str(DEMO_FILE)
        written = run(program, ["demo", demo, "--name", WORKPLACE_NAME], folder)
        if DEMO_KIOSK_PIN not in written:
            raise CheckFailed(f"`apvdesk demo` does not say the kiosk PIN {DEMO_KIOSK_PIN}:\n{written}")
        run(program, ["report", "action-plan", demo, "-o", "plan.pdf", "--lang", "en"], folder)
        if WORKPLACE_NAME not in pdf_text(folder / "plan.pdf"):
            raise CheckFailed(f"the action-plan PDF does not name {WORKPLACE_NAME!r}")
        run(program, ["report", "full", demo, "-o", "full.pdf", "--lang", "en"], folder)
        if WORKPLACE_NAME not in pdf_text(folder / "full.pdf"):
            raise CheckFailed(f"the full report does not name {WORKPLACE_NAME!r}")
        run(program, ["screenshot", demo, "--page", "assessment", "-o", "shot.png"], folder)
        shot = (folder / "shot.png").read_bytes()
        if not shot.startswith(PNG_SIGNATURE) or len(shot) < 1000:
            raise CheckFailed("the screenshot is not a PNG picture")
        check_kiosk(program, folder)
        check_upgrade(program, folder)


def check_kiosk(program: Path, folder: Path) -> None:
    """Start and leave the kiosk from the bundle: with the demo's PIN, then with a PIN set there."""
    demo = str(DEMO_FILE)
    run(program, ["self-test", "kiosk", demo, "--pin", DEMO_KIOSK_PIN], folder)
    run(program, ["self-test", "kiosk", demo, "--pin", NEW_PIN, "--new-pin"], folder)
    with sqlite3.connect(folder / DEMO_FILE) as connection:
        hashes = [row[0] for row in connection.execute("SELECT kiosk_pin_hash FROM apv_round") if row[0]]
    connection.close()
    if len(hashes) != 1 or not verify_pin(NEW_PIN, hashes[0]) or verify_pin(DEMO_KIOSK_PIN, hashes[0]):
        raise CheckFailed(f"the PIN set in the bundle is not stored as {NEW_PIN}'s hash: {hashes!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built apvdesk bundle.")
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle folder")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    print(f"Checking {bundle}")
    try:
        check_bundle(bundle)
        size = check_size(bundle)
    except CheckFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Bundle OK: {megabytes(size)} in {bundle} (limit {SIZE_LIMIT / MB:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
