"""Start the GUI: the QApplication, its language, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from apvdesk import __version__, i18n
from apvdesk.settings import Settings


def make_application(lang: str | None = None) -> tuple[QApplication, Settings]:
    """Return the (single) QApplication with apvdesk's names and language installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("apvdesk")
    app.setApplicationDisplayName("apvdesk")
    app.setOrganizationName("apvdesk")
    app.setApplicationVersion(__version__)
    settings = Settings()
    i18n.install(lang or settings.language)
    return app, settings


def run_gui(path: Path | None = None, quit_when_shown: bool = False) -> int:
    """Show the main window (opening ``path`` if given) and run until it is closed.

    ``quit_when_shown`` ends the program as soon as the window has been shown and filled
    (used by the start-up benchmark in tools/bench.py).
    """
    from apvdesk.ui.error_hook import install_error_hook
    from apvdesk.ui.main_window import MainWindow

    app, settings = make_application()
    install_error_hook()
    window = MainWindow(settings)
    window.show()
    if path is not None:
        window.open_file(Path(path))
    if quit_when_shown:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.close)
    return app.exec()
