"""Render a page of the real main window to a PNG, offscreen (``apvdesk screenshot``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

START = "start"


def render_screenshot(file: Path | None, page: str, out: Path, lang: str, size: tuple[int, int]) -> None:
    """Open ``file`` in a main window of ``size``, show ``page`` and save it as ``out``.

    ``page`` may also be "start" (with ``file`` None) for the start page. Settings such as
    recent files are not changed. Raises WorkplaceFileError or CannotWrite on user errors.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from apvdesk.store.errors import CannotWrite, WorkplaceFileError
    from apvdesk.store.sqlite.files import journal_path, open_workplace, refuse_while_kiosk
    from apvdesk.ui.app import make_application
    from apvdesk.ui.main_window import MainWindow
    from apvdesk.ui.tasks import wait_for_tasks

    if file is not None:
        refuse_while_kiosk(file)  # the copy opened below has no lock: a running kiosk is checked here
    app, settings = make_application(lang)
    window = MainWindow(settings)
    window.setMinimumSize(1, 1)
    window.resize(*size)
    scratch = tempfile.TemporaryDirectory(prefix="apvdesk-screenshot-")
    try:
        if file is not None:
            # A copy is opened as the user would open the file (editable, not read-only), so
            # the picture shows the real screen; the user's file is never opened for writing.
            copy = Path(scratch.name) / Path(file).name
            shutil.copy2(file, copy)
            journal = journal_path(Path(file))
            if journal.exists():
                shutil.copy2(journal, journal_path(copy))
            store = open_workplace(copy)
            window._switch_to(store, remember=False)  # noqa: SLF001 - no dialogs, no recent list
            view = window.workplace_view
            assert view is not None
            view.show_page(page)
        window.show()
        for _ in range(3):
            wait_for_tasks()
            app.processEvents()
        image = window.grab()
        if not image.save(str(out), "PNG"):
            raise CannotWrite(out, "the image could not be written")
    except WorkplaceFileError:
        raise
    finally:
        window.close()
        wait_for_tasks()  # work the closing started (a page's last refresh) ends before the program
        QApplication.processEvents()
        scratch.cleanup()
