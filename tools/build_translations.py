"""Compile Qt translation sources (.ts) to binary catalogues (.qm) with lrelease.

Usage: ``python -m tools.build_translations [FOLDER]`` (default ``resources/i18n``).
"""

import shutil
import subprocess
import sys
from pathlib import Path


def lrelease_command() -> list[str]:
    """Return the command that runs Qt's lrelease from the installed PySide6."""
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    bindir = Path(sys.executable).parent
    candidate = bindir / "pyside6-lrelease"
    if candidate.exists():
        return [str(candidate)]
    raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials first")


def compile_all(folder: Path) -> list[Path]:
    """Compile every .ts file in ``folder`` next to itself; return the .qm paths."""
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "resources" / "i18n"
    for path in compile_all(root):
        print(path)
