"""The owner's warning where groups lack a name in a language the round offers, with the editor's button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from apvdesk.core.group_names import lacking_names
from apvdesk.core.model import Round
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.group_names_dialog import GroupNamesDialog, language_name


class GroupNamesNote(QWidget):
    """Says which groups have no name in which of the round's languages; hidden when none lack one.

    With ``with_button`` it carries its own "Names in other languages…" button; ``saved`` is
    emitted after the names were edited through it.
    """

    saved = Signal()

    def __init__(self, store: WorkplaceService, with_button: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if with_button:
            self.button = QPushButton(self.tr("Names in other languages…"))
            self.button.clicked.connect(self.edit)
            layout.addWidget(self.button)
        self.setVisible(False)

    def show_round(self, apv_round: Round | None) -> None:
        """Show what the groups of ``apv_round`` lack in its languages (hidden without a round)."""
        if apv_round is None or apv_round.id is None:
            self.setVisible(False)
            return
        groups = self._store.round_groups(apv_round.id)
        lacking = lacking_names(groups, self._store.group_names(), apv_round.languages)
        by_names: dict[tuple[str, ...], list[str]] = {}  # languages lacking the same names go on one line
        for lang, names in lacking.items():
            by_names.setdefault(tuple(names), []).append(language_name(lang))
        lines = [
            self.tr("%1: no name yet for %2.")
            .replace("%1", ", ".join(langs))
            .replace("%2", ", ".join(self.tr("“%1”").replace("%1", name) for name in names))
            for names, langs in by_names.items()
        ]
        if lines:
            lines.append(
                self.tr(
                    "The kiosk and the paper form show the Danish name there, with a note that it "
                    "is only in Danish."
                )
            )
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self._round = apv_round

    def edit(self) -> None:
        """Open the editor of the names; show the note afresh after saving."""
        if GroupNamesDialog.edit(self.window(), self._store):
            self.show_round(getattr(self, "_round", None))
            self.saved.emit()
