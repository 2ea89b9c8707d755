"""The main window's menus: File (with the recent files), Language and Help, and the Help menu's texts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from apvdesk import __version__
from apvdesk.platform.settings import Settings
from apvdesk.wording import i18n


class WindowCommands(Protocol):
    """What the menus ask of the main window."""

    def new_workplace(self) -> None: ...

    def choose_file(self) -> None: ...

    def open_file(self, path: Path) -> bool: ...

    def open_demo(self) -> None: ...

    def restore_backup(self) -> None: ...

    def close_workplace(self) -> None: ...

    def show_saved(self) -> None: ...

    def show_guide(self) -> None: ...

    def set_language(self, lang: str) -> None: ...


class MainMenus(QObject):
    """Builds the menu bar of ``window`` (again after a change of language or of the open file).

    ``commands`` carries out what the menus ask for; it is the window itself.
    """

    def __init__(self, window: QMainWindow, commands: WindowCommands, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._commands = commands
        self._settings = settings

    def build(self, can_restore: bool, can_close: bool) -> None:
        """Fill the menu bar anew, in the current language.

        ``can_restore`` enables restoring a backup (a file open for changes), ``can_close``
        closing the workplace (a file open at all).
        """
        commands = self._commands
        menu_bar = self._window.menuBar()
        menu_bar.clear()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self._add_action(
            file_menu, self.tr("&New workplace…"), commands.new_workplace, QKeySequence.StandardKey.New
        )
        self._add_action(file_menu, self.tr("&Open…"), commands.choose_file, QKeySequence.StandardKey.Open)
        recent = file_menu.addMenu(self.tr("Open &recent"))
        files = self._settings.recent_files()
        for path in files:
            action = recent.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: commands.open_file(p))
        recent.setEnabled(bool(files))
        self._add_action(file_menu, self.tr("Try with &example data"), commands.open_demo)
        save = self._add_action(
            file_menu, self.tr("&Save"), commands.show_saved, QKeySequence.StandardKey.Save
        )
        save.setEnabled(can_close)
        save.setToolTip(self.tr("apvdesk saves every change at once: this only confirms it."))
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        restore = self._add_action(file_menu, self.tr("Restore a &backup…"), commands.restore_backup)
        restore.setEnabled(can_restore)
        close = self._add_action(file_menu, self.tr("&Close workplace"), commands.close_workplace)
        close.setEnabled(can_close)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self._window.close, QKeySequence.StandardKey.Quit)

        language_menu = menu_bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self._window)
        for code, name in i18n.LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self._settings.language)
            action.triggered.connect(lambda _checked=False, c=code: commands.set_language(c))
            group.addAction(action)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self._add_action(
            help_menu, self.tr("&Getting started"), commands.show_guide, QKeySequence.StandardKey.HelpContents
        )
        self._add_action(help_menu, self.tr("How the &results are computed"), self.show_results_help)
        self._add_action(help_menu, self.tr("&About apvdesk"), self.show_about)

    @staticmethod
    def _add_action(
        menu: QMenu, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def results_help_text(self) -> str:
        """Return the definitions behind every figure on the Assessment page."""
        return self.tr(
            "Each answer scores 100, 75, 50, 25 or 0 points, from the most to the least "
            "favourable option; “don't know” and blank answers do not count.\n\n"
            "A person's score on a scale is the mean of the questions they answered; with fewer "
            "than half answered, they have no score on that scale.\n\n"
            "A group's result is n (people with a score), the mean and the standard deviation. "
            "Unfavourable: a score below 50 (for demands, where high means heavy: above 50).\n\n"
            "Traffic light: ● green from 66.7, ▲ yellow from 50, ■ red below 50; for demands "
            "mirrored: green at 33.3 or less, red above 50. A round may use other limits; they "
            "are printed with the results.\n\n"
            "Anonymity: a result with fewer answers than the round's threshold (5 unless changed, "
            "never below 3) is withheld, and so is another group's where the total would "
            "otherwise reveal it."
        )

    def show_results_help(self) -> None:
        """Explain how the results are computed, in a message box."""
        QMessageBox.information(
            self._window, self.tr("How the results are computed"), self.results_help_text()
        )

    def show_about(self) -> None:
        """Show the program's version and purpose."""
        QMessageBox.about(
            self._window,
            self.tr("About apvdesk"),
            self.tr(
                "apvdesk %1\n\nAn offline workplace assessment (APV) of the psychosocial "
                "work environment, with social support at its centre."
            ).replace("%1", __version__),
        )
