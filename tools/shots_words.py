"""Screenshots of issue 16's words: what a box says once it has saved a file.

``render(store, round_id, save)`` is called by ``tools.window_shots`` with the demo open and
the application made in the language of the pictures: the poster's box and the plan's
spreadsheet box after each saved a file ("Plakaten er gemt som …").
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Save = Callable[[Any, str, tuple[int, int]], None]


def render(store: Any, round_id: int, save: Save) -> None:
    """Save the poster and the plan as a spreadsheet through their boxes, then picture the boxes."""
    from PySide6.QtCore import QCoreApplication

    from apvdesk.app.report_entry import ReportChoices
    from apvdesk.app.report_registry import printable_report
    from apvdesk.ui.pdf_export import PdfExportBox
    from apvdesk.ui.plan_export_box import PlanExportBox
    from apvdesk.ui.tasks import wait_for_tasks
    from apvdesk.wording.i18n import LANGUAGES, current_language

    lang = current_language()
    poster = printable_report("poster")
    words = poster.page

    def prepare(chosen: str) -> Callable[[], bytes]:
        choices = ReportChoices(lang=chosen, round_id=round_id, today=dt.date.today())
        return lambda: poster.pdf(store, choices)

    with tempfile.TemporaryDirectory() as folder:
        box = PdfExportBox(
            words.title.text(),
            words.summary.text(),
            words.button.text(),
            prepare,
            saved_text=poster.command_line.written.text(),
        )
        box.set_choices(list(LANGUAGES.items()), lang, "poster")
        box.export(Path(folder) / "plakat.pdf", open_when_done=False)
        wait_for_tasks()
        QCoreApplication.processEvents()  # the box hears that the file is saved
        save(box, "saved-poster", (900, 200))

        plan_box = PlanExportBox(lambda: store.action_plan(round_id, dt.date.today()), lambda: lang)
        plan_box.export(Path(folder) / "handlingsplan.xlsx")
        wait_for_tasks()
        QCoreApplication.processEvents()
        save(plan_box, "saved-spreadsheet", (900, 160))
