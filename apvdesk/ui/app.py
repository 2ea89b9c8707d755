"""Start the GUI: the QApplication, its language, and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from apvdesk import __version__
from apvdesk.platform.paths import resource
from apvdesk.platform.settings import Settings
from apvdesk.ui.colour_scheme import use_light_scheme
from apvdesk.wording import i18n

QuitWhen = Literal["window", "overview"]


def make_application(lang: str | None = None) -> tuple[QApplication, Settings]:
    """Return the (single) QApplication with apvdesk's names and language installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("apvdesk")
    app.setApplicationDisplayName("apvdesk")
    app.setOrganizationName("apvdesk")
    app.setApplicationVersion(__version__)
    # The program's icon on every window and in the task bar; on Linux the desktop file
    # (packaging/linux) names the program for the task bar and the file association.
    app.setWindowIcon(QIcon(str(resource("icons", "apvdesk.png"))))
    app.setDesktopFileName("dk.apvdesk.apvdesk")
    use_light_scheme(app)  # light whatever the system says: see colour_scheme.py
    settings = Settings()
    i18n.install(lang or settings.language)
    return app, settings


class CloseWhenPainted(QObject):
    """Close ``window`` after the first paint of it once ``ready()`` holds (for the benchmark).

    The paint is that of the window itself, which Qt paints whenever any part of it is drawn
    again (the pages do not fill their background).
    """

    def __init__(self, window: QWidget, ready: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._ready = ready
        self._closing = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._closing and event.type() == QEvent.Type.Paint and self._ready():
            self._closing = True
            QTimer.singleShot(0, self._window.close)  # after this paint reaches the screen
        return False


def run_gui(path: Path | None = None, quit_when_shown: QuitWhen | None = None) -> int:
    """Show the main window, open ``path`` (if given) once it is painted, and run until closed.

    The window comes first, then the file: the store and the overview are loaded on a later
    turn of the event loop. ``quit_when_shown`` ends the program after the first paint of
    the window ("window"), or after the first paint with the workplace's overview filled in
    ("overview"); tools/bench.py measures start-up with it.
    """
    from apvdesk.ui.error_hook import install_error_hook
    from apvdesk.ui.main_window import MainWindow

    app, settings = make_application()
    install_error_hook()
    window = MainWindow(settings)
    if path is not None:
        window.open_file_after_showing(Path(path))
    window.show()
    if quit_when_shown == "window" or (quit_when_shown == "overview" and path is None):
        CloseWhenPainted(window, lambda: True)
    elif quit_when_shown == "overview":
        CloseWhenPainted(window, lambda: window.workplace_view is not None)
    return app.exec()
