r"""Compile Qt translation sources (.ts) to binary catalogues (.qm) with lrelease.

Usage: ``python -m tools.build_translations [FOLDER]`` (default ``resources/i18n``).
The same on Windows (``.venv\Scripts\python.exe -m tools.build_translations``): Qt's tools
are found as PySide6 installs them there, with ``.exe``.
"""

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path


def pyside_folder() -> Path | None:
    """Return the folder of the installed PySide6 package (not imported), or None."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def qt_tool_command(tool: str, pyside: Path | None = None, scripts: Path | None = None) -> list[str]:
    r"""Return the command that runs Qt's ``tool`` ("lrelease", "lupdate") of the running Python's PySide6.

    Looked for in turn: the program PySide6 ships (``PySide6/lrelease``; ``lrelease.exe`` on
    Windows), the ``pyside6-lrelease`` wrapper beside the running Python (a virtual
    environment's ``bin/``, or ``Scripts\`` on Windows, again with ``.exe``), then the
    wrapper on PATH (where Windows adds the ``.exe`` itself). ``sys.platform`` is read here,
    at each call. ``pyside`` and ``scripts`` replace the two folders (for tests).
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    folder = pyside if pyside is not None else pyside_folder()
    beside_python = scripts if scripts is not None else Path(sys.executable).parent
    candidates = [beside_python / f"pyside6-{tool}{suffix}"]
    if folder is not None:
        candidates.insert(0, folder / f"{tool}{suffix}")
    for candidate in candidates:
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{tool}")
    if found:
        return [found]
    raise SystemExit(
        f"Qt's {tool} not found (looked for {', '.join(map(str, candidates))} and on PATH): "
        "install PySide6-Essentials first"
    )


def lrelease_command() -> list[str]:
    """Return the command that runs Qt's lrelease from the installed PySide6."""
    return qt_tool_command("lrelease")


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
