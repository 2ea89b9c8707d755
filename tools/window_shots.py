"""Render the windows that are not pages — kiosk, entry grid, import, dialogue meeting, dialogs.

Usage: ``python -m tools.window_shots DEMO.apvdesk OUT_DIR LANG`` (called by
``tools.screenshots``, one process per language). Works on a copy of DEMO, which gets a
kiosk PIN ("0000") so the kiosk can start. Besides its own pictures it runs every
``tools/shots_*.py`` module's ``render(store, round_id, save)``, in name order.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    demo, out_dir, lang = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    from apvdesk.core.pin import hash_pin
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.app import make_application
    from apvdesk.ui.dialogs.entry_grid import EntryGridDialog
    from apvdesk.ui.kiosk.window import KioskWindow
    from apvdesk.ui.meeting.facilitator import MeetingWindow

    app, _settings = make_application(lang)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / demo.name
        shutil.copy(demo, path)
        store = WorkplaceStore.open(path)
        apv_round = store.latest_round()
        assert apv_round is not None and apv_round.id is not None
        apv_round.kiosk_pin_hash = hash_pin("0000")
        store.update_round(apv_round)

        def save(widget, name: str, size: tuple[int, int] = (1280, 800)) -> None:
            widget.resize(*size)
            widget.show()
            app.processEvents()
            target = out_dir / f"{name}-{lang}.png"
            widget.grab().save(str(target))
            print(target)

        kiosk = KioskWindow(store, apv_round.id)
        save(kiosk, "kiosk-language")
        respondent_lang = "pl" if lang == "en" else "da"
        kiosk.choose_language(respondent_lang)
        kiosk.choose_group(store.round_groups(apv_round.id)[0].id)  # type: ignore[arg-type]
        kiosk.start_questions()
        save(kiosk, "kiosk-question")
        kiosk._cover()  # noqa: SLF001 - what a pause without input brings, without waiting a minute
        save(kiosk, "kiosk-cover")
        kiosk._leave()  # noqa: SLF001 - the PIN dialog is not needed for a picture

        grid = EntryGridDialog(store, apv_round.id)
        save(grid, "entry-grid", (1100, 620))
        grid.close()  # closed by the program: nothing is asked

        meeting = store.meetings(apv_round.id)[0]
        assert meeting.id is not None
        window = MeetingWindow(store, meeting.id)
        window.set_current(2)
        save(window, "dialogue-facilitator")
        window.show_presentation()
        save(window.presentation, "dialogue-presentation")
        window.close()

        for module in sorted((Path(__file__).parent).glob("shots_*.py")):
            importlib.import_module(f"tools.{module.stem}").render(store, apv_round.id, save)
            app.processEvents()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
