"""The round's themes, each asked in full, short or not at all, with the count of questions and the time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from apvdesk.core.bank import QuestionBank, Theme
from apvdesk.core.bank_forms import FULL, OFF, SHORT
from apvdesk.core.questionnaire_length import expected_minutes, has_short_form
from apvdesk.ui.style import muted
from apvdesk.ui.wheel_guard import guard_wheel


def _count(theme: Theme, short: bool) -> int:
    return sum(1 for scale in theme.scales for item in scale.items if item.short or not short)


class ThemeForms(QWidget):
    """One choice per theme of the shipped bank: Full, Short (if it has one), Not asked (unless required).

    ``changed`` is emitted with {theme id: form} when the person changes a choice.
    """

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(2, 1)
        layout.addWidget(self._grid_host)
        self.length_label = QLabel()
        self.length_label.setWordWrap(True)
        self.length_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.length_label)
        self.choices: dict[str, QComboBox] = {}
        self._loading = False

    def show_forms(self, bank: QuestionBank, forms: dict[str, str], lang: str, fixed: bool) -> None:
        """Show each theme of ``bank`` with its form in ``forms``; ``fixed``: none can change."""
        self._loading = True
        try:
            while self._grid.count():
                item = self._grid.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            self.choices = {}
            for row, theme in enumerate(bank.themes):
                combo = QComboBox()
                combo.addItem(self.tr("Full (%1 questions)").replace("%1", str(_count(theme, False))), FULL)
                if has_short_form(theme):
                    combo.addItem(
                        self.tr("Short (%1 questions)").replace("%1", str(_count(theme, True))), SHORT
                    )
                if not theme.required:
                    combo.addItem(self.tr("Not asked"), OFF)
                index = combo.findData(forms.get(theme.id, OFF))
                combo.setCurrentIndex(max(index, 0))
                combo.setEnabled(not fixed)
                combo.currentIndexChanged.connect(self._changed)
                name = QLabel(theme.name.get(lang) or theme.id)
                name.setBuddy(combo)
                self._grid.addWidget(name, row, 0)
                self._grid.addWidget(combo, row, 1)
                if theme.required:
                    self._grid.addWidget(muted(self.tr("always asked")), row, 2)
                self.choices[theme.id] = combo
            guard_wheel(self)
        finally:
            self._loading = False

    def forms(self) -> dict[str, str]:
        """Return the chosen form of every theme."""
        return {theme_id: str(combo.currentData()) for theme_id, combo in self.choices.items()}

    def show_length(self, asked: QuestionBank, languages: Sequence[str]) -> None:
        """Say how many questions ``asked`` holds and how long a slow reader needs in ``languages``."""
        text = self.tr("%1 questions, about %2 minutes for someone who reads slowly.")
        minutes = expected_minutes(asked, languages)
        self.length_label.setText(text.replace("%1", str(len(asked.items))).replace("%2", str(minutes)))

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit(self.forms())
