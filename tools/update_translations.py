"""Refresh resources/i18n/apvdesk_da.ts from the source with lupdate, keeping translations.

Usage: ``python -m tools.update_translations`` (``make translations-update``).
"""

import subprocess
from pathlib import Path

from tools.build_translations import qt_tool_command

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "resources" / "i18n" / "apvdesk_da.ts"]


def lupdate_command() -> list[str]:
    """Return the command that runs Qt's lupdate (found as lrelease is, ``.exe`` on Windows)."""
    return qt_tool_command("lupdate")


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
