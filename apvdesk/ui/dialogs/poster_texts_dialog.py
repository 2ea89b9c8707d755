"""Write the poster's problems and actions in its second language: every text on the poster, one field each.

Reached from the poster's box on the Rapporter page (and from the question asked before a
bilingual poster is made while texts are missing). Each problem and action the poster
shows stands in the owner's words beside a field for the second language; an empty field
prints the owner's words alone. Saved when the user presses Save; a translation does not
change the approved plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from apvdesk.core.languages import SECOND_LANGUAGES
from apvdesk.core.model import ActionPlan
from apvdesk.core.poster import PosterContent, poster_content
from apvdesk.store.service import WorkplaceService
from apvdesk.ui.dialogs.careful_dialog import CarefulDialog
from apvdesk.ui.screen_fit import minimum_to_fit
from apvdesk.ui.style import muted
from apvdesk.wording.poster_text_words import language_name


class PosterTextsDialog(CarefulDialog):
    """The poster's problems and actions in the owner's words, each with a field for the second language."""

    def __init__(
        self, store: WorkplaceService, round_id: int, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._plan: ActionPlan = store.action_plan(round_id, dt.date.today())
        self._content: PosterContent = poster_content(self._plan)
        # what the fields hold, per language: (problem id, action id or None) -> text
        self._texts: dict[str, dict[tuple[int | None, int | None], str]] = {}
        self._lang = lang if lang in SECOND_LANGUAGES else SECOND_LANGUAGES[0]
        self.fields: dict[tuple[int | None, int | None], QLineEdit] = {}
        self.setWindowTitle(self.tr("The poster's texts in another language"))
        minimum_to_fit(self, 760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                self.tr(
                    "Write a short text for each problem and action in the poster's second language, so that "
                    "everyone can read what was decided. A field left empty prints in Danish only."
                )
            )
        )
        choose = QFormLayout()
        self.language_combo = QComboBox()
        for code in SECOND_LANGUAGES:
            self.language_combo.addItem(language_name(code).capitalize(), code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._lang))
        self.language_combo.currentIndexChanged.connect(self._change_language)
        choose.addRow(self.tr("Language:"), self.language_combo)
        layout.addLayout(choose)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid())
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(not store.read_only)
        layout.addWidget(buttons)
        self._show_language()

    def _grid(self) -> QWidget:
        """Return the list: per problem its number and words, then its actions, each with a field."""
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(6)
        row = 0
        if not self._content.problems:
            grid.addWidget(muted(self.tr("The poster shows no problems yet.")), 0, 0, 1, 3)
        for problem in self._content.problems:
            name, _theme = self._problem_name(problem.problem_id)
            heading = QLabel(f"<b>{problem.number}. {_escape(name)}</b>")
            heading.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            entries: list[tuple[str, str, tuple[int | None, int | None]]] = [
                (self.tr("What we found:"), problem.kind, (problem.problem_id, None))
            ]
            entries += [
                (self.tr("Action:"), a.how, (problem.problem_id, a.action_id)) for a in problem.actions
            ]
            for caption, text, key in entries:
                if not text:
                    continue
                grid.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
                written = QLabel(text)
                written.setWordWrap(True)
                written.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(written, row, 1, Qt.AlignmentFlag.AlignTop)
                field = QLineEdit()
                field.setAccessibleName(caption + " " + text)
                grid.addWidget(field, row, 2, Qt.AlignmentFlag.AlignTop)
                self.fields[key] = field
                row += 1
        grid.setRowStretch(row, 1)
        return inner

    def _problem_name(self, problem_id: int | None) -> tuple[str, str]:
        from apvdesk.wording.i18n import current_language

        for problem, _actions in self._plan.problems:
            if problem.id == problem_id:
                return problem.names(self._plan.bank, current_language())
        return "", ""

    def _stored(self, key: tuple[int | None, int | None], lang: str) -> str:
        problem_id, action_id = key
        for problem, actions in self._plan.problems:
            if problem.id != problem_id:
                continue
            if action_id is None:
                return problem.translations.get(lang, "")
            return next((a.translations.get(lang, "") for a in actions if a.id == action_id), "")
        return ""

    def _show_language(self) -> None:
        texts = self._texts.setdefault(
            self._lang, {key: self._stored(key, self._lang) for key in self.fields}
        )
        hint = self.tr("In %1 (optional)").replace("%1", language_name(self._lang))
        for key, field in self.fields.items():
            field.setText(texts.get(key, ""))
            field.setPlaceholderText(hint)

    def _keep_fields(self) -> None:
        self._texts[self._lang] = {key: field.text() for key, field in self.fields.items()}

    def _change_language(self) -> None:
        self._keep_fields()
        self._lang = str(self.language_combo.currentData())
        self._show_language()

    @property
    def language(self) -> str:
        """The language whose texts the fields show."""
        return self._lang

    def missing(self) -> int:
        """Return how many fields are empty in the language shown."""
        return sum(1 for field in self.fields.values() if not field.text().strip())

    def save(self) -> int:
        """Save every text that changed, in every language visited; return how many problems and actions."""
        self._keep_fields()
        saved = 0
        for problem, actions in self._plan.problems:
            wanted = self._wanted(problem.translations, (problem.id, None))
            if wanted != problem.translations:
                self._store.save_problem(dataclasses.replace(problem, translations=wanted))
                saved += 1
            for action in actions:
                wanted = self._wanted(action.translations, (problem.id, action.id))
                if wanted != action.translations:
                    self._store.save_action(dataclasses.replace(action, translations=wanted))
                    saved += 1
        return saved

    def _wanted(self, stored: dict[str, str], key: tuple[int | None, int | None]) -> dict[str, str]:
        wanted = dict(stored)
        for lang, texts in self._texts.items():
            if key in texts:
                text = texts[key].strip()
                if text:
                    wanted[lang] = text
                else:
                    wanted.pop(lang, None)
        return wanted

    def has_unsaved(self) -> bool:
        """Return True when a text in any language visited differs from the one stored."""
        self._keep_fields()
        return not self._store.read_only and any(
            text.strip() != self._stored(key, lang).strip()
            for lang, texts in self._texts.items()
            for key, text in texts.items()
        )

    def accept(self) -> None:
        if not self._store.read_only:
            self.save()
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, store: WorkplaceService, round_id: int, lang: str) -> bool:
        """Show the dialog; return True when the texts were saved."""
        dialog = cls(store, round_id, lang, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
