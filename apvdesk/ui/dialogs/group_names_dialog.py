"""The groups' names in the other questionnaire languages, for the kiosk and the paper form.

One row per group, one column per language besides Danish; an empty cell means the
respondent sees the group's own (Danish) name with a note that it is only in Danish.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.languages import SECOND_LANGUAGES
from apvdesk.core.model import Group
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.screen_fit import minimum_to_fit
from apvdesk.ui.style import muted
from apvdesk.wording.language_names import chosen_name


def language_name(lang: str) -> str:
    """Return a questionnaire language's name in the program's language (e.g. "Romanian")."""
    return chosen_name(lang)


class GroupNamesDialog(QDialog):
    """A table of the groups' names per language; OK saves them all."""

    def __init__(self, store: WorkplaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Group names in other languages"))
        minimum_to_fit(self, 760, 360)
        layout = QVBoxLayout(self)
        intro = muted(
            self.tr(
                "An employee who answers in another language sees the groups by these names, in the "
                "kiosk and on the paper form. Where a name is empty, the group's own name is shown, "
                "with a note in that language that it is only in Danish."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.groups: list[Group] = [g for g in store.groups() if g.id is not None]
        self.languages = list(SECOND_LANGUAGES)
        names = store.group_names()
        self.table = QTableWidget(len(self.groups), 1 + len(self.languages))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), *(language_name(lang) for lang in self.languages)]
        )
        for row, group in enumerate(self.groups):
            own = QTableWidgetItem(group.name)
            own.setFlags(own.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, own)
            assert group.id is not None
            for column, lang in enumerate(self.languages, start=1):
                self.table.setItem(row, column, QTableWidgetItem(names.get(group.id, {}).get(lang, "")))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.AnyKeyPressed
            | QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
            | QTableWidget.EditTrigger.SelectedClicked
        )
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

    def set_name(self, group_row: int, lang: str, name: str) -> None:
        """Type ``name`` into a cell (for tests and the screenshots)."""
        item = self.table.item(group_row, 1 + self.languages.index(lang))
        assert item is not None
        item.setText(name)

    def save(self) -> None:
        """Write every group's names to the file."""
        self.table.setCurrentCell(-1, -1)  # a cell still being typed in is taken too
        for row, group in enumerate(self.groups):
            assert group.id is not None
            given = {}
            for column, lang in enumerate(self.languages, start=1):
                item = self.table.item(row, column)
                given[lang] = item.text() if item is not None else ""
            self._store.set_group_names(group.id, given)

    def accept(self) -> None:
        """Save, then close."""
        self.save()
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, store: WorkplaceService) -> bool:
        """Show the dialog; return True when the names were saved."""
        dialog = cls(store, parent)
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return saved
