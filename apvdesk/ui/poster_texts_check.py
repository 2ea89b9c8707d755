"""Before a bilingual poster is saved or printed: say which of its texts have no second-language text.

The owner may write them now (the poster's texts dialog), print with Danish only where
they are missing, or go back. Writing them is the default: the poster is for those who
read the second language.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from apvdesk.core.poster import UntranslatedText, poster_content, untranslated
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.poster_texts_dialog import PosterTextsDialog
from apvdesk.wording.poster_text_words import language_name, missing_line, missing_summary

MAX_LISTED = 12  # the most missing texts the question lists by name; the rest are counted


class Choice(Enum):
    """What the owner chose when texts are missing."""

    WRITE = "write them now"
    DANISH_ONLY = "print with Danish only where missing"
    BACK = "go back"


class PosterTextsCheck(QObject):
    """Asks, before a bilingual poster is made, about its problems and actions without a text."""

    def __init__(self, store: WorkplaceService, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._parent = parent

    def missing(self, round_id: int, second: str) -> list[UntranslatedText]:
        """Return the poster's problems and actions that have no text in ``second``."""
        plan = self._store.action_plan(round_id, dt.date.today())
        return untranslated(poster_content(plan), second)

    def question(self, missing: list[UntranslatedText], second: str) -> QMessageBox:
        """Return the question: how many and which texts are missing, with the three choices."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Texts missing in %1").replace("%1", language_name(second)))
        box.setText(missing_summary(len(missing), second))
        lines = [missing_line(item) for item in missing[:MAX_LISTED]]
        if len(missing) > MAX_LISTED:
            lines.append(self.tr("… and %1 more.").replace("%1", str(len(missing) - MAX_LISTED)))
        box.setInformativeText("\n".join(lines))
        danish = box.addButton(self.tr("Print with Danish only"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        if self._store.read_only:  # nothing can be written in a file opened read-only
            box.setDefaultButton(danish)
        else:
            write = box.addButton(self.tr("Write them now…"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(write)
        box.setEscapeButton(back)
        return box

    def ask(self, missing: list[UntranslatedText], second: str) -> Choice:
        """Show the question and return the owner's choice."""
        box = self.question(missing, second)
        box.exec()
        clicked = box.clickedButton()
        if clicked is None:
            return Choice.BACK
        role = box.buttonRole(clicked)
        if role == QMessageBox.ButtonRole.AcceptRole:
            return Choice.WRITE
        if role == QMessageBox.ButtonRole.DestructiveRole:
            return Choice.DANISH_ONLY
        return Choice.BACK

    def ready(self, round_id: int, second: str | None) -> bool:
        """Return True when the poster may be made now (asking first if texts are missing)."""
        if second is None:
            return True
        missing = self.missing(round_id, second)
        if not missing:
            return True
        choice = self.ask(missing, second)
        if choice is Choice.WRITE:
            return PosterTextsDialog.edit(self._parent, self._store, round_id, second)
        return choice is Choice.DANISH_ONLY
