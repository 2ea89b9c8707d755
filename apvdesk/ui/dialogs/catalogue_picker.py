"""Choose a measure from the action catalogue: what it is, what it helps against, what it takes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.catalogue import ActionCatalogue, CatalogueEntry
from apvdesk.ui.screen_fit import resize_to_fit


class CataloguePicker(QDialog):
    """A searchable list of catalogue entries, those for the problem's theme first."""

    def __init__(
        self,
        catalogue: ActionCatalogue,
        suggested: list[CatalogueEntry],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an action from the catalogue"))
        resize_to_fit(self, 820, 520)
        self._catalogue = catalogue
        self._suggested = suggested
        self._lang = lang
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search, e.g. new colleagues, meeting, language"))
        self.search_edit.setClearButtonEnabled(True)
        top.addWidget(self.search_edit, 1)
        self.all_check = QCheckBox(self.tr("Show actions for every theme"))
        self.all_check.setChecked(not suggested)
        top.addWidget(self.all_check)
        layout.addLayout(top)
        middle = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        middle.addWidget(self.list, 2)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumWidth(380)
        middle.addWidget(self.details, 3)
        layout.addLayout(middle, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this action"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self._fill)
        self.all_check.toggled.connect(self._fill)
        self.list.currentItemChanged.connect(lambda *_: self._show_details())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._fill()

    def _entries(self) -> list[CatalogueEntry]:
        base = list(self._catalogue.entries) if self.all_check.isChecked() else list(self._suggested)
        text = self.search_edit.text().strip()
        if text:
            found = {entry.id for entry in self._catalogue.search(text, self._lang)}
            base = [entry for entry in base if entry.id in found]
        return base

    def _fill(self) -> None:
        self.list.clear()
        for entry in self._entries():
            item = QListWidgetItem(entry.text("title", self._lang))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_details()

    def _show_details(self) -> None:
        entry = self.chosen()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(entry is not None)
        if entry is None:
            self.details.setText(
                self.tr("No action matches. Clear the search or show the actions for every theme.")
            )
            return
        parts = [f"<h3>{_escape(entry.text('title', self._lang))}</h3>"]
        for heading, key in (
            (self.tr("What it is"), "what"),
            (self.tr("What it helps against"), "helps"),
            (self.tr("What it takes"), "takes"),
        ):
            parts.append(f"<p><b>{_escape(heading)}</b><br>{_escape(entry.text(key, self._lang))}</p>")
        self.details.setText("".join(parts))

    def chosen(self) -> CatalogueEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._catalogue.entry(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def choose(
        cls, parent: QWidget | None, catalogue: ActionCatalogue, suggested: list[CatalogueEntry], lang: str
    ) -> CatalogueEntry | None:
        dialog = cls(catalogue, suggested, lang, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen()
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
