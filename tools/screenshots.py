"""Render every page and window of the demo workplace, in Danish and English, to docs/screenshots/.

Usage: ``python -m tools.screenshots [--dark-system] [OUT_DIR]`` (``make screenshots``). Each
picture is made by a separate ``apvdesk screenshot`` process, exactly as a user would run it.
``--dark-system`` renders them as on a Windows PC in dark mode (APVDESK_SIMULATE_DARK_SYSTEM=1,
see apvdesk/ui/dark_system.py): the program's own light scheme must give the same pictures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from apvdesk.ui.page_keys import PAGE_KEYS

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    args = [arg for arg in sys.argv[1:] if arg != "--dark-system"]
    dark_system = len(args) < len(sys.argv) - 1
    out_dir = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APVDESK_DATA_DIR=folder)
        env["APVDESK_SIMULATE_DARK_SYSTEM"] = "1" if dark_system else "0"
        demo = Path(folder) / "demo.apvdesk"
        apvdesk = [sys.executable, "-m", "apvdesk"]
        subprocess.run([*apvdesk, "demo", str(demo), "--seed", "7"], check=True, env=env)
        for lang in ("da", "en"):
            # the system language of the PC the pictures stand for: Qt's own dialogs follow it
            env["LANG"] = "da_DK.UTF-8" if lang == "da" else "en_GB.UTF-8"
            for page in PAGE_KEYS:
                out = out_dir / f"{page}-{lang}.png"
                subprocess.run(
                    [*apvdesk, "screenshot", str(demo), "--page", page, "-o", str(out), "--lang", lang],
                    check=True,
                    env=env,
                )
                print(out)
            subprocess.run(
                [sys.executable, "-m", "tools.window_shots", str(demo), str(out_dir), lang],
                check=True,
                env=env,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
