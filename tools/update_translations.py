"""Refresh resources/i18n/apvdesk_da.ts from the source with lupdate, keeping translations.

Usage: ``python -m tools.update_translations`` (``make translations-update``).
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "resources" / "i18n" / "apvdesk_da.ts"]


def lupdate_command() -> list[str]:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [exe]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "apvdesk").rglob("*.py"))


def update(ts_files: list[Path] = TS_FILES, extra: list[str] | None = None) -> None:
    for ts in ts_files:
        subprocess.run(
            [
                *lupdate_command(),
                "-no-obsolete",
                "-locations",
                "none",
                *sources(),
                *(extra or []),
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )


if __name__ == "__main__":
    update()
