"""A problem's or an action's short text in the poster's other languages, written from its own dialog.

The problem and action dialogs show one row: which languages have a text, and a button
that opens a small dialog with one line per language. The texts travel with the problem
or action (:meth:`OtherLanguagesRow.apply_to`) and are saved with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.languages import SECOND_LANGUAGES
from apvdesk.ui.style import muted
from apvdesk.wording.poster_text_words import language_name

Item = TypeVar("Item")  # a Problem or an Action: a dataclass with ``translations``


class OtherLanguagesDialog(QDialog):
    """One line per language for a short text of a problem or an action on the poster."""

    def __init__(self, text: str, translations: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text on the poster in other languages"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "A bilingual poster prints this text under the Danish. "
                    "Write it short and plain; a line left empty prints in Danish only."
                )
            )
        )
        written = QLabel(text or "–")
        written.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("In Danish:"), written)
        self.fields: dict[str, QLineEdit] = {}
        for lang in SECOND_LANGUAGES:
            field = QLineEdit(translations.get(lang, ""))
            name = language_name(lang).capitalize()
            field.setAccessibleName(name)
            form.addRow(f"{name}:", field)
            self.fields[lang] = field
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def translations(self) -> dict[str, str]:
        """Return the texts written, trimmed; an empty line is none."""
        return {lang: field.text().strip() for lang, field in self.fields.items() if field.text().strip()}

    @classmethod
    def edit(
        cls, parent: QWidget | None, text: str, translations: dict[str, str]
    ) -> tuple[dict[str, str], bool]:
        """Show the dialog; return the texts and whether the user pressed OK."""
        dialog = cls(text, translations, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.translations(), accepted


class OtherLanguagesRow(QWidget):
    """Which languages a problem or an action has a poster text in, and a button to write them."""

    def __init__(
        self, translations: dict[str, str], current_text: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._translations = dict(translations)
        self._current_text = current_text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self.tr("Other languages…"))
        self.button.setToolTip(self.tr("A short text for a poster in two languages (optional)."))
        self.button.clicked.connect(self.edit)
        row.addWidget(self.button)
        self.summary = muted("")
        row.addWidget(self.summary, 1)
        self._show()

    def _show(self) -> None:
        names = [language_name(lang) for lang in SECOND_LANGUAGES if self._translations.get(lang)]
        if names:
            self.summary.setText(self.tr("Written in: %1").replace("%1", ", ".join(names)))
        else:
            self.summary.setText(self.tr("Only in Danish so far."))

    def edit(self) -> None:
        """Open the texts in other languages; keep them when the user presses OK."""
        texts, accepted = OtherLanguagesDialog.edit(self.window(), self._current_text(), self._translations)
        if accepted:
            self._translations = texts
            self._show()

    def texts(self) -> dict[str, str]:
        """Return the texts in other languages as they stand."""
        return dict(self._translations)

    def apply_to(self, item: Item) -> Item:
        """Return ``item`` (a problem or an action) with these texts."""
        return dataclasses.replace(item, translations=self.texts())  # type: ignore[type-var]
