"""Screenshots of the help to get started: the guide (Hjælp › Kom i gang), pages with a "what now" line.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with an open copy of
the demo workplace; the overview of a new workplace (the guide offered) is made in a
temporary file of its own.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

Save = Callable[[QWidget, str, tuple[int, int]], None]


def render(store, round_id: int, save: Save) -> None:
    """Render the guide, and a new workplace's pages with their "what now" lines as the work goes on."""
    from apvdesk.app.resources import default_round_bank
    from apvdesk.core.model import Group, Response, Round, Workplace
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.dialogs.getting_started import GettingStartedDialog
    from apvdesk.ui.tasks import wait_for_tasks
    from apvdesk.ui.workplace_view import WorkplaceView

    view = WorkplaceView(store)
    guide = GettingStartedDialog(None, view.show_page)
    save(guide, "getting-started", (760, 660))
    guide.close()
    view.close()

    with tempfile.TemporaryDirectory() as folder:
        new = WorkplaceStore.create(
            Path(folder) / "new.apvdesk",
            Workplace(name="Vaskeri Syd", headcount=14),
            [],
            Round("APV", dt.date.today()),
            default_round_bank(),
        )
        try:
            fresh = WorkplaceView(new)
            save(fresh, "next-step-overview", (1024, 768))
            fresh.show_page("preparation")
            save(fresh, "next-step-preparation", (1024, 768))
            washing = new.add_group(Group("Vask", 8))
            ironing = new.add_group(Group("Strygning", 6))
            new_round = new.latest_round()
            assert new_round is not None and new_round.id is not None
            items = new.round_bank(new_round.id).items
            for group, answer, count in ((washing, 3, 7), (ironing, 1, 6)):
                response = Response(group.id, "da", answers={item.id: answer for item in items})  # type: ignore[arg-type]
                new.add_responses(new_round.id, [response] * count)
            fresh.show_page("mapping")
            save(fresh, "next-step-mapping", (1024, 768))
            new.end_collection(new_round.id)
            fresh.show_page("assessment")
            wait_for_tasks()  # the results are computed in the background
            QApplication.processEvents()
            save(fresh, "next-step-assessment", (1024, 768))
            fresh.close()
            wait_for_tasks()
        finally:
            new.close()


if __name__ == "__main__":  # a driver for looking at them: python -m tools.shots_start DEMO OUT LANG
    import os
    import shutil
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from apvdesk.store.workplace_store import WorkplaceStore
    from apvdesk.ui.app import make_application

    demo, out_dir, lang = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app, _settings = make_application(lang)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work) / demo.name
        shutil.copy(demo, copy)
        opened = WorkplaceStore.open(copy)

        def _save(widget: QWidget, name: str, size: tuple[int, int]) -> None:
            widget.resize(*size)
            widget.show()
            app.processEvents()
            widget.grab().save(str(out_dir / f"{name}-{lang}.png"))

        latest = opened.latest_round()
        assert latest is not None and latest.id is not None
        render(opened, latest.id, _save)
        opened.close()
